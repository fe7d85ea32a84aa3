// Notes from an outliner (Logseq, Workflowy, Dynalist, Roam's Markdown export): every line a bullet, the nesting
// the structure, and no heading at all. Read as plain Markdown, a whole page would be one list; read here, a bullet
// with bullets under it heads them, as a heading would. Pure: text in, Markdown with headings out.

/**
 * `title:: …`, `id:: 6650b2d3-…`, `collapsed:: true`: a page's or a block's property, no part of what it says; Roam
 * writes its attributes as bullets («- Type:: concept»).
 */
const PROPERTY = /^\s*(?:[-*+]\s+)?[\w-]+::(?:\s.*)?$/u;
/** `SCHEDULED: <2024-05-30 Thu>`, `DEADLINE: <…>`: when a task is due, under its block. */
const PLANNING = /^\s*(?:SCHEDULED|DEADLINE):\s*<[^>\n]*>\s*$/u;
/** A task's state at its block's start: «TODO законспектировать ad-hoc», «DONE …», Roam's «{{[[TODO]]}} …». */
const TASK_STATE =
  /^(?:TODO|DONE|LATER|NOW|DOING|WAITING|CANCELED|CANCELLED|\{\{\[\[(?:TODO|DONE)\]\]\}\})\s+(?=\S)/u;
/**
 * `((664f2b1e-5c3a-…))`, Roam's `((b7Qx2LmZa))`: a reference to another block, which shows that block where it
 * stands.
 */
const BLOCK_REF = /\s*\(\((?:[0-9a-f]{8}-[0-9a-f-]{27,}|[\w-]{9})\)\)/gu;
/** A block that is a heading, as Logseq writes one: «- ## Ошибки». */
const HEADING_BLOCK = /^#{1,6}\s+(\S.*)$/u;
/** A bullet and its indentation. */
const BULLET = /^(\s*)[-*+]\s+(.*)$/u;
const FENCE = /^\s*(`{3,}|~{3,})/u;
/** Of the lines outside code, at least this share are bullets in an outline. */
const OUTLINE_SHARE = 0.8;
/** An outline's bullets nest: at least this many are indented. */
const MIN_NESTED = 3;

interface Item {
  depth: number;
  /** The bullet's own text, then the lines that belong to it (code, a table), de-indented. */
  lines: string[];
  children: Item[];
}

/** The width of a line's indentation, a tab counting as two spaces. */
const indentOf = (line: string) => (/^\s*/u.exec(line)?.[0] ?? "").replace(/\t/gu, "  ").length;

/** `line` without up to `columns` of its indentation (a tab is two), the code's own indentation kept. */
function dedent(line: string, columns: number): string {
  let at = 0;
  let width = 0;
  while (at < line.length && width < columns && (line[at] === " " || line[at] === "\t")) {
    width += line[at] === "\t" ? 2 : 1;
    at++;
  }
  return line.slice(at);
}

/**
 * A page's title with its namespaces set apart: Logseq's «Go/context» is the page «context» under «Go», read as
 * «Go / context», so that its words are words of the title, not parts of one name.
 */
const namespaced = (title: string) =>
  /^[^\s/]+(?:\/[^\s/]+)+$/u.test(title) && !/^[a-z]+:/iu.test(title) ? title.split("/").join(" / ") : title;

/**
 * Markdown with headings for an outline's Markdown: a top bullet with bullets under it becomes a `##` heading, one
 * below it with bullets under it `###`, the rest stay items of a list under the heading above them; page
 * properties become front matter (`title::`, `alias::`), block properties go; code and tables under a bullet
 * stay whole. Undefined when the text is no outline (it has `#` headings, or too few of its lines are bullets, or
 * none nests). `exported`: the text is an outliner's export (Workflowy's, Dynalist's), whose one top bullet, the
 * one exported, is its title.
 */
export function outlineToMarkdown(source: string, exported = false): string | undefined {
  const lines = source.replace(/^\uFEFF/u, "").split(/\r?\n/u);
  let inCode = false;
  let bullets = 0;
  let nested = 0;
  let prose = 0;
  for (const line of lines) {
    // «- ```python» opens code under a bullet.
    const fence = FENCE.test(line.replace(/^(\s*)[-*+]\s+/u, "$1"));
    if (fence) inCode = !inCode;
    if (inCode || fence || line.trim() === "" || PROPERTY.test(line) || PLANNING.test(line)) continue;
    if (/^#{1,6}\s/u.test(line)) return undefined;
    prose++;
    const bullet = BULLET.exec(line);
    if (bullet) {
      bullets++;
      if ((bullet[1] ?? "").length > 0) nested++;
    }
  }
  // A page that opens with its properties («title:: …») is an outliner's, however little its bullets nest.
  const properties = PROPERTY.test(lines.find((line) => line.trim() !== "") ?? "");
  if (prose === 0 || bullets / prose < OUTLINE_SHARE || (nested < MIN_NESTED && !properties))
    return undefined;

  // Page properties first: the title and aliases are the note's names.
  const meta: string[] = [];
  let at = 0;
  for (
    ;
    at < lines.length && (PROPERTY.test(lines[at] as string) || (lines[at] as string).trim() === "");
    at++
  ) {
    const property = /^\s*(?:[-*+]\s+)?(title|alias|aliases)::\s*(.+)$/iu.exec(lines[at] as string);
    if (property?.[1] && property[2]) {
      const key = property[1].toLowerCase() === "title" ? "title" : "aliases";
      meta.push(
        key === "title"
          ? `title: ${JSON.stringify(namespaced(property[2].trim()))}`
          : `aliases: [${aliasList(property[2])}]`,
      );
    }
  }

  // The tree: each bullet under the nearest one less indented; other lines belong to the bullet above them.
  const roots: Item[] = [];
  const stack: { indent: number; item: Item }[] = [];
  let code: { item: Item; indent: number } | undefined;
  for (const line of lines.slice(at)) {
    if (code) {
      // Roam closes a block on its last line: «    app: nginx```».
      const glued = /^(.*\S)(`{3,})[ \t]*$/u.exec(line);
      if (glued && !FENCE.test(line)) {
        code.item.lines.push(dedent(glued[1] as string, code.indent), glued[2] as string);
        code = undefined;
        continue;
      }
      code.item.lines.push(dedent(line, code.indent));
      if (FENCE.test(line)) code = undefined;
      continue;
    }
    if (line.trim() === "" || PROPERTY.test(line) || PLANNING.test(line)) continue;
    const bullet = BULLET.exec(line);
    if (!bullet) {
      // A table's rows, a code block's lines, a wrapped line: the bullet above's.
      const owner = stack.at(-1)?.item;
      if (owner) owner.lines.push(line.trim());
      else roots.push({ depth: 0, lines: [line.trim()], children: [] });
      if (owner && FENCE.test(line)) code = { item: owner, indent: indentOf(line) };
      continue;
    }
    const indent = indentOf(line);
    while (stack.length > 0 && (stack.at(-1)?.indent ?? 0) >= indent) stack.pop();
    const parent = stack.at(-1)?.item;
    const said = (bullet[2] ?? "").replace(TASK_STATE, "");
    const item: Item = { depth: parent ? parent.depth + 1 : 0, lines: [said], children: [] };
    (parent ? parent.children : roots).push(item);
    stack.push({ indent, item });
    if (FENCE.test(bullet[2] ?? "")) code = { item, indent: indent + 2 };
  }

  const out: string[] = meta.length > 0 ? ["---", ...meta, "---", ""] : [];
  /** Whether most of `items` have bullets of their own: then they are the parts of a topic, not points of a list. */
  const mostHaveBullets = (items: readonly Item[]) =>
    items.filter((i) => i.children.length > 0).length * 2 > items.length;
  const heads = (item: Item, level: number, amongParts = false) => {
    const first = item.lines[0] ?? "";
    if (HEADING_BLOCK.test(first)) return true;
    return (
      item.children.length > 0 &&
      level <= 3 &&
      !FENCE.test(first) &&
      !first.startsWith("|") &&
      // Below the top, a bullet heads its bullets when most of those beside it do too: then they are the parts of a
      // topic. Among points that mostly stand alone («Hash — только равенство» in a list of index types), one with a
      // remark under it is still an item of the list, and the list stays one passage.
      (level === 2 || amongParts)
    );
  };
  const emit = (item: Item, level: number, listDepth: number, amongParts = false) => {
    const [first = "", ...rest] = item.lines;
    if (heads(item, level, amongParts)) {
      const { heading, body } = headingOf(HEADING_BLOCK.exec(first)?.[1] ?? first);
      const headingLine = `${"#".repeat(level)} ${heading}`;
      out.push("", headingLine, "");
      if (body !== undefined) out.push(body, "");
      for (const line of rest) out.push(line);
      let underSub = false;
      const parts = mostHaveBullets(item.children);
      for (const child of item.children) {
        const sub = heads(child, level + 1, parts);
        // A plain bullet after one that headed its own bullets is back under this heading.
        if (!sub && underSub) out.push("", headingLine, "");
        underSub = sub;
        emit(child, level + 1, 0, parts);
      }
      out.push("");
      return;
    }
    const pad = "  ".repeat(listDepth);
    if (FENCE.test(first) || first.startsWith("|")) {
      // Code or a table under a bullet is a block of its own.
      out.push("", first, ...rest, "");
    } else {
      out.push(`${pad}- ${first}`);
      for (const line of rest) out.push(FENCE.test(line) || line.startsWith("|") ? line : `${pad}  ${line}`);
    }
    for (const child of item.children) emit(child, level, listDepth + 1);
  };
  // A heading block («- ## Ошибки») heads the blocks after it, as Logseq shows them, until the next one.
  const emitAll = (items: readonly Item[], level: number) => {
    let under = 0;
    for (const item of items) {
      const heading = HEADING_BLOCK.test(item.lines[0] ?? "");
      if (heading) under = 0;
      emit(item, Math.min(6, level + under), 0);
      if (heading && item.children.length === 0) under = 1;
    }
  };
  // An outliner's export as text opens with the bullet exported, all the others under it: the note's title, not
  // a heading whose words every section would then share.
  const [root, ...others] = roots;
  if (
    exported &&
    root !== undefined &&
    others.length === 0 &&
    root.children.length > 0 &&
    meta.length === 0
  ) {
    const [first = "", ...rest] = root.lines;
    out.unshift("---", `title: ${JSON.stringify(headingOf(first).heading)}`, "---", "");
    out.push(...rest, "");
    emitAll(root.children, 2);
  } else emitAll(roots, 2);
  // A page's links to others («[[CDN]] - сеть edge-серверов…») are words of its text, not a map of content.
  let fenced = false;
  return out
    .map((line) => {
      if (FENCE.test(line)) fenced = !fenced;
      return fenced ? line : unlinked(line).replace(BLOCK_REF, "");
    })
    .join("\n")
    .replace(/\n{3,}/gu, "\n\n")
    .trim();
}

/** A line with its wiki links as their labels: «[[CDN]]» → CDN, «[[Сети|сеть]]» → сеть. */
const unlinked = (line: string) =>
  line.replace(/\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/gu, (_, target: string, label?: string) => label ?? target);

/** A tree of tab-indented lines (see treeToOutline): at least this share of its lines are indented by tabs… */
const TREE_SHARE = 0.8;
/** …at least this many levels deep… */
const TREE_DEPTH = 3;
/** …and at least this many lines long. */
const TREE_LINES = 20;

/**
 * An outline's Markdown for a mind map exported as text (XMind, FreeMind, MindManager, a tree typed in a plain
 * editor): no bullets and no headings, each node a line indented by tabs under its parent, a node's notes indented
 * under it as its children are. Each line becomes a bullet at its depth; a single node at the left edge, the map's
 * centre, names the page (`title::`) and its branches become the top bullets, so that they head their sections.
 * Undefined for any other text: too few lines indented by tabs (code is indented by spaces, if at all), or too
 * few levels.
 */
export function treeToOutline(source: string): string | undefined {
  const lines = source
    .replace(/^\uFEFF/u, "")
    .split(/\r?\n/u)
    .filter((line) => line.trim() !== "");
  if (lines.length < TREE_LINES) return undefined;
  const depths = lines.map((line) => /^\t*/u.exec(line)?.[0].length ?? 0);
  const tabbed = depths.filter((d) => d > 0).length;
  if (tabbed / lines.length < TREE_SHARE || Math.max(...depths) < TREE_DEPTH) return undefined;
  const nodes = partsOverSections(hangingLinesJoined(lines, depths));
  const centre =
    nodes.filter((n) => n.depth === 0).length === 1 && nodes[0]?.depth === 0 ? nodes[0].text : undefined;
  const out = centre === undefined ? [] : [`title:: ${centre}`, ""];
  for (const [i, node] of nodes.entries()) {
    if (centre !== undefined && i === 0) continue;
    const depth = node.depth - (centre === undefined ? 0 : 1);
    out.push(`${"  ".repeat(Math.max(0, depth))}- ${node.text}`);
  }
  return out.join("\n");
}

/** A line of a tree and how deep it stands. */
interface Node {
  text: string;
  depth: number;
}

/** A point's own mark: «1.», «2)», «а)», «A.», «IV.», a bullet. */
const POINT_MARK = /^(?:[-*+•]|\d{1,2}[.)]|\p{L}\)|[A-ZА-ЯЁ]\.|[IVX]{1,6}\.)\s/u;
/** «III. ИСКОВАЯ ДАВНОСТЬ»: a part numbered in Roman numerals, up to XXXIX (a «C.» is a section lettered C). */
const ROMAN_PART = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})\.\s+\S/u;
/** «B. Доверенность»: a section lettered in capitals. */
const LETTERED = /^[A-ZА-ЯЁ]\.\s+\S/u;

/**
 * The tree's nodes, a point's text that went on to a line of its own joined back to it: that line stands two levels
 * or more deeper (a tree's child stands one level deeper, never two), has no mark of a point of its own, does not
 * start in capitals, and the line before it asked for no list («4. Ничтожные:»).
 */
function hangingLinesJoined(lines: readonly string[], depths: readonly number[]): Node[] {
  const nodes: Node[] = [];
  for (const [i, line] of lines.entries()) {
    const text = line.trim();
    const depth = depths[i] ?? 0;
    const last = nodes.at(-1);
    if (
      last !== undefined &&
      depth >= last.depth + 2 &&
      !POINT_MARK.test(text) &&
      !/^\p{Lu}/u.test(text) &&
      !/:$/u.test(last.text)
    )
      last.text = `${last.text} ${text}`;
    else nodes.push({ text, depth });
  }
  return nodes;
}

/**
 * A school outline typed flush left at its top two ranks, «I. СДЕЛКИ» and «A. Понятие и виды» both at the margin:
 * each lettered section, and what stands under it, goes one level under the Roman part above it. Only when two parts
 * or more are numbered so and a lettered section stands beside them.
 */
function partsOverSections(nodes: Node[]): Node[] {
  const parts = nodes.filter((n) => ROMAN_PART.test(n.text));
  const depth = parts[0]?.depth;
  if (parts.length < 2 || parts.some((n) => n.depth !== depth)) return nodes;
  if (!nodes.some((n) => n.depth === depth && LETTERED.test(n.text))) return nodes;
  let inPart = false;
  return nodes.map((n) => {
    if (n.depth === depth && ROMAN_PART.test(n.text)) {
      inPart = true;
      return n;
    }
    if (depth !== undefined && n.depth < depth) inPart = false;
    return inPart ? { ...n, depth: n.depth + 1 } : n;
  });
}

/** A bullet's text longer than this heads its bullets by the name it defines, if it defines one. */
const LONG_HEADING = 60;

/**
 * What a bullet that heads others is called: its text without links' brackets and tags («[[Кэширование]]
 * #грабли» → «Кэширование»); a long one that defines a name («TTL (time to live) - через сколько секунд…») by
 * that name, its whole text then the first paragraph under it.
 */
function headingOf(text: string): { heading: string; body?: string } {
  const plain = unlinked(text)
    .replace(/(?:^|\s)#[\p{L}\p{N}_/-]+/gu, "")
    .replace(/^(?:TODO|DONE|LATER|NOW)\s+/u, "")
    .trim();
  if (plain.length <= LONG_HEADING) return { heading: plain };
  // The name is what comes before the first dash or colon.
  const dash = /^(.{2,60}?)\s+[-–—]\s+\S/u.exec(plain)?.[1];
  const colon = /^(.{2,60}?):\s+\S/u.exec(plain)?.[1];
  const name = [dash, colon].filter((n) => n !== undefined).sort((a, b) => a.length - b.length)[0];
  return name === undefined ? { heading: plain } : { heading: name, body: text };
}

/** `alias:: кэш, cache` or `alias:: [[кэш]], [[cache]]` as a YAML list's items. */
function aliasList(value: string): string {
  return value
    .split(",")
    .map((a) => a.replace(/\[\[|\]\]/gu, "").trim())
    .filter(Boolean)
    .map((a) => JSON.stringify(a))
    .join(", ");
}
