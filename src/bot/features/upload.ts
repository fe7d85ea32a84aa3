// Notes sent as a document: an admin's notes file (`.md`, `.txt`, `.org`, `.csv`, `.srt`, a Telegram chat export…) or
// quiz `.yaml` is saved under KNOWLEDGE_DIR, the notes are reloaded, and the admin hears what changed. Anyone else's
// document is declined politely.

import { Composer, InlineKeyboard } from "grammy";
import { decodeText } from "../../knowledge/encoding.ts";
import { NO_CHAT_EXPORT, noteFormat, WORD_FILE } from "../../knowledge/formats.ts";
import { keepNoteOf } from "../../knowledge/keep.ts";
import { whyNotRead } from "../../knowledge/load.ts";
import { chatExportToText } from "../../knowledge/telegram.ts";
import { WordError } from "../../knowledge/word.ts";
import { uploadPath } from "../../library.ts";
import type { BotContext, BotDeps, Feature } from "../context.ts";
import { escapeHtml } from "../render.ts";
import { problemInRussian } from "../render-problems.ts";
import { renderChange } from "../render-reload.ts";

/** The largest notes file taken: far more than a topic of notes, far less than what would slow the bot. */
export const MAX_UPLOAD_BYTES = 1024 * 1024;
/**
 * The largest export taken (a Word document, a notebook, a web page, a chat or an Evernote export): its markup and
 * pictures weigh many times its text. Telegram lets a bot download files of at most 20 MB.
 */
export const MAX_EXPORT_BYTES = 20 * 1024 * 1024;
/** An export of notes, weighed by MAX_EXPORT_BYTES. */
const EXPORT_FILE = /\.(?:docx|ipynb|json|html?|mhtml?|enex)$/i;
/** How many uploads wait for «Заменить» at once; the oldest is forgotten first. */
const MAX_PENDING = 20;

const REFUSAL = "Спасибо! Но добавлять заметки в конспект могут только администраторы бота.";
const WRONG_KIND =
  "Принимаю заметки (.md, .txt, .docx, .org, .adoc, .rst, .tex, .csv, .srt, .ipynb, .html, .mhtml, .enex, .tid, .canvas, .wiki, чат из Telegram Desktop или заметку Google Keep в .json) и вопросы викторины (.yaml).";
const TOO_BIG = "Файл больше 1 МБ — разделите его на несколько тем.";
const EXPORT_TOO_BIG =
  "Файл больше 20 МБ — столько Telegram ботам не отдаёт. Положите его в папку с заметками на сервере (KNOWLEDGE_DIR).";
const NOT_UTF8 = "Не понимаю кодировку файла — сохраните его в UTF-8 и пришлите снова.";
const NOT_WORD =
  "Этот .docx не открывается как документ Word — сохраните его заново из Word и пришлите снова.";
const CANCELLED = "Хорошо, файл не сохранён.";
const EXPIRED = "Этот файл уже не помню — пришлите его ещё раз.";

/** The answer to a `.json` that is no chat exported from Telegram: which ones are read. */
const NO_CHAT = (() => {
  const advice = problemInRussian(NO_CHAT_EXPORT).replace(/^файл пропущен: /, "");
  return `${advice.charAt(0).toUpperCase()}${advice.slice(1)}.`;
})();

/**
 * The answer to a document of a kind not taken: for one people try (a PDF, a Word file…), what to do with it
 * first («PDF не читается — сохраните его текст в .txt…»), then what is taken.
 */
export function wrongKind(fileName: string): string {
  const why = whyNotRead(fileName);
  if (why === undefined) return WRONG_KIND;
  const advice = problemInRussian(`skipped: ${why}`).replace(/^файл пропущен: /, "");
  return `${advice.charAt(0).toUpperCase()}${advice.slice(1)}. ${WRONG_KIND}`;
}

/**
 * Document uploads for the ADMIN_IDS when `deps.library` is set: saved with a sanitised name (see
 * `uploadPath`), at most 1 MB (an export, 20 MB), text (UTF-8, or Windows-1251 and the like, saved as UTF-8) or a
 * Word document; a file of another topic at that name is replaced only after «Заменить». Then the notes are
 * reloaded and the reply says what changed.
 */
export function upload(deps: BotDeps): Feature {
  const composer = new Composer<BotContext>();
  const pending = new Map<string, { path: string; content: string | Uint8Array }>();
  let nextKey = 1;

  const saveAndReload = async (
    ctx: BotContext,
    path: string,
    content: string | Uint8Array,
    replace: boolean,
  ) => {
    const library = deps.library;
    const from = ctx.from;
    if (!library || !from) return;
    let saved: Awaited<ReturnType<typeof library.save>>;
    try {
      saved = await library.save(path, content, { replace });
    } catch (error) {
      if (error instanceof WordError) return ctx.reply(NOT_WORD);
      throw error;
    }
    if (!saved.saved) {
      const key = String(nextKey++);
      pending.set(key, { path, content });
      if (pending.size > MAX_PENDING) pending.delete(pending.keys().next().value as string);
      return ctx.reply(
        `Файл <code>${escapeHtml(path)}</code> уже есть, и в нём другая тема: «${escapeHtml(saved.occupiedBy)}». Заменить его?`,
        {
          parse_mode: "HTML",
          reply_markup: new InlineKeyboard()
            .text("Заменить", `upl:yes:${key}`)
            .text("Отмена", `upl:no:${key}`),
        },
      );
    }
    const change = await library.reload(from.id);
    return ctx.reply(`Сохранил как <code>${escapeHtml(path)}</code>.\n\n${renderChange(change)}`, {
      parse_mode: "HTML",
    });
  };

  composer.on("message:document", async (ctx) => {
    if (!deps.library || !deps.admin?.ids.includes(ctx.from.id)) return ctx.reply(REFUSAL);
    const document = ctx.message.document;
    const path = uploadPath(document.file_name ?? "");
    if (!path) return ctx.reply(wrongKind(document.file_name ?? ""));
    const exported = EXPORT_FILE.test(path);
    const limit = exported ? MAX_EXPORT_BYTES : MAX_UPLOAD_BYTES;
    const tooBig = exported ? EXPORT_TOO_BIG : TOO_BIG;
    if ((document.file_size ?? 0) > limit) return ctx.reply(tooBig);
    const file = await ctx.getFile();
    const root = deps.apiRoot ?? "https://api.telegram.org";
    const response = await fetch(`${root}/file/bot${deps.token}/${file.file_path}`);
    if (!response.ok) throw new Error(`upload: downloading ${path} failed with HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > limit) return ctx.reply(tooBig);
    // A Word document is saved as it came: the notes read it as Word.
    if (WORD_FILE.test(path)) return saveAndReload(ctx, path, bytes, false);
    // Saved as UTF-8 whatever it came in (an old Notepad's Windows-1251 too).
    const text = decodeText(bytes)?.text;
    if (text === undefined) return ctx.reply(NOT_UTF8);
    // JSON that is no chat export, nor a note of Google Keep, would only be skipped by the notes: it is not saved.
    if (noteFormat(path) === "chat" && chatExportToText(text) === undefined && keepNoteOf(text) === undefined)
      return ctx.reply(NO_CHAT);
    return saveAndReload(ctx, path, text, false);
  });

  composer.callbackQuery(/^upl:(yes|no):(\d+)$/, async (ctx) => {
    if (!deps.admin?.ids.includes(ctx.from.id)) return ctx.answerCallbackQuery();
    const [, answer, key = ""] = ctx.match;
    const upload = pending.get(key);
    pending.delete(key);
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup();
    if (!upload) return ctx.reply(EXPIRED);
    if (answer === "no") return ctx.reply(CANCELLED);
    return saveAndReload(ctx, upload.path, upload.content, true);
  });

  return { commands: [], composer };
}
