// /daily and /timezone through the fake Bot API, on a fixed clock: 10 March 2026, 08:59:30 in Moscow.
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { buttons, checkCalls, sentMessage, shown } from "../helpers/calls.ts";
import { type Harness, startHarness } from "../helpers/harness.ts";
import { callbackQuery, command, user } from "../helpers/updates.ts";

const NOW = new Date("2026-03-10T05:59:30Z");
let h: Harness;
let nextUser = 6000;
const newUser = () => user(nextUser++);

/** Sends `/name args` as `u` and returns what the user sees in the reply. */
async function say(u: ReturnType<typeof user>, name: string, args = ""): Promise<string> {
  h.fake.push(command(name, args, { from: u }));
  const [reply] = await h.fake.nextMessages(u.id);
  return shown(reply);
}

beforeAll(async () => {
  h = await startHarness({ rateLimit: { timeFrame: 1000, limit: 1000 } }, { now: () => NOW });
});

afterEach(() => checkCalls(h.fake));

afterAll(async () => {
  await h.stop();
});

describe("/daily", () => {
  test("shows the setting, subscribes at a time typed any usual way, and stops", async () => {
    const u = newUser();
    expect(await say(u, "daily")).toMatch(/^Ежедневная викторина выключена\./);

    expect(await say(u, "daily", "9:00")).toBe(
      "Готово! Каждый день в 09:00 (Europe/Moscow) пришлю 1 вопрос.\n" +
        "Первый раз — сегодня. Другой часовой пояс: /timezone Europe/Berlin · выключить: /daily off",
    );
    expect(h.quiz.daily.get(u.id)).toMatchObject({ userId: u.id, chatId: u.id, time: "09:00", count: 1 });

    // 08:30 has passed today in Moscow: the first quiz comes tomorrow.
    expect(await say(u, "daily", "08.30 3")).toContain(
      "в 08:30 (Europe/Moscow) пришлю 3 вопроса.\nПервый раз — завтра.",
    );
    expect(await say(u, "daily", "9")).toContain("в 09:00");
    expect(await say(u, "daily", "21.15 2")).toContain("в 21:15 (Europe/Moscow) пришлю 2 вопроса");
    expect(await say(u, "daily")).toMatch(
      /^Ежедневная викторина: каждый день в 21:15 \(Europe\/Moscow\), 2 вопроса\./,
    );

    expect(await say(u, "daily", "off")).toBe("Ежедневная викторина выключена. Включить снова: /daily 09:00");
    expect(h.quiz.daily.get(u.id)).toBeUndefined();
    expect(await say(u, "daily", "off")).toMatch(/^Ежедневная викторина и так выключена/);
  });

  test("refuses a wrong time or count with an example", async () => {
    const u = newUser();
    expect(await say(u, "daily", "25:00")).toBe(
      "Не понимаю время «25:00»: нужны часы от 0 до 23 и минуты от 00 до 59. Например: /daily 09:00 или /daily 9.30 3",
    );
    expect(await say(u, "daily", "утром")).toMatch(/^Не понимаю время «утром».+Например: \/daily 09:00/);
    expect(await say(u, "daily", "09:00 50")).toMatch(/^Вопросов в день можно от 1 до 10, а не 50\./);
    expect(await say(u, "daily", "<b>")).toContain("«<b>»");
    expect(h.quiz.daily.get(u.id)).toBeUndefined();
  });
});

describe("replies that quote what the user typed stay within Telegram's limit", () => {
  const long = `${"9".repeat(2_000)} ${"я".repeat(3_000)}`;

  test("/daily with a 5,000-character argument: a short refusal quoting the start of it", async () => {
    const reply = await say(newUser(), "daily", long);
    expect(reply).toMatch(/^Не понимаю время «9{20,}…»: нужны часы от 0 до 23/);
    expect(reply.length).toBeLessThan(300);
  });

  test("/timezone, /topic and /quiz with one: the same", async () => {
    for (const name of ["timezone", "topic", "quiz"]) {
      const reply = await say(newUser(), name, long);
      expect(reply).toContain("«99999");
      expect(reply).not.toContain("9".repeat(100));
    }
  });
});

describe("/timezone", () => {
  /** Sends `/timezone args` as `u`; returns what the user sees and the labels of the buttons under it. */
  async function timezone(u: ReturnType<typeof user>, args = "") {
    h.fake.push(command("timezone", args, { from: u }));
    const [reply] = await h.fake.nextMessages(u.id);
    return { text: shown(reply), buttons: buttons(reply), message: reply ? sentMessage(reply) : undefined };
  }

  const RUSSIA = [
    "Калининград (UTC+2)",
    "Москва (UTC+3)",
    "Самара (UTC+4)",
    "Екатеринбург (UTC+5)",
    "Омск (UTC+6)",
    "Новосибирск (UTC+7)",
    "Иркутск (UTC+8)",
    "Якутск (UTC+9)",
    "Владивосток (UTC+10)",
    "Магадан (UTC+11)",
    "Камчатка (UTC+12)",
  ];

  test("shows the default, accepts an IANA zone in any case, refuses others, and /daily follows it", async () => {
    const u = newUser();
    const shownZone = await timezone(u);
    expect(shownZone.text).toBe(
      "Ваш часовой пояс: Europe/Moscow (по умолчанию).\nСейчас там 08:59.\n\n" +
        "Напишите город или смещение от UTC: /timezone Новосибирск, /timezone Berlin, /timezone UTC+7 — или выберите:",
    );
    expect(shownZone.buttons.map((b) => b.text)).toEqual(RUSSIA);
    const unknown = await timezone(u, "Mars/Olympus");
    expect(unknown.text).toBe(
      "Не знаю часовой пояс «Mars/Olympus». Напишите город или смещение от UTC: /timezone Новосибирск, /timezone Berlin, /timezone UTC+7 — или выберите:",
    );
    expect(unknown.buttons.map((b) => b.text)).toEqual(RUSSIA);
    expect(h.users.getTimezone(u.id)).toBeUndefined();

    expect(await say(u, "timezone", "asia/yekaterinburg")).toBe(
      "Часовой пояс сохранён: Asia/Yekaterinburg.\nСейчас там 10:59.",
    );
    expect(h.users.getTimezone(u.id)).toBe("Asia/Yekaterinburg");
    expect(await say(u, "timezone")).toMatch(/^Ваш часовой пояс: Asia\/Yekaterinburg\.\nСейчас там 10:59\./);

    // 10:59 in Yekaterinburg: 10:00 has passed there, 11:00 has not.
    expect(await say(u, "daily", "10:00")).toContain(
      "(Asia/Yekaterinburg) пришлю 1 вопрос.\nПервый раз — завтра.",
    );
    expect(await say(u, "daily", "11:00")).toContain("Первый раз — сегодня.");
    expect(await say(u, "timezone", "Europe/Berlin")).toBe(
      "Часовой пояс сохранён: Europe/Berlin.\nСейчас там 06:59.\n" +
        "Ежедневная викторина: каждый день в 11:00 (Europe/Berlin), 1 вопрос.\n" +
        "Изменить: /daily 20:30 2 · выключить: /daily off · часовой пояс: /timezone",
    );
  });

  test.each([
    ["новосибирск", "Asia/Novosibirsk", "Asia/Novosibirsk", "12:59"],
    ["Москва", "Europe/Moscow", "Europe/Moscow", "08:59"],
    ["berlin", "Europe/Berlin", "Europe/Berlin", "06:59"],
    ["Екатеринбург", "Asia/Yekaterinburg", "Asia/Yekaterinburg", "10:59"],
    ["Санкт-Петербург", "Europe/Moscow", "Europe/Moscow", "08:59"],
    ["UTC+7", "Etc/GMT-7", "UTC+7", "12:59"],
    ["GMT-3", "Etc/GMT+3", "UTC−3", "02:59"],
    ["+03:00", "Etc/GMT-3", "UTC+3", "08:59"],
    ["МСК+4", "Etc/GMT-7", "UTC+7", "12:59"],
  ])("/timezone %s is saved as %s and shown as %s", async (typed, stored, label, time) => {
    const u = newUser();
    expect(await say(u, "timezone", typed)).toBe(`Часовой пояс сохранён: ${label}.\nСейчас там ${time}.`);
    expect(h.users.getTimezone(u.id)).toBe(stored);
  });

  test("an offset with minutes is refused with how to name such a zone, and buttons", async () => {
    const u = newUser();
    const reply = await timezone(u, "+05:30");
    expect(reply.text).toContain("не целое число часов");
    expect(reply.text).toContain("/timezone Kolkata");
    expect(reply.buttons).toHaveLength(RUSSIA.length);
    expect(h.users.getTimezone(u.id)).toBeUndefined();
  });

  test("a zone button saves that zone", async () => {
    const u = newUser();
    const { buttons: zones, message } = await timezone(u, "Атлантида");
    const omsk = zones.find((b) => b.text === "Омск (UTC+6)");
    h.fake.push(callbackQuery(String(omsk?.callback_data), message as never, u));
    const [saved] = await h.fake.nextMessages(u.id);
    expect(shown(saved)).toBe("Часовой пояс сохранён: Asia/Omsk.\nСейчас там 11:59.");
    expect(h.users.getTimezone(u.id)).toBe("Asia/Omsk");
  });
});
