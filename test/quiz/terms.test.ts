import { describe, expect, it } from "vitest";
import { asWritten, notATermReason, stemPhrase, termNames } from "../../src/quiz/terms.ts";

describe("notATermReason", () => {
  it("rejects an adjective left after a noun, its noun left out, and accepts nouns that end as adjectives do", () => {
    for (const term of ["признак высокого", "признак низкой", "пример плохого"])
      expect(notATermReason(term), term).toMatch(/adjective whose noun is left out/);
    for (const term of [
      "База данных",
      "Гонка данных",
      "функция над колонкой",
      "Паттерн Состояние",
      "Тестовый сценарий",
      "Сетевой слой",
      "Порождающие (creational)",
    ])
      expect(notATermReason(term), term).toBeUndefined();
  });

  it("accepts names: Latin, Russian, with parentheses or «и»", () => {
    for (const term of [
      "Calico",
      "Kube-router",
      "Секрет",
      "Пакет",
      "Сеть",
      "деплоймент",
      "Политики сетевой безопасности (Network Policies)",
      "Persistent Volumes и Persistent Volume Claims",
      "Horizontal Pod Autoscaler (HPA)",
    ]) {
      expect(notATermReason(term), term).toBeUndefined();
    }
  });

  it("rejects the author's remark about the subject: «главная путаница курса — даты», «частая ошибка — …»", () => {
    for (const term of [
      "Главная путаница курса",
      "Частая ошибка",
      "типичные случаи",
      "моя ошибка",
      "важный момент",
    ])
      expect(notATermReason(term), term).toContain("remark");
    for (const term of ["Горизонтальное масштабирование", "Основы", "Самописный экспортер"])
      expect(notATermReason(term), term).toBeUndefined();
  });

  it("rejects the label of a correction: «поправка: по умолчанию backoffLimit = 6», «поправка про Forbid»", () => {
    for (const term of ["поправка", "Поправка про Forbid", "исправление", "UPD", "апд 12.03"])
      expect(notATermReason(term), term).toContain("correction");
    expect(notATermReason("Поправочный коэффициент")).toBeUndefined();
  });

  it("rejects a pronoun that stands for what was named before: «Оба — набор пар ключ-значение внутри namespace»", () => {
    for (const term of ["Оба", "обе", "Все", "Это"])
      expect(notATermReason(term), term).toContain("named before");
    expect(notATermReason("Оборона")).toBeUndefined();
  });

  it("rejects the mark of a note to self: «FIXME: у gunicorn вроде есть поддержка notify…», «NB», «мое»", () => {
    for (const term of ["FIXME", "мое", "NB", "туду", "XXX"])
      expect(notATermReason(term), term).toContain("note to self");
    expect(notATermReason("Notebook")).toBeUndefined();
  });

  it("rejects what goes on from a line before, numbers a part of the notes or is cut short", () => {
    expect(notATermReason("после нескольких неудач")).toContain("says where or how");
    expect(notATermReason("или async_insert = 1")).toContain("goes on from what was said before");
    expect(notATermReason("часть 1")).toContain("numbers a part");
    expect(notATermReason("Рисунок 2")).toContain("numbers a part");
    expect(notATermReason("напр.")).toContain("cut short");
    // A name that happens to start with a preposition's letters, or holds a number, stays.
    for (const term of ["Подготовка", "HTTP 2", "Вне офиса", "Postgres 16"])
      expect(notATermReason(term), term).toBeUndefined();
  });

  it("rejects property labels, phrases with a verb and descriptions", () => {
    expect(notATermReason("Особенности")).toContain("labels a property");
    expect(notATermReason("Модель маршрутизации")).toContain("labels a property");
    // «– минус: память вернется, только когда…»: one side of pros and cons, no thing.
    expect(notATermReason("минус")).toContain("labels a property");
    expect(notATermReason("Плюс")).toContain("labels a property");
    expect(notATermReason("Тут я тыкался")).toContain("«тыкался»");
    expect(notATermReason("Kubernetes позволяет интегрировать")).toContain("has a verb");
    expect(notATermReason("тронул отложенное поле")).toContain("has a verb");
    expect(notATermReason("дернули ручку")).toContain("has a verb");
    expect(notATermReason("модули ядра")).toBeUndefined();
    expect(notATermReason("формула Байеса")).toBeUndefined();
    // «Пример advice», «Плюсы pull»: which property of a thing follows, not the thing.
    expect(notATermReason("Пример advice")).toContain("labels a property of what follows");
    expect(notATermReason("Плюсы pull")).toContain("labels a property of what follows");
    expect(notATermReason("Параметры server")).toContain("labels a property of what follows");
    expect(notATermReason("трюк")).toContain("labels a property");
    expect(notATermReason("вывод команды")).toBeUndefined();
    expect(notATermReason("401 vs 403")).toContain("compares two things");
    expect(notATermReason("Kafka vs RabbitMQ")).toContain("compares two things");
    expect(notATermReason("использование памяти")).toBeUndefined();
    // «Руками: хинт …» among the ways to broadcast says how, not what.
    expect(notATermReason("Руками")).toContain("says how");
    expect(notATermReason("Интеграция с внешними сетями")).toContain("describes something");
    expect(notATermReason("Нет maxmemory")).toContain("statement");
    expect(notATermReason("без TTL")).toContain("statement");
    // A cache-aside step «3. нет (cache miss) — идём в базу» names no thing «нет»; the policy «no» is a name.
    expect(notATermReason("нет (cache miss)")).toContain("statement");
    expect(notATermReason("no")).toBeUndefined();
    expect(notATermReason("Зачем")).toContain("asks a question");
    expect(notATermReason("Как бороться")).toContain("asks a question");
    // «Если ключи — целые числа…» says when something holds; it names nothing.
    expect(notATermReason("Если ключи")).toContain("opens a clause");
    expect(notATermReason("If the queue")).toContain("opens a clause");
    // «prefetch: 1 — для тяжелых, сотни — для быстрых»: a number, not a thing.
    expect(notATermReason("сотни")).toContain("is a number");
    // «Последнее — наблюдаемость», «Второе — ретраи»: a lecturer numbering points names none of them.
    expect(notATermReason("Последнее")).toContain("numbers a point");
    expect(notATermReason("второе")).toContain("numbers a point");
    expect(notATermReason("во-первых")).toContain("numbers a point");
    expect(notATermReason("Пятница")).toBeUndefined();
    // «Режимы: enforce — …; audit — …»: the label of the kinds listed after it; «Режимы (modes)» heads a section.
    expect(notATermReason("Режимы")).toContain("labels the kinds");
    expect(notATermReason("Режимы (modes)")).toBeUndefined();
    expect(notATermReason("finally")).toBeUndefined();
    // «в URL: /v1/users — …» says where; «ничего не подошло — default_server» says what did not happen.
    expect(notATermReason("в URL")).toContain("says where or how");
    expect(notATermReason("ничего не подошло")).toContain("statement");
    expect(notATermReason("ответа нет вообще")).toContain("statement");
    expect(notATermReason("Поэтому порядок важен")).toContain("goes on from");
    expect(notATermReason("Ingress")).toBeUndefined();
  });
});

describe("termNames", () => {
  it("gives a term's names, its parenthesised ones too, but no name of one letter", () => {
    const names = termNames("extra vars (-e)", []);
    expect([...names.forms]).toEqual([stemPhrase("extra vars (-e)"), stemPhrase("extra vars")]);
    expect(names.spellings).not.toContain("-e");
    expect(termNames("Сервисы (Services)", []).spellings).toContain("Services");
    // A term that stems to one letter is still its own name (fast-check found «aed», which stems to «a»).
    expect([...termNames("aed", []).forms]).toEqual([stemPhrase("aed")]);
  });

  it("takes brackets that open with a function word for a remark, no other name: «prefork (по умолчанию)»", () => {
    expect(termNames("prefork (по умолчанию)", []).spellings).toEqual(["prefork (по умолчанию)", "prefork"]);
    expect(termNames("retries (for example, on timeouts)", []).spellings).not.toContain(
      "for example, on timeouts",
    );
    expect(termNames("TTL (time to live)", []).spellings).toContain("time to live");
    expect(termNames("бэкенд результатов (result backend)", []).spellings).toContain("result backend");
  });

  it("takes brackets right after a word for a call's arguments, no other name: «synchronizedMap(map)»", () => {
    expect(termNames("Collections.synchronizedMap(map)", []).spellings).not.toContain("map");
    expect(termNames("allOf(...)", []).spellings).not.toContain("...");
  });
});

describe("asWritten", () => {
  it("writes a name a heading shouts as the text writes it, or in lower case; keeps acronyms and mixed case", () => {
    const text = "constexpr int kSize = 16; — константа. UB (уб) — стандарт ничего не гарантирует.";
    expect(asWritten("CONSTEXPR", text)).toBe("constexpr");
    expect(asWritten("НЕОПРЕДЕЛЕННОЕ ПОВЕДЕНИЕ (UB)", text)).toBe("неопределенное поведение (UB)");
    expect(asWritten("ПОТОКИ И МЬЮТЕКСЫ", text)).toBe("потоки и мьютексы");
    expect(asWritten("ClusterIP", text)).toBe("ClusterIP");
    expect(asWritten("TCP", text)).toBe("TCP");
  });
});
