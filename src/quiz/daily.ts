// Daily delivery, the pure part: reading the time and zone a person types, and what time it is locally.
import { quoteInput } from "../quote.ts";

/** A local wall-clock moment in some time zone. */
export interface LocalTime {
  /** The local calendar date, `YYYY-MM-DD` (sorts as text). */
  date: string;
  /** Minutes since local midnight, 0..1439. */
  minutes: number;
}

/** The result of reading a time of day: the canonical `HH:MM`, or a Russian message with an example. */
export type ParsedTime = { ok: true; time: string; minutes: number } | { ok: false; message: string };

/** What `/daily …` asks for. */
export type DailyRequest =
  | { kind: "show" }
  | { kind: "off" }
  | { kind: "set"; time: string; minutes: number; count: number }
  | { kind: "error"; message: string };

/** The most questions one daily delivery may ask for. */
export const maxDailyCount = 10;

const example = "Например: /daily 09:00 или /daily 9.30 3";

/**
 * Reads a time of day as people type it: «9:00», «09:00», «09.00», «9.00», «9-00», «9 00», «9» (→ 09:00),
 * «21ч». Refuses anything else, such as «25:00» or «9:75», with a Russian message and an example.
 */
export function parseTimeOfDay(input: string): ParsedTime {
  const text = input.trim();
  const match = /^(\d{1,2})(?:[:.\-\sч]\s*(\d{2})?)?$/u.exec(text);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2] ?? 0);
  if (!match || hours > 23 || minutes > 59) {
    return {
      ok: false,
      message: `Не понимаю время ${quoteInput(text, 40)}: нужны часы от 0 до 23 и минуты от 00 до 59. ${example}`,
    };
  }
  return { ok: true, time: formatMinutes(hours * 60 + minutes), minutes: hours * 60 + minutes };
}

/** Formats minutes since midnight as `HH:MM`. */
export function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/**
 * Reads the arguments of `/daily`: nothing → show the setting; «off» (or «выкл», «стоп», «нет») → stop;
 * «09:00» or «09:00 3» → subscribe with that many questions (1 by default, at most {@link maxDailyCount}).
 */
export function parseDailyCommand(args: string): DailyRequest {
  const words = args.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return { kind: "show" };
  const first = (words[0] ?? "").toLowerCase();
  if (words.length === 1 && ["off", "stop", "выкл", "выключить", "стоп", "нет"].includes(first)) {
    return { kind: "off" };
  }
  const countText = words.length > 1 ? words[words.length - 1] : undefined;
  const hasCount = countText !== undefined && /^\d+$/u.test(countText) && words.length > 1;
  const time = parseTimeOfDay(hasCount ? words.slice(0, -1).join(" ") : words.join(" "));
  if (!time.ok) return { kind: "error", message: time.message };
  const count = hasCount ? Number(countText) : 1;
  if (count < 1 || count > maxDailyCount) {
    return {
      kind: "error",
      message: `Вопросов в день можно от 1 до ${maxDailyCount}, а не ${count}. ${example}`,
    };
  }
  return { kind: "set", time: time.time, minutes: time.minutes, count };
}

let zoneNames: Map<string, string> | undefined;

/**
 * The canonical IANA name for what the user typed, case-insensitively («europe/berlin» → «Europe/Berlin»,
 * «UTC»), or `undefined` when it names no time zone this Node.js knows.
 */
export function normalizeTimeZone(input: string): string | undefined {
  const text = input.trim().replace(/\s+/gu, "_");
  if (text === "") return undefined;
  zoneNames ??= new Map(Intl.supportedValuesOf("timeZone").map((zone) => [zone.toLowerCase(), zone]));
  const known = zoneNames.get(text.toLowerCase());
  if (known) return known;
  // Aliases (e.g. «Europe/Kiev», «UTC») are valid zones that supportedValuesOf leaves out.
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: text }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** True when `timeZone` is an IANA zone name this Node.js can compute local times in. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/**
 * The local date and time of `instant` in `timeZone` (DST handled by the zone database). Throws a
 * `RangeError` for an unknown zone — check with {@link isValidTimeZone} first.
 */
export function localTime(instant: Date, timeZone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** The instant the local day after `instant`'s begins in `timeZone` (the end of «today» there). */
export function startOfNextLocalDay(instant: Date, timeZone: string): Date {
  const now = localTime(instant, timeZone);
  const intoMinute = instant.getTime() % 60_000;
  let guess = instant.getTime() - intoMinute + (1440 - now.minutes) * 60_000;
  // A DST change today moves local midnight by the shift; one correction lands on it.
  const there = localTime(new Date(guess), timeZone);
  if (there.date === now.date) guess += (1440 - there.minutes) * 60_000;
  else guess -= there.minutes * 60_000;
  return new Date(guess);
}
