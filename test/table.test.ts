import { describe, expect, it } from "vitest";
import { apartFromTables, tableLines, tablesIn } from "../src/table.ts";

describe("tableLines", () => {
  it("gives each row of a table as a line that names its columns", () => {
    expect(
      tableLines([
        "| Проба | При провале | Когда нужна |",
        "|---|:---:|---|",
        "| livenessProbe | kubelet перезапускает контейнер. | Приложение может зависнуть. |",
        "| startupProbe | | Медленный старт. |",
      ]),
    ).toEqual([
      "livenessProbe — При провале: kubelet перезапускает контейнер; Когда нужна: Приложение может зависнуть.",
      "startupProbe — Когда нужна: Медленный старт.",
    ]);
  });

  it("leaves out a column's name when its header is empty, and the first cell when it is", () => {
    expect(
      tableLines(["| | Deployment | StatefulSet |", "|---|---|---|", "| Имена подов | случайные | web-0 |"]),
    ).toEqual(["Имена подов — Deployment: случайные; StatefulSet: web-0"]);
    expect(tableLines(["| a | b |", "|---|---|", "| | только b |"])).toEqual(["b: только b"]);
  });

  it("reads «\\|» as a pipe inside a cell, as GitHub's Markdown does", () => {
    expect(
      tableLines(["| Что | Команда |", "| --- | --- |", "| правила | iptables-save \\| grep KUBE |"]),
    ).toEqual(["правила — Команда: iptables-save | grep KUBE"]);
  });

  it("takes no table for lines without a header's separator, or with a line that is no row", () => {
    expect(tableLines(["| a | b |", "| c | d |", "| e | f |"])).toBeUndefined();
    expect(tableLines(["| a | b |", "|---|---|", "просто строка"])).toBeUndefined();
    expect(tableLines(["| a | b |", "|---|---|"])).toBeUndefined();
  });
});

describe("apartFromTables", () => {
  const table = "| Инструмент | Мягкая | Жесткая |\n| --- | --- | --- |\n| Ставка | снижает | повышает |";

  it("sets a table apart from the lines of text right over and under it", () => {
    expect(apartFromTables(`Инструменты ЦБ:\n• ключевая ставка\n${table}\nПосле таблицы.`)).toEqual([
      "Инструменты ЦБ:\n• ключевая ставка",
      table,
      "После таблицы.",
    ]);
    expect(apartFromTables("Просто абзац\nв две строки.")).toEqual(["Просто абзац\nв две строки."]);
  });

  it("lets a table under a line of text be found as one", () => {
    expect(tablesIn(`Инструменты ЦБ:\n${table}`)).toEqual([
      { header: ["Инструмент", "Мягкая", "Жесткая"], rows: [["Ставка", "снижает", "повышает"]] },
    ]);
  });
});

describe("tableLines: a header an HTML table had in bold", () => {
  it("takes a first row all in bold under a header of empty cells for the header", () => {
    const lines = [
      "|     |     |     |",
      "| --- | --- | --- |",
      "| **класс** | **группа** | **суффикс** |",
      "| спирты | –OH (гидроксильная) | -ол |",
    ];
    expect(tableLines(lines)).toEqual(["спирты — группа: –OH (гидроксильная); суффикс: -ол"]);
    // A first row not all in bold is a row.
    const plain = [...lines.slice(0, 2), "| класс | **группа** | суффикс |", lines[3] as string];
    expect(tableLines(plain)).toEqual(["класс — **группа**; суффикс", "спирты — –OH (гидроксильная); -ол"]);
  });
});
