// A canvas of Obsidian (`.canvas`, JSON Canvas): cards of Markdown text laid out on a plane, some inside labelled
// groups, «{"nodes": [{"type": "text", "text": "## Bridge\n- …", "x": -420, "y": -180, …}, {"type": "group", "label":
// "Сети", …}], "edges": […]}». A card that embeds a note («"type": "file"») or a link shows what is read elsewhere,
// and an arrow between cards says nothing of its own. Pure: text in, Markdown out.

interface Card {
  text: string;
  x: number;
  y: number;
}

interface Group {
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const number = (value: unknown): number => (typeof value === "number" && Number.isFinite(value) ? value : 0);
/** Top to bottom, then left to right: the order a reader takes a canvas in. */
const byPlace = (a: { x: number; y: number }, b: { x: number; y: number }) => a.y - b.y || a.x - b.x;

/**
 * Markdown for a canvas: each group a `#` section under its label, with the text cards inside it (the smallest
 * group around a card's corner), each card a paragraph or the sections it heads; the cards in no group after the
 * groups. Undefined for JSON that is no canvas.
 */
export function canvasToMarkdown(source: string): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(source.replace(/^\uFEFF/u, ""));
  } catch {
    return undefined;
  }
  const nodes = (data as { nodes?: unknown } | null)?.nodes;
  if (!Array.isArray(nodes)) return undefined;
  const cards: Card[] = [];
  const groups: Group[] = [];
  for (const node of nodes as Record<string, unknown>[]) {
    if (typeof node !== "object" || node === null) continue;
    const place = { x: number(node.x), y: number(node.y) };
    if (node.type === "text" && typeof node.text === "string" && node.text.trim() !== "")
      cards.push({ text: node.text.trim(), ...place });
    else if (node.type === "group" && typeof node.label === "string" && node.label.trim() !== "")
      groups.push({
        label: node.label.trim(),
        ...place,
        width: number(node.width),
        height: number(node.height),
      });
  }
  const inside = (card: Card, group: Group) =>
    card.x >= group.x &&
    card.x < group.x + group.width &&
    card.y >= group.y &&
    card.y < group.y + group.height;
  const groupOf = (card: Card) =>
    groups.filter((g) => inside(card, g)).sort((a, b) => a.width * a.height - b.width * b.height)[0];
  const out: string[] = [];
  for (const group of [...groups].sort(byPlace)) {
    const held = cards.filter((card) => groupOf(card) === group).sort(byPlace);
    if (held.length === 0) continue;
    out.push(`# ${group.label}`, "", ...held.flatMap((card) => [card.text, ""]));
  }
  const loose = cards.filter((card) => groupOf(card) === undefined).sort(byPlace);
  if (loose.length > 0 && out.length > 0) out.push("---", "");
  out.push(...loose.flatMap((card) => [card.text, ""]));
  return out.join("\n").trimEnd();
}
