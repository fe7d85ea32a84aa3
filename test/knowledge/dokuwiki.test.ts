import { describe, expect, it } from "vitest";
import { dokuwikiToMarkdown } from "../../src/knowledge/dokuwiki.ts";
import { structureNote } from "../../src/knowledge/structure.ts";

const PAGE = [
  "====== Дебаг подов ======",
  "",
  "См. также [[k8s_set|сеть и сервисы]].",
  "",
  "===== Статусы =====",
  "",
  "==== CrashLoopBackOff ====",
  "",
  "  * **CrashLoopBackOff** — симптом, а не причина: контейнер стартует и падает",
  "    * паузы между рестартами растут: 10s, 20s, 40s",
  "  * логи //предыдущего// инстанса:",
  "<code bash>",
  "kubectl logs mypod --previous",
  "</code>",
  "",
  "==== Как попасть внутрь ====",
  "",
  "  - ''kubectl exec -it mypod -- sh''",
  "  - если нет шелла — ''kubectl debug'', см. https://kubernetes.io/docs",
].join("\n");

describe("dokuwikiToMarkdown", () => {
  it("reads a DokuWiki page as the Markdown it says: headings by level, code blocks, lists, inline marks", () => {
    expect(
      dokuwikiToMarkdown(PAGE)
        ?.split("\n")
        .filter((l) => l !== ""),
    ).toEqual([
      "# Дебаг подов",
      "См. также [[k8s_set|сеть и сервисы]].",
      "## Статусы",
      "### CrashLoopBackOff",
      "- **CrashLoopBackOff** — симптом, а не причина: контейнер стартует и падает",
      "  - паузы между рестартами растут: 10s, 20s, 40s",
      "- логи *предыдущего* инстанса:",
      "```bash",
      "kubectl logs mypod --previous",
      "```",
      "### Как попасть внутрь",
      "1. `kubectl exec -it mypod -- sh`",
      "1. если нет шелла — `kubectl debug`, см. https://kubernetes.io/docs",
    ]);
  });

  it("reads a table, its header between carets, as Markdown's, and knows a page by it", () => {
    const page = [
      "====== Задание 17: обособленные члены ======",
      "",
      "==== ПО vs ДО ====",
      "",
      "^  ^ Причастный оборот ^ Деепричастный оборот ^",
      "^ вопрос | какой? | что делая? |",
      "| см. | [[zadanie_16|ОЧ и ССП]] | — |",
    ].join("\n");
    expect(
      dokuwikiToMarkdown(page)
        ?.split("\n")
        .filter((l) => l !== ""),
    ).toEqual([
      "# Задание 17: обособленные члены",
      "### ПО vs ДО",
      "|  | Причастный оборот | Деепричастный оборот |",
      "| --- | --- | --- |",
      "| вопрос | какой? | что делая? |",
      "| см. | [[zadanie_16|ОЧ и ССП]] | — |",
    ]);
  });

  it("reads a start page of one heading by two of its marks, without its macros", () => {
    const start = [
      "====== Пунктуация на ЕГЭ ======",
      "~~NOTOC~~",
      "^ № ^ Страница ^",
      "| 17 | [[zadanie_17|Обособление]] |",
    ].join("\n");
    expect(
      dokuwikiToMarkdown(start)
        ?.split("\n")
        .filter((l) => l !== ""),
    ).toEqual([
      "# Пунктуация на ЕГЭ",
      "| № | Страница |",
      "| --- | --- |",
      "| 17 | [[zadanie_17|Обособление]] |",
    ]);
  });

  it("leaves plain text alone, though it bans its sections with «===»", () => {
    expect(dokuwikiToMarkdown("=== DNS ===\nимена в адреса\n\n=== ARP ===\nадреса в MAC\n")).toBeUndefined();
    expect(dokuwikiToMarkdown("  * ''один'' пункт\n<code>\nls\n</code>\n")).toBeUndefined();
  });

  it("makes each section a passage of its own, its code whole, with no tag or link target among its words", () => {
    const { title, blocks } = structureNote(PAGE, "text");
    expect(title).toBe("Дебаг подов");
    const crash = blocks.filter((b) => b.headingPath.join(" › ") === "Статусы › CrashLoopBackOff");
    expect(crash.map((b) => b.kind)).toEqual(["prose", "code"]);
    const text = blocks.map((b) => b.text).join("\n");
    expect(text).toContain("kubectl logs mypod --previous");
    expect(text).not.toMatch(/<\/?code|k8s_set|''/u);
    expect(text).toContain("сеть и сервисы");
  });
});

const ZIM = [
  "Content-Type: text/x-zim-wiki",
  "Wiki-Format: zim 0.6",
  "Creation-Date: 2025-02-11T20:14:33+03:00",
  "",
  "====== Процессы и джобы ======",
  "Created вторник 11 февраля 2025",
  "",
  "@linux @processes",
  "Связано: [[Скрипты]]",
  "",
  "===== cron =====",
  "* ''crontab -e'' — редактировать свой crontab",
  "\t* ''crontab -l'' — посмотреть",
  '{{{code: lang="sh" linenumbers="True"',
  "# каждые 5 минут",
  "*/5 * * * * /home/vasya/bin/backup.sh",
  "}}}",
  "",
  "[ ] почитать про ''at''",
  "[*] настроить бэкап",
].join("\n");

describe("a page of Zim Desktop Wiki", () => {
  it("reads its table, the row of dashes under its header no row of cells", () => {
    const page = [
      "Content-Type: text/x-zim-wiki",
      "",
      "====== Процессы ======",
      "===== Сигналы =====",
      "|Сигнал|Что делает|",
      "|------|:---------|",
      "|SIGTERM|просит завершиться|",
    ].join("\n");
    expect(
      dokuwikiToMarkdown(page)
        ?.split("\n")
        .filter((l) => l.startsWith("|")),
    ).toEqual(["| Сигнал | Что делает |", "| --- | --- |", "| SIGTERM | просит завершиться |"]);
  });

  it("is a Zim page by its header alone: a home page of one heading and plain lists", () => {
    const home = [
      "Content-Type: text/x-zim-wiki",
      "Wiki-Format: zim 0.6",
      "",
      "====== Home ======",
      "Created Monday 26 February 2024",
      "",
      "Блокнот по куберу, готовлюсь к CKA",
      "* [[Kubernetes]]",
      "\t* [[Kubernetes:Scheduling]]",
    ].join("\n");
    const { title, blocks } = structureNote(home, "text");
    expect(title).toBe("Home");
    expect(blocks.map((b) => b.text).join("\n")).not.toMatch(/Content-Type|Wiki-Format|Created/u);
  });

  it("is read without its header and date, its code fenced, its lists nested by tabs, its tags as tags", () => {
    expect(
      dokuwikiToMarkdown(ZIM)
        ?.split("\n")
        .filter((l) => l !== ""),
    ).toEqual([
      "# Процессы и джобы",
      "#linux #processes",
      "Связано: [[Скрипты]]",
      "## cron",
      "- `crontab -e` — редактировать свой crontab",
      "  - `crontab -l` — посмотреть",
      "```sh",
      "# каждые 5 минут",
      "*/5 * * * * /home/vasya/bin/backup.sh",
      "```",
      "- [ ] почитать про `at`",
      "- [x] настроить бэкап",
    ]);
  });

  it("keeps a comment in its code block out of the headings, and the header out of the passages", () => {
    const { title, blocks, tags } = structureNote(ZIM, "text");
    expect(title).toBe("Процессы и джобы");
    expect(tags).toEqual(["linux", "processes"]);
    expect(blocks.flatMap((b) => b.headingPath)).not.toContain("каждые 5 минут");
    const text = blocks.map((b) => b.text).join("\n");
    expect(text).not.toMatch(/Content-Type|Wiki-Format|Created|\{\{\{|\}\}\}/u);
    expect(blocks.find((b) => b.kind === "code")?.headingPath).toEqual(["cron"]);
  });
});
