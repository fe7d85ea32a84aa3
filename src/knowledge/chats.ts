// Chats kept as notes: a channel copied from Discord or Slack, a group exported from WhatsApp. Their messages' headers
// go and their conversations stay together, each a section of its own. Pure: lines in, lines out.

/** Discord's header over a message: its author, then its date and time. */
const DISCORD_HEADER =
  /^[^\n—]{1,40}\s—\s(?:(\d{1,2}\.\d{1,2}\.\d{2,4}|вчера|сегодня|today|yesterday|\d{1,2}\/\d{1,2}\/\d{2,4}),?\s+(?:в\s+|at\s+)?(\d{1,2}):(\d{2})(?:\s?[AP]M)?)$/iu;
/**
 * WhatsApp's export's message: its date and time, then who wrote it and what, «12.03.2024, 21:17 - Анна Смирнова:
 * текст» (Android) or «[12.03.24, 21:17:05] Анна Смирнова: текст» (iPhone; a chat copied by hand has «[13.03.24
 * 19:02] Ментор: текст»); without «имя:» it is the chat's own line («Анна Смирнова создала группу…»).
 */
const EXPORTED_MESSAGE =
  /^(?:(\d{1,2}[./]\d{1,2}[./]\d{2,4}),\s+(\d{1,2}):(\d{2})(?:\s?[AP]M)?\s+-|\[(\d{1,2}[./]\d{1,2}[./]\d{2,4}),?\s+(\d{1,2}):(\d{2})(?::\d{2})?(?:\s?[AP]M)?\])\s+(?:([^:\n]{1,40}):\s?)?(.*)$/u;
/** What an export puts for what it left out: a picture, a deleted message, an edit. */
const LEFT_OUT =
  /^(?:<без медиафайлов>|<media omitted>|это сообщение удалено|this message was deleted|вы удалили это сообщение|null|<это сообщение было изменено>|<this message was edited>)$/iu;
/** Discord's time over the next message of the same author: «[21:36]». */
const DISCORD_TIME = /^\[(\d{1,2}):(\d{2})(?:\s?[AP]M)?\]$/u;
/**
 * Slack's header over a message, as its desktop app copies it: its author's name, two spaces, its time (not
 * Telegram's «👁 25.6K  13:10» under a post).
 */
const SLACK_HEADER = /^(\p{L}[\p{L}\p{N} ._'-]{0,40}?) {2,}(\d{1,2}):(\d{2})(?:\s?([AP]M))?$/u;
/** Slack's time over the next message of the same author: «10:43». */
const SLACK_TIME = /^(\d{1,2}):(\d{2})(?:\s?([AP]M))?$/u;
/** Slack's line over a day's messages: «Tuesday, March 12th», «Today», «вторник, 12 марта». */
const SLACK_DAY =
  /^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|сегодня|вчера)(?:,\s+(?:[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+\p{L}+)(?:,?\s+\d{4})?)?)$/iu;
/** What Slack shows around a message and copies with it: a reaction's emoji (its count on the next line), a thread's
 * summary, a file's name, the mark of an edit. */
const SLACK_REACTION = /^:[a-z0-9_+-]+:$/u;
const SLACK_COUNT = /^\d{1,3}$/u;
const SLACK_AROUND =
  /^(?:\d+\s+repl(?:y|ies)|last reply .+|view thread|\(edited\)|\d+\s+(?:ответ|ответа|ответов)|последний ответ .+|открыть ветку|\(изменено\)|[^\n/]{1,80}\.(?:png|jpe?g|gif|pdf|mp4|mov|zip))$/iu;
/** An emoji's code in a message's text: «:thumbsup:», «:slightly_smiling_face:». */
const EMOJI_CODE = /(^|\s):[a-z0-9_+-]+:(?=\s|$)/gu;

/** A message this many minutes or more after the one before starts a new conversation. */
const THREAD_GAP_MINUTES = 45;

/**
 * The messages of a chat copied from Discord, or exported from WhatsApp, as their conversations: a message's header
 * is dropped, and its text goes on with the messages before it (an answer with the question it answers), unless it
 * came on another day or {@link THREAD_GAP_MINUTES} after the last one — then a rule («---») starts a new
 * conversation, which ends the section a summary posted in the last one headed. Other text as it is.
 */
export function chatThreads(lines: string[]): string[] {
  // Messages with their text on the header's line: a header alone over its text («[04.03.2024 09:41] Андрей:») is
  // Telegram's copy, whose headers go as garbage (see clean.ts).
  const said = (line: string) => {
    const message = EXPORTED_MESSAGE.exec(line);
    return message?.[7] !== undefined && (message[8] ?? "").trim() !== "";
  };
  if (lines.filter(said).length >= MIN_EXPORTED_MESSAGES) return exportedThreads(lines);
  if (lines.filter((line) => SLACK_HEADER.test(line.trim())).length >= MIN_EXPORTED_MESSAGES)
    return slackThreads(lines);
  if (lines.filter((line) => DISCORD_HEADER.test(line.trim())).length < 2) return lines;
  const out: string[] = [];
  let day: string | undefined;
  let last: number | undefined;
  for (const line of lines) {
    const header = DISCORD_HEADER.exec(line.trim());
    const time = header ?? DISCORD_TIME.exec(line.trim());
    if (time === null) {
      out.push(line);
      continue;
    }
    const at = Number(time[header ? 2 : 1]) * 60 + Number(time[header ? 3 : 2]);
    const today = header ? (header[1] as string).toLowerCase() : day;
    if (today !== day || last === undefined || at - last >= THREAD_GAP_MINUTES || at < last)
      out.push("", "---", "");
    day = today;
    last = at;
  }
  return out;
}

/** A chat's export has at least this many messages. */
const MIN_EXPORTED_MESSAGES = 5;

/**
 * A chat exported from WhatsApp as its conversations (see {@link chatThreads}): each message's text without its date,
 * time and author, the chat's own lines and what the export left out dropped.
 */
function exportedThreads(lines: string[]): string[] {
  const out: string[] = [];
  let day: string | undefined;
  let last: number | undefined;
  for (const line of lines) {
    const message = EXPORTED_MESSAGE.exec(line);
    if (message === null) {
      if (!LEFT_OUT.test(line.trim())) out.push(line);
      continue;
    }
    const [, androidDate, androidHours, androidMinutes, iosDate, iosHours, iosMinutes, author, text] =
      message;
    const [date, hours, minutes] = androidDate
      ? [androidDate, androidHours, androidMinutes]
      : [iosDate, iosHours, iosMinutes];
    const at = Number(hours) * 60 + Number(minutes);
    // A rule, not a blank line: a conversation ends the section a summary posted in the last one headed.
    if (date !== day || last === undefined || at - last >= THREAD_GAP_MINUTES || at < last)
      out.push("", "---", "");
    day = date;
    last = at;
    if (author !== undefined && !LEFT_OUT.test((text ?? "").trim())) out.push(text ?? "");
  }
  return out;
}

/**
 * A channel copied from Slack as its conversations (see {@link chatThreads}): a message's author and time dropped, a
 * day's line starts a new conversation, and what Slack shows around a message (reactions and their counts, a
 * thread's summary, a file's name, «(edited)», emoji codes) goes.
 */
function slackThreads(lines: string[]): string[] {
  const out: string[] = [];
  let last: number | undefined;
  let period: string | undefined;
  let fence = false;
  for (const [i, line] of lines.entries()) {
    const trimmed = line.trim();
    if (trimmed.startsWith("```")) fence = !fence !== (trimmed.length > 3 && trimmed.endsWith("```"));
    if (fence || trimmed.startsWith("```")) {
      out.push(line);
      continue;
    }
    if (SLACK_DAY.test(trimmed)) {
      last = undefined;
      continue;
    }
    if (SLACK_AROUND.test(trimmed)) continue;
    // A reaction is its emoji's code, and its count on the next line.
    if (SLACK_REACTION.test(trimmed) && SLACK_COUNT.test((lines[i + 1] ?? "").trim())) continue;
    if (SLACK_COUNT.test(trimmed) && SLACK_REACTION.test((lines[i - 1] ?? "").trim())) continue;
    const header = SLACK_HEADER.exec(trimmed);
    const time = header === null ? SLACK_TIME.exec(trimmed) : null;
    if (header === null && time === null) {
      out.push(line.replace(EMOJI_CODE, "$1").replace(/[ \t]+$/u, ""));
      continue;
    }
    const [hours, minutes, marker] = header
      ? [header[2], header[3], header[4]]
      : [time?.[1], time?.[2], time?.[3]];
    period = marker ?? period;
    const at = ((Number(hours) % 12) + (period === "PM" ? 12 : 0)) * 60 + Number(minutes);
    if (last === undefined || at - last >= THREAD_GAP_MINUTES || at < last) out.push("", "---", "");
    last = at;
  }
  return out;
}
