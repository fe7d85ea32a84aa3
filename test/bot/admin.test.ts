// /admin: usage counts and load problems for ADMIN_IDS; an unknown command for everyone else.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { renderAdmin, renderFailingQuestions } from "../../src/bot/features/admin.ts";
import { createOverview } from "../../src/store/overview.ts";
import { FAKE_BOT } from "../helpers/fake-bot-api.ts";
import { type Harness, startHarness } from "../helpers/harness.ts";
import { assertTelegramHtml, checkTelegramHtml } from "../helpers/telegram-html.ts";
import { command, groupChat, user } from "../helpers/updates.ts";

const ADMIN = user(7001, "Админ");
let h: Harness;

beforeAll(async () => {
  // The overview reads the harness's own database, which exists only once the harness has started.
  let overview: () => ReturnType<ReturnType<typeof createOverview>["snapshot"]> = () => {
    throw new Error("not started");
  };
  h = await startHarness({
    admin: {
      ids: [ADMIN.id],
      overview: () => overview(),
      problems: [
        'quiz/helm.yaml:3: answer "<b>" is not among the options; copy the text of the correct option',
      ],
    },
  });
  // As in src/app.ts: the users seen are written before they are counted.
  const snapshot = createOverview(h.db).snapshot;
  overview = () => {
    h.users.flushSeen();
    return snapshot();
  };
});
afterAll(() => h.stop());

describe("/admin", () => {
  test("an admin gets the counts and the load problems, escaped", async () => {
    h.fake.push(command("start", "", { from: user(7002) }));
    await h.fake.nextMessages(7002);
    h.fake.push(command("admin", "", { from: ADMIN }));
    // The overview, then the badly answered questions and the reported cards: all three taken.
    const [reply] = await h.fake.nextMessages(ADMIN.id, 3);
    const html = String(reply?.payload.text);
    assertTelegramHtml(html);
    const text = checkTelegramHtml(html).text;
    expect(text).toContain("Пользователей: 2");
    // In Russian, like everything the bot says; the file, the line and the quoted value kept.
    expect(text).toContain(
      "quiz/helm.yaml:3: ответа «<b>» нет среди вариантов — скопируйте текст правильного варианта",
    );
    expect(html).toContain("ответа «&lt;b&gt;» нет среди вариантов");
  });

  test("in a group an admin is told to ask in private, and the group sees no statistics", async () => {
    const group = groupChat(-100777);
    h.fake.push(command(`admin@${FAKE_BOT.username}`, "", { from: ADMIN, chat: group }));
    const [reply] = await h.fake.nextMessages(group.id);
    const text = String(reply?.payload.text);
    expect(text).toBe("Сводку показываю только в личном чате: напишите мне /admin в личку.");
    expect(text).not.toContain("Пользователей");
  });

  test("anyone else is told the command is unknown, and /help does not list it", async () => {
    const stranger = user(7003);
    h.fake.push(command("admin", "", { from: stranger }));
    const [reply] = await h.fake.nextMessages(stranger.id);
    expect(checkTelegramHtml(String(reply?.payload.text)).text).toBe(
      "Не знаю команду /admin. Все команды — /help.",
    );
    h.fake.push(command("help", "", { from: stranger }));
    const [help] = await h.fake.nextMessages(stranger.id);
    expect(String(help?.payload.text)).not.toContain("/admin");
  });
});

describe("renderAdmin", () => {
  const overview = {
    users: 3,
    activeDay: 1,
    activeWeek: 2,
    blocked: 1,
    subscribers: 2,
    answersDay: 5,
    answersTotal: 9,
  };

  test("says so when nothing went wrong loading", () => {
    expect(renderAdmin(overview, [], 120)).toContain("загружены без ошибок");
  });

  test("lists at most 15 problems and counts the rest", () => {
    const problems = Array.from({ length: 20 }, (_, i) => `problem ${i}`);
    const html = renderAdmin(overview, problems, 120);
    expect(html).toContain("problem 14");
    expect(html).not.toContain("problem 15");
    expect(html).toContain("… и ещё 5");
  });
});

describe("renderFailingQuestions", () => {
  test("lists at most 10 questions per outcome, escaped and shortened, within Telegram's limit", () => {
    const many = (outcome: "nothing" | "not_that" | "uncertain") =>
      Array.from({ length: 12 }, (_, i) => ({
        key: `k${i}`,
        query: `<b>${i}</b> & ${"очень длинный вопрос ".repeat(10)}`,
        outcome,
        count: 100 - i,
      }));
    const html = renderFailingQuestions({
      nothing: many("nothing"),
      not_that: many("not_that"),
      uncertain: many("uncertain"),
    });
    assertTelegramHtml(html);
    const text = checkTelegramHtml(html).text;
    expect(text.length).toBeLessThan(4096);
    expect(text).toContain("10. <b>9</b> & очень");
    expect(text).not.toContain("11. ");
    expect(text.match(/— 100$/gm)).toHaveLength(3);
  });

  test("says when an outcome has no questions yet", () => {
    const text = checkTelegramHtml(renderFailingQuestions({ nothing: [], not_that: [], uncertain: [] })).text;
    expect(text.match(/— пока нет\./g)).toHaveLength(3);
  });
});
