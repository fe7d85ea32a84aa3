import { describe, expect, it } from "vitest";
import { htmlToMarkdown } from "../../src/knowledge/html.ts";
import { structureNote } from "../../src/knowledge/structure.ts";

/** A document downloaded from Google Docs as a web page: one line, its bold and code made of styled spans. */
const GOOGLE_DOC = [
  '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">',
  '<style type="text/css">ul.lst-kix_a1-0{list-style-type:none}.c0{color:#000000;font-weight:400;font-family:"Arial"}',
  '.c1{padding-top:0pt;line-height:1.15}.c5{font-weight:700}.c7{font-family:"Courier New";font-weight:400}',
  ".c9{font-size:26pt}h1{padding-top:20pt}</style></head>",
  '<body class="c12 doc-content">',
  '<p class="c3 title" id="h.t1"><span class="c9">Python конспект</span></p>',
  '<h1 class="c4" id="h.g1"><span>Генераторы</span></h1>',
  '<p class="c1"><span class="c5">Генератор</span><span class="c0">&nbsp;— функция с </span><span class="c7">yield</span>',
  '<span class="c0">, которая отдаёт значения по одному.</span><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup></p>',
  '<p class="c1"><span class="c7">def countdown(n):</span></p>',
  '<p class="c1"><span class="c7">&nbsp; &nbsp; yield n</span></p>',
  '<p class="c1"><span class="c5">*args и **kwargs</span></p>',
  '<p class="c1"><span class="c0">Лишние аргументы собираются в кортеж и словарь.</span></p>',
  '<table class="c8"><tr class="c2"><td class="c6" colspan="1" rowspan="1">',
  '<p class="c1"><span class="c7">def f(*args, **kwargs):</span></p>',
  '<p class="c1"><span class="c7">&nbsp; &nbsp; return args</span></p></td></tr></table>',
  '<div class="c11"><p class="c1"><a href="#cmnt_ref1" id="cmnt1">[a]</a><span class="c0">проверить на 3.12</span></p></div>',
  "</body></html>",
].join("");

/** An article saved with the browser's «Сохранить как», the site around it included. */
const SAVED_PAGE = `<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>Event loop без магии / Хабр</title>
<script>window.dataLayer = [];</script><style>.menu { display: flex }</style></head>
<body>
<header><nav class="menu"><a href="/">Моя лента</a> <a href="/all">Все потоки</a> <a href="/login">Войти</a></nav></header>
<div class="cookie-banner">Мы используем cookies, чтобы сайт работал лучше. <button>Принять</button></div>
<main><article class="post">
<h1>Event loop в JavaScript без магии</h1>
<div class="article-formatted-body">
<p><strong>Event loop</strong> — механизм, который берёт задачи из очередей и выполняет их по одной, когда стек вызовов пуст.
Это главное, что нужно понять про асинхронность в браузере, и дальше мы разберём это по шагам.</p>
<h2>Микрозадачи</h2>
<p>Реакции промисов ставятся в очередь микрозадач: колбэки <code>then</code> выполняются сразу после текущего кода,
раньше любого таймера и до отрисовки страницы. Очередь микрозадач всегда опустошается полностью.</p>
<pre><code class="language-javascript">setTimeout(() =&gt; console.log(1), 0);
Promise.resolve().then(() =&gt; console.log(2));</code></pre>
<p>Поэтому в выводе сначала будет 2, а потом 1: колбэк таймера — макрозадача, он ждёт своей очереди.</p>
</div></article>
<section class="comments"><h3>Комментарии (2)</h3>
<div class="comment"><b>vasya</b> спасибо, годно</div><div class="comment"><b>petya</b> а в каком браузере проверяли?</div>
</section>
<aside class="sidebar"><h3>Читают сейчас</h3><a href="/p/1">Как я перестал бояться Proxy</a></aside></main>
<footer><a href="/about">О сайте</a> © 2006–2024</footer>
</body></html>`;

describe("htmlToMarkdown: a Google Docs document", () => {
  it("reads its styles as they mean: bold, code, code blocks, a bold line as a heading", () => {
    const page = htmlToMarkdown(GOOGLE_DOC);
    // The title paragraph is the document's name, which the file downloaded already has.
    expect(page?.title).toBeUndefined();
    expect(page?.markdown).toBe(
      [
        "# Генераторы",
        "**Генератор** — функция с `yield`, которая отдаёт значения по одному.",
        "```\ndef countdown(n):\n    yield n\n```",
        "###### *args и **kwargs",
        "Лишние аргументы собираются в кортеж и словарь.",
        "```\ndef f(*args, **kwargs):\n    return args\n```",
      ].join("\n\n"),
    );
  });
});

describe("htmlToMarkdown: a saved web page", () => {
  it("is its article alone: no menus, banners, comments, sidebars or footer", () => {
    const page = htmlToMarkdown(SAVED_PAGE);
    expect(page?.title).toBe("Event loop в JavaScript без магии");
    const markdown = page?.markdown ?? "";
    expect(markdown).toContain("**Event loop** — механизм, который берёт задачи из очередей");
    expect(markdown).toContain("## Микрозадачи");
    expect(markdown).toContain("```\nsetTimeout(() => console.log(1), 0);");
    for (const chrome of ["Моя лента", "cookies", "годно", "Читают сейчас", "О сайте", "dataLayer"])
      expect(markdown).not.toContain(chrome);
  });

  it("drops a Notion page's icons: a callout is its text", () => {
    const page = [
      '<html><head><title>NULL</title></head><body><article class="page sans"><header><h1 class="page-title">NULL</h1></header>',
      '<div class="page-body"><h2 id="a">Трехзначная логика</h2>',
      '<figure class="callout"><div style="font-size:1.5em"><span class="icon">❗</span></div>',
      '<div style="width:100%">Любое сравнение с NULL дает UNKNOWN, а WHERE пропускает только TRUE, поэтому строки с NULL теряются.</div></figure>',
      "<p>NOT IN со списком, где есть NULL, не вернет ни одной строки: последнее сравнение всегда UNKNOWN.</p>",
      "</div></article></body></html>",
    ].join("\n");
    const markdown = htmlToMarkdown(page)?.markdown ?? "";
    expect(markdown).toContain("Любое сравнение с NULL дает UNKNOWN");
    expect(markdown).not.toContain("❗");
  });

  it("is nothing for a page with no words", () => {
    expect(htmlToMarkdown("<html><body><img src='a.png'></body></html>")).toBeUndefined();
  });
});

describe("structureNote: a web page", () => {
  it("gives passages of its article under its headings, named by its title", () => {
    const note = structureNote(SAVED_PAGE, "page");
    expect(note.title).toBe("Event loop в JavaScript без магии");
    expect(note.problems).toEqual([]);
    expect(note.blocks.some((b) => b.headingPath.at(-1) === "Микрозадачи")).toBe(true);
    expect(note.blocks.map((b) => b.text).join("\n")).not.toContain("годно");
  });
});

describe("structureNote: a web page saved as one file (.mhtml)", () => {
  it("reads the page's HTML out of its MIME parts, quoted-printable decoded", () => {
    const qp = [...new TextEncoder().encode(SAVED_PAGE)]
      .map((byte) =>
        byte >= 0x80 || byte === 0x3d
          ? `=${byte.toString(16).toUpperCase().padStart(2, "0")}`
          : String.fromCharCode(byte),
      )
      .join("")
      .replace(/(.{70})/gu, "$1=\n");
    const mhtml = [
      "From: <Saved by Blink>",
      "Snapshot-Content-Location: https://habr.com/ru/articles/1/",
      "Subject: =?utf-8?Q?Event_loop?=",
      "MIME-Version: 1.0",
      'Content-Type: multipart/related; type="text/html"; boundary="----MultipartBoundary--abc----"',
      "",
      "",
      "------MultipartBoundary--abc----",
      "Content-Type: text/html",
      "Content-ID: <frame-1@mhtml.blink>",
      "Content-Transfer-Encoding: quoted-printable",
      "Content-Location: https://habr.com/ru/articles/1/",
      "",
      qp,
      "------MultipartBoundary--abc----",
      "Content-Type: image/png",
      "Content-Transfer-Encoding: base64",
      "",
      "iVBORw0KGgo=",
      "------MultipartBoundary--abc------",
      "",
    ].join("\r\n");
    const note = structureNote(mhtml, "page");
    expect(note.title).toBe("Event loop в JavaScript без магии");
    expect(note.blocks.map((b) => b.text).join("\n")).toContain(
      "Реакции промисов ставятся в очередь микрозадач",
    );
    expect(note.blocks.map((b) => b.text).join("\n")).not.toContain("Моя лента");
  });
});
