// Inline mode end to end: «@bot вопрос» in any chat, through the real runner, search and fake Bot API.
import type { InlineQueryResultArticle } from "grammy/types";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { OPEN_IN_BOT } from "../../../src/bot/render-inline.ts";
import { buttons, checkCalls, shown } from "../../helpers/calls.ts";
import { type ApiCall, FAKE_BOT } from "../../helpers/fake-bot-api.ts";
import { type Harness, realSearch, startHarness } from "../../helpers/harness.ts";
import { assertTelegramHtml, checkTelegramHtml } from "../../helpers/telegram-html.ts";
import { command, inlineQuery, user } from "../../helpers/updates.ts";

let h: Harness;
let nextUser = 3000;
/** A fresh user per test, so tests do not share the flood limit. */
const newUser = () => user(nextUser++);
const LINK = `https://t.me/${FAKE_BOT.username}?start=`;

/** Sends an inline query and waits for the bot's answer to it. */
async function inline(query: string, from = newUser()): Promise<ApiCall> {
  const update = inlineQuery(query, from);
  const id = update.inline_query?.id;
  h.fake.push(update);
  const answered = (c: ApiCall) => c.method === "answerInlineQuery" && c.payload.inline_query_id === id;
  const calls = await h.fake.waitFor(
    (all) => all.some(answered),
    5_000,
    `the answer to «${query.slice(0, 40)}»`,
  );
  return calls.find(answered) as ApiCall;
}

const resultsOf = (call: ApiCall) => call.payload.results as InlineQueryResultArticle[];
const messageOf = (result: InlineQueryResultArticle | undefined) =>
  (result?.input_message_content as { message_text: string } | undefined)?.message_text ?? "";
const linkOf = (result: InlineQueryResultArticle | undefined) =>
  (result?.reply_markup?.inline_keyboard[0]?.[0] as { url?: string } | undefined)?.url ?? "";

/** Every result is one Telegram accepts, in HTML, with its deep link; ids are unique. */
function expectValid(call: ApiCall): InlineQueryResultArticle[] {
  expect(call.reply).toEqual({ ok: true, result: true });
  const results = resultsOf(call);
  expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
  for (const result of results) {
    expect(result.type).toBe("article");
    expect(Buffer.byteLength(result.id)).toBeLessThanOrEqual(64);
    expect(result.input_message_content).toMatchObject({ parse_mode: "HTML" });
    assertTelegramHtml(messageOf(result));
    expect(result.reply_markup?.inline_keyboard[0]?.[0]?.text).toBe(OPEN_IN_BOT);
    expect(linkOf(result)).toBe(`${LINK}${result.id}`);
  }
  return results;
}

beforeAll(async () => {
  h = await startHarness({ rateLimit: { timeFrame: 3000, limit: 6 } });
});

afterEach(() => checkCalls(h.fake));

afterAll(async () => {
  await h.stop();
});

describe("inline queries", () => {
  test("a question lists up to five passages, each sent as the normal answer shows it, cached a minute for all", async () => {
    const call = await inline("что такое под");
    const results = expectValid(call);
    expect(results.length).toBeGreaterThanOrEqual(2);
    expect(results.length).toBeLessThanOrEqual(5);
    expect(call.payload).toMatchObject({ cache_time: 60, is_personal: false });
    const answer = (await realSearch()).answer("что такое под");
    if (answer.kind !== "found") throw new Error(`expected a found answer, got ${answer.kind}`);
    const best = answer.hits[0]?.passage;
    const [first] = results;
    expect(first?.title).toBe(`${best?.topicTitle} › ${best?.headingPath.at(-1)}`);
    expect(first?.description?.length).toBeGreaterThan(10);
    const text = checkTelegramHtml(messageOf(first)).text;
    expect(text).toContain(`📄 ${[best?.topicTitle, ...(best?.headingPath ?? [])].join(" › ")}`);
    expect(messageOf(first)).toMatch(/<b>[^<]*[Пп]од[^<]*<\/b>/);
  });

  test("the deep link opens the passage in the bot's chat", async () => {
    const [first] = resultsOf(await inline("что такое под"));
    const payload = linkOf(first).slice(LINK.length);
    const u = newUser();
    h.fake.push(command("start", payload, { from: u }));
    const [opened] = await h.fake.nextMessages(u.id);
    const answer = (await realSearch()).answer("что такое под");
    const best = answer.kind === "found" ? answer.hits[0]?.passage : undefined;
    expect(shown(opened)).toMatch(new RegExp(`^${best?.topicTitle.replace(/[()]/g, "\\$&")} › `));
    expect(buttons(opened).map((b) => b.text)).toContain("Тема целиком");
    expect(shown(opened)).not.toMatch(/^Привет/);
  });

  test("an uncertain question lists its candidates, saying «возможно»", async () => {
    const question = "как изолировать поды друг от друга чтобы не все могли достучаться до всех";
    const answer = (await realSearch()).answer(question);
    if (answer.kind !== "uncertain") throw new Error(`expected an uncertain answer, got ${answer.kind}`);
    const results = expectValid(await inline(question));
    expect(results).toHaveLength(answer.candidates.length);
    for (const result of results) expect(result.description).toMatch(/^Возможно: /);
  });

  test("nothing found lists nothing, with a button that opens the topics in the bot", async () => {
    const call = await inline("как испечь торт с вишней");
    expect(expectValid(call)).toEqual([]);
    expect(call.payload.button).toEqual({
      text: "Ничего не нашёл — темы конспекта",
      start_parameter: "topics",
    });
    const u = newUser();
    h.fake.push(command("start", "topics", { from: u }));
    const [list] = await h.fake.nextMessages(u.id);
    expect(shown(list)).toMatch(/^Темы конспекта/);
  });

  test("an empty query lists the topics; one opens its sections in the bot", async () => {
    const { topics } = await realSearch();
    const results = expectValid(await inline("  "));
    expect(results.map((r) => r.title)).toEqual(topics.map((t) => t.title));
    const services = results.find((r) => r.title === "Сервисы (Services)");
    expect(checkTelegramHtml(messageOf(services)).text).toMatch(
      /^Сервисы \(Services\)\n\nТакже: .+\n\nРазделы:\n1\. /,
    );
    const u = newUser();
    h.fake.push(command("start", linkOf(services).slice(LINK.length), { from: u }));
    const [page] = await h.fake.nextMessages(u.id);
    expect(shown(page)).toMatch(/^Сервисы \(Services\)/);
    expect(buttons(page).some((b) => b.text.startsWith("1. "))).toBe(true);
  });

  test("a hostile query (HTML, 5,000 characters) gets valid results", async () => {
    const hostile = `что такое под <b>&amp; </i><a href="javascript:x">${"<script>&".repeat(560)}`;
    expect(hostile.length).toBeGreaterThan(5000);
    const call = await inline(hostile);
    const results = expectValid(call);
    if (results.length === 0) expect(call.payload.button).toMatchObject({ start_parameter: "topics" });
    const junk = expectValid(await inline("<>&\"'".repeat(1000)));
    expect(junk.length).toBeLessThanOrEqual(5);
    const tagged = expectValid(await inline("<i>что такое под</i>"));
    expect(tagged.length).toBeGreaterThan(0);
    for (const result of tagged) expect(messageOf(result)).not.toContain("<i>что");
  });

  test("a link to a section no longer in the notes says so", async () => {
    const u = newUser();
    h.fake.push(command("start", "p999_iservices", { from: u }));
    const [gone] = await h.fake.nextMessages(u.id);
    expect(shown(gone)).toBe("Этого раздела больше нет в конспекте — откройте /topics.");
  });

  test("inline queries share the flood limit of messages: the first over it is told, with nothing cached", async () => {
    const u = newUser();
    const calls: Promise<ApiCall>[] = [];
    for (let i = 0; i < 7; i++) calls.push(inline("что такое под", u));
    const answers = await Promise.all(calls);
    expect(answers.filter((c) => resultsOf(c).length > 0)).toHaveLength(6);
    const warned = answers.filter((c) => resultsOf(c).length === 0);
    expect(warned).toHaveLength(1);
    expect(warned[0]?.payload).toMatchObject({
      cache_time: 0,
      is_personal: true,
      button: { text: "Слишком много запросов — подождите пару секунд", start_parameter: "hello" },
    });
    expect(h.logs.filter((line) => line.level >= 50)).toEqual([]);
  });
});
