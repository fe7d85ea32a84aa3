import { describe, expect, it } from "vitest";
import { enexToMarkdown } from "../../src/knowledge/enex.ts";
import { structureNote } from "../../src/knowledge/structure.ts";

/** A notebook of two notes as Evernote exports it: XML around each note's ENML in CDATA. */
const EXPORT = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">
<en-export export-date="20240315T101500Z" application="Evernote" version="10.68.2">
  <note>
    <title>Граничные значения</title>
    <created>20240201T090000Z</created>
    <tag>тест-дизайн</tag>
    <content>
      <![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?><!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd"><en-note><div><b>Анализ граничных значений</b> — проверяем значения на границах классов и рядом с ними.</div><div>Для поля 1–100 берём 0, 1, 2, 99, 100 и 101.</div><div><br/></div><div><en-todo checked="true"/>выписать границы</div><div><en-todo checked="false"/>проверить&nbsp;&lt;пустое&gt; поле</div><en-media hash="4f1c9a" type="image/png" /></en-note>]]>
    </content>
    <resource><data encoding="base64">iVBORw0KGgo=</data><mime>image/png</mime></resource>
  </note>
  <note>
    <title>Postman: тест ответа</title>
    <created>20240202T090000Z</created>
    <content>
      <![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?><!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd"><en-note><div>Проверка кода ответа во вкладке Tests:</div><div style="box-sizing: border-box; padding: 8px; font-family: Monaco, Menlo, Consolas, 'Courier New', monospace;-en-codeblock:true;"><div>pm.test("статус 200", () =&gt; {</div><div>&nbsp; pm.response.to.have.status(200);</div><div>});</div></div></en-note>]]>
    </content>
  </note>
</en-export>
`;

describe("enexToMarkdown", () => {
  it("gives a section per note: its lines, its code fenced, its to-dos as boxes, its pictures left out", () => {
    expect(enexToMarkdown(EXPORT)).toBe(
      [
        "# Граничные значения",
        "**Анализ граничных значений** — проверяем значения на границах классов и рядом с ними.\nДля поля 1–100 берём 0, 1, 2, 99, 100 и 101.",
        "- [x] выписать границы\n- [ ] проверить <пустое> поле",
        "# Postman: тест ответа",
        "Проверка кода ответа во вкладке Tests:",
        '```\npm.test("статус 200", () => {\n  pm.response.to.have.status(200);\n});\n```',
      ].join("\n\n"),
    );
  });

  it("is no export for other XML", () => {
    expect(enexToMarkdown('<?xml version="1.0"?><rss><channel><title>Лента</title></channel></rss>')).toBe(
      undefined,
    );
  });
});

describe("structureNote: an Evernote export", () => {
  it("heads each note's passages with its title, and names a file that is no export", () => {
    const note = structureNote(EXPORT, "evernote");
    expect(note.problems).toEqual([]);
    expect(note.blocks.map((b) => b.headingPath.join(" › "))).toContain("Postman: тест ответа");
    expect(note.blocks.some((b) => b.kind === "code" && b.text.includes("pm.response"))).toBe(true);
    expect(structureNote("<notes/>", "evernote").problems).toEqual([
      "this is no Evernote export (no <en-export>); export the notebook again from Evernote (the file was skipped)",
    ]);
  });
});
