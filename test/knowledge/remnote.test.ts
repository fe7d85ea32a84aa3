import { describe, expect, it } from "vitest";
import { remnoteToMarkdown } from "../../src/knowledge/remnote.ts";
import { structureNote } from "../../src/knowledge/structure.ts";

const EXPORT = [
  "- Сети 1: модели, Ethernet #[[Сети]] #[[Экзамен]]",
  "    - Ethernet",
  "        - MTU :: максимальный размер payload кадра, в Ethernet 1500 байт",
  "        - на каком уровне работает свитч >> L2 (канальный)",
  "        - Кадр Ethernet II по полям >>>",
  "            - Dst MAC (6), Src MAC (6)",
  "            - EtherType (2)",
  "    - VLAN",
  "        - {{VLAN}} отделяет broadcast-домены без отдельных свитчей",
  "        - trunk <> порт, который несёт несколько VLAN с тегом 802.1Q",
  "        - `echo 1 >> /proc/sys/net/ipv4/ip_forward` включает форвардинг",
].join("\n");

describe("flashcards exported from RemNote", () => {
  it("read as the definitions and answers they are: the card's mark a dash, a cloze its words", () => {
    expect(remnoteToMarkdown(EXPORT)?.split("\n")).toEqual([
      "- Сети 1: модели, Ethernet #Сети #Экзамен",
      "    - Ethernet",
      "        - MTU — максимальный размер payload кадра, в Ethernet 1500 байт",
      "        - на каком уровне работает свитч — L2 (канальный)",
      "        - Кадр Ethernet II по полям:",
      "            - Dst MAC (6), Src MAC (6)",
      "            - EtherType (2)",
      "    - VLAN",
      "        - VLAN отделяет broadcast-домены без отдельных свитчей",
      "        - trunk — порт, который несёт несколько VLAN с тегом 802.1Q",
      "        - `echo 1 >> /proc/sys/net/ipv4/ip_forward` включает форвардинг",
    ]);
  });

  it("gives each section of the outline its cards, with no card's mark among the words", () => {
    const note = structureNote(EXPORT, "markdown");
    const text = note.blocks.map((b) => b.text).join("\n");
    expect(text).toContain("MTU — максимальный размер payload кадра");
    expect(text).not.toMatch(/ :: | >>> |\{\{|#\[\[/u);
    expect(note.blocks.find((b) => b.text.includes("MTU"))?.headingPath.at(-1)).toBe("Ethernet");
  });

  it("leaves an outline with a card's mark once or twice as written, and code blocks always", () => {
    const few = "- C++ :: язык\n- std::vector — массив\n- a >> b";
    expect(remnoteToMarkdown(few)).toBeUndefined();
    const fenced = ["```", "- a :: b", "- c :: d", "- e :: f", "- g :: h", "```"].join("\n");
    expect(remnoteToMarkdown(fenced)).toBeUndefined();
  });
});
