// `npm run chat` with piped input: the same bot, answered locally, printed as plain text.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { htmlToTerminal, Terminal, updateFor } from "../../src/cli/chat.ts";
import { createDailyStore } from "../../src/store/daily.ts";
import { openDatabase } from "../../src/store/db.ts";

/** The user `npm run chat` plays. */
const LOCAL_USER_ID = 100_000_001;

/** Runs `npm run chat` on a fresh database (`prepare` may fill it first) with `input` piped in. */
function chat(
  input: string,
  prepare?: (databasePath: string) => void,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), "konspekt-chat-"));
  prepare?.(join(dir, "chat.sqlite"));
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/chat.ts"], {
    env: { PATH: process.env.PATH, DATABASE_PATH: join(dir, "chat.sqlite"), BOT_TOKEN: "" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr.on("data", (c: Buffer) => {
    stderr += c.toString();
  });
  child.stdin.end(input);
  return new Promise((resolve) =>
    child.once("exit", (code) => {
      rmSync(dir, { recursive: true, force: true });
      resolve({ code, stdout, stderr });
    }),
  );
}

test("piped input: commands, numbered buttons, questions, all with no token and no network", async () => {
  const { code, stdout, stderr } = await chat(
    "/start\n/topics\n1\n/topic сервисы\nчем ClusterIP отличается от NodePort\n/quiz\n",
  );
  expect(stderr).toBe("");
  expect(code).toBe(0);
  expect(stdout).toContain("› /start");
  // The chat's user has no name: a plain «Привет!», not a greeting of a placeholder.
  expect(stdout).toContain("Привет! Я Konspekt");
  expect(stdout).not.toMatch(/Привет, /);
  expect(stdout).toMatch(/\[1\] Что такое/);
  expect(stdout).toMatch(/Темы конспекта/);
  expect(stdout).toMatch(/✎ .+\n/);
  expect(stdout).toMatch(/Разделы/);
  expect(stdout).toMatch(/Сравнение: /);
  expect(stdout).toMatch(/📄 Сервисы/);
  expect(stdout).toMatch(/› \/quiz\n\n📊 .+\n {3}\[1\] /);
  expect(stdout).not.toMatch(/<\/?b>|&lt;/);
  expect(stdout).not.toContain("\u001b[");
}, 30_000);

test("piped input: /quiz shows numbered options, a number answers, /stats and /daily follow", async () => {
  const { code, stdout, stderr } = await chat("/quiz\n1\n/stats\n/daily 9:00 2\n/daily\n");
  expect(stderr).toBe("");
  expect(code).toBe(0);
  expect(stdout).toMatch(/› \/quiz\n\n📊 .+\n {3}\[1\] .+\n {3}\[2\] /);
  expect(stdout).toMatch(/› 1\n\n(✅ Верно!|❌ Неверно\.)\n\nПравильный ответ: .+/);
  expect(stdout).toContain("📄 ");
  expect(stdout).toContain("[1] Ещё вопрос");
  expect(stdout).toMatch(/Ответов: 1, верных: [01] \((0|100)%\)/);
  expect(stdout).toContain("Готово! Каждый день в 09:00 (Europe/Moscow) пришлю 2 вопроса.");
  expect(stdout).toContain("Ежедневная викторина: каждый день в 09:00 (Europe/Moscow), 2 вопроса.");
}, 30_000);

test("the daily quiz runs in chat mode too: a due one is printed unprompted", async () => {
  const { code, stdout, stderr } = await chat("/help\n", (databasePath) => {
    const db = openDatabase(databasePath);
    // Subscribed at 00:00 long ago and never sent: due whenever the chat starts.
    createDailyStore(db).subscribe(
      { userId: LOCAL_USER_ID, chatId: LOCAL_USER_ID, time: "00:00", count: 1 },
      new Date("2020-01-01T00:00:00+03:00"),
      "Europe/Moscow",
    );
    db.close();
  });
  expect(stderr).toBe("");
  expect(code).toBe(0);
  // The delivery is paced, so it may interleave with the typed /help.
  expect(stdout).toContain("☀️ Ежедневная викторина: 1 вопрос. Выключить — /daily off");
  expect(stdout).toMatch(/📊 .+\n {3}\[1\] /);
  expect(stdout).not.toContain("› /quiz");
}, 30_000);

describe("terminal rendering", () => {
  test("HTML becomes ANSI styles, or plain text without color", () => {
    const html =
      '<b>Под</b> &amp; <code>kubectl</code>\n<pre><code class="language-yaml">a: &lt;b&gt;\nc: d</code></pre>';
    expect(htmlToTerminal(html, false)).toBe("Под & kubectl\n  │ a: <b>\n  │ c: d");
    expect(htmlToTerminal(html, true)).toContain("\u001b[1mПод\u001b[22m");
  });

  test("buttons and poll options become numbered choices; a number presses or votes", () => {
    const lines: string[] = [];
    const terminal = new Terminal((line) => lines.push(line), false);
    const sent = terminal.call("sendMessage", {
      chat_id: 1,
      text: "Ответ",
      reply_markup: {
        inline_keyboard: [
          [
            { text: "Ещё", callback_data: "m:0:a" },
            { text: "Тема целиком", callback_data: "o:x" },
          ],
        ],
      },
    });
    terminal.call("sendPoll", {
      chat_id: 1,
      question: "Что такое под?",
      options: [{ text: "Контейнер" }, { text: "Группа контейнеров" }],
    });
    expect(lines.join("\n")).toContain("[1] Ещё   [2] Тема целиком");
    expect(lines.join("\n")).toContain("[4] Группа контейнеров");
    const press = updateFor("2", terminal.choices, 10, 10);
    expect(press.callback_query?.data).toBe("o:x");
    expect(press.callback_query?.message).toEqual(sent);
    const vote = updateFor("4", terminal.choices, 11, 11);
    expect(vote.poll_answer?.option_ids).toEqual([1]);
    expect(updateFor("9", terminal.choices, 12, 12).message?.text).toBe("9");
    expect(updateFor("/topic ingress", [], 13, 13).message?.entities).toEqual([
      { type: "bot_command", offset: 0, length: 6 },
    ]);
  });
});

test("piped input: on every page of a topic the numbers of the list and of the buttons agree", async () => {
  // The network topic has 14 sections: page 2 lists 9–14.
  const { code, stdout, stderr } = await chat("/topic сеть\n9\n12\n");
  expect(stderr).toBe("");
  expect(code).toBe(0);
  const pages = stdout.split(/\n(?=✎ |› )/).filter((part) => part.includes("Разделы"));
  expect(pages).toHaveLength(2);
  for (const page of pages) {
    const listed = [...page.matchAll(/^(\d+)\. (.+)$/gm)].map((m) => [m[1], m[2]]);
    const pressed = [...page.matchAll(/^ {3}\[(\d+)\] (.+)$/gm)].map((m) => [m[1], m[2]]);
    expect(listed.length).toBeGreaterThan(0);
    for (const [n, heading] of listed) {
      const button = pressed.find(([m]) => m === n);
      expect(heading?.startsWith((button?.[1] ?? "?").replace(/…$/, "")), `${n}. ${heading}`).toBe(true);
    }
  }
  expect(pages[1]).toMatch(/^9\. /m);
  // «12» on page 2 opens section 12, the one listed as 12.
  const twelve = /^12\. (.+)$/m.exec(pages[1] as string)?.[1];
  expect(stdout).toContain(`› 12\n\nСеть в Kubernetes и сетевые плагины (CNI) › ${twelve}`);
}, 30_000);

test("piped input: a number no button has is refused, not sent to the search as a question", async () => {
  const { stdout } = await chat("/topics\n42\n");
  expect(stdout).toContain("Кнопки с номером 42 нет");
  expect(stdout).not.toContain("Ничего не нашёл");
}, 30_000);

test("piped input: «Не то» under an answer is a number too; picking a candidate opens it and is recorded", async () => {
  // Which number «Не то» gets depends on the answer's other buttons: read it off a first run.
  const first = await chat("что такое под\n");
  const notThat = /\[(\d+)\] Не то/.exec(first.stdout)?.[1];
  expect(first.stdout).toMatch(/\[\d+\] 👍 {3}\[\d+\] Не то/);
  const { code, stdout, stderr } = await chat(`что такое под\n${notThat}\n1\n`);
  expect(stderr).toBe("");
  expect(code).toBe(0);
  // The candidates, a line each with what matched, then their buttons.
  expect(stdout).toMatch(
    /Жаль\. Может быть, ответ в одном из этих разделов\? .+\n(?:• .+\n)+ {3}\[1\] .+ › /,
  );
  expect(stdout).toContain("ℹ️  Спасибо! Запомню, что ответ здесь.");
  expect(stdout).toMatch(/› 1\n(.*\n)*\n.+ › .+\n/);
}, 30_000);
