// Trustworthy answers in Telegram: uncertain answers' candidates, «👍» and «Не то» under an answer, picks
// recorded and learned from (two people or one admin), /forget and /admin — through the fake Bot API.
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import type { Search } from "../../src/bot/context.ts";
import { createFeedback } from "../../src/bot/feedback-deps.ts";
import { CALLBACK_DATA_LIMIT, passageLabel } from "../../src/bot/keyboards.ts";
import type { Passage } from "../../src/knowledge/types.ts";
import type { Answer, Hit } from "../../src/search/types.ts";
import { openDatabase } from "../../src/store/db.ts";
import { createFeedbackStore } from "../../src/store/feedback.ts";
import { createOverview } from "../../src/store/overview.ts";
import { buttons, checkCalls, sentMessage, shown } from "../helpers/calls.ts";
import type { ApiCall } from "../helpers/fake-bot-api.ts";
import { type Harness, realKnowledge, realSearch, startHarness } from "../helpers/harness.ts";
import { callbackQuery, command, message, user } from "../helpers/updates.ts";

const ADMIN = user(9001, "Админ");
let h: Harness;
let nextUser = 9100;
const newUser = () => user(nextUser++);

/** Passages of the real notes the stub answers with: the best one, then five more, from several topics. */
let best: Passage;
let more: Passage[];
/** What the bot passed to `search.answer`: the lifts for each question, as the stub analysed it. */
const asked: { query: string; lifts: ReadonlyMap<string, number> }[] = [];

const hit = (passage: Passage): Hit => ({
  passage,
  score: 1,
  coverage: 1,
  snippet: { truncated: false, blocks: [{ code: false, segments: [{ text: "Фрагмент.", mark: false }] }] },
});

/**
 * The real search, except that `answer` is scripted: «неясно …» is uncertain, «непонятно …» finds nothing,
 * anything else finds {@link best} with {@link more}. Terms are the question's words in lower case.
 */
async function scriptedSearch(): Promise<Search> {
  const real = await realSearch();
  const { passages } = await realKnowledge();
  const byTopic = [...new Map(passages.map((p) => [p.topicId, p])).values()];
  best = byTopic[0] as Passage;
  more = [...byTopic.slice(1, 4), ...passages.filter((p) => p.order > 0).slice(0, 2)];
  return {
    topics: real.topics,
    findTopic: (name) => real.findTopic(name),
    passage: (id) => real.passage(id),
    answer(query, lifts): Answer {
      const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
      asked.push({ query, lifts: lifts?.for(terms) ?? new Map() });
      if (query.startsWith("неясно"))
        return { kind: "uncertain", query, terms, candidates: more.slice(0, 3).map(hit) };
      if (query.startsWith("непонятно"))
        return { kind: "nothing", query, terms, suggestions: real.topics.slice(0, 2) };
      return { kind: "found", query, terms, hits: [hit(best)], more: more.map(hit) };
    },
  };
}

/** Presses the button labelled `label` under `call`'s message, as `from`. */
function press(call: ApiCall | undefined, label: string, from: ReturnType<typeof user>) {
  const button = buttons(call).find((b) => b.text === label);
  if (!button?.callback_data) throw new Error(`no button ${label} in ${JSON.stringify(buttons(call))}`);
  h.fake.push(callbackQuery(button.callback_data, sentMessage(call as ApiCall), from));
}

/** Asks `question` as `from` and returns the bot's reply. */
async function ask(question: string, from: ReturnType<typeof user>): Promise<ApiCall | undefined> {
  h.fake.push(message(question, { from }));
  const [reply] = await h.fake.nextMessages(from.id);
  return reply;
}

/** Asks, presses «Не то», picks the candidate labelled `label`; returns the opened passage's message. */
async function pick(question: string, from: ReturnType<typeof user>, passage: Passage) {
  const answer = await ask(question, from);
  press(answer, "Не то", from);
  const [candidates] = await h.fake.nextMessages(from.id);
  press(candidates, passageLabel(passage), from);
  const [opened] = await h.fake.nextMessages(from.id);
  return opened;
}

const votesOf = (userId: number) =>
  h.db
    .prepare("SELECT query_key, passage_id, kind, is_admin FROM feedback WHERE user_id = ? ORDER BY kind")
    .all(userId);

const callbackAnswers = () => h.fake.callsOf("answerCallbackQuery").map((c) => c.payload.text);

beforeAll(async () => {
  let overview: () => ReturnType<ReturnType<typeof createOverview>["snapshot"]> = () => {
    throw new Error("not started");
  };
  h = await startHarness({
    search: await scriptedSearch(),
    rateLimit: { timeFrame: 1000, limit: 1000 },
    admin: { ids: [ADMIN.id], overview: () => overview(), problems: [] },
  });
  overview = createOverview(h.db).snapshot;
});
afterEach(() => checkCalls(h.fake));
afterAll(() => h.stop());

describe("an uncertain answer", () => {
  test("offers its candidates as «Тема › Раздел» buttons; a press opens that passage and is recorded", async () => {
    const u = newUser();
    const answer = await ask("неясно как настроить сеть", u);
    expect(shown(answer).split("\n")[0]).toBe("Точного ответа нет. Возможно, вы про:");
    const offered = buttons(answer);
    expect(offered.map((b) => b.text)).toEqual(more.slice(0, 3).map(passageLabel));
    for (const b of offered)
      expect(Buffer.byteLength(b.callback_data ?? "")).toBeLessThanOrEqual(CALLBACK_DATA_LIMIT);

    const chosen = more[1] as Passage;
    press(answer, passageLabel(chosen), u);
    const [opened] = await h.fake.nextMessages(u.id);
    expect(shown(opened).startsWith([chosen.topicTitle, ...chosen.headingPath].join(" › "))).toBe(true);
    expect(buttons(opened).map((b) => b.text)).toEqual(["Тема целиком"]);
    // Choosing among «Возможно, вы про:» is a pick like one after «Не то».
    expect(votesOf(u.id)).toEqual([
      { query_key: "как настроить неясно сеть", passage_id: chosen.id, kind: "pick", is_admin: 0 },
    ]);
  });

  test("a candidate still opens after the answer was forgotten (a restart), recording nothing", async () => {
    const u = newUser();
    const answer = await ask("неясно что с сетью", u);
    const chosen = more[0] as Passage;
    const data = buttons(answer).find((b) => b.text === passageLabel(chosen))?.callback_data ?? "";
    expect(data).toMatch(/^k:/);
    h.fake.push(
      callbackQuery(data.replace(/^k:(\d+):[0-9a-z]+:/, "k:$1:gone:"), sentMessage(answer as ApiCall), u),
    );
    const [opened] = await h.fake.nextMessages(u.id);
    expect(shown(opened).startsWith(chosen.topicTitle)).toBe(true);
    expect(votesOf(u.id)).toEqual([]);
  });
});

describe("«👍» and «Не то»", () => {
  test("a found answer has both; «👍» records a vote for the shown passage and thanks", async () => {
    const u = newUser();
    const answer = await ask("Как удалить под", u);
    expect(buttons(answer).map((b) => b.text)).toEqual(expect.arrayContaining(["Ещё", "👍", "Не то"]));
    press(answer, "👍", u);
    await h.fake.waitFor(() => callbackAnswers().includes("Спасибо! Учту."));
    expect(votesOf(u.id)).toEqual([
      { query_key: "как под удалить", passage_id: best.id, kind: "up", is_admin: 0 },
    ]);
  });

  test("«Не то» offers the next candidates; the pick opens its passage and is recorded", async () => {
    const u = newUser();
    const answer = await ask("куда пропали логи", u);
    press(answer, "Не то", u);
    const [candidates] = await h.fake.nextMessages(u.id);
    expect(shown(candidates)).toMatch(/^Жаль\. Может быть, ответ в одном из этих разделов\?/);
    expect(buttons(candidates).map((b) => b.text)).toEqual(more.slice(0, 4).map(passageLabel));

    const chosen = more[2] as Passage;
    press(candidates, passageLabel(chosen), u);
    const [opened] = await h.fake.nextMessages(u.id);
    expect(shown(opened)).toContain(chosen.topicTitle);
    await h.fake.waitFor(() => callbackAnswers().includes("Спасибо! Запомню, что ответ здесь."));
    expect(votesOf(u.id)).toEqual([
      { query_key: "куда логи пропали", passage_id: chosen.id, kind: "pick", is_admin: 0 },
    ]);
    const logged = h.db
      .prepare("SELECT count FROM question_log WHERE query_key = ? AND outcome = 'not_that'")
      .pluck();
    await vi.waitFor(() => expect(logged.get("куда логи пропали")).toBe(1));
  });

  test("buttons of a forgotten answer say so instead of recording anything", async () => {
    const u = newUser();
    const answer = await ask("что такое под", u);
    const stale = { ...sentMessage(answer as ApiCall) };
    h.fake.push(callbackQuery("v:gone", stale, u));
    h.fake.push(callbackQuery("n:gone", stale, u));
    await h.fake.waitFor(
      () =>
        callbackAnswers().filter((t) => t === "Этот ответ уже забыт — задайте вопрос ещё раз.").length >= 2,
    );
    expect(votesOf(u.id)).toEqual([]);
  });
});

describe("learning from picks", () => {
  const question = "где смотреть логи пода";
  const near = "где смотреть логи пода вчерашние";
  const liftFor = async (q: string) => {
    await ask(q, newUser());
    return asked.at(-1)?.lifts.get((more[3] as Passage).id);
  };

  test("one person alone lifts nothing; a second who agrees lifts it for the same and a near question", async () => {
    const chosen = more[3] as Passage;
    const first = newUser();
    await pick(question, first, chosen);
    expect(await liftFor(question)).toBeUndefined();

    const second = newUser();
    await pick(question, second, chosen);
    expect(await liftFor(question)).toBe(1);
    expect(await liftFor(near)).toBeCloseTo(4 / 5);
    expect(await liftFor("как удалить деплоймент")).toBeUndefined();

    // /forget takes back what the second person taught: one person is left, and one is not enough.
    h.fake.push(command("forget", "", { from: second }));
    const [confirm] = await h.fake.nextMessages(second.id);
    press(confirm, "Да, удалить всё", second);
    await h.fake.waitFor(() => h.fake.callsOf("editMessageText", second.id).length > 0);
    expect(votesOf(second.id)).toEqual([]);
    expect(votesOf(first.id)).toHaveLength(1);
    expect(await liftFor(question)).toBeUndefined();
  });

  test("an admin's pick alone is enough", async () => {
    const chosen = more[4] as Passage;
    await pick("админ знает где ответ", ADMIN, chosen);
    expect(votesOf(ADMIN.id)).toEqual([
      { query_key: "админ где знает ответ", passage_id: chosen.id, kind: "pick", is_admin: 1 },
    ]);
    await ask("админ знает где ответ", newUser());
    expect(asked.at(-1)?.lifts.get(chosen.id)).toBe(1);
  });
});

describe("/admin", () => {
  test("lists the questions most often answered with nothing, marked «Не то», or uncertain", async () => {
    await ask("непонятно про борщ", newUser());
    await ask("непонятно про борщ", newUser());
    await ask("неясно про кластеры <b>", newUser());
    const u = newUser();
    const answer = await ask("не тот ответ на вопрос", u);
    press(answer, "Не то", u);
    await h.fake.nextMessages(u.id);
    const count = h.db.prepare("SELECT sum(count) FROM question_log WHERE outcome != 'found'").pluck();
    await vi.waitFor(() => expect(Number(count.get())).toBeGreaterThanOrEqual(4));

    h.fake.push(command("admin", "", { from: ADMIN }));
    const [, failing] = await h.fake.nextMessages(ADMIN.id, 3);
    const text = shown(failing);
    expect(text).toMatch(/«Ничего не нашёл»:\n1\. непонятно про борщ — 2/);
    expect(text).toMatch(/Отмечены «Не то»:\n(.+\n)*\d+\. не тот ответ на вопрос — 1/);
    expect(text).toMatch(/«Точного ответа нет»:\n(.+\n)*\d+\. неясно про кластеры <b> — 1/);
  });
});

describe("a question log that cannot be written", () => {
  test("never costs the answer: the counts wait in memory, a warning per failed write, written once it works", async () => {
    const store = createFeedbackStore(openDatabase(":memory:"));
    let locked = true;
    const errors: unknown[] = [];
    const flaky: typeof store = {
      ...store,
      logQuestions(entries) {
        if (locked) throw new Error("database is locked");
        store.logQuestions(entries);
      },
    };
    const feedback = createFeedback(flaky, { flushMs: 20, onFlushError: (err) => errors.push(err) });
    const broken = await startHarness({ search: await scriptedSearch(), feedback });
    try {
      const u = newUser();
      broken.fake.push(message("непонятно про борщ", { from: u }));
      const [reply] = await broken.fake.nextMessages(u.id);
      expect(shown(reply)).toContain("Ничего не нашёл");
      await vi.waitFor(() => expect(errors.length).toBeGreaterThan(0));
      locked = false;
      await vi.waitFor(() => expect(store.frequent("nothing").map((q) => q.count)).toEqual([1]));
      checkCalls(broken.fake);
    } finally {
      await broken.stop();
    }
  });
});
