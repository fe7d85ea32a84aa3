import { existsSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Glossary, Passage } from "../../src/knowledge/types.ts";
import { findDefinitions, generateCards } from "../../src/quiz/generate.ts";
import { stemWord, termNames } from "../../src/quiz/terms.ts";
import type { Card } from "../../src/quiz/types.ts";

function passage(
  id: string,
  text: string,
  headingPath: string[] = ["Раздел"],
  topicId = "services",
): Passage {
  return { id, topicId, topicTitle: "Тема", headingPath, text, file: `${topicId}.md`, order: 0 };
}

const serviceTypes = passage(
  "services#1",
  [
    "Основные типы сервисов в Kubernetes:",
    "",
    "1. ClusterIP: Этот тип сервиса создает внутренний IP-адрес, который доступен только",
    "внутри кластера Kubernetes.",
    "",
    "2. NodePort: Сервис типа NodePort открывает порт на каждом узле кластера.",
    "",
    "3. LoadBalancer: Тип сервиса LoadBalancer позволяет создать балансировщик нагрузки на облачном провайдере.",
    "",
    "4. ExternalName: Этот тип сервиса предоставляет внешний DNS-именованный доступ к внешним службам.",
  ].join("\n"),
);

const glossary: Glossary = [
  ["loadbalancer", "load balancer", "балансировщик нагрузки", "балансировщик"],
  ["deployment", "деплоймент", "деплой"],
  ["pod", "под", "pods", "поды"],
];

/** The rules every generated card keeps, whatever the notes say. */
function expectWellFormed(card: Card, glossaryUsed: Glossary) {
  const answer = card.options[card.correctIndex];
  expect(answer, card.question).toBeDefined();
  expect(card.options.length).toBeGreaterThanOrEqual(3);
  expect(card.options.length).toBeLessThanOrEqual(4);
  const lower = card.options.map((o) => o.toLowerCase());
  expect(new Set(lower).size, "no duplicate options").toBe(lower.length);
  const names = termNames(answer ?? "", glossaryUsed);
  for (const [i, option] of card.options.entries()) {
    if (i === card.correctIndex) continue;
    const other = termNames(option, glossaryUsed);
    expect(
      [...other.forms].some((f) => names.forms.has(f)),
      `${option} is a synonym of ${answer}`,
    ).toBe(false);
  }
  const questionStems = new Set(Array.from(card.question.matchAll(/[\p{L}\p{N}]+/gu), (m) => stemWord(m[0])));
  for (const form of names.forms) {
    if (!form.includes(" ")) expect(questionStems.has(form), `question names «${form}»`).toBe(false);
  }
  expect(card.question.toLowerCase()).not.toContain((answer ?? "").toLowerCase());
  expect(card.question.length).toBeLessThanOrEqual(300);
  expect(card.explanation.length).toBeLessThanOrEqual(200);
  expect(card.origin).toBe("generated");
}

describe("findDefinitions", () => {
  it("finds numbered «Term: definition» items with their continuation lines", () => {
    const found = findDefinitions([serviceTypes]);
    expect(found.map((d) => d.term)).toEqual(["ClusterIP", "NodePort", "LoadBalancer", "ExternalName"]);
    expect(found[0]?.definition).toBe(
      "Этот тип сервиса создает внутренний IP-адрес, который доступен только внутри кластера Kubernetes.",
    );
    expect(new Set(found.map((d) => d.listKey)).size).toBe(1);
  });

  it("reads a PDF's «• » item as an item: its term has no bullet", () => {
    const found = findDefinitions([
      passage(
        "s#1",
        [
          "• ServiceAccount (SA) — учетная запись для процессов в подах, а не для людей.",
          "• В каждом неймспейсе есть SA default, его получает под без serviceAccountName.",
        ].join("\n"),
        ["SERVICEACCOUNT"],
      ),
    ]);
    expect(found.map((d) => d.term)).toEqual(["ServiceAccount (SA)"]);
  });

  it("takes code a colon cuts for no term: «dispatch({ type: 'added' }) — …» has brackets it never closes", () => {
    const found = findDefinitions([
      passage(
        "r#1",
        [
          "* dispatch({ type: 'added', text }) — отправляем «действие», а не новое значение",
          "* редьюсер — чистая функция (state, action) → новый state, без мутаций",
        ].join("\n"),
        ["useReducer"],
      ),
    ]);
    expect(found.map((d) => d.term)).toEqual(["редьюсер"]);
    // …nor a quotation a colon cuts: ««ERROR: Job failed» → упала команда».
    const quoted = findDefinitions([
      passage("g#1", "* «ERROR: Job failed: exit code 1» → упала команда в script, смотреть лог выше", [
        "CI",
      ]),
    ]);
    expect(quoted).toEqual([]);
  });

  it("takes a label before a command for no term: «Запуск: ansible-playbook …» says how, not what", () => {
    const found = findDefinitions([
      passage("a#1", "Запуск: ansible-playbook -i inventory site.yml. В конце PLAY RECAP по каждому хосту.", [
        "Плейбук",
        "Запуск",
      ]),
      passage("a#2", "Инвентори - это список хостов, которыми управляет ансибл, разбитый на группы.", [
        "Плейбук",
        "Инвентори",
      ]),
    ]);
    expect(found.map((d) => d.term)).toEqual(["Инвентори"]);
  });

  it("finds «Term - definition» sections side by side under one heading", () => {
    const found = findDefinitions([
      passage("w#1", "StatefulSet - управление приложениями с хранением состояния", [
        "Объекты",
        "StatefulSet",
      ]),
      passage("w#2", "DaemonSet - развертывание одной копии пода на каждом узле", ["Объекты", "DaemonSet"]),
      passage("w#3", "TLDR: ClusterIP - айпишник внутри кластера, туда ингресс", ["Объекты", "TLDR"]),
      passage("w#4", "Тут я тыкался: в чат гпт чтобы разобраться", ["Объекты", "Вступление"]),
    ]);
    expect(found.map((d) => d.term)).toEqual(["StatefulSet", "DaemonSet"]);
    expect(found[0]?.listKey).toBe(found[1]?.listKey);
  });

  it("reads a section named by a term whose body lists its properties as that term's definition", () => {
    const plugin = (name: string, what: string) =>
      passage(
        `net#${name}`,
        `- Особенности: ${name} ${what}\n- Применение: Подходит для кластеров любого размера`,
        ["Сетевые плагины (CNI)", name],
      );
    const found = findDefinitions([
      plugin("Calico", "дает богатую сетевую политику"),
      plugin("Flannel", "настраивается просто и быстро"),
      plugin("Cilium", "работает через eBPF в ядре"),
      passage(
        "net#how",
        "- Производительность: важна в любом кластере\n- Безопасность: важна в любом кластере",
        ["Сетевые плагины (CNI)", "Как выбрать сетевой плагин"],
      ),
    ]);
    const headingTerms = found
      .filter((d) => d.listKey === "services/Сетевые плагины (CNI)")
      .map((d) => d.term);
    expect(headingTerms).toEqual(["Calico", "Flannel", "Cilium"]);
    const cards = generateCards(
      [
        plugin("Calico", "дает богатую сетевую политику"),
        plugin("Flannel", "настраивается просто и быстро"),
        plugin("Cilium", "работает через eBPF в ядре"),
      ],
      [],
    );
    expect(cards).toHaveLength(3);
    // The labels («Особенности:», «Применение:») are no part of the question.
    expect(cards[0]?.question).toBe(
      "Какой термин скрыт за ___?\n«___ дает богатую сетевую политику. Подходит для кластеров любого размера.»",
    );
  });

  it("ends an item at a line that starts in capitals: a paragraph that lost its blank line", () => {
    const found = findDefinitions([
      passage(
        "c#1",
        [
          "* no-cache - хранить можно, но перед каждым использованием\nперепроверить у сервера",
          "* no-store - вообще ничего не сохранять, для приватных данных",
          "Ревалидация: сервер отдает ETag, браузер потом шлет If-None-Match.",
          "3. ip_hash:",
          "сервер выбирается по хэшу IP клиента, один клиент всегда на одном бэкенде",
        ].join("\n"),
        ["Кэширование"],
      ),
    ]);
    const definitions = new Map(found.map((d) => [d.term, d.definition]));
    // A wrapped line goes on in lower case; a label («ip_hash:») waits for its text on the next line.
    expect(definitions.get("no-cache")).toBe(
      "хранить можно, но перед каждым использованием перепроверить у сервера",
    );
    expect(definitions.get("no-store")).toBe("вообще ничего не сохранять, для приватных данных");
    expect(definitions.get("ip_hash")).toBe(
      "сервер выбирается по хэшу IP клиента, один клиент всегда на одном бэкенде",
    );
  });

  it("reads the bullets a PDF or a slide keeps («•», «▪», «–») as list items", () => {
    const found = findDefinitions([
      passage(
        "t#1",
        [
          "• Atomicity - всё или ничего: либо все изменения, либо ни одного",
          "▪ Isolation - параллельные транзакции не мешают друг другу",
          "– Durability - после COMMIT данные переживут падение сервера",
        ].join("\n"),
        ["Транзакции и ACID"],
      ),
    ]);
    expect(found.map((d) => d.term)).toEqual(["Atomicity", "Isolation", "Durability"]);
  });

  it("ends an item at a line in lower case that defines something of its own, or is a remark", () => {
    const found = findDefinitions([
      passage(
        "i#1",
        [
          "- remote: 'https://...' - по URL, любой доступный файл",
          "- template - готовые шаблоны от GitLab",
          "extends - наследование от другого job, ключи сливаются",
          "* kubernetes - job запускается подом в кластере",
          "мое: у нас docker executor, поэтому image в каждом job важен",
        ].join("\n"),
        ["Переиспользование"],
      ),
    ]);
    const definitions = new Map(found.map((d) => [d.term, d.definition]));
    // Nor does an author's remark go on with the item above it.
    expect(definitions.get("template")).toBe("готовые шаблоны от GitLab");
    expect(definitions.get("kubernetes")).toBe("job запускается подом в кластере");
  });

  it("takes a section's definition from its first statement, not the lines a PDF put under it", () => {
    const found = findDefinitions([
      passage("v#1", "вертикальное - управление ресурсами подов\nуказание, в какой порт пода стучаться.", [
        "вертикальное",
      ]),
      passage(
        "v#2",
        "Горизонтальное - увеличение или уменьшение количества подов в зависимости от нагрузки\nна приложение в кластере.",
        ["Горизонтальное"],
      ),
      passage(
        "v#3",
        [
          "BestEffort - вообще ничего не указано, такие выселяют первыми когда на ноде кончается память",
          'под висит в Pending с "Insufficient cpu" -> ни на одной ноде нет столько свободных requests. уменьшить requests или добавить ноды',
        ].join("\n"),
        ["BestEffort"],
      ),
    ]);
    const definitions = new Map(found.map((d) => [d.term, d.definition]));
    expect(definitions.get("вертикальное")).toBe("управление ресурсами подов");
    // A line well short of the longer one typed under it was not wrapped: that one says something else.
    expect(definitions.get("BestEffort")).toBe(
      "вообще ничего не указано, такие выселяют первыми когда на ноде кончается память",
    );
    // A long line that does not end its sentence was wrapped: the next line goes on with it.
    expect(definitions.get("Горизонтальное")).toBe(
      "увеличение или уменьшение количества подов в зависимости от нагрузки на приложение в кластере.",
    );
  });

  it("reads items that define terms with a dash as terms, not as properties of the section's heading", () => {
    const found = findDefinitions([
      passage("m#1", "- GET - получить ресурс целиком\n- POST - создать ресурс на сервере", ["Методы"]),
    ]);
    expect(found.map((d) => d.term)).toEqual(["GET", "POST"]);
  });

  it("drops labels: repeated across lists («Цель:») or known as one («Описание:»)", () => {
    const found = findDefinitions([
      passage("n#1", "- Цель: служит для копий подов в кластере\n- Селектор: выбирает поды по меткам", []),
      passage(
        "n#2",
        "- Цель: управляет обновлением приложения и версий\n- Описание: описывается YAML-файлами целиком",
        [],
      ),
    ]);
    expect(found.map((d) => d.term)).toEqual(["Селектор"]);
  });

  it("takes no phrase for a term: a description, a sentence with a verb", () => {
    const found = findDefinitions([
      passage("d#1", "Интеграция с внешними сетями: Kubernetes также позволяет интегрировать внешние сети", [
        "Сеть",
        "Интеграция с внешними сетями",
      ]),
      passage("d#2", "Тут я тыкался: в чат гпт чтобы разобраться в кубере", ["Сеть", "Тут я тыкался"]),
      passage("d#3", "Calico: плагин с богатой сетевой политикой и BGP", ["Сеть", "Calico"]),
    ]);
    expect(found.map((d) => d.term)).toEqual(["Calico"]);
  });
});

describe("generateCards", () => {
  it("asks for the term behind a definition, with sibling terms as options", () => {
    const cards = generateCards([serviceTypes], glossary);
    // LoadBalancer's one sentence names it by a glossary synonym («балансировщик нагрузки»): no card.
    expect(cards.map((c) => c.options[c.correctIndex])).toEqual(["ClusterIP", "NodePort", "ExternalName"]);
    for (const card of cards) expectWellFormed(card, glossary);
    const nodePort = cards.find((c) => c.options[c.correctIndex] === "NodePort");
    expect(nodePort?.question).toBe(
      "Какой термин скрыт за ___?\n«Сервис типа ___ открывает порт на каждом узле кластера.»",
    );
    expect([...(nodePort?.options ?? [])].sort()).toEqual([
      "ClusterIP",
      "ExternalName",
      "LoadBalancer",
      "NodePort",
    ]);
    expect(nodePort?.source).toEqual({ passageId: "services#1", heading: "Раздел" });
  });

  it("asks which command or query does what, when the terms are code", () => {
    const prune = passage(
      "docker#1",
      [
        "Чистка:",
        "",
        "- `docker container prune` - удалить все остановленные контейнеры разом",
        "- `docker image prune` - удалить dangling образы без тега после пересборки",
        "- `docker volume prune` - удалить неиспользуемые анонимные тома, осторожно с данными",
      ].join("\n"),
      ["Чистка"],
      "docker",
    );
    const cards = generateCards([prune], []);
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards)
      expect(card.question).toMatch(/^Какой командой или запросом из заметок это делается\?\n«удалить /u);
  });

  it("masks inflected forms of the answer and leaves out sentences naming it by a synonym", () => {
    const withRemark = passage(
      "services#1",
      serviceTypes.text.replace(
        "на облачном провайдере.",
        "на облачном провайдере. Это полезно для высокой доступности приложения.",
      ),
    );
    const lb = generateCards([withRemark], glossary).find(
      (c) => c.options[c.correctIndex] === "LoadBalancer",
    );
    // Masking «балансировщик нагрузки» would blank ordinary words; the sentence is left out instead.
    expect(lb?.question).toBe(
      "О каком термине это определение?\n«Это полезно для высокой доступности приложения.»",
    );
    const deploy = generateCards(
      [
        passage(
          "d#1",
          [
            "- деплоймент: описание приложения, с помощью деплоймента можно плавно выкатить новую версию",
            "- репликасет: сведения о реплике подов и больше ничего",
            "- под: минимальная единица, один или более контейнеров",
          ].join("\n"),
        ),
      ],
      glossary,
    );
    const d = deploy.find((c) => c.options[c.correctIndex] === "деплоймент");
    expect(d?.question).toContain("с помощью ___ можно");
    const pod = deploy.find((c) => c.options[c.correctIndex] === "под");
    expect(pod?.question).toBe(
      "О каком термине это определение?\n«минимальная единица, один или более контейнеров»",
    );
  });

  it("never offers a synonym of the answer as a distractor", () => {
    const cards = generateCards(
      [
        passage(
          "net#1",
          [
            "1. Политики сетевой безопасности (Network Policies): позволяют ограничивать сетевой доступ между подами.",
            "2. Сетевая политика (Network Policy): определяет правила доступа для селекторов подов.",
            "3. Сервисы (Services): дают стабильные имена и адреса набору подов.",
            "4. Поды (Pods): минимальные рабочие единицы со своим IP-адресом.",
          ].join("\n"),
        ),
      ],
      glossary,
    );
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expectWellFormed(card, glossary);
      const policies = card.options.filter((o) => /Network Polic/u.test(o));
      expect(policies.length, card.options.join(" | ")).toBeLessThanOrEqual(1);
    }
  });

  it("skips a definition with fewer than three options", () => {
    const two = passage(
      "s#1",
      "- горизонтальное - увеличение количества подов по нагрузке\n- вертикальное - управление ресурсами подов",
    );
    expect(generateCards([two], glossary)).toEqual([]);
    const dupes = passage(
      "s#2",
      "1. ClusterIP: внутренний адрес кластера сервиса\n2. clusterip: то же самое другими словами\n3. NodePort: порт на каждом узле кластера",
    );
    for (const card of generateCards([dupes], glossary)) expectWellFormed(card, glossary);
  });

  it("asks nothing whose blank is a part of a longer name («--build-___»): the rest of it gives the term away", () => {
    const instructions = passage(
      "d#1",
      [
        "- RUN - выполнить команду при сборке образа, результат сохраняется слоем",
        "- ARG - переменная только на время сборки (`--build-arg`)",
        "- ENV - переменная окружения, есть и при сборке, и в контейнере",
        "- USER - от какого пользователя запускать контейнер",
      ].join("\n"),
    );
    const questions = generateCards([instructions], []).map((c) => c.question);
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.some((q) => q.includes("переменная только на время сборки"))).toBe(false);
  });

  it("gives stable ids that depend on content, not on the rest of the notes", () => {
    const a = generateCards([serviceTypes], glossary);
    const extra = passage(
      "other#1",
      "1. Job: выполняет задачу до конца\n2. CronJob: запускает задачи по расписанию\n3. Secret: хранит пароли и ключи",
    );
    const b = generateCards([extra, serviceTypes], glossary).filter(
      (c) => c.topicId === "services" && c.source.passageId === "services#1",
    );
    expect(b.map((c) => c.id).sort()).toEqual(a.map((c) => c.id).sort());
    expect(new Set(a.map((c) => c.id)).size).toBe(a.length);
  });

  it("keeps the rules for any list of terms (property)", () => {
    const word = fc.stringMatching(/^[A-Za-z][a-z]{2,8}$/u);
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 2, maxLength: 7, selector: (w) => w.toLowerCase() }),
        (terms) => {
          const text = terms
            .map((t, i) => `${i + 1}. ${t}: объект ${t} нужен для задачи номер ${i} в кластере`)
            .join("\n");
          const cards = generateCards([passage("p#1", text)], []);
          if (terms.length < 3) expect(cards).toEqual([]);
          for (const card of cards) expectWellFormed(card, []);
        },
      ),
      { numRuns: 200 },
    );
  });

  it.runIf(existsSync("knowledge/services.md"))("makes well-formed cards from the real notes", async () => {
    const { loadKnowledge } = await import("../../src/knowledge/load.ts");
    const kb = await loadKnowledge("knowledge");
    const cards = generateCards(kb.passages, kb.glossary);
    expect(cards.length).toBeGreaterThanOrEqual(10);
    for (const card of cards) expectWellFormed(card, kb.glossary);
  });
});
