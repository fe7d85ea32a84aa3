// A web page saved as one file («Сохранить как → Веб-страница, один файл», .mhtml): MIME, its parts the page's
// HTML and its pictures and styles, each encoded for mail (quoted-printable or base64). Here the page's HTML is
// taken out of it, to be read as any saved page is (see html.ts). Pure: text in, text out.

/** The value of a header in a block of MIME headers (continued lines joined), lower-cased name. */
function header(headers: string, name: string): string | undefined {
  const unfolded = headers.replace(/\r?\n[ \t]+/gu, " ");
  const match = new RegExp(`^${name}:[ \\t]*(.*)$`, "imu").exec(unfolded);
  return match?.[1]?.trim();
}

/** Bytes written quoted-printable: «=D0=9F» a byte, «=» at a line's end a line that goes on. */
function quotedPrintable(text: string): Uint8Array {
  const joined = text.replace(/=\r?\n/gu, "");
  const encoder = new TextEncoder();
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const code = joined.charCodeAt(i);
    const hex = code === 0x3d ? /^[0-9A-Fa-f]{2}/u.exec(joined.slice(i + 1, i + 3))?.[0] : undefined;
    if (hex !== undefined) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else if (code < 0x80) bytes.push(code);
    else bytes.push(...encoder.encode(joined[i]));
  }
  return Uint8Array.from(bytes);
}

/** The charset a Content-Type names, UTF-8 when it names none. */
const charsetOf = (type: string) => /charset="?([\w-]+)"?/iu.exec(type)?.[1] ?? "utf-8";

/** The HTML of the page an .mhtml file saves, decoded; undefined when `source` is no such file. */
export function mhtmlToHtml(source: string): string | undefined {
  const split = /\r?\n\r?\n/u.exec(source);
  if (split === null) return undefined;
  const boundary = /boundary="?([^";\r\n]+)"?/iu.exec(
    header(source.slice(0, split.index), "Content-Type") ?? "",
  )?.[1];
  if (boundary === undefined) return undefined;
  for (const part of source.split(`--${boundary}`).slice(1)) {
    const gap = /\r?\n\r?\n/u.exec(part);
    if (gap === null) continue;
    const headers = part.slice(0, gap.index);
    const type = header(headers, "Content-Type") ?? "";
    if (!/^text\/html/iu.test(type)) continue;
    const body = part.slice(gap.index + gap[0].length);
    const encoding = (header(headers, "Content-Transfer-Encoding") ?? "").toLowerCase();
    const bytes =
      encoding === "quoted-printable"
        ? quotedPrintable(body)
        : encoding === "base64"
          ? Uint8Array.from(Buffer.from(body.replace(/\s+/gu, ""), "base64"))
          : new TextEncoder().encode(body);
    try {
      return new TextDecoder(charsetOf(type)).decode(bytes);
    } catch {
      return new TextDecoder("utf-8").decode(bytes);
    }
  }
  return undefined;
}
