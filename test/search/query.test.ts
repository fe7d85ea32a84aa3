import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanQuery, type Intent, intentOf, MAX_QUERY_CHARS, parseQuery } from "../../src/search/query.ts";

describe("parseQuery: comparison questions", () => {
  const cases: [string, [string, string]][] = [
    ["чем ClusterIP отличается от NodePort", ["ClusterIP", "NodePort"]],
    ["чем ClusterIP отличается от NodePort?", ["ClusterIP", "NodePort"]],
    ["Чем под отличаются от деплоймента", ["под", "деплоймента"]],
    ["отличие pod от контейнера", ["pod", "контейнера"]],
    ["разница между deployment и statefulset", ["deployment", "statefulset"]],
    ["в чем разница между ingress и service", ["ingress", "service"]],
    ["deployment и statefulset в чем разница", ["deployment", "statefulset"]],
    ["clusterip vs nodeport", ["clusterip", "nodeport"]],
    ["ClusterIP vs. NodePort", ["ClusterIP", "NodePort"]],
    ["ClusterIP или NodePort", ["ClusterIP", "NodePort"]],
    ["difference between deployment and statefulset", ["deployment", "statefulset"]],
    ["what is the difference between job and cronjob?", ["job", "cronjob"]],
    // A clause before or after the sides is no part of them.
    ["сервис vs ингресс, кто за что отвечает", ["сервис", "ингресс"]],
    ["ингресс или нодпорт чтобы выставить сайт наружу", ["ингресс", "нодпорт"]],
    ["если нужен sticky, ingress или service?", ["ingress", "service"]],
    ["calico или flannel — что взять для дома", ["calico", "flannel"]],
    // «что надежнее», «кто проще» after the sides asks which is better, of neither side.
    ["rdb или aof что надежнее", ["rdb", "aof"]],
    ["calico или flannel, кто проще", ["calico", "flannel"]],
    // Which is better is a comparison too.
    ["чем pull лучше push", ["pull", "push"]],
    ["почему деплоймент лучше репликасета", ["деплоймент", "репликасета"]],
    ["почему лучше деплоймент а не голый репликасет", ["деплоймент", "голый репликасет"]],
    ["почему лучше деплоймент, а не репликасет", ["деплоймент", "репликасет"]],
    ["деплоймент чем лучше репликасета", ["деплоймент", "репликасета"]],
    ["is a deployment better than a replicaset", ["deployment", "replicaset"]],
    // Whether two things are one asks how they differ.
    ["образ и контейнер это одно и то же или нет", ["образ", "контейнер"]],
    ["шард и реплика это разве не одно и то же", ["шард", "реплика"]],
    ["ingress это то же самое что ingress controller?", ["ingress", "ingress controller"]],
    ["под это не то же самое, что контейнер", ["под", "контейнер"]],
    ["is a pod the same as a container", ["pod", "container"]],
    ["pod and container are the same thing?", ["pod", "container"]],
  ];
  for (const [query, sides] of cases) {
    it(`«${query}» compares ${sides.join(" and ")}`, () => {
      expect(parseQuery(query)).toEqual({ text: query, sides });
    });
  }

  it("keeps the sides as typed, ё included", () => {
    expect(parseQuery("чем Ёлка отличается от сосны")?.sides).toEqual(["Ёлка", "сосны"]);
  });
});

describe("parseQuery: other questions", () => {
  const plain = [
    "что такое clusterip",
    "как добавить метку на узел",
    "зачем нужны теинты",
    "what is a statefulset",
    "под",
    "kubectl label nodes",
    // «лучше» that says how or what to do compares nothing.
    "как лучше настроить алерт",
    "что лучше для базы",
    "почему latest лучше не использовать",
    "почему деплоймент лучше использовать",
    "почему calico лучше для больших кластеров",
    "чем flannel хуже на маленьком кластере",
    "деплоймент чем лучше использовать",
    // «или» before a place or a way asks where or how, not which of two things.
    "нетполы на неймспейс вешаются или на конкретные поды",
    "данные реплицируются сразу или с задержкой",
    // «одно и то же» of one thing, or what to do: no two things to tell apart.
    "это одно и то же?",
    "как сделать одно и то же на двух нодах",
    "почему xms и xmx советуют ставить одинаковыми",
    "",
  ];
  for (const query of plain) {
    it(`«${query}» is no comparison`, () => {
      expect(parseQuery(query)).toEqual({ text: query });
    });
  }

  it("drops the beast of «что за зверь», which asks what a thing is, and keeps a beast the question is about", () => {
    expect(parseQuery("istiod что за зверь").text).toBe("istiod что за");
    expect(parseQuery("кастомайз чё это за зверёк такой?").text).toBe("кастомайз чё это за?");
    expect(parseQuery("лесной зверь тащит ее в избушку").text).toBe("лесной зверь тащит ее в избушку");
    expect(intentOf(parseQuery("нодпорт че за зверь"))).toBe("definition");
  });

  it("does not take long clauses for sides", () => {
    expect(
      parseQuery("как сделать так чтобы поды запускались на отдельной ноде или на нескольких нодах кластера")
        .sides,
    ).toBeUndefined();
  });
});

describe("cleanQuery", () => {
  it("removes NUL and other control characters", () => {
    expect(cleanQuery("под\u0000ы")).toBe("под ы");
    expect(cleanQuery("\u0007ingress\u001b[1m")).toBe("ingress [1m");
    expect(cleanQuery("a\u200bb\u2028c")).toBe("a b c");
  });

  it("collapses white space and trims", () => {
    expect(cleanQuery("  что   такое\n\t под  ")).toBe("что такое под");
    expect(cleanQuery("   ")).toBe("");
  });

  it(`cuts to ${MAX_QUERY_CHARS} characters`, () => {
    expect(cleanQuery("а".repeat(10_000))).toHaveLength(MAX_QUERY_CHARS);
    expect(parseQuery(`${"под ".repeat(3000)}`).text.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
  });

  it("never leaves control characters, never grows, never throws", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 2000 }), (input) => {
        const out = cleanQuery(input);
        expect(out).not.toMatch(/[\p{Cc}\p{Cf}]/u);
        expect(out.length).toBeLessThanOrEqual(Math.min(input.length, MAX_QUERY_CHARS));
        expect(() => parseQuery(input)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe("intentOf", () => {
  const cases: [string, Intent][] = [
    ["что такое ClusterIP", "definition"],
    ["Что Такое ПОД?", "definition"],
    ["кто такой kubelet", "definition"],
    ["какие треугольники называются подобными", "definition"],
    ["что называют денежной массой", "definition"],
    ["что значит pending", "definition"],
    ["что за штука этот kube-proxy", "definition"],
    ["чё за демонсет", "definition"],
    ["че такое апстрим", "definition"],
    ["шо такое ингресс", "definition"],
    ["што такое ингресс", "definition"],
    ["статус pending это что", "definition"],
    ["смоук тест это че", "definition"],
    // …with «вообще» between: «ссылка в плюсах это вообще что».
    ["ссылка в плюсах это вообще что", "definition"],
    ["северити это чо", "definition"],
    ["как работает сервис", "definition"],
    ["как устроен ingress", "definition"],
    ["каким образом работает сервис", "definition"],
    ["трехстороннее рукопожатие как проходит", "definition"],
    ["расскажи о репликах", "definition"],
    ["объясни мне про шарды", "definition"],
    ["tell me about replicas", "definition"],
    ["как происходит ребаланс", "definition"],
    ["что из себя представляет деплоймент", "definition"],
    ["что представляет собой сервис", "definition"],
    ["дай определение пода", "definition"],
    ["что нужно сделать, чтобы под не попадал на ноду", "howto"],
    ["каким способом пометить ноду", "howto"],
    ["есть ли способ пометить ноду", "howto"],
    ["нафига нужен неймспейс", "why"],
    ["на кой нужен неймспейс", "why"],
    ["пачему nodeport плохо", "why"],
    ["в чём смысл деплоймента", "why"],
    ["what is a statefulset", "definition"],
    ["what's a pod", "definition"],
    ["что делает kube-proxy", "definition"],
    ["what does expose do in dockerfile", "definition"],
    ["how does a service work", "definition"],
    ["ingress", "definition"],
    // «X это» at the end asks what X is, however many words X has; not «как сделать это».
    ["конвейер в процессоре это", "definition"],
    ["правило пяти это?", "definition"],
    ["как сделать это", "howto"],
    // «как посмотреть список подов» asks how to list them, a «список …» alone asks for the list.
    ["как посмотреть список подов", "howto"],
    ["список объектов кубера", "list"],
    ["теинты нод", "definition"],
    ["какие бывают сервисы", "list"],
    ["какие сервисы бывают", "list"],
    ["какие типы сервисов есть", "list"],
    ["какие ингресс контроллеры бывают", "list"],
    ["виды сервисов", "list"],
    ["перечисли объекты kubernetes", "list"],
    ["what types of services", "list"],
    ["какие есть способы как добавить метку", "list"],
    // What a thing consists of is the list of its parts.
    ["из чего состоит bool запрос", "list"],
    ["из чего складывается сеть в кубере", "list"],
    ["что входит в экосистему кубера", "list"],
    ["из каких файлов состоит чарт", "list"],
    // «какие» and a noun of things that come as a set: rules, steps, parameters.
    ["какие правила владения", "list"],
    ["какие параметры можно задать очереди при создании", "list"],
    ["какие поды не стартуют", "other"],
    // «какие» last, as people type a search: the things before it are what is listed.
    ["признаки перелома какие", "list"],
    ["свойства дисперсии какие?", "list"],
    ["какие-то поды не стартуют", "other"],
    ["зачем нужны теинты", "why"],
    ["почему под не работает как надо", "why"],
    ["для чего нужны теинты", "why"],
    ["чем хорош helm", "why"],
    ["что будет если нода упадет", "why"],
    ["что произойдёт, если удалить под", "why"],
    ["what happens if a node fails", "why"],
    ["как добавить метку на узел", "howto"],
    ["каким образом поды находят друг друга", "howto"],
    ["how to add a label", "howto"],
    ["How do I add a label", "howto"],
    ["сколько памяти можно дать поду", "quantity"],
    ["через сколько дней пропадают старые данные", "quantity"],
    ["how many replicas does a deployment have", "quantity"],
    // «столько…, сколько…» compares; it asks no number.
    ["кто следит чтобы подов было ровно столько, сколько я указал", "other"],
    ["сколько подов, столько и реплик?", "quantity"],
    ["как посмотреть сколько памяти жрет редис", "howto"],
    ["kubectl label nodes", "other"],
    ["поды на отдельной ноде кластера", "other"],
    // A question that opens with «где» or «куда» asks for a place; one that says «где» later does not.
    ["где лежат воркфлоу", "where"],
    ["а куда класть конфиги", "where"],
    ["where are the nginx logs", "where"],
    ["что юзать для постгреса где инстансы нельзя клонировать", "other"],
    ["где взять сертификат и сколько он живет", "quantity"],
    // A question that opens with an infinitive asks how, as people type a search; «сеть» only ends like one.
    ["удалить топик", "howto"],
    ["поменять retention у топика", "howto"],
    ["сеть кубера", "definition"],
    ["можно ли удалить топик", "other"],
  ];
  for (const [query, intent] of cases) {
    it(`«${query}» wants ${intent}`, () => {
      expect(intentOf(parseQuery(query))).toBe(intent);
    });
  }

  it("takes a question with two sides for a comparison, whatever its wording", () => {
    expect(intentOf(parseQuery("чем ClusterIP отличается от NodePort"))).toBe("comparison");
    expect(intentOf({ text: "что такое под", sides: ["под", "нода"] })).toBe("comparison");
  });

  it("reads ё as е and ignores case («Чём хорош» is «чем хорош»)", () => {
    expect(intentOf({ text: "Чём хорош helm" })).toBe("why");
  });

  // Known bug: the forms must be followed by white space or the end, so a comma or a question mark right after
  // the question word hides the form («Почему, когда…» is read as «other»).
  it("reads the form through punctuation right after the question word", () => {
    expect(intentOf(parseQuery("Почему, когда под падает, он перезапускается"))).toBe("why");
  });

  it("never throws and always names one of the six intents", () => {
    const intents: Intent[] = ["definition", "list", "howto", "why", "comparison", "other"];
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (input) => {
        expect(intents).toContain(intentOf(parseQuery(input)));
      }),
      { numRuns: 300 },
    );
  });
});
