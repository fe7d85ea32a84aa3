import { readdir, readFile } from "node:fs/promises";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Analyzer, createAnalyzer } from "../../src/search/analyzer.ts";
import {
  firstWords,
  makeSnippet,
  PREVIEW_CHARS,
  previewOf,
  SNIPPET_CHARS,
  sectionName,
  units,
} from "../../src/search/snippet.ts";
import type { Snippet } from "../../src/search/types.ts";
import { passage, prose } from "../helpers/fixtures.ts";

const analyzer = createAnalyzer([["pod", "под", "поды"]]);
const weightsFor = (query: string, a: Analyzer = analyzer) => new Map(a.terms(query).map((t) => [t, 1]));
const blockText = (b: Snippet["blocks"][number]) => b.segments.map((s) => s.text).join("");
type Unit = ReturnType<typeof units>[number];

/**
 * Finds which units of the passage each snippet block is made of, failing the test when a block is not a
 * contiguous run of whole units (prose joined by a space, list items and short lines by a line break) or a run of whole lines
 * of one code block. Returns the indexes of the units used, in order.
 */
function unitsUsed(markdown: string, snippet: Snippet): number[] {
  const all = units(markdown);
  const used: number[] = [];
  let from = 0;
  for (const block of snippet.blocks) {
    const text = blockText(block);
    let found = false;
    for (let i = from; i < all.length && !found; i++) {
      const first = all[i] as Unit;
      if (first.code !== block.code) continue;
      if (block.code) {
        const lines = first.text.split("\n");
        const wanted = text.split("\n");
        for (let l = 0; l + wanted.length <= lines.length && !found; l++) {
          if (lines.slice(l, l + wanted.length).join("\n") === text) found = true;
        }
        if (found) used.push(i);
        from = i + 1;
        continue;
      }
      let joined = first.text;
      const run = [i];
      for (let k = i + 1; joined.length < text.length && k < all.length; k++) {
        const next = all[k] as Unit;
        if (next.code || next.block !== first.block) break;
        joined += (next.ownLine ? "\n" : " ") + next.text;
        run.push(k);
      }
      if (joined === text) {
        found = true;
        used.push(...run);
        from = (run.at(-1) as number) + 1;
      }
    }
    expect(found, `snippet block is not made of whole units: ${JSON.stringify(text)}`).toBe(true);
  }
  for (let i = 1; i < used.length; i++) expect(used[i]).toBe((used[i - 1] as number) + 1);
  return used;
}

/** The size rule of makeSnippet: prose counts in full, a code block half (capped); only a lone unit may exceed. */
function expectWithinBudget(markdown: string, snippet: Snippet): void {
  const all = units(markdown);
  const used = unitsUsed(markdown, snippet);
  if (used.length <= 1) return;
  const size = used
    .map((i) => all[i] as Unit)
    .reduce((sum, u) => sum + (u.code ? Math.min(u.text.length, SNIPPET_CHARS) / 2 : u.text.length), 0);
  expect(size).toBeLessThanOrEqual(SNIPPET_CHARS);
}

const sentence = (n: number, word: string) =>
  `Предложение номер ${n} рассказывает про ${word} и ещё немного про другие вещи кластера.`;

describe("units", () => {
  it("splits prose into sentences, lists into items and keeps code blocks whole", () => {
    const md = [
      "Первое предложение. Второе предложение! «Третье» в кавычках?",
      "- пункт один\n- пункт **два**",
      "```yaml\napiVersion: v1\nkind: Pod\n\nspec: {}\n```",
      "Текст с `kubectl` внутри.",
    ].join("\n\n");
    expect(units(md)).toEqual([
      { text: "Первое предложение.", code: false, block: 0 },
      { text: "Второе предложение!", code: false, block: 0 },
      { text: "«Третье» в кавычках?", code: false, block: 0 },
      { text: "• пункт один", code: false, block: 1, ownLine: true },
      { text: "• пункт два", code: false, block: 1, ownLine: true },
      { text: "apiVersion: v1\nkind: Pod\n\nspec: {}", code: true, block: 2 },
      { text: "Текст с kubectl внутри.", code: false, block: 3 },
    ]);
  });

  it("takes a table's rows for items, each naming its columns", () => {
    const md = "| Проба | При провале |\n|---|---|\n| liveness | рестарт |\n| readiness | без трафика |";
    expect(units(md).map((u) => u.text)).toEqual([
      "• liveness — При провале: рестарт",
      "• readiness — При провале: без трафика",
    ]);
    // …also right under a list, no blank line between them, as a structured Word document's table comes.
    const under = `Инструменты ЦБ:\n• ключевая ставка\n${md}\nПосле таблицы.`;
    expect(units(under).map((u) => u.text)).toEqual([
      "Инструменты ЦБ:",
      "• ключевая ставка",
      "• liveness — При провале: рестарт",
      "• readiness — При провале: без трафика",
      "После таблицы.",
    ]);
  });

  it("joins wrapped lines of a paragraph", () => {
    expect(units("Строка один\nпродолжается тут.").map((u) => u.text)).toEqual([
      "Строка один продолжается тут.",
    ]);
  });

  it("starts a line of its own with each line of notes typed along a video, its time first", () => {
    const timed = [
      "[00:40:20] аффинити — под притягивается к нодам. taint наоборот: нода отталкивает поды",
      "[00:40:45] taint вешают на ноду в виде key=value:effect. toleration в поде значит я терплю тейнт",
      "[00:41:50] снять — тот же тейнт с минусом на конце, как и метку: минус после эффекта",
    ].join("\n");
    expect(
      units(timed)
        .filter((u) => u.text.startsWith("["))
        .map((u) => u.ownLine === true),
    ).toEqual([false, true, true]);
  });

  it("keeps a paragraph of short lines line by line: a list whose bullets were lost, a checklist", () => {
    const lost = "В деплойменте указываются:\n\nРеплики\nШаблон пода\nСтратегия обновления\nметки, аннотации";
    expect(units(lost).map((u) => [u.text, u.ownLine === true])).toEqual([
      ["В деплойменте указываются:", false],
      ["Реплики", true],
      ["Шаблон пода", true],
      ["Стратегия обновления", true],
      ["метки, аннотации", true],
    ]);
    // …and shows them so: each on a line of its own, not run together as wrapped prose.
    expect(makeSnippet(lost, analyzer, weightsFor("шаблон")).blocks.map(blockText)).toEqual([
      "В деплойменте указываются:",
      "Реплики\nШаблон пода\nСтратегия обновления\nметки, аннотации",
    ]);
    // Two lines, or lines as long as wrapped prose's, are one paragraph still.
    expect(units("Автоскейлинг в Kubernetes: HPA, VPA, Cluster\nAutoscaler, KEDA")).toHaveLength(1);
    const wrapped = [
      "Деплоймент описывает желаемое состояние приложения и сам",
      "создает репликасеты, которые держат нужное число подов, и",
      "плавно выкатывает новую версию, не останавливая старую сразу.",
    ].join("\n");
    expect(units(wrapped).map((u) => u.text)).toEqual([wrapped.replace(/\n/g, " ")]);
  });

  it("keeps lines typed one by one on lines of their own, and joins lines wrapped at a width", () => {
    const typed = [
      "Причины: затяжная война, очереди за хлебом в Петрограде.",
      "23 февраля 1917 – забастовки и демонстрации в Петрограде",
      "2 марта 1917 – Николай II отрекается от престола. Конец монархии.",
      "ДВОЕВЛАСТИЕ – одновременно две власти: Временное правительство (Львов, потом Керенский) и Петросовет (рабочие и солдаты)",
      "Апрель 1917 – Ленин возвращается, «Апрельские тезисы»",
      "Август 1917 – мятеж Корнилова, подавлен, большевики",
      "усилились",
    ].join("\n");
    expect(makeSnippet(typed, analyzer, weightsFor("двоевластие")).blocks.map(blockText)).toEqual([
      [
        "Причины: затяжная война, очереди за хлебом в Петрограде.",
        "23 февраля 1917 – забастовки и демонстрации в Петрограде",
        "2 марта 1917 – Николай II отрекается от престола. Конец монархии.",
        "ДВОЕВЛАСТИЕ – одновременно две власти: Временное правительство (Львов, потом Керенский) и Петросовет (рабочие и солдаты)",
        "Апрель 1917 – Ленин возвращается, «Апрельские тезисы»",
        "Август 1917 – мятеж Корнилова, подавлен, большевики усилились",
      ].join("\n"),
    ]);
    // Lines an editor wrapped reach nearly the same width: they are one paragraph, whatever their words start with.
    const wrapped = [
      "Сервис в Kubernetes дает набору подов одно стабильное имя и адрес, чтобы",
      "Deployment мог пересоздавать поды как угодно, а клиенты этого не замечали.",
      "Поды находит по меткам селектора, трафик балансирует kube-proxy на ноде.",
    ].join("\n");
    expect(makeSnippet(wrapped, analyzer, weightsFor("сервис")).blocks.map(blockText)).toEqual([
      wrapped.replace(/\n/g, " "),
    ]);
  });

  it("reads a paragraph of a pasted log, hundreds of thousands of lines long, without failing", () => {
    const line = (i: number) =>
      `строка ${i} лога: под перезапущен на ноде после ошибки, ждем готовности контейнера`;
    const log = Array.from({ length: 200_000 }, (_, i) => line(i)).join("\n");
    expect(
      units(log)
        .map((u) => u.text)
        .join(" "),
    ).toContain(line(199_999));
  });

  it("does not split at abbreviations followed by lower case", () => {
    expect(units("Например, т.е. так и т.д. всё одно предложение.")).toHaveLength(1);
  });

  it("does not split at an abbreviation a number or a name follows: «(ст. 140)», «п. 3», «см. SRP»", () => {
    const law =
      "Расчет в день увольнения (ст. 140) — зп и компенсация. Срок — по п. 3 ч. 1 ст. 77. См. рис. 2.";
    expect(units(law).map((u) => u.text)).toEqual([
      "Расчет в день увольнения (ст. 140) — зп и компенсация.",
      "Срок — по п. 3 ч. 1 ст. 77.",
      "См. рис. 2.",
    ]);
    expect(units("Про интерфейсы см. SRP выше. Он про классы.")).toHaveLength(2);
  });

  it("sets a list item among prose on a line of its own, whole, and the prose after it on the next", () => {
    const word = [
      "Работодатель обязан:",
      "2. Предлагать все вакансии; уволить можно, только если перевести некуда.",
      "•\tНельзя сократить беременную (ст. 261). С согласия",
      "можно уйти раньше.",
      "Кто остается: у кого выше квалификация. Мое: часто предлагают соглашение.",
    ].join("\n");
    expect(units(word).map((u) => [u.text, u.ownLine === true])).toEqual([
      ["Работодатель обязан:", false],
      ["2. Предлагать все вакансии; уволить можно, только если перевести некуда.", true],
      ["• Нельзя сократить беременную (ст. 261). С согласия можно уйти раньше.", true],
      ["Кто остается: у кого выше квалификация.", true],
      ["Мое: часто предлагают соглашение.", false],
    ]);
    expect(makeSnippet(word, analyzer, weightsFor("сократить")).blocks.map(blockText)).toEqual([
      [
        "Работодатель обязан:",
        "2. Предлагать все вакансии; уволить можно, только если перевести некуда.",
        "• Нельзя сократить беременную (ст. 261). С согласия можно уйти раньше.",
        "Кто остается: у кого выше квалификация. Мое: часто предлагают соглашение.",
      ].join("\n"),
    ]);
  });

  it("sets a lettered item («a)», «б)») on a line of its own, as a numbered one, though the lines are wrapped", () => {
    const lettered = [
      "Причины, которые встречал чаще всего на проде, когда нода внезапно уходит в NotReady:",
      "a) kubelet не стартует из-за swap, в логе ругань про swap и failSwapOn включен,",
      "лечится swapoff -a и правкой fstab, после чего kubelet надо перезапустить.",
      "б) не совпадает cgroup driver у kubelet и containerd, поды рестартуют постоянно.",
    ].join("\n");
    expect(units(lettered).map((u) => [u.text, u.ownLine === true])).toEqual([
      ["Причины, которые встречал чаще всего на проде, когда нода внезапно уходит в NotReady:", false],
      [
        "a) kubelet не стартует из-за swap, в логе ругань про swap и failSwapOn включен, лечится swapoff -a и правкой fstab, после чего kubelet надо перезапустить.",
        true,
      ],
      ["б) не совпадает cgroup driver у kubelet и containerd, поды рестартуют постоянно.", true],
    ]);
  });

  it("sets a command among prose on a line of its own: a slide's bullet over the commands it speaks of", () => {
    const slide = [
      "• Правила iptables живут только в памяти ядра — после ребута их НЕТ",
      "iptables-save > /etc/iptables/rules.v4",
      "ip6tables-save > /etc/iptables/rules.v6",
      "Их подгружает при старте пакет iptables-persistent.",
    ].join("\n");
    expect(units(slide).map((u) => [u.text, u.ownLine === true])).toEqual([
      ["• Правила iptables живут только в памяти ядра — после ребута их НЕТ", true],
      ["iptables-save > /etc/iptables/rules.v4", true],
      ["ip6tables-save > /etc/iptables/rules.v6", true],
      ["Их подгружает при старте пакет iptables-persistent.", true],
    ]);
    // A flag in capitals is a flag too: «conntrack -L».
    const flag = [
      "• Таблицу соединений, которую ядро ведёт для stateful-фильтрации, смотрят так:",
      "conntrack -L",
      "Переполнилась — в dmesg будет table full, и пакеты новых соединений теряются.",
    ];
    expect(units(flag.join("\n")).map((u) => u.text)).toEqual(flag);
    // A line of English words with no code's marks goes on with the item, as a wrapped line does.
    expect(units("• Sticky sessions keep a client\non one backend").map((u) => u.text)).toEqual([
      "• Sticky sessions keep a client on one backend",
    ]);
  });

  it("reads a bullet typed as a character, with a tab after it, as a list item: Word's and a PDF's text", () => {
    const word =
      "•\tНельзя сократить беременную.\n•\tС согласия можно уйти раньше.\n●  Пособие положено.\no\tИ доплата.";
    expect(units(word).map((u) => u.text)).toEqual([
      "• Нельзя сократить беременную.",
      "• С согласия можно уйти раньше.",
      "• Пособие положено.",
      "• И доплата.",
    ]);
  });
});

describe("makeSnippet", () => {
  it("is empty for an empty passage", () => {
    expect(makeSnippet("", analyzer, weightsFor("под"))).toEqual({ blocks: [], truncated: false });
  });

  it("shows a short passage whole", () => {
    const md = "Под это минимальная единица. Он живёт на ноде.";
    const snippet = makeSnippet(md, analyzer, weightsFor("под"));
    expect(snippet.truncated).toBe(false);
    expect(snippet.blocks.map(blockText)).toEqual([md]);
  });

  it("shows prose that fits whole, though its best sentence is in a later paragraph", () => {
    // An answer pasted from a chat: the steps first, then the tips that say the word asked.
    const md = [
      "Самый распространённый паттерн — cache-aside:",
      "1. ищем значение по ключу\n2. нашли — отдаём\n3. нет — идём в базу",
      "Советы: всегда ставьте TTL на ключи кэша.",
    ].join("\n\n");
    const snippet = makeSnippet(md, analyzer, weightsFor("кэша"));
    expect(snippet.truncated).toBe(false);
    expect(snippet.blocks.map(blockText).join("\n")).toMatch(/^Самый распространённый[\s\S]*ключи кэша\.$/u);
    // With a code block, the snippet keeps to the best part: a dump of YAML is rarely what was asked.
    const withCode = `Вступление про ноды.\n\n\`\`\`yaml\nkind: Node\n\`\`\`\n\nСоветы: ставьте TTL на ключи кэша.`;
    expect(makeSnippet(withCode, analyzer, weightsFor("кэша")).truncated).toBe(true);
  });

  it("picks whole sentences around the best one in a long passage, within the budget", () => {
    const sentences = Array.from({ length: 30 }, (_, i) => sentence(i, i === 17 ? "ингресс" : "сервисы"));
    const md = sentences.join(" ");
    const snippet = makeSnippet(md, analyzer, weightsFor("ингресс"));
    expect(snippet.truncated).toBe(true);
    const text = snippet.blocks.map(blockText).join("\n");
    expect(text).toContain(sentences[17]);
    expect(text.length).toBeLessThanOrEqual(SNIPPET_CHARS + sentences.length);
    expect(text.startsWith("Предложение номер")).toBe(true);
    expect(text.endsWith("кластера.")).toBe(true);
    expectWithinBudget(md, snippet);
  });

  it("shows a code block whole together with its lead-in sentence", () => {
    const md = [
      Array.from({ length: 12 }, (_, i) => sentence(i, "ноды")).join(" "),
      "Мы можем пометить ноду, чтобы на ней размещались только определенные поды. Делается это так:",
      "```bash\nkubectl label nodes k8s-ingress-1 nodeType=ingress\n```",
      Array.from({ length: 12 }, (_, i) => sentence(i + 20, "сервисы")).join(" "),
    ].join("\n\n");
    const snippet = makeSnippet(md, analyzer, weightsFor("kubectl label"));
    const code = snippet.blocks.find((b) => b.code);
    expect(code && blockText(code)).toBe("kubectl label nodes k8s-ingress-1 nodeType=ingress");
    const before = snippet.blocks[snippet.blocks.indexOf(code as never) - 1];
    expect(before && blockText(before)).toMatch(/Делается это так:$/);
    expect(snippet.truncated).toBe(true);
    expectWithinBudget(md, snippet);
  });

  it("pulls the code block in when the lead-in sentence is the best match", () => {
    const md = [
      Array.from({ length: 12 }, (_, i) => sentence(i, "ноды")).join(" "),
      "Чтобы повесить теинт, делается это так:",
      "```bash\nkubectl taint nodes k8s-ingress-1 ingress-taint=true:NoSchedule\n```",
      Array.from({ length: 12 }, (_, i) => sentence(i + 20, "ноды")).join(" "),
    ].join("\n\n");
    const snippet = makeSnippet(md, analyzer, weightsFor("повесить теинт"));
    expect(snippet.blocks.some((b) => b.code && blockText(b).startsWith("kubectl taint nodes"))).toBe(true);
  });

  it("brings a how-to's command along when the best sentence only speaks of it", () => {
    const md = [
      "С Java 9 логи пишет единый логгинг:",
      "```bash\njava -Xlog:gc*:file=gc.log -jar app.jar\n```",
      "В Java 8 флаги были другие. Логи сборщика на проде включать всегда, оверхед копеечный.",
    ].join("\n\n");
    const weights = weightsFor("как включить логи сборщика");
    // A snippet for any question shows the sentence that matched…
    expect(makeSnippet(md, analyzer, weights).blocks.some((b) => b.code)).toBe(false);
    // …and a how-to's the command too, with what leads into it, as whole units.
    const howto = makeSnippet(md, analyzer, weights, { code: true });
    expect(howto.blocks.map(blockText)).toEqual([
      "С Java 9 логи пишет единый логгинг:",
      "java -Xlog:gc*:file=gc.log -jar app.jar",
      "В Java 8 флаги были другие. Логи сборщика на проде включать всегда, оверхед копеечный.",
    ]);
    unitsUsed(md, howto);
  });

  it("starts a definition's snippet where the passage starts, not at the sentence that names the thing again", () => {
    const md = [
      "Каждая команда записи дописывается в конец лога, при старте редис проигрывает лог.",
      "```conf\nappendonly yes\n```",
      `${"Лог растет бесконечно, а переписывается в фоне. ".repeat(12)}С Redis 7 AOF это папка appendonlydir.`,
    ].join("\n\n");
    const first = (options: { opening?: boolean }) =>
      blockText(makeSnippet(md, analyzer, weightsFor("aof"), options).blocks[0] as Snippet["blocks"][number]);
    expect(first({})).not.toMatch(/^Каждая команда/u);
    expect(first({ opening: true })).toMatch(/^Каждая команда записи дописывается/u);
  });

  it("shows an over-long sentence alone rather than cutting it", () => {
    const long = `Очень длинное предложение про под ${"и ещё слова ".repeat(80)}конец.`;
    const md = `${sentence(1, "сервисы")} ${long} ${sentence(2, "сервисы")}`;
    const snippet = makeSnippet(md, analyzer, weightsFor("под"));
    expect(snippet.blocks.map(blockText)).toEqual([long]);
    expect(snippet.truncated).toBe(true);
  });

  it("clips a far too long code block to whole lines around its best line", () => {
    const lines = Array.from({ length: 120 }, (_, i) => `  key${i}: value${i}`);
    lines[80] = "  nodeSelector: ingress";
    const md = `\`\`\`yaml\n${lines.join("\n")}\n\`\`\``;
    const snippet = makeSnippet(md, analyzer, weightsFor("nodeSelector"));
    const [code] = snippet.blocks;
    expect(code?.code).toBe(true);
    expect(code && blockText(code)).toContain("nodeSelector: ingress");
    expect(code && blockText(code).length).toBeLessThanOrEqual(SNIPPET_CHARS);
    expect(snippet.truncated).toBe(true);
    unitsUsed(md, snippet);
  });

  it("marks every word that analyses to a query term, in any inflection, and nothing else", () => {
    const md = "Поды живут на нодах. Под это группа контейнеров. Подам нужен сервис.";
    const snippet = makeSnippet(md, analyzer, weightsFor("pod"));
    const marked = snippet.blocks.flatMap((b) => b.segments.filter((s) => s.mark).map((s) => s.text));
    expect(marked).toEqual(["Поды", "Под", "Подам"]);
  });

  it("marks an identifier by its parts", () => {
    const snippet = makeSnippet("Поставьте nodeSelector в манифест.", analyzer, weightsFor("selector"));
    const marked = snippet.blocks.flatMap((b) => b.segments.filter((s) => s.mark).map((s) => s.text));
    expect(marked).toEqual(["nodeSelector"]);
  });

  it("drops emphasis and inline-code markers, and renders list markers as bullets", () => {
    const snippet = makeSnippet("**Важно:** `kubectl` тут.\n\n- раз\n- два", analyzer, weightsFor("kubectl"));
    expect(snippet.blocks.map(blockText)).toEqual(["Важно: kubectl тут.", "• раз\n• два"]);
  });

  it("keeps to the budget on every passage of the real notes", async () => {
    const dir = new URL("../../knowledge/", import.meta.url);
    const files = (await readdir(dir)).filter((f) => f.endsWith(".md"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const md = await readFile(new URL(file, dir), "utf8");
      const body = md.replace(/^---[\s\S]*?\n---\n/, "");
      for (const section of body.split(/^#+ .*$/m)) {
        for (const query of ["под", "kubectl", "ingress", "сервис", "нода"]) {
          expectWithinBudget(section, makeSnippet(section, analyzer, weightsFor(query)));
        }
      }
    }
  });
});

describe("makeSnippet properties", () => {
  const vocabulary = [
    "под",
    "поды",
    "ingress",
    "kubectl",
    "нода",
    "сервис",
    "кластер",
    "и",
    "на",
    "в",
    "это",
  ];
  const word = fc.oneof(
    fc.constantFrom(...vocabulary),
    fc.string({ unit: fc.constantFrom(..."абвгдxyz"), minLength: 1, maxLength: 8 }),
  );
  const sentenceArb = fc
    .tuple(fc.array(word, { minLength: 1, maxLength: 25 }), fc.constantFrom(".", "!", "?", ":", ""))
    .map(([ws, end]) => {
      const s = ws.join(" ");
      return `${s[0]?.toUpperCase()}${s.slice(1)}${end}`;
    });
  const paragraph = fc.array(sentenceArb, { minLength: 1, maxLength: 12 }).map((ss) => ss.join(" "));
  const list = fc
    .array(sentenceArb, { minLength: 1, maxLength: 5 })
    .map((ss) => ss.map((s) => `- ${s}`).join("\n"));
  const code = fc
    .array(
      fc.array(word, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(" ")),
      { minLength: 1, maxLength: 60 },
    )
    .map((lines) => `\`\`\`\n${lines.join("\n")}\n\`\`\``);
  const markdown = fc
    .array(fc.oneof(paragraph, paragraph, list, code), { minLength: 1, maxLength: 10 })
    .map((bs) => bs.join("\n\n"));
  const query = fc.array(fc.constantFrom(...vocabulary, "zzz"), { maxLength: 4 }).map((ws) => ws.join(" "));

  /** The source as displayed: list markers as bullets, white space collapsed. */
  const rendered = (md: string) => md.replace(/^- /gm, "• ").replace(/\s+/g, " ");

  it("invents no characters: every block is whole units of the source, within the budget", () => {
    fc.assert(
      fc.property(markdown, query, (md, q) => {
        const snippet = makeSnippet(md, analyzer, weightsFor(q));
        expectWithinBudget(md, snippet);
        const source = rendered(md);
        for (const block of snippet.blocks) {
          const text = blockText(block);
          if (block.code) expect(md).toContain(text);
          else expect(source).toContain(text.replace(/\s+/g, " "));
          expect(block.segments.every((s) => s.text.length > 0)).toBe(true);
        }
        const shown = snippet.blocks.length;
        if (!snippet.truncated) expect(unitsUsed(md, snippet)).toHaveLength(units(md).length);
        expect(shown).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("marks exactly the words whose term is a query term", () => {
    fc.assert(
      fc.property(markdown, query, (md, q) => {
        const weights = weightsFor(q);
        const snippet = makeSnippet(md, analyzer, weights);
        for (const block of snippet.blocks) {
          for (const s of block.segments) {
            const tokens = analyzer.tokens(s.text);
            const hits = tokens.filter(
              (t) => (t.term !== undefined && weights.has(t.term)) || t.parts.some((p) => weights.has(p)),
            );
            if (s.mark) expect(tokens.length === 1 && hits.length === 1).toBe(true);
            else expect(hits).toEqual([]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("firstWords", () => {
  it("reads the passage's opening as plain text, without Markdown markers", () => {
    expect(
      firstWords(
        passage(`## Заголовок\n\n**Сервис** — это \`abstraction\` над подами. ${"Ещё ".repeat(50)}`),
        40,
      ),
    ).toBe("Заголовок Сервис — это abstraction над …");
  });

  it("names a passage by its own heading, or by its first words in «» when it has none", () => {
    expect(sectionName(passage("Текст.", { headingPath: ["Сеть", "Поды в сети"] }))).toBe("Поды в сети");
    expect(sectionName(passage("Описание того, что куда проксировать.", { headingPath: [] }), 20)).toBe(
      "«Описание того, чт…»",
    );
  });
});

describe("previewOf", () => {
  const shown = (snippet: Snippet, max?: number) =>
    previewOf(snippet, max)
      .segments.map((s) => (s.mark ? `[${s.text}]` : s.text))
      .join("");

  it("shows the sentence with the most matched words, the first of them on a tie", () => {
    const snippet = prose(
      "Цель: управлять [[приложением]]. Деплойменты умеют [[откат]] на прошлую [[версию]]. Ещё про [[версии]] и [[откат]].",
    );
    expect(shown(snippet)).toBe("Деплойменты умеют [откат] на прошлую [версию].");
    expect(previewOf(snippet).code).toBe(false);
  });

  it("ends a sentence where units do, not at an abbreviation a number follows", () => {
    const snippet = prose("Отпуск — 28 календарных [[дней]] (ст. 115). Переносится по заявлению.");
    expect(shown(snippet)).toBe("Отпуск — 28 календарных [дней] (ст. 115).");
  });

  it("leaves out a list item's bullet", () => {
    expect(shown(prose("• Цель: держать [[поды]] живыми."))).toBe("Цель: держать [поды] живыми.");
  });

  it("cuts a long sentence around its first matched word, at spaces, and says where with «…»", () => {
    const long = `${"слово ".repeat(30)}[[ключ]] ${"хвост ".repeat(40)}конец.`;
    const text = shown(prose(long), 60);
    expect(text).toMatch(/^…(?:слово )+\[ключ\] (?:хвост ?)+ …$/);
    expect(text.replace(/[[\]]/g, "").length).toBeLessThanOrEqual(60 + 3);
  });

  it("shows a code line when the snippet is only code, and nothing for an empty one", () => {
    const code: Snippet = {
      blocks: [
        {
          code: true,
          segments: [{ text: "helm repo add hello https://x\nhelm install my hello/hello", mark: false }],
        },
      ],
      truncated: false,
    };
    expect(previewOf(code)).toEqual({
      segments: [{ text: "helm repo add hello https://x", mark: false }],
      code: true,
    });
    expect(previewOf({ blocks: [], truncated: false })).toEqual({ segments: [], code: false });
  });

  it("never cuts an emoji in half, even in a sentence with no space to cut at", () => {
    const text = shown(prose(`[[ключ]]${"😀".repeat(100)}`), 61);
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u);
    expect(text.endsWith(" …")).toBe(true);
  });

  it("is a piece of the snippet, within its length, whatever the snippet", () => {
    // Words, spaces, sentence ends, line breaks and emoji (two UTF-16 units), long enough to be cut.
    const unit = fc.constantFrom("слово", "ключ", " ", ". ", "\n", "😀", "x");
    const segment = fc.record({ text: fc.string({ unit, minLength: 1, maxLength: 60 }), mark: fc.boolean() });
    const block = fc.record({
      code: fc.boolean(),
      segments: fc.array(segment, { minLength: 1, maxLength: 8 }),
    });
    fc.assert(
      fc.property(fc.array(block, { maxLength: 4 }), (blocks) => {
        const snippet: Snippet = { blocks, truncated: false };
        const { segments } = previewOf(snippet);
        const text = segments.map((s) => s.text).join("");
        const bare = text.replace(/^…/u, "").replace(/ …$/u, "");
        expect(bare.length).toBeLessThanOrEqual(PREVIEW_CHARS);
        const texts = blocks.map((b) => b.segments.map((s) => s.text).join(""));
        if (bare !== "") expect(texts.some((t) => t.includes(bare))).toBe(true);
        // No lone half of a surrogate pair at a cut.
        expect(bare).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u);
      }),
      { numRuns: 300 },
    );
  });
});
