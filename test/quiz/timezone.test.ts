// Reading /timezone's argument: IANA names, cities in Russian and English, offsets.
import { describe, expect, test } from "vitest";
import { RUSSIAN_ZONES, readTimeZone, zoneLabel } from "../../src/quiz/timezone.ts";

const zone = (text: string) => {
  const reading = readTimeZone(text);
  return reading.ok ? reading.timeZone : reading.reason;
};

describe("readTimeZone", () => {
  test("IANA names in any case, and UTC", () => {
    expect(zone("Europe/Berlin")).toBe("Europe/Berlin");
    expect(zone("asia/novosibirsk")).toBe("Asia/Novosibirsk");
    expect(zone("utc")).toBe("UTC");
  });

  test.each([
    ["новосибирск", "Asia/Novosibirsk"],
    ["Москва", "Europe/Moscow"],
    ["МОСКВА", "Europe/Moscow"],
    ["Екатеринбург", "Asia/Yekaterinburg"],
    ["Нижний Новгород", "Europe/Moscow"],
    ["Санкт-Петербург", "Europe/Moscow"],
    ["питер", "Europe/Moscow"],
    ["Петропавловск-Камчатский", "Asia/Kamchatka"],
    ["Южно-Сахалинск", "Asia/Sakhalin"],
    ["Хабаровск", "Asia/Vladivostok"],
    ["Пермь", "Asia/Yekaterinburg"],
    ["Берлин", "Europe/Berlin"],
    ["Киев", "Europe/Kyiv"],
  ])("a city in Russian: %s → %s", (text, expected) => {
    expect(zone(text)).toBe(expected);
  });

  test.each([
    ["berlin", "Europe/Berlin"],
    ["Yekaterinburg", "Asia/Yekaterinburg"],
    ["new york", "America/New_York"],
    // Moscow, Idaho has fewer people than Moscow, Russia; London, Ontario fewer than London.
    ["moscow", "Europe/Moscow"],
    ["London", "Europe/London"],
  ])("a city in English: %s → %s", (text, expected) => {
    expect(zone(text)).toBe(expected);
  });

  test.each([
    ["UTC+7", "Etc/GMT-7"],
    ["utc +7", "Etc/GMT-7"],
    ["GMT-3", "Etc/GMT+3"],
    ["+03:00", "Etc/GMT-3"],
    ["-0500", "Etc/GMT+5"],
    ["UTC−5", "Etc/GMT+5"],
    ["+3", "Etc/GMT-3"],
    ["UTC+0", "UTC"],
    ["GMT+14", "Etc/GMT-14"],
    ["МСК+4", "Etc/GMT-7"],
    ["мск-1", "Etc/GMT-2"],
  ])("an offset: %s → %s (the sign of Etc/GMT names is inverted)", (text, expected) => {
    expect(zone(text)).toBe(expected);
  });

  test("offsets with minutes need a city; impossible offsets and unknown names are refused", () => {
    expect(zone("+05:30")).toBe("halfHour");
    expect(zone("UTC+5:45")).toBe("halfHour");
    expect(zone("UTC+15")).toBe("unknown");
    expect(zone("+03:75")).toBe("unknown");
    expect(zone("Атлантида")).toBe("unknown");
    expect(zone("Mars/Olympus")).toBe("unknown");
    expect(zone("")).toBe("unknown");
  });
});

test("zoneLabel shows fixed offsets the way people write them, other zones by name", () => {
  expect(zoneLabel("Etc/GMT-7")).toBe("UTC+7");
  expect(zoneLabel("Etc/GMT+3")).toBe("UTC−3");
  expect(zoneLabel("Europe/Moscow")).toBe("Europe/Moscow");
});

test("every Russian zone button names a zone this Node.js knows, at the offset its label says", () => {
  const january = new Date("2026-01-15T12:00:00Z");
  for (const { timeZone, label } of RUSSIAN_ZONES) {
    const offset = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "shortOffset" })
      .formatToParts(january)
      .find((p) => p.type === "timeZoneName")?.value;
    expect(label).toContain(`(${offset?.replace("GMT", "UTC")})`);
  }
});
