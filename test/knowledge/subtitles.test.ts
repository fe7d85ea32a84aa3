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
].join("\r\n");

describe("subtitlesToText", () => {
  it("runs cues together, starting a paragraph at a pause after a sentence or at a new speaker", () => {
    expect(subtitlesToText(SRT)).toBe(
      [
        "Так, всем привет. Сегодня circuit breaker, ну, предохранитель между сервисами.",
        "Три состояния: closed, open, half-open.",
        "- Вопрос из зала: а ретраи?",
      ].join("\n\n"),
    );
  });

  it("reads WebVTT too, without its header and notes, and takes no subtitles in text without cue times", () => {
    const vtt =
      "WEBVTT\n\nNOTE записано в аудитории 5\n\n00:01.000 --> 00:03.000 align:start\nСага — цепочка локальных транзакций.\n";
    expect(subtitlesToText(vtt)).toBe("Сага — цепочка локальных транзакций.");
    expect(subtitlesToText("Просто текст лекции.\n\nБез таймкодов.")).toBeUndefined();
  });

  it("is how a .srt note is read", () => {
    const text = structureNote(SRT, "subtitles")
      .blocks.map((b) => b.text)
      .join("\n");
    expect(text).toContain("предохранитель между сервисами");
    expect(text).not.toMatch(/-->|00:00|\[смех\]|<i>/u);
  });
});
