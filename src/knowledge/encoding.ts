// The text of a notes file from its bytes. Most are UTF-8, but a Russian user's older .txt often is not: Windows
// Notepad saved Windows-1251 for years («ANSI»), and «Unicode» (UTF-16) when asked; an old Linux file may be KOI8-R.
// Such a file is read as what it is rather than refused; only bytes that read as no Russian text are.

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Single-byte encodings of Russian text, tried when the bytes are no UTF-8. */
const RUSSIAN_ENCODINGS = ["windows-1251", "koi8-r"] as const;

/** Of the Cyrillic letters of Russian text in the right encoding, at least this share are lower case. */
const MIN_LOWER_SHARE = 0.5;
/** Text has at most this share of control characters (a binary file has many). */
const MAX_CONTROL_SHARE = 0.01;

/** The bytes of a byte-order mark of UTF-16, and the encoding it names. */
const UTF16_BOMS: [number, number, string][] = [
  [0xff, 0xfe, "utf-16le"],
  [0xfe, 0xff, "utf-16be"],
];

/** Whether `text` reads as Russian text: its Cyrillic letters mostly lower case, next to no control characters. */
function readsAsRussian(text: string): { lower: number } | undefined {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const lower = text.match(/[а-яё]/gu)?.length ?? 0;
  const control = text.match(/(?![\t\n\r\f])\p{Cc}/gu)?.length ?? 0;
  if (cyrillic === 0 || lower < MIN_LOWER_SHARE * cyrillic || control > MAX_CONTROL_SHARE * text.length)
    return undefined;
  return { lower };
}

/**
 * The text `bytes` hold: UTF-8; UTF-16 with its byte-order mark; else Windows-1251 or KOI8-R, whichever reads as
 * Russian text (its Cyrillic letters mostly lower case: the wrong one of the two turns case around). Undefined for
 * bytes that read as none of these.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } | undefined {
  for (const [first, second, encoding] of UTF16_BOMS)
    if (bytes[0] === first && bytes[1] === second)
      return { text: new TextDecoder(encoding).decode(bytes), encoding };
  try {
    return { text: utf8.decode(bytes), encoding: "utf-8" };
  } catch {
    // Not UTF-8: one of the Russian single-byte encodings, or none.
  }
  let best: { text: string; encoding: string; lower: number } | undefined;
  for (const encoding of RUSSIAN_ENCODINGS) {
    const text = new TextDecoder(encoding).decode(bytes);
    const russian = readsAsRussian(text);
    if (russian !== undefined && (best === undefined || russian.lower > best.lower))
      best = { text, encoding, lower: russian.lower };
  }
  return best === undefined ? undefined : { text: best.text, encoding: best.encoding };
}
