// Chats kept as notes: a channel copied from Discord, a group exported from WhatsApp. Their messages' headers go and
// their conversations stay together, each a section of its own. Pure: lines in, lines out.

/** Discord's header over a message: its author, then its date and time. */
const DISCORD_HEADER =
  /^[^\n—]{1,40}\s—\s(?:(\d{1,2}\.\d{1,2}\.\d{2,4}|вчера|сегодня|today|yesterday|\d{1,2}\/\d{1,2}\/\d{2,4}),?\s+(?:в\s+|at\s+)?(\d{1,2}):(\d{2})(?:\s?[AP]M)?)$/iu;
/**
 * WhatsApp's export's message: its date and time, then who wrote it and what, «12.03.2024, 21:17 - Анна Смирнова:
 * текст» (Android) or «[12.03.24, 21:17:05] Анна Смирнова: текст» (iPhone); without «имя:» it is the chat's own
 * line («Анна Смирнова создала группу…»).
 */
const EXPORTED_MESSAGE =
  /^(?:(\d{1,2}[./]\d{1,2}[./]\d{2,4}),\s+(\d{1,2}):(\d{2})(?:\s?[AP]M)?\s+-|\[(\d{1,2}[./]\d{1,2}[./]\d{2,4}),\s+(\d{1,2}):(\d{2}):\d{2}(?:\s?[AP]M)?\])\s+(?:([^:\n]{1,40}):\s?)?(.*)$/u;
/** What an export puts for what it left out: a picture, a deleted message, an edit. */
const LEFT_OUT =
  /^(?:<без медиафайлов>|<media omitted>|это сообщение удалено|this message was deleted|вы удалили это сообщение|null|<это сообщение было изменено>|<this message was edited>)$/iu;
/** Discord's time over the next message of the same author: «[21:36]». */
const DISCORD_TIME = /^\[(\d{1,2}):(\d{2})(?:\s?[AP]M)?\]$/u;
/** A message this many minutes or more after the one before starts a new conversation. */
const THREAD_GAP_MINUTES = 45;

/**
 * The messages of a chat copied from Discord, or exported from WhatsApp, as their conversations: a message's header
 * is dropped, and its text goes on with the messages before it (an answer with the question it answers), unless it
 * came on another day or {@link THREAD_GAP_MINUTES} after the last one — then a rule («---») starts a new
 * conversation, which ends the section a summary posted in the last one headed. Other text as it is.
 */
export function chatThreads(lines: string[]): string[] {
  if (lines.filter((line) => EXPORTED_MESSAGE.exec(line)?.[7] !== undefined).length >= MIN_EXPORTED_MESSAGES)
    return exportedThreads(lines);
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
