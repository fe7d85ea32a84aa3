import { describe, expect, test } from "vitest";
import { checkTelegramHtml } from "./telegram-html.ts";

const errors = (html: string) => checkTelegramHtml(html).errors;

describe("checkTelegramHtml", () => {
  test("accepts the allowed tags, properly nested", () => {
    expect(
      errors('<b>bold <i>both</i></b> <a href="https://k8s.io">link</a> <tg-spoiler>x</tg-spoiler>'),
    ).toEqual([]);
    expect(errors('<pre><code class="language-yaml">a: 1</code></pre><blockquote>q</blockquote>')).toEqual(
      [],
    );
    expect(errors('<span class="tg-spoiler">s</span> <s>x</s> <u>y</u> <code>z</code>')).toEqual([]);
  });

  test("rejects unknown tags, bad nesting and unclosed tags", () => {
    expect(errors("<div>x</div>")[0]).toMatch(/not supported/);
    expect(errors("<b><i>x</b></i>")[0]).toMatch(/does not close/);
    expect(errors("<b>x")[0]).toMatch(/unclosed/);
    expect(errors("<code><b>x</b></code>")[0]).toMatch(/cannot contain/);
    expect(errors("<b><pre>x</pre></b>")[0]).toMatch(/inside <b>/);
    expect(errors("<span>x</span>")[0]).toMatch(/tg-spoiler/);
  });

  test("requires <, > and & to be escaped outside tags", () => {
    expect(errors("a <---- b")[0]).toMatch(/unescaped "<"/);
    expect(errors("a -> b")[0]).toMatch(/unescaped ">"/);
    expect(errors("R&D")[0]).toMatch(/unescaped "&"/);
    expect(errors("&nbsp;")[0]).toMatch(/unescaped "&"/);
    expect(errors("a &lt;---- b &amp; c &gt; d &#128512; &quot;")).toEqual([]);
  });

  test("counts the length after entities are parsed", () => {
    expect(checkTelegramHtml(`<b>${"&amp;".repeat(4096)}</b>`).errors).toEqual([]);
    expect(checkTelegramHtml(`<b>${"&amp;".repeat(4097)}</b>`).errors[0]).toMatch(/4097 characters/);
    expect(checkTelegramHtml("<b>&lt;x&gt;</b>").text).toBe("<x>");
  });

  test("rejects empty text", () => {
    expect(errors("<b> </b>")[0]).toMatch(/empty/);
  });
});
