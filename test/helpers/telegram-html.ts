// A checker for Telegram's HTML parse mode: allowed tags, nesting, escaping, and the length after parsing.

/** Telegram's limit on message text after entities are parsed. */
export const TEXT_LIMIT = 4096;

const FORMATTING = new Set(["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "tg-spoiler"]);
const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

export interface HtmlCheck {
  errors: string[];
  /** The text as the user sees it. */
  text: string;
}

function attributes(source: string): Map<string, string> | undefined {
  const found = new Map<string, string>();
  const pattern = /\s+([a-z-]+)(?:="([^"<>]*)")?/gy;
  let last = 0;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    found.set(m[1] as string, m[2] ?? "");
    last = pattern.lastIndex;
  }
  return source.slice(last).trim() === "" ? found : undefined;
}

/** Checks `html` against Telegram's rules; an empty `errors` means Telegram would accept it. */
export function checkTelegramHtml(html: string): HtmlCheck {
  const errors: string[] = [];
  const stack: string[] = [];
  let text = "";
  let i = 0;
  while (i < html.length) {
    const ch = html[i] as string;
    if (ch === "<") {
      const end = html.indexOf(">", i);
      const tag = end === -1 ? undefined : /^<(\/?)([a-z-]+)([^>]*)>$/.exec(html.slice(i, end + 1));
      if (!tag) {
        errors.push(`unescaped "<" at ${i}`);
        i++;
        continue;
      }
      const [, closing, name = "", rest = ""] = tag;
      i = (end as number) + 1;
      if (closing) {
        if (stack.at(-1) !== name)
          errors.push(`</${name}> at ${i} does not close <${stack.at(-1) ?? "nothing"}>`);
        else stack.pop();
        continue;
      }
      const attrs = attributes(rest);
      if (!attrs) {
        errors.push(`bad attributes in <${name}${rest}>`);
        continue;
      }
      const parent = stack.at(-1);
      const inCode = stack.includes("code") || stack.includes("pre");
      if (name === "code" && parent === "pre") {
        const cls = attrs.get("class");
        if (attrs.size > 1 || (cls !== undefined && !/^language-[\w+-]+$/.test(cls))) {
          errors.push(`bad <code${rest}> in <pre>`);
        }
      } else if (inCode) {
        errors.push(`<${name}> inside <${parent}>: code and pre cannot contain other entities`);
      } else if (FORMATTING.has(name) || name === "blockquote") {
        const allowed = name === "blockquote" ? ["expandable"] : [];
        if ([...attrs.keys()].some((key) => !allowed.includes(key)))
          errors.push(`<${name}> takes no attributes`);
        if (name === "blockquote" && stack.includes("blockquote"))
          errors.push("blockquotes cannot be nested");
      } else if (name === "span") {
        if (attrs.get("class") !== "tg-spoiler" || attrs.size !== 1)
          errors.push('<span> needs class="tg-spoiler"');
      } else if (name === "a") {
        if (!attrs.get("href") || attrs.size !== 1) errors.push("<a> needs exactly an href");
      } else if (name === "code" || name === "pre") {
        if (attrs.size > 0) errors.push(`<${name}> takes no attributes outside <pre>`);
        const formatting = stack.find((open) => FORMATTING.has(open) || open === "span" || open === "a");
        if (formatting) errors.push(`<${name}> inside <${formatting}>`);
      } else {
        errors.push(`tag <${name}> is not supported`);
      }
      stack.push(name);
      continue;
    }
    if (ch === ">") {
      errors.push(`unescaped ">" at ${i}`);
      text += ch;
      i++;
      continue;
    }
    if (ch === "&") {
      const entity = /^&(?:([a-z]+)|#(\d+)|#x([0-9a-f]+));/i.exec(html.slice(i, i + 12));
      const named = entity?.[1];
      if (!entity || (named !== undefined && !(named in NAMED_ENTITIES))) {
        errors.push(`unescaped "&" at ${i}`);
        text += ch;
        i++;
        continue;
      }
      text +=
        named !== undefined
          ? (NAMED_ENTITIES[named] as string)
          : String.fromCodePoint(entity[2] ? Number(entity[2]) : Number.parseInt(entity[3] as string, 16));
      i += entity[0].length;
      continue;
    }
    text += ch;
    i++;
  }
  if (stack.length > 0) errors.push(`unclosed <${stack.join(">, <")}>`);
  if (text.trim().length === 0) errors.push("the text is empty");
  if (text.length > TEXT_LIMIT)
    errors.push(`text is ${text.length} characters after parsing, over ${TEXT_LIMIT}`);
  return { errors, text };
}

/** Throws with every problem when `html` is not valid Telegram HTML. */
export function assertTelegramHtml(html: string): void {
  const { errors } = checkTelegramHtml(html);
  if (errors.length > 0)
    throw new Error(`Invalid Telegram HTML: ${errors.join("; ")}\n---\n${html.slice(0, 500)}`);
}
