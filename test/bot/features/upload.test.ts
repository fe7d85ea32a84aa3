// Notes sent as a document, end to end through the fake Bot API: saved, reloaded, answered with what changed.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { wrongKind } from "../../../src/bot/features/upload.ts";
import { uploadPath } from "../../../src/library.ts";
import type { Harness } from "../../helpers/harness.ts";
import { type LibraryHarness, startLibraryHarness } from "../../helpers/library.ts";
import { callbackQuery, document, message, user } from "../../helpers/updates.ts";

const ADMIN = user(7201, "Админ");
const STUDENT = user(7202, "Студент");
const ALPHA =
  "# Альфа\n\n## Флюгегехаймен\n\nФлюгегехаймен — это компонент кластера, который хранит конфигурацию.\n";
const GAMMA =
  "# Гамма\n\n## Гиперзатвор\n\nГиперзатвор — это сетевой фильтр, который режет лишние пакеты на входе.\n";

let dir: string;
let h: Harness;

async function send(from: typeof ADMIN, name: string, content: string | Buffer): Promise<string> {
  h.fake.push(document(name, h.fake.addFile(content), { from }));
  const [reply] = await h.fake.nextMessages(from.id);
  return String(reply?.payload.text);
}

let setup: LibraryHarness;

beforeAll(async () => {
  // An admin sends many documents in a row here: the flood limit is not what these tests are about.
  setup = await startLibraryHarness({ "alpha.md": ALPHA }, ADMIN.id, { timeFrame: 3000, limit: 100 });
  ({ dir, h } = setup);
});

afterAll(() => setup.stop());

describe("uploadPath", () => {
  test("keeps only a plain name inside the folder, quiz files under quiz/", () => {
    expect(uploadPath("../../etc/passwd.md")).toBe("passwd.md");
    expect(uploadPath("..\\..\\Сети и DNS.txt")).toBe("Сети-и-DNS.txt");
    expect(uploadPath(".hidden.md")).toBe("hidden.md");
    expect(uploadPath("helm.YAML")).toBe("quiz/helm.yaml");
    expect(uploadPath("vim.org")).toBe("vim.org");
    expect(uploadPath("Лекция 7.srt")).toBe("Лекция-7.srt");
    expect(uploadPath("Конспект.docx")).toBe("Конспект.docx");
    expect(uploadPath("result.json")).toBe("result.json");
    expect(uploadPath("messages2.html")).toBe("messages2.html");
    expect(uploadPath("...md")).toBeUndefined();
    expect(uploadPath("photo.png")).toBeUndefined();
  });
});

describe("wrongKind", () => {
  test("says what is taken, after what to do with a PDF, a Word file, a web page or other markup", () => {
    const taken =
      "Принимаю заметки (.md, .txt, .docx, .org, .adoc, .rst, .tex, .csv, .srt, .ipynb, .html, .mhtml, .enex, .tid, .canvas, .wiki, чат из Telegram Desktop или заметку Google Keep в .json) и вопросы викторины (.yaml).";
    expect(wrongKind("photo.png")).toBe(taken);
    expect(wrongKind("Лекция 3.PDF")).toBe(
      `PDF не читается — сохраните его текст в .txt (pdftotext notes.pdf notes.txt). ${taken}`,
    );
    expect(wrongKind("notes.odt")).toMatch(
      /^Документ Word и подобные не читаются — сохраните его как обычный текст/,
    );
    expect(wrongKind("book.epub")).toMatch(/^Электронная книга не читается/);
    for (const name of ["notes.odt", "book.epub"]) expect(wrongKind(name)).toContain(taken);
  });
});

describe("notes sent as a document", () => {
  test("an admin's note is saved, reloaded, answered with what changed, and then answers questions", async () => {
    const reply = await send(ADMIN, "../gamma.md", GAMMA);
    expect(reply).toContain("Сохранил как <code>gamma.md</code>");
    expect(reply).toContain("Новые темы: «Гамма»");
    expect(await readFile(join(dir, "gamma.md"), "utf8")).toBe(GAMMA);
    h.fake.push(message("что такое гиперзатвор", { from: STUDENT }));
    const [answer] = await h.fake.nextMessages(STUDENT.id);
    expect(String(answer?.payload.text)).toContain("режет лишние пакеты");
  });

  test("a file of another topic under the same name is replaced only after «Заменить»", async () => {
    const other = "# Омега\n\nСовсем другая тема про омега-балансировщик и его настройки в кластере.\n";
    expect(await send(ADMIN, "alpha.md", other)).toContain("в нём другая тема: «Альфа». Заменить его?");
    expect(await readFile(join(dir, "alpha.md"), "utf8")).toBe(ALPHA);
    const question = h.fake.sent(ADMIN.id).at(-1);
    if (!question) throw new Error("the bot asked nothing");
    const sentMessage = h.fake.message(
      ADMIN.id,
      (question.reply.result as { message_id: number }).message_id,
    );
    const markup = question.payload.reply_markup as { inline_keyboard: { callback_data: string }[][] };
    const buttons = markup.inline_keyboard[0];
    h.fake.push(callbackQuery(String(buttons?.[0]?.callback_data), sentMessage as never, ADMIN));
    const [done] = await h.fake.nextMessages(ADMIN.id);
    expect(String(done?.payload.text)).toContain("Новые темы: «Омега»\nУдалённые темы: «Альфа»");
    expect(await readFile(join(dir, "alpha.md"), "utf8")).toBe(other);
  });

  test("a file too big, of another kind or not text is declined, and nothing is written", async () => {
    const before = await readdir(dir);
    expect(await send(ADMIN, "big.md", "а".repeat(600_000))).toBe(
      "Файл больше 1 МБ — разделите его на несколько тем.",
    );
    // An export's markup and pictures weigh many times its text: it may be larger, up to what Telegram gives a bot.
    expect(await send(ADMIN, "huge.enex", "а".repeat(10_500_001))).toContain("Файл больше 20 МБ");
    // A document people try says what to do with it first.
    expect(await send(ADMIN, "Лекция 3.pdf", "%PDF-1.7")).toBe(
      "PDF не читается — сохраните его текст в .txt (pdftotext notes.pdf notes.txt). Принимаю заметки (.md, .txt, .docx, .org, .adoc, .rst, .tex, .csv, .srt, .ipynb, .html, .mhtml, .enex, .tid, .canvas, .wiki, чат из Telegram Desktop или заметку Google Keep в .json) и вопросы викторины (.yaml).",
    );
    // Bytes that read as no text, in no encoding.
    expect(await send(ADMIN, "noise.txt", Buffer.from([0x00, 0x01, 0xc0, 0x02, 0x03, 0xff, 0x00]))).toBe(
      "Не понимаю кодировку файла — сохраните его в UTF-8 и пришлите снова.",
    );
    expect(await readdir(dir)).toEqual(before);
  });

  test("an export larger than a notes file may be is taken, up to 20 MB", async () => {
    // A chat's export weighs many times its text: here a service message's own data makes up most of it.
    const chat = {
      name: "Большой канал",
      type: "private_channel",
      messages: [
        { id: 1, type: "service", action: "edit_group_photo", text: "", photo: "x".repeat(1_200_000) },
        {
          id: 2,
          type: "message",
          text: "Омега-шлюз принимает запросы снаружи и отдаёт их сервисам внутри кластера.",
        },
      ],
    };
    const json = JSON.stringify(chat);
    // More than a notes file may weigh.
    expect(Buffer.byteLength(json)).toBeGreaterThan(1024 * 1024);
    expect(await send(ADMIN, "result2.json", json)).toContain("Сохранил как <code>result2.json</code>");
  });

  test("a web page is read as the article it holds", async () => {
    const page =
      "<html><head><title>Зета</title></head><body><nav><a href='/'>Главная</a></nav><article><h1>Зета-прокси</h1>" +
      "<p>Зета-прокси держит соединения с клиентами и раздаёт запросы по репликам сервиса, пока те живы.</p>" +
      "<p>Если реплика не отвечает на проверку, зета-прокси убирает её из списка до следующей проверки.</p></article></body></html>";
    const reply = await send(ADMIN, "zeta.html", page);
    expect(reply).toContain("Сохранил как <code>zeta.html</code>");
    expect(reply).toContain("Новые темы: «Зета-прокси»");
  });

  test("a chat exported from Telegram or a note of Google Keep is read; other JSON is declined and not saved", async () => {
    const before = await readdir(dir);
    expect(await send(ADMIN, "package.json", '{"name": "konspekt"}')).toBe(
      "Из файлов .json читаются только чат, выгруженный из Telegram Desktop («Экспорт истории чата»), и заметка Google Keep из Google Takeout.",
    );
    expect(await readdir(dir)).toEqual(before);
    const keep = { title: "umask", textContent: "umask 022 — новые файлы 644, папки 755", isTrashed: false };
    expect(await send(ADMIN, "umask.json", JSON.stringify(keep))).toContain("Новые темы: «umask»");
    const saved = {
      name: "Заметки по сети",
      type: "private_channel",
      messages: [
        { id: 1, type: "service", action: "create_channel", text: "" },
        { id: 2, type: "message", text: "Квазисвитч пересылает кадры только в порт получателя." },
      ],
    };
    const reply = await send(ADMIN, "result.json", JSON.stringify(saved));
    expect(reply).toContain("Сохранил как <code>result.json</code>");
    expect(reply).toContain("Новые темы: «Заметки по сети»");
    h.fake.push(message("что такое квазисвитч", { from: STUDENT }));
    const [answer] = await h.fake.nextMessages(STUDENT.id);
    expect(String(answer?.payload.text)).toContain("пересылает кадры только в порт получателя");
  });

  test("a note saved by an old Notepad in Windows-1251 is read, and saved as UTF-8", async () => {
    const note = "# Эпсилон\n\nЭпсилон-шлюз принимает запросы снаружи кластера и отдаёт их сервисам.\n";
    const cp1251 = Buffer.from(
      [...note].map((ch) => {
        const code = ch.codePointAt(0) as number;
        if (code < 0x80) return code;
        if (ch === "ё") return 0xb8;
        return code - 0x410 + 0xc0;
      }),
    );
    const reply = await send(ADMIN, "epsilon.txt", cp1251);
    expect(reply).toContain("Сохранил как <code>epsilon.txt</code>");
    expect(await readFile(join(dir, "epsilon.txt"), "utf8")).toBe(note);
  });

  test("anyone else's document gets a polite refusal and is not saved", async () => {
    expect(await send(STUDENT, "delta.md", GAMMA)).toBe(
      "Спасибо! Но добавлять заметки в конспект могут только администраторы бота.",
    );
    expect(await readdir(dir)).not.toContain("delta.md");
  });
});
