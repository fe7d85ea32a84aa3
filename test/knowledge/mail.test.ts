import { describe, expect, it } from "vitest";
import { mailToMarkdown } from "../../src/knowledge/mail.ts";
import { structureNote } from "../../src/knowledge/structure.ts";

const LETTERS = [
  "From: Маша Ковалева <masha@mail.ru>",
  "To: masha@mail.ru",
  "Date: Tue, 12 Mar 2024 21:14:03 +0300",
  "Subject: celery заметки 2 — delay и apply_async",
  "",
  "delay(x, y) — короткая запись apply_async((x, y)). Важно: countdown и eta",
  "не значат «ровно в это время».",
  "",
  "    add.apply_async((2, 2), countdown=60)",
  "",
  "-- ",
  "Маша",
  "",
  "From: Маша Ковалева <masha@mail.ru>",
  "To: masha@mail.ru",
  "Date: Thu, 14 Mar 2024 08:02:11 +0300",
  "Subject: Re: celery заметки 2 — delay и apply_async",
  "",
  "upd: проверила, так и есть.",
  "",
  "14 мар. 2024 г., в 22:40, Маша <masha@mail.ru> написал(а):",
  "",
  "> Важно: countdown и eta",
  "> не значат «ровно в это время».",
  "",
  "-- ",
  "Отправлено с iPhone",
  "",
  "From: Маша Ковалева <masha@mail.ru>",
  "Date: Fri, 15 Mar 2024 19:30:00 +0300",
  "Subject: Fwd: acks_late",
  "",
  "Денис прислал, сохраняю.",
  "",
  "-------- Пересылаемое сообщение --------",
  "От: Денис Орлов <denis@gmail.com>",
  "Дата: 15 марта 2024 г., 18:55",
  "Тема: acks_late",
  "",
  "> With acks_late=True the message is acknowledged only after the task returns.",
  "-------- Конец пересылаемого сообщения --------",
].join("\n");

describe("mailToMarkdown", () => {
  const md = mailToMarkdown(LETTERS) as string;

  it("heads each letter by its subject, a reply continuing the letter it answers", () => {
    expect(md.match(/^## .*$/gmu)).toEqual(["## celery заметки 2 — delay и apply_async", "## acks_late"]);
    expect(md).toContain("upd: проверила, так и есть.");
  });

  it("drops headers, signatures, quotes of what the letters say and the lines that introduce them", () => {
    expect(md).not.toMatch(/From:|To:|Date:|Subject:|От:|Тема:|Маша$|iPhone|написал|Пересылаемое|^>/mu);
    expect(md.match(/countdown и eta/gu)).toHaveLength(1);
  });

  it("drops what a mail client put into a quote: Gmail's line that introduces it, a forwarded letter's headers, «[...]»", () => {
    const reply = [
      "From: Денис <d@gmail.com>",
      "Subject: Re: Fwd: сайдкары",
      "",
      "Разобрался с нативными сайдкарами.",
      "",
      "> чт, 7 мар. 2024 г. в 19:32, Денис Ковалев <denis.kovalev@logimarket.ru>:",
      ">",
      "> ---------- Пересылаемое сообщение ---------",
      "> От: Игорь Сафонов <i.safonov@logimarket.ru>",
      "> [...]",
      "> По-старому сайдкар это просто второй контейнер в containers.",
    ].join("\n");
    const read = mailToMarkdown(reply) as string;
    expect(read).toContain("По-старому сайдкар это просто второй контейнер в containers.");
    expect(read).not.toMatch(/logimarket|Пересылаемое|От:|\[\.\.\.\]/u);
  });

  it("puts a letter quoted whole under a reply's own words in a section of its own, headed by its first sentence", () => {
    const reply = [
      "From: Денис <d@gmail.com>",
      "Subject: Re: graceful shutdown",
      "",
      "ВАЖНО: terminationGracePeriodSeconds должен быть больше чем sleep.",
      "",
      "> 14 марта 2024 г., в 21:40, Денис Ковалев <d.kovalev.dev@gmail.com>",
      "> написал(а):",
      ">",
      "> Что происходит, когда удаляем под:",
      "> 1. API server ставит поду deletionTimestamp.",
      "> 2. Под убирают из endpoints.",
      "> 3. kubelet шлет SIGTERM.",
    ].join("\n");
    const read = mailToMarkdown(reply) as string;
    expect(read).not.toMatch(/gmail|написал/u);
    expect(read.match(/^#+ .*$/gmu)).toEqual([
      "## graceful shutdown",
      "### Что происходит, когда удаляем под",
    ]);
    expect(read).toMatch(
      /sleep\.\n+### Что происходит[^\n]*\n+Что происходит, когда удаляем под:\n1\. API server/u,
    );
  });

  it("keeps a quote of anything else, a forwarded answer, without its «>»", () => {
    expect(md).toContain("\nWith acks_late=True the message is acknowledged only after the task returns.");
  });

  it("is how letters saved as .txt are read: code stays code", () => {
    const note = structureNote(LETTERS, "text");
    expect([...new Set(note.blocks.map((b) => b.headingPath.join(" › ")))]).toEqual([
      "celery заметки 2 — delay и apply_async",
      "acks_late",
    ]);
    expect(note.blocks.find((b) => b.kind === "code")?.text).toContain(
      "add.apply_async((2, 2), countdown=60)",
    );
  });

  it("heads an answer given inline by the question it quotes", () => {
    const thread = [
      "From: Денис <d@mail.ru>",
      "Subject: вопросы по go",
      "",
      "1) Горутина это же по сути тред? Чем она от потока отличается,",
      "почему их можно наплодить 100к",
      "2) Видел GOMAXPROCS, не понял что оно задаёт.",
      "",
      "From: Игорь <i@mail.ru>",
      "Subject: Re: вопросы по go",
      "",
      "On Tue, Oct 14, 2025 Денис <d@mail.ru> wrote:",
      "> 1) Горутина это же по сути тред? Чем она от потока отличается,",
      "",
      "Не тред. Горутина — легковесный поток рантайма Go.",
      "",
      "> 2) Видел GOMAXPROCS, не понял что оно задаёт.",
      "",
      "GOMAXPROCS — сколько потоков ОС исполняют Go-код.",
    ].join("\n");
    const note = structureNote(thread, "text");
    const section = (start: string) => note.blocks.find((b) => b.text.startsWith(start))?.headingPath;
    expect(section("Не тред")).toEqual(["вопросы по go", "Горутина это же по сути тред?"]);
    // Once a letter answers so, each quote in it starts the next answer.
    expect(section("GOMAXPROCS —")).toEqual(["вопросы по go", "Видел GOMAXPROCS, не понял что оно задаёт."]);
    // A quote that asks nothing, in a letter that answers nothing inline, heads nothing.
    expect(mailToMarkdown(LETTERS)).not.toMatch(/^### /mu);
  });

  it("takes no letters for text that only mentions a header, or has one header block in its middle", () => {
    expect(
      mailToMarkdown("HTTP-заголовок From: содержит адрес.\nSubject: не заголовок письма\n"),
    ).toBeUndefined();
    const one = LETTERS.split("\n").slice(0, 12).join("\n");
    expect(mailToMarkdown(one)).toBeDefined();
    expect(mailToMarkdown(`Заметки про почту.\n\n${one}`)).toBeUndefined();
  });
});
