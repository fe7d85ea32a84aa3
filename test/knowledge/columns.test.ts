import { describe, expect, it } from "vitest";
import { readColumns } from "../../src/knowledge/columns.ts";
import { structureNote } from "../../src/knowledge/structure.ts";

/** A line of a two-column page: the left column's text, padded to the right column's start, then the right's. */
const row = (left: string, right = "") => (right ? `${left.padEnd(52)}${right}` : left);

const LEFT = [
  "1 Иерархия памяти",
  "Такт ядра длится около 0,3 нс, а чтение из DRAM",
  "занимает 60–100 нс, то есть сотни тактов ядра.",
  "Поэтому между ядром и DRAM ставят несколько",
  "уровней маленькой, но быстрой памяти: регистры,",
  "L1, L2, L3. Чем ближе к ядру, тем она быстрее.",
  "Кэш — быстрая память на кристалле процессора,",
  "где лежат копии недавно использованных данных.",
  "Нашли данные в кэше — попадание (cache hit).",
];
const RIGHT = [
  "2 Ложное разделение",
  "Ложное разделение (false sharing) — потоки на",
  "разных ядрах пишут в разные переменные одной",
  "кэш-линии, и линия скачет между ядрами.",
  "Лечится выравниванием переменных по 64 байта",
  "или локальной копией суммы в каждом потоке.",
  "Так каждый поток пишет в свою кэш-линию и ни",
  "одна линия не мечется между кэшами ядер.",
];

const PAGE = [
  "Архитектура ЭВМ для программистов. Лекция 4                         весенний семестр",
  "",
  ...LEFT.map((left, i) => row(left, RIGHT[i])),
  "            Рис. 3. Иерархия памяти: от регистров до диска, по задержкам доступа",
  "",
  "                                   2",
].join("\n");

describe("readColumns", () => {
  it("reads a two-column page column by column, a line across the page between them", () => {
    const read = readColumns(`${PAGE}\f`) as string;
    expect(read.indexOf("Нашли данные в кэше")).toBeLessThan(read.indexOf("2 Ложное разделение"));
    expect(read).toContain(LEFT.join("\n"));
    expect(read).toContain(RIGHT.join("\n"));
    expect(read.indexOf("одна линия не мечется")).toBeLessThan(read.indexOf("Рис. 3. Иерархия памяти"));
  });

  it("keeps text indented in the right column in that column: a paragraph's first line, a loop's body", () => {
    const indented = [
      ...RIGHT.slice(0, 5),
      "   Продвижение шло по выслуге,",
      "    s += a[i];",
      ...RIGHT.slice(5),
    ];
    const page = ["", ...LEFT.map((left, i) => row(left, indented[i])), row(LEFT[8] as string, indented[8])];
    const read = readColumns(`${page.join("\n")}\f`) as string;
    // The left column reads on, whole, and the indented lines stay in the right one.
    expect(read).toContain(LEFT.join("\n"));
    expect(read.indexOf("Нашли данные в кэше")).toBeLessThan(read.indexOf("   Продвижение шло"));
    expect(read.indexOf("   Продвижение шло")).toBeLessThan(read.indexOf("    s += a[i];"));
  });

  it("reads columns when most of the right column's lines are indented: a list's items, code", () => {
    // More of the right column's lines start two spaces in than at its edge.
    const items = [
      RIGHT[0] as string,
      ...RIGHT.slice(1, 3),
      ...["• .service — сервис или демон;", "• .socket — сокет, стартует", "  сервис по подключению;"].map(
        (line) => `  ${line}`,
      ),
      ...["• .timer — запуск по расписанию;", "• .target — группа юнитов;", "• .mount — монтирование."].map(
        (line) => `  ${line}`,
      ),
    ];
    const page = LEFT.map((left, i) => row(left, items[i]));
    const read = readColumns(`${page.join("\n")}\f`) as string;
    expect(read).toContain(LEFT.join("\n"));
    expect(read.indexOf("Нашли данные в кэше")).toBeLessThan(read.indexOf("• .service"));
  });

  it("reads prose beside a manifest as columns, and a running header across the page as one line", () => {
    // The left column's prose beside the manifest, the right column's beside the left's short items: few lines
    // have words on both sides, though each column is mostly words.
    const manifest = [
      "apiVersion: v1",
      "kind: Service",
      "metadata:",
      "  name: db-hl",
      "spec:",
      "  clusterIP: None",
    ];
    const items = ["• имя: db-0, db-1", "• диск: свой PVC", "• по одному"];
    const left = [...LEFT, ...items];
    const right = [...manifest, ...RIGHT.slice(1, 7)];
    const header = `${"StatefulSet'ы и операторы · раздатка".padEnd(70)}KubeMeetup #14 · Новосибирск`;
    const page = [header, "", ...left.map((line, i) => row(line, right[i])), "", "                 3"];
    const read = readColumns(`${page.join("\n")}\f`) as string;
    expect(read).toContain(left.join("\n"));
    expect(read).toContain(manifest.join("\n"));
    // The header stays at the page's top, where the cleaner knows a running header, not in the right column.
    expect(read.split("\n").slice(0, 2)).toEqual([
      "StatefulSet'ы и операторы · раздатка",
      "KubeMeetup #14 · Новосибирск",
    ]);
    expect(read.split("\n").filter((line) => line.includes("KubeMeetup"))).toHaveLength(1);
  });

  it("takes no columns in prose, a table's aligned cells, or code", () => {
    expect(readColumns(LEFT.join("\n"))).toBeUndefined();
    const table = Array.from({ length: 12 }, (_, i) => `кэш L${i}        32 КБ        ${i * 4} тактов`).join(
      "\n",
    );
    expect(readColumns(table)).toBeUndefined();
    const code = Array.from(
      { length: 12 },
      (_, i) => `    for (i = 0; i < N; i++)     s += a[i][${i}];`,
    ).join("\n");
    expect(readColumns(code)).toBeUndefined();
  });

  it("is how plain text in two columns is structured: each column's sections whole", () => {
    const note = structureNote(`${PAGE}\f`, "text");
    const sharing = note.blocks.filter((b) => b.text.includes("false sharing")).map((b) => b.text);
    expect(sharing).toHaveLength(1);
    expect(sharing[0]).toContain("потоки на разных ядрах пишут в разные переменные одной кэш-линии");
  });
});
