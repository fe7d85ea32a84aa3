import { describe, expect, it } from "vitest";
import { structureNote } from "../../src/knowledge/structure.ts";
import { subtitlesToText } from "../../src/knowledge/subtitles.ts";

const SRT = [
  "\uFEFF1",
  "00:00:01,000 --> 00:00:03,500",
  "Так, всем привет. [смех]",
  "",
  "2",
  "00:00:03,600 --> 00:00:06,000",
  "Сегодня <i>circuit breaker</i>, ну,",
  "",
  "3",
  "00:00:09,000 --> 00:00:11,000",
  "предохранитель между сервисами.",
  "",
  "4",
  "00:00:15,000 --> 00:00:18,000",
  "Три состояния: closed, open, half-open.",
  "",
  "5",
  "00:00:18,100 --> 00:00:20,000",
  "- Вопрос из зала: а ретраи?",
  "",
  "6",
  "00:00:23,000 --> 00:00:25,000",
  "- Только идемпотентные.",
  "",
].join("\r\n");

/** SubRip cues, one per line of speech, each after a pause of `gap` seconds. */
function cues(lines: readonly string[], gap = 3): string {
  const time = (s: number) =>
    `00:${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")},000`;
  return lines
    .map((line, i) => `${i + 1}\n${time(i * (gap + 2))} --> ${time(i * (gap + 2) + 2)}\n${line}\n`)
    .join("\n");
}

describe("subtitlesToText", () => {
  it("runs cues together, starting a paragraph at a pause after a sentence or at a new speaker", () => {
    expect(subtitlesToText(SRT)).toBe(
      [
        "Так, всем привет. Сегодня circuit breaker, ну, предохранитель между сервисами.",
        "Три состояния: closed, open, half-open.",
        "— Вопрос из зала: а ретраи? — Только идемпотентные.",
      ].join("\n\n"),
    );
  });

  it("keeps an answer with its question, and a sentence a pause cut after a quote together", () => {
    expect(subtitlesToText(cues(["Так когда не надо пилить?", "Маленькая команда — не надо."]))).toBe(
      "Так когда не надо пилить? Маленькая команда — не надо.",
    );
    expect(subtitlesToText(cues(["Платежи ловят «зарезервировано»", "и списывают."]))).toBe(
      "Платежи ловят «зарезервировано» и списывают.",
    );
    expect(subtitlesToText(cues(["Брокер сохранит.", "- Вопрос из зала: а база?"], 0))).toBe(
      "Брокер сохранит.\n\n— Вопрос из зала: а база?",
    );
  });

  it("reads WebVTT too, without its header and notes, and takes no subtitles in text without cue times", () => {
    const vtt =
      "WEBVTT\n\nNOTE записано в аудитории 5\n\n00:01.000 --> 00:03.000 align:start\nСага — цепочка локальных транзакций.\n";
    expect(subtitlesToText(vtt)).toBe("Сага — цепочка локальных транзакций.");
    expect(subtitlesToText("Просто текст лекции.\n\nБез таймкодов.")).toBeUndefined();
  });

  it("reads speech as paragraphs: never a heading, a point each, what points back kept with what it points at", () => {
    const blocks = (lines: string[]) => structureNote(cues(lines), "subtitles").blocks;
    const plus = blocks([
      "Отправил событие и пошёл дальше.",
      "Плюс — слабая связанность, пики сглаживаются.",
    ]);
    expect(plus.map((b) => b.text)).toEqual([
      "Отправил событие и пошёл дальше.",
      "Плюс — слабая связанность, пики сглаживаются.",
    ]);
    expect(plus.every((b) => b.headingPath.length === 0)).toBe(true);
    const gateway = blocks([
      "Ставят API gateway, шлюз, единую точку входа для всех клиентов.",
      "Он маршрутизирует запросы в сервисы и проверяет токен.",
    ]);
    expect(gateway).toHaveLength(2);
    expect(gateway[0]?.part).toBe(gateway[1]?.part);
    const filler = (topic: string) =>
      `${topic} — это важно. ${"Здесь лектор долго и подробно объясняет, как это устроено и почему так. ".repeat(4)}`;
    const long = blocks([
      `${filler("Первое — таймауты")} ${filler("Второе — ретраи")} ${filler("Третье — брейкер")}`,
    ]);
    expect(long.map((b) => b.text.slice(0, 6))).toEqual(["Первое", "Второе", "Третье"]);
    expect(new Set(long.map((b) => b.part)).size).toBe(3);
  });

  it("reads automatic subtitles with no stops: long talk by its lines, an answer with the turn that asked", () => {
    const talk = Array.from({ length: 40 }, (_, i) =>
      i === 20
        ? "второе ретраи повторные попытки когда сеть моргнула"
        : `строка ${i} лекции про таймауты и отказы сервисов`,
    );
    const asked = [
      "- вопрос из зала ретраи и брейкер вместе можно",
      "- нужно ретраи внутри брейкера",
      "- вопрос из зала а health",
      "- только своё",
    ];
    const blocks = structureNote(cues([...talk, ...asked], 0), "subtitles").blocks.map((b) => b.text);
    expect(blocks.length).toBeGreaterThan(2);
    expect(blocks.every((text) => text.length <= 900)).toBe(true);
    expect(blocks.some((text) => text.startsWith("второе ретраи"))).toBe(true);
    expect(blocks.at(-2)).toBe(
      "— вопрос из зала ретраи и брейкер вместе можно — нужно ретраи внутри брейкера",
    );
    expect(blocks.at(-1)).toBe("— вопрос из зала а health — только своё");
  });

  it("is how a .srt note is read", () => {
    const text = structureNote(SRT, "subtitles")
      .blocks.map((b) => b.text)
      .join("\n");
    expect(text).toContain("предохранитель между сервисами");
    expect(text).not.toMatch(/-->|00:00|\[смех\]|<i>/u);
  });
});

/** A video's transcript copied from its page's panel: a time over each caption, chapters' titles between. */
const TRANSCRIPT = [
  "Введение",
  "0:00",
  "всем привет это седьмой урок курса по администрированию linux",
  "0:04",
  "сегодня разбираем систем ди как управлять сервисами",
  "Глава 1: Юниты",
  "0:20",
  "все чем управляет систем ди называется юнит",
  "0:24",
  "юниты бывают разных типов service socket timer mount target",
  "0:29",
  "файлы юнитов лежат в двух местах",
  "0:31",
  "в lib systemd system их кладут пакеты руками их не трогаем",
  "0:36",
  "а в etc systemd system это ваши и у них приоритет выше",
  "Глава 2: journalctl",
  "0:55",
  "логи всех юнитов собирает journald а смотрим через джорнал ctl",
  "0:59",
  "минус u имя юнита показывает логи одного сервиса",
  "1:03",
  "минус b логи с текущей загрузки",
  "1:07",
  "минус p err только ошибки",
  "",
  "КОНСПЕКТ:",
  "- юниты из /etc/systemd/system главнее чем /lib/systemd/system",
  "- journalctl -u nginx -b -1 — логи с прошлой загрузки",
].join("\n");

describe("videoTranscript", () => {
  it("reads a transcript copied from a video's page: each chapter's speech under its title, then the learner's text", () => {
    const note = structureNote(TRANSCRIPT, "text");
    const sections = note.blocks.map((b) => [b.headingPath.join(" › "), b.text]);
    expect(sections.slice(0, 3)).toEqual([
      [
        "Введение",
        "всем привет это седьмой урок курса по администрированию linux сегодня разбираем систем ди как управлять сервисами",
      ],
      ["Глава 1: Юниты", expect.stringMatching(/^все чем управляет .* у них приоритет выше$/u)],
      ["Глава 2: journalctl", expect.stringMatching(/^логи всех юнитов .* минус p err только ошибки$/u)],
    ]);
    expect(note.blocks.map((b) => b.text).join("\n")).not.toMatch(/^\d+:\d{2}$/mu);
    expect(note.blocks.at(-1)?.text).toContain("journalctl -u nginx -b -1 — логи с прошлой загрузки");
  });

  it("takes no transcript in text with a few times in it", () => {
    const log = "Созвон\n10:30\nобсудили релиз\n11:00\nретро\n\nИтоги: всё ок, релиз в пятницу.";
    expect(structureNote(log, "text").blocks.some((b) => b.headingPath.includes("Созвон"))).toBe(false);
  });
});
