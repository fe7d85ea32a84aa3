// Echoing what a user typed back to them, bounded: a reply that quotes input can never outgrow Telegram's
// 4,096 characters however long the input was. Pure text, no HTML: escape the result where it goes into HTML.

/** How much of a user's input a reply quotes by default, in characters. */
export const QUOTE_MAX = 60;

/**
 * `text` with every run of whitespace made one space, cut to at most `max` characters, the last of them «…»
 * when cut. Never splits a surrogate pair (an emoji), which Telegram would refuse as broken UTF-8.
 */
export function shorten(text: string, max = 80): string {
  const flat = text.replace(/\s+/gu, " ").trim();
  if (flat.length <= max) return flat;
  let end = Math.max(0, max - 1);
  const last = flat.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${flat.slice(0, end)}…`;
}

/** What the user typed, in «guillemets», cut to `max` characters (default {@link QUOTE_MAX}) inside them. */
export function quoteInput(text: string, max = QUOTE_MAX): string {
  return `«${shorten(text, max)}»`;
}
