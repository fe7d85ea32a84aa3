import { describe, expect, it } from "vitest";
import { affirmedTerms, givesNumber, negatedTerms, splitCode, traitsOf } from "../../src/search/traits.ts";
import { passage } from "../helpers/fixtures.ts";

describe("splitCode", () => {
  it("separates fenced code blocks (``` and ~~~) from the prose", () => {
    const { prose, code } = splitCode(
      "Команда:\n\n```bash\nkubectl get pods\n```\n\nи ещё\n\n~~~\nls -la\n~~~",
    );
    expect(prose).not.toContain("kubectl");
    expect(prose).toContain("Команда:");
    expect(prose).toContain("и ещё");
    expect(code).toBe("kubectl get pods\n\nls -la\n");
  });

  it("counts a block of math as neither prose nor code: «\\frac» is no word, nor a command", () => {
    const { prose, code } = splitCode(
      "F1:\n\n```math\n\\frac{2PR}{P + R}\n```\n\n```python\nf1_score(y, p)\n```",
    );
    expect(prose).not.toContain("frac");
    expect(code).toBe("f1_score(y, p)\n");
    expect(traitsOf(passage("F1:\n\n```math\n\\frac{2PR}{P + R}\n```")).code).toBe(false);
  });

  it("reads what a Russian comment says of a config's key as prose, the key with it but not its value", () => {
    const { prose, code } = splitCode(
      [
        "```yaml",
        "strategy:",
        "  rollingUpdate:",
        "    maxSurge: 1            # сколько подов можно создать сверх replicas",
        "    nodeType: ingress # <--- вот наш лейбл",
        "    zone: a # зона, где живет нода",
        "kubectl get pods   # все поды",
        "# replicas: 2 — English only comment",
        "```",
      ].join("\n"),
    );
    expect(prose).toContain("maxSurge — сколько подов можно создать сверх replicas");
    expect(prose).toContain("zone — зона, где живет нода");
    expect(prose).not.toContain("ingress");
    // A comment that points at its line with an arrow says where something is, not what the key is.
    expect(prose).not.toContain("вот наш лейбл");
    // A command's comment is no key's: it stays with the code.
    expect(prose).not.toContain("все поды");
    expect(code).toContain("maxSurge: 1");
  });

  it("leaves an unclosed fence in the prose", () => {
    expect(splitCode("```\nkubectl get pods")).toEqual({ prose: "```\nkubectl get pods", code: "" });
  });
});

describe("traitsOf", () => {
  const traits = (text: string) => traitsOf(passage(text));

  it("sees what a passage defines in bold, as a glossary of the notes' own", () => {
    const glossary = passage(
      "**Chart (чарт)** - пакет Helm.\n\n**Release (релиз)** - конкретная установка чарта.\n\nВ **Helm** есть хуки.\n\n-   **Микрозадачи** (microtasks): реакции промисов.\n\n**Компакшн** = фоновое слияние SSTable.",
    );
    const analyze = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];
    // The other name in brackets may follow the bold one: «**Микрозадачи** (microtasks): …».
    expect([...traitsOf(glossary, analyze).boldDefines]).toEqual([
      "chart",
      "чарт",
      "release",
      "релиз",
      "микрозадачи",
      // …and «=» defines as a dash does.
      "компакшн",
    ]);
    // Each name as a whole, the one in brackets apart: «**fragment shader**» is one name of two words.
    const shaders = passage(
      "- **fragment shader** (pixel shader) — на каждый фрагмент\n- **Chart (чарт)** - пакет",
    );
    expect(traitsOf(shaders, analyze).boldNames).toEqual([["fragment", "shader"], ["chart"], ["чарт"]]);
  });

  it("sees what a table's columns are headed by («| | useState | useReducer |»)", () => {
    const table = passage(
      "| | useState | useReducer |\n|---|---|---|\n| логика | в обработчиках | в одном месте |\n| когда | простое | сложное |",
    );
    const analyze = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];
    expect([...traitsOf(table, analyze).columns]).toEqual(["usestate", "usereducer"]);
    expect([...traits("Под - минимальная единица.").columns]).toEqual([]);
  });

  it("sees code in a fenced block and in a command line of the prose", () => {
    expect(traits("```\nkubectl get pods\n```").code).toBe(true);
    expect(traits("Выполните:\n$ kubectl get pods").code).toBe(true);
    expect(traits("kubectl label nodes node1 disktype=ssd").code).toBe(true);
    expect(traits("Под - минимальная единица.").code).toBe(false);
    // A long option in prose says how to run a command; two Latin words before Russian prose are no command.
    expect(traits("--skip-tags nginx - всё кроме помеченных nginx.").code).toBe(true);
    expect(traits("kubectl get pods  # список подов").code).toBe(true);
    expect(
      traits("import_tasks vs include_tasks: import статический, таски подставляются заранее.").code,
    ).toBe(false);
    // A command in a sentence: a program, what it is to do and a flag.
    expect(traits("гонки ловить: go test -race ./... или go run -race main.go").code).toBe(true);
    expect(traits("Если мало памяти, поднимите -Xmx до 4g.").code).toBe(false);
  });

  it("sees a list in three items, or a short sentence of four commas, but not in two items", () => {
    expect(traits("Типы:\n- ClusterIP\n- NodePort\n- LoadBalancer").list).toBe(true);
    expect(traits("Типы:\n1. ClusterIP\n2. NodePort\n3. LoadBalancer").list).toBe(true);
    expect(traits("Типы:\na) ClusterIP\nб) NodePort\nв) LoadBalancer").list).toBe(true);
    expect(traits("Бывают ClusterIP, NodePort, LoadBalancer, ExternalName.").list).toBe(true);
    expect(traits("Типы:\n- ClusterIP\n- NodePort").list).toBe(false);
    // A table enumerates as a list does, its header and two rows; the row of dashes under the header is no row.
    expect(traits("| тип | куда |\n|---|---|\n| direct | по ключу |\n| fanout | во все |").list).toBe(true);
    expect(traits("| тип | куда |\n|---|---|\n| direct | по ключу |").list).toBe(false);
  });

  it("sees a reason in «чтобы», «позволяет», «нужна:», «because»", () => {
    expect(traits("Теинты нужны, чтобы поды не попадали на ноду.").reason).toBe(true);
    expect(traits("Сервис позволяет найти поды.").reason).toBe(true);
    expect(traits("It exists because pods die.").reason).toBe(true);
    // …before a colon too: «Зачем она нужна: развязать сервисы».
    expect(traits("Зачем она нужна: развязать сервисы.").reason).toBe(true);
    expect(traits("Под - минимальная единица.").reason).toBe(false);
  });

  it("reads the words a negation covers, and whether the passage says what must not happen", () => {
    const negated = (text: string) => [
      ...negatedTerms(text, (n) => n.toLowerCase().split(/\s+/).filter(Boolean)),
    ];
    expect(negated("Поды не попадали на ноду.")).toEqual(["попадали", "на", "ноду"]);
    expect(negated("Так поды размещать нельзя")).toEqual(["размещать"]);
    expect(negated("Поды попадали на ноду.")).toEqual([]);
    // «не тот», «не все», «не сразу» deny which, how many or when: the node still answers, the keys still expire.
    expect(negated("Не тот узел отвечает редиректом.")).toEqual([]);
    expect(negated("Истекают не все ключи сразу, а не сразу все.")).toEqual([]);
    expect(negated("Узел не отвечает.")).toEqual(["отвечает"]);
    // «пока … не» is «until»: the metrics are deleted then.
    expect(negated("Метрики висят вечно, пока их не удалишь.")).toEqual([]);
    expect(negated("Ждать, пока не поднимется.")).toEqual([]);
    const affirmed = (text: string) => [
      ...affirmedTerms(text, (n) =>
        n
          .toLowerCase()
          .split(/[\s.,!]+/)
          .filter(Boolean),
      ),
    ];
    expect(affirmed("без -m домашку НЕ создает! -m создать каталог")).toContain("создать");
    expect(affirmed("без -m домашку НЕ создает! -m создать каталог")).not.toContain("создает");
    expect(affirmed("Поды не попадали на ноду.")).toEqual(["поды"]);
    expect(traits("Теинты указывают, где размещать поды нельзя.").prohibits).toBe(true);
    expect(traits("Чтобы этого избежать, нужны теинты.").prohibits).toBe(true);
    expect(traits("Поды попадают на ноду.").prohibits).toBe(false);
  });

  it("sees a number in digits or in words, not in a name or a list item's own number", () => {
    expect(givesNumber("Строка до 512 МБ.")).toBe(true);
    expect(givesNumber("Сентинелов минимум три.")).toBe(true);
    expect(givesNumber("```\nmaxmemory 2gb\n```")).toBe(true);
    expect(givesNumber("Кластер k8s-ingress и API v1.")).toBe(false);
    expect(givesNumber("kubectl taint nodes k8s-ingress-1 ingress-taint=true")).toBe(false);
    expect(givesNumber("Реплик 2-3, порт :8080.")).toBe(true);
    // A number that ends a sentence is a number, not a list item's.
    expect(givesNumber("Сентинелов минимум 3. Потом кворум.")).toBe(true);
    expect(givesNumber("1. ищем значение\n2. отдаём")).toBe(false);
    expect(givesNumber("по сколько подов обновлять деплоймент")).toBe(false);
  });

  it("does not read a list or a reason into code", () => {
    expect(traits("```\n- a\n- b\n- c\necho чтобы\n```")).toMatchObject({
      code: true,
      list: false,
      reason: false,
    });
  });

  it("reads the names a passage defines: «X - …», «X: …», «X = …» at a line's, a sentence's or a label's start", () => {
    const names = (text: string) => [...traitsOf(passage(text), (n) => [n.toLowerCase()]).defines];
    expect(names("TLDR: ClusterIP - айпишник внутри. NodePort - проброс порта.")).toEqual([
      "tldr",
      "clusterip",
      "nodeport",
    ]);
    expect(names("1. ClusterIP: Этот тип сервиса")).toEqual(["clusterip"]);
    expect(names("Скорее всего придется иметь дело либо с NodePort, либо с ClusterIP.")).toEqual([]);
    expect(names("```\nkey: value\n```")).toEqual([]);
    // A list's items name things; the marker of the next item is no dash of a definition.
    expect(names("Контроллеры:\n- nginx\n- traefik\n- haproxy ingress")).toEqual([]);
    expect(names("- Шаблон пода\n- Стратегия обновления")).toEqual([]);
    // «=» defines as a dash does, in notes that write so; not one with no spaces, as in code.
    expect(names("Две разные вещи:\n- реплика = копия тех же данных\n- шард = часть данных")).toEqual([
      "реплика",
      "шард",
    ]);
    expect(names("Ставим replicas=3 в манифесте")).toEqual([]);
    // A name in code marks, as Markdown writes it.
    expect(names("- `edit` — читать и менять большинство объектов\n- `view` — только чтение")).toEqual([
      "edit",
      "view",
    ]);
    // A table's rows name what each tells of in their first cell; its header names none.
    const table = "| Тип | Откуда доступен |\n|---|---|\n| ClusterIP | изнутри |\n| `NodePort` | снаружи |";
    expect(names(table)).toEqual(["clusterip", "nodeport"]);
    expect(names("| Тип | Откуда |\n| ClusterIP | изнутри |")).toEqual([]);
  });

  it("reads a table's row as defining its first cell by name when the next cell says what it is in words", () => {
    const named = (text: string) =>
      traitsOf(passage(text), (n) => n.toLowerCase().match(/\p{L}+/gu) ?? []).definedNames;
    const glossary =
      "| Термин | Что это |\n|---|---|\n| BPDU | служебные кадры STP |\n| `scratch` | 0 | нет |";
    expect(named(glossary)).toEqual([["bpdu"]]);
    // …as a line «X - …» does.
    expect(named("BPDU - служебные кадры STP")).toEqual([["bpdu"]]);
    // A name with its other name in brackets is either name.
    const vlan = "| термин | что это |\n|---|---|\n| VLAN (Virtual LAN) | логическое разбиение свитча |";
    expect(named(vlan)).toEqual([["vlan"], ["virtual", "lan"]]);
    expect(named("Чанк (chunk) - группа модулей")).toEqual([["чанк"], ["chunk"]]);
  });
});

describe("traitsOf: inWords", () => {
  it("reads prose, or Russian in code's comments, as said in words; bare commands as not", () => {
    const of = (text: string) => traitsOf(passage(text)).inWords;
    expect(of("```\nhelm repo add hello https://example.com/\nhelm install my-hello hello/hello\n```")).toBe(
      false,
    );
    expect(of("```bash\nshellcheck deploy.sh  # статический анализатор\n```")).toBe(true);
    expect(of("Chart — пакет манифестов.\n\n```\nhelm install x y\n```")).toBe(true);
    expect(of("A chart is a package of manifests.")).toBe(true);
  });
});
