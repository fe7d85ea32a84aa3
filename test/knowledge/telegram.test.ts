import { describe, expect, it } from "vitest";
import { structureNote } from "../../src/knowledge/structure.ts";
import { chatExportToText } from "../../src/knowledge/telegram.ts";

/** A channel of one's own exported as JSON, the way Telegram Desktop writes it (trimmed to what matters). */
const CHANNEL = JSON.stringify(
  {
    name: "JVM конспект",
    type: "private_channel",
    id: 1987654321,
    messages: [
      {
        id: 1,
        type: "service",
        date: "2024-02-10T18:02:11",
        actor: "JVM конспект",
        action: "create_channel",
        title: "JVM конспект",
        text: "",
        text_entities: [],
      },
      {
        id: 2,
        type: "message",
        date: "2024-02-10T18:05:00",
        from: "JVM конспект",
        text: [
          { type: "bold", text: "Куча" },
          " делится на Young и Old.\nYoung — это eden и два survivor. ",
          { type: "hashtag", text: "#gc" },
        ],
        text_entities: [
          { type: "bold", text: "Куча" },
          { type: "plain", text: " делится на Young и Old.\nYoung — это eden и два survivor. " },
          { type: "hashtag", text: "#gc" },
        ],
      },
      {
        id: 3,
        type: "message",
        date: "2024-02-10T18:07:00",
        from: "JVM конспект",
        text: [
          "Запуск с G1:\n",
          { type: "pre", text: "java -Xmx2g -XX:+UseG1GC -jar app.jar", language: "bash" },
          "\nпауза по умолчанию 200 мс",
        ],
        text_entities: [
          { type: "plain", text: "Запуск с G1:\n" },
          { type: "pre", text: "java -Xmx2g -XX:+UseG1GC -jar app.jar", language: "bash" },
          { type: "plain", text: "\nпауза по умолчанию 200 мс" },
        ],
      },
      {
        id: 4,
        type: "message",
        date: "2024-02-11T09:00:00",
        from: "JVM конспект",
        media_type: "sticker",
        sticker_emoji: "🔥",
        file: "(File not included. Change data exporting settings to download.)",
        text: "",
        text_entities: [],
      },
      {
        id: 5,
        type: "message",
        date: "2024-02-11T09:01:00",
        from: "JVM конспект",
        forwarded_from: "Java Digest",
        photo: "photos/photo_1@11-02-2024_09-01-00.jpg",
        text: "Stop-the-world — пауза, на время которой останавливаются все потоки приложения.",
        text_entities: [
          {
            type: "plain",
            text: "Stop-the-world — пауза, на время которой останавливаются все потоки приложения.",
          },
        ],
      },
      { id: 6, type: "service", action: "pin_message", message_id: 5, text: "", text_entities: [] },
    ],
  },
  null,
  1,
);

/** One page of «Избранное» exported as HTML, with the markup Telegram Desktop puts around each message. */
const PAGE = `<!DOCTYPE html>
<html>
 <head>
  <meta charset="utf-8"/>
<title>Exported Data</title>
 </head>
 <body onload="CheckLocation();">
  <div class="page_wrap">
   <div class="page_header">
    <div class="content">
     <div class="text bold">
Saved Messages
     </div>
    </div>
   </div>
   <div class="page_body chat_page">
    <div class="history">
     <div class="message service" id="message-1">
      <div class="body details">
12 March 2024
      </div>
     </div>
     <div class="message default clearfix" id="message101">
      <div class="pull_left userpic_wrap">
       <div class="userpic userpic5" style="width: 42px; height: 42px">
        <div class="initials" style="line-height: 42px">
Д
        </div>
       </div>
      </div>
      <div class="body">
       <div class="pull_right date details" title="12.03.2024 21:14:05 UTC+03:00">
21:14
       </div>
       <div class="from_name">
Дмитрий Соколов
       </div>
       <div class="text">
<strong>Protobuf</strong> — бинарный формат сериализации &amp; схема в .proto<br>поля нумеруются &lt;тегами&gt; <a href="" onclick="return ShowHashtag(&quot;protobuf&quot;)">#protobuf</a>
       </div>
      </div>
     </div>
     <div class="message default clearfix joined" id="message102">
      <div class="body">
       <div class="pull_right date details" title="12.03.2024 21:16:40 UTC+03:00">
21:16
       </div>
       <div class="reply_to details">
In reply to <a href="#go_to_message101" onclick="return GoToMessage(101)">this message</a>
       </div>
       <div class="text">
сервис в .proto:<br><pre><code class="language-protobuf">service Greeter {<br>  rpc SayHello (HelloRequest) returns (HelloReply);<br>}</code></pre>
       </div>
      </div>
     </div>
     <div class="message default clearfix joined" id="message103">
      <div class="body">
       <div class="pull_right date details" title="13.03.2024 08:00:00 UTC+03:00">
08:00
       </div>
       <div class="media_wrap clearfix">
        <a class="media clearfix pull_left block_link" href="files/grpc-cheatsheet.pdf">
         <div class="fill pull_left">
         </div>
         <div class="body">
          <div class="title bold">
grpc-cheatsheet.pdf
          </div>
          <div class="status details">
312.4 KB
          </div>
         </div>
        </a>
       </div>
      </div>
     </div>
     <div class="message default clearfix joined" id="message104">
      <div class="body">
       <div class="pull_right date details" title="13.03.2024 08:05:00 UTC+03:00">
08:05
       </div>
       <div class="forwarded body">
        <div class="from_name">
Habr<span class="date details" title="01.03.2024 10:00:00 UTC+03:00"> 01.03.2024 10:00:00</span>
        </div>
        <div class="text">
gRPC работает поверх HTTP/2: один коннект, много стримов.
        </div>
       </div>
      </div>
     </div>
    </div>
   </div>
  </div>
  <a class="pagination block_link" href="messages2.html">
Next messages
  </a>
 </body>
</html>
`;

describe("chatExportToText: a Telegram chat exported as JSON", () => {
  it("is the Markdown of its messages, bold and code marked, code blocks fenced, named by the channel", () => {
    const chat = chatExportToText(CHANNEL);
    expect(chat?.title).toBe("JVM конспект");
    expect(chat?.text).toBe(
      [
        // The hashtag that tags the message is no part of what it says.
        "**Куча** делится на Young и Old.\nYoung — это eden и два survivor.",
        "Запуск с G1:\n\n```bash\njava -Xmx2g -XX:+UseG1GC -jar app.jar\n```\n\nпауза по умолчанию 200 мс",
        "Stop-the-world — пауза, на время которой останавливаются все потоки приложения.",
      ].join("\n\n"),
    );
  });

  it("reads a message written by an older exporter, whose text alone holds the pieces", () => {
    const chat = chatExportToText(
      JSON.stringify({
        name: "Конспект",
        type: "private_channel",
        messages: [
          { id: 1, type: "message", text: ["Eden — ", { type: "italic", text: "где рождаются объекты" }] },
          { id: 2, type: "message", text: "Metaspace заменил PermGen" },
        ],
      }),
    );
    expect(chat?.text).toBe("Eden — где рождаются объекты\n\nMetaspace заменил PermGen");
  });

  it("names Saved Messages as a Russian user knows them, and takes only them from a whole account", () => {
    const account = {
      about: "Here is the data you requested.",
      chats: {
        list: [
          {
            name: "Мама",
            type: "personal_chat",
            messages: [{ id: 1, type: "message", text: "купи хлеба" }],
          },
          {
            type: "saved_messages",
            messages: [{ id: 2, type: "message", text: "Ingress — вход в кластер по HTTP" }],
          },
        ],
      },
    };
    expect(chatExportToText(JSON.stringify(account))).toEqual({
      title: "Избранное",
      text: "Ingress — вход в кластер по HTTP",
    });
  });

  it("is no export for JSON that holds no chat, or for text that is not JSON", () => {
    expect(chatExportToText('{"compilerOptions": {"strict": true}}')).toBeUndefined();
    expect(chatExportToText("[1, 2, 3]")).toBeUndefined();
    expect(chatExportToText('{"messages": [')).toBeUndefined();
  });
});

describe("chatExportToText: a Telegram chat exported as HTML", () => {
  it("is the Markdown of its messages without who wrote them, when, replies or files, named by its days", () => {
    const chat = chatExportToText(PAGE);
    expect(chat?.title).toBe("Избранное, 12.03.2024–13.03.2024");
    expect(chat?.text).toBe(
      [
        "**Protobuf** — бинарный формат сериализации & схема в .proto\nполя нумеруются <тегами>",
        "сервис в .proto:\n\n```protobuf\nservice Greeter {\n  rpc SayHello (HelloRequest) returns (HelloReply);\n}\n```",
        "gRPC работает поверх HTTP/2: один коннект, много стримов.",
      ].join("\n\n"),
    );
  });

  it("names an export on one page by its chat alone", () => {
    const single = PAGE.replace(/<a class="pagination[\s\S]*?<\/a>/u, "").replace(
      "Saved Messages",
      "gRPC заметки",
    );
    expect(chatExportToText(single)?.title).toBe("gRPC заметки");
  });

  it("is no export for another web page", () => {
    expect(chatExportToText("<html><body><h1>Сервисы</h1><p>Сервис даёт адрес.</p></body></html>")).toBe(
      undefined,
    );
  });
});

describe("structureNote: a chat export", () => {
  it("gives passages of its messages under the chat's name", () => {
    const note = structureNote(CHANNEL, "chat");
    expect(note.title).toBe("JVM конспект");
    expect(note.problems).toEqual([]);
    const text = note.blocks.map((b) => b.text).join("\n");
    expect(text).toContain("Stop-the-world — пауза");
    expect(text).toContain("java -Xmx2g -XX:+UseG1GC -jar app.jar");
    expect(text).not.toMatch(/JVM конспект|create_channel|sticker|photos\//u);
    expect(note.blocks.some((b) => b.kind === "code" && b.text.includes("-XX:+UseG1GC"))).toBe(true);
  });

  it("heads a section with a message's bold first line; the messages after it without one go under it", () => {
    const chat = {
      name: "JVM конспект",
      type: "private_channel",
      messages: [
        {
          id: 1,
          type: "message",
          text_entities: [
            { type: "bold", text: "Сборщики мусора" },
            { type: "plain", text: "\nG1 — сборщик по умолчанию с Java 9, куча делится на регионы." },
          ],
        },
        {
          id: 2,
          type: "message",
          text_entities: [{ type: "plain", text: "и еще про ZGC: паузы меньше миллисекунды на любой куче." }],
        },
        {
          id: 3,
          type: "message",
          text_entities: [
            { type: "bold", text: "Stop-the-world" },
            { type: "plain", text: "\nПауза, когда JVM останавливает все потоки приложения." },
          ],
        },
        {
          // A first line that opens in bold and goes on a little is the title too.
          id: 4,
          type: "message",
          text_entities: [
            { type: "bold", text: "Serial vs Parallel" },
            { type: "plain", text: " — когда что\nParallel быстрее на многоядерных машинах." },
          ],
        },
      ],
    };
    const note = structureNote(JSON.stringify(chat), "chat");
    expect(note.blocks.map((b) => [b.headingPath.join(" › "), b.text])).toEqual([
      ["Сборщики мусора", "G1 — сборщик по умолчанию с Java 9, куча делится на регионы."],
      ["Сборщики мусора", "и еще про ZGC: паузы меньше миллисекунды на любой куче."],
      ["Stop-the-world", "Пауза, когда JVM останавливает все потоки приложения."],
      ["Serial vs Parallel — когда что", "Parallel быстрее на многоядерных машинах."],
    ]);
  });

  it("skips a file that is no chat export, saying which files are read", () => {
    const note = structureNote('{"name": "konspekt", "version": "0.1.0"}', "chat");
    expect(note.blocks).toEqual([]);
    expect(note.problems).toEqual([
      "skipped: of .json files only a chat exported from Telegram Desktop (Export chat history) and a note of Google Keep from Takeout are read",
    ]);
  });
});
