import { describe, expect, it } from "vitest";
import {
  isValidTimeZone,
  localTime,
  normalizeTimeZone,
  parseDailyCommand,
  parseTimeOfDay,
  startOfNextLocalDay,
} from "../../src/quiz/daily.ts";

describe("parseTimeOfDay", () => {
  it.each([
    ["9:00", "09:00"],
    ["09:00", "09:00"],
    ["09.00", "09:00"],
    ["9.00", "09:00"],
    ["9", "09:00"],
    ["21.30", "21:30"],
    [" 7-05 ", "07:05"],
    ["0:00", "00:00"],
    ["23:59", "23:59"],
  ])("reads «%s» as %s", (input, time) => {
    expect(parseTimeOfDay(input)).toMatchObject({ ok: true, time });
  });

  it.each(["25:00", "24:00", "9:75", "9:5", "утром", "", "12:00:00"])(
    "refuses «%s» with an example",
    (input) => {
      const result = parseTimeOfDay(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/Например: \/daily 09:00/);
    },
  );
});

describe("parseDailyCommand", () => {
  it("reads show, off, a time and a count", () => {
    expect(parseDailyCommand("")).toEqual({ kind: "show" });
    expect(parseDailyCommand(" off ")).toEqual({ kind: "off" });
    expect(parseDailyCommand("выкл")).toEqual({ kind: "off" });
    expect(parseDailyCommand("9.30")).toEqual({ kind: "set", time: "09:30", minutes: 570, count: 1 });
    expect(parseDailyCommand("09:00 3")).toEqual({ kind: "set", time: "09:00", minutes: 540, count: 3 });
  });

  it("refuses a bad time or count in Russian", () => {
    expect(parseDailyCommand("25:00")).toMatchObject({
      kind: "error",
      message: expect.stringContaining("«25:00»"),
    });
    expect(parseDailyCommand("09:00 50")).toMatchObject({
      kind: "error",
      message: expect.stringContaining("от 1 до 10"),
    });
  });
});

describe("time zones", () => {
  it("validates and normalizes IANA names", () => {
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("Europe/Atlantis")).toBe(false);
    expect(normalizeTimeZone("europe/berlin")).toBe("Europe/Berlin");
    expect(normalizeTimeZone(" America/New York ")).toBe("America/New_York");
    expect(normalizeTimeZone("UTC")).toBe("UTC");
    expect(normalizeTimeZone("Москва")).toBeUndefined();
    expect(normalizeTimeZone("")).toBeUndefined();
  });

  it("computes the local date and time across Berlin's DST changes", () => {
    expect(localTime(new Date("2026-03-29T00:59:00Z"), "Europe/Berlin")).toEqual({
      date: "2026-03-29",
      minutes: 119,
    });
    expect(localTime(new Date("2026-03-29T01:00:00Z"), "Europe/Berlin")).toEqual({
      date: "2026-03-29",
      minutes: 180,
    });
    expect(localTime(new Date("2026-10-25T00:30:00Z"), "Europe/Berlin")).toEqual({
      date: "2026-10-25",
      minutes: 150,
    });
    expect(localTime(new Date("2026-10-25T01:30:00Z"), "Europe/Berlin")).toEqual({
      date: "2026-10-25",
      minutes: 150,
    });
    expect(localTime(new Date("2026-01-01T23:00:00Z"), "Europe/Berlin")).toEqual({
      date: "2026-01-02",
      minutes: 0,
    });
  });

  it("finds the end of the local day, also on a 23- and a 25-hour day", () => {
    expect(startOfNextLocalDay(new Date("2026-01-10T12:34:56Z"), "Europe/Berlin")).toEqual(
      new Date("2026-01-10T23:00:00Z"),
    );
    expect(startOfNextLocalDay(new Date("2026-03-29T00:30:00Z"), "Europe/Berlin")).toEqual(
      new Date("2026-03-29T22:00:00Z"),
    );
    expect(startOfNextLocalDay(new Date("2026-10-25T00:30:00Z"), "Europe/Berlin")).toEqual(
      new Date("2026-10-25T23:00:00Z"),
    );
  });
});
