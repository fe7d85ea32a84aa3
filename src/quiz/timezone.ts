// Reading a time zone as people type it for /timezone: an IANA name («Europe/Berlin»), a city in Russian or
// English («новосибирск», «Москва», «berlin»; city → zone from the city-timezones package), or an offset
// («UTC+7», «GMT-3», «+03:00», «МСК+4»). Pure apart from loading the city list once, on first use.
import { createRequire } from "node:module";
import { transliterate } from "../translit.ts";
import { isValidTimeZone, normalizeTimeZone } from "./daily.ts";

/** What `/timezone <text>` names: a zone this Node.js knows, or why not. */
export type ZoneReading =
  | { ok: true; timeZone: string }
  /** `halfHour`: an offset with minutes, which no fixed IANA zone has: the user should name a city. */
  | { ok: false; reason: "unknown" | "halfHour" };

/** The time zones of Russia, west to east, for the buttons of /timezone; Russia keeps no summer time. */
export const RUSSIAN_ZONES: readonly { timeZone: string; label: string }[] = [
  { timeZone: "Europe/Kaliningrad", label: "Калининград (UTC+2)" },
  { timeZone: "Europe/Moscow", label: "Москва (UTC+3)" },
  { timeZone: "Europe/Samara", label: "Самара (UTC+4)" },
  { timeZone: "Asia/Yekaterinburg", label: "Екатеринбург (UTC+5)" },
  { timeZone: "Asia/Omsk", label: "Омск (UTC+6)" },
  { timeZone: "Asia/Novosibirsk", label: "Новосибирск (UTC+7)" },
  { timeZone: "Asia/Irkutsk", label: "Иркутск (UTC+8)" },
  { timeZone: "Asia/Yakutsk", label: "Якутск (UTC+9)" },
  { timeZone: "Asia/Vladivostok", label: "Владивосток (UTC+10)" },
  { timeZone: "Asia/Magadan", label: "Магадан (UTC+11)" },
  { timeZone: "Asia/Kamchatka", label: "Камчатка (UTC+12)" },
];

/**
 * Names whose transliteration does not reach the English name in the city list (or cities the list has no
 * zone for), each to its zone. Keys are {@link nameKey}s of the Russian spelling.
 */
const ALIASES: Record<string, string> = {
  москва: "Europe/Moscow",
  мск: "Europe/Moscow",
  msk: "Europe/Moscow",
  питер: "Europe/Moscow",
  спб: "Europe/Moscow",
  петербург: "Europe/Moscow",
  санктпетербург: "Europe/Moscow",
  ростовнадону: "Europe/Moscow",
  пермь: "Asia/Yekaterinburg",
  пенза: "Europe/Moscow",
  архангельск: "Europe/Moscow",
  новгород: "Europe/Moscow",
  великийновгород: "Europe/Moscow",
  киев: "Europe/Kyiv",
  kiev: "Europe/Kyiv",
  париж: "Europe/Paris",
  прага: "Europe/Prague",
  варшава: "Europe/Warsaw",
  вена: "Europe/Vienna",
  рим: "Europe/Rome",
  токио: "Asia/Tokyo",
  пекин: "Asia/Shanghai",
  ньюйорк: "America/New_York",
  лосанджелес: "America/Los_Angeles",
};

/** Lower case, ё as е, letters only: «Санкт-Петербург» → «санктпетербург». */
function nameKey(text: string): string {
  return text
    .toLowerCase()
    .replaceAll("ё", "е")
    .replace(/[^\p{L}]/gu, "");
}

/**
 * A spelling-blind key of a Latin name, so that «Yekaterinburg» and the transliterated «Ekaterinburg»,
 * «Nizhny» and «Nizhniy», «Kamchatskiy» and «Kamchatsky» meet.
 */
function latinKey(latin: string): string {
  return nameKey(latin)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/shch/g, "sh")
    .replace(/^ye|(?<=[aeiou])ye/g, "e")
    .replace(/yo/g, "e")
    .replace(/iy|yi|ii/g, "y")
    .replace(/kh/g, "h");
}

type City = { city: string; city_ascii: string; timezone: string | null; pop: number };
let cities: Map<string, { timeZone: string; pop: number }> | undefined;

/** The city list by {@link latinKey}, the most populous city kept where names repeat (Moscow, not Idaho). */
function cityIndex(): Map<string, { timeZone: string; pop: number }> {
  if (cities) return cities;
  const { cityMapping } = createRequire(import.meta.url)("city-timezones") as { cityMapping: City[] };
  cities = new Map();
  // Some 7,000 cities share a few hundred zones: each zone is checked once (a check builds an Intl formatter).
  const valid = new Map<string, boolean>();
  const isValid = (zone: string): boolean => {
    let ok = valid.get(zone);
    if (ok === undefined) {
      ok = isValidTimeZone(zone);
      valid.set(zone, ok);
    }
    return ok;
  };
  for (const c of cityMapping) {
    if (!c.timezone || !isValid(c.timezone)) continue;
    for (const name of new Set([c.city, c.city_ascii])) {
      const key = latinKey(name);
      const known = cities.get(key);
      if (!known || known.pop < c.pop) cities.set(key, { timeZone: c.timezone, pop: c.pop });
    }
  }
  return cities;
}

/**
 * An offset from UTC: «UTC+7», «GMT-3», «+03:00», «+3», «UTC−5» (a typographic minus), «МСК+4» (Moscow time
 * plus 4, as Russian timetables write it). Whole hours become the fixed zone Etc/GMT∓N (the sign of those
 * names is inverted: UTC+7 is Etc/GMT-7); «UTC+0» is UTC. Undefined when `text` is no offset.
 */
function readOffset(text: string): ZoneReading | undefined {
  const match = /^(utc|gmt|мск|msk)?\s*([+\-−–])\s*(\d{1,2})(?:[:.]?(\d{2}))?$/iu.exec(text);
  if (!match) return undefined;
  const [, base, sign, hoursText, minutesText] = match;
  const minutes = Number(minutesText ?? 0);
  if (minutes !== 0) return { ok: false, reason: minutes < 60 ? "halfHour" : "unknown" };
  const moscow = base !== undefined && /мск|msk/i.test(base) ? 3 : 0;
  const hours = moscow + (sign === "+" ? 1 : -1) * Number(hoursText);
  if (hours < -12 || hours > 14) return { ok: false, reason: "unknown" };
  if (hours === 0) return { ok: true, timeZone: "UTC" };
  return { ok: true, timeZone: `Etc/GMT${hours > 0 ? "-" : "+"}${Math.abs(hours)}` };
}

/**
 * Reads what the user typed after /timezone: an IANA zone name (any case), an offset (see {@link readOffset}),
 * or a city — in Latin letters as the city list spells it, or in Russian (transliterated, with a few
 * {@link ALIASES} where that misses). Among cities of one name the most populous wins.
 */
export function readTimeZone(input: string): ZoneReading {
  const text = input.trim().replace(/\s+/gu, " ");
  if (text === "") return { ok: false, reason: "unknown" };
  const named = text.includes("/") || /^(utc|gmt)$/i.test(text) ? normalizeTimeZone(text) : undefined;
  if (named) return { ok: true, timeZone: named };
  const offset = readOffset(text);
  if (offset) return offset;
  const key = nameKey(text);
  const alias = ALIASES[key];
  if (alias) return { ok: true, timeZone: alias };
  const latin = /[а-я]/.test(key) ? transliterate(key) : key;
  const city = cityIndex().get(latinKey(latin));
  if (city) return { ok: true, timeZone: city.timeZone };
  const zone = normalizeTimeZone(text);
  return zone ? { ok: true, timeZone: zone } : { ok: false, reason: "unknown" };
}

/** How a zone is shown: fixed offsets as «UTC+7» (not the inverted «Etc/GMT-7»), other zones by their name. */
export function zoneLabel(timeZone: string): string {
  const fixed = /^Etc\/GMT([+-])(\d{1,2})$/.exec(timeZone);
  if (!fixed) return timeZone;
  return `UTC${fixed[1] === "-" ? "+" : "−"}${fixed[2]}`;
}
