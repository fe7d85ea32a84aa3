import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.ts";
import { flashcardFront, generateFlashcards, notedTerms, openingWords } from "../../src/quiz/flashcards.ts";

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "konspekt-flash-"));
  dirs.push(dir);
  return dir;
}

describe("flashcardFront", () => {
  it("asks nothing of a section headed by its own first words, which its back would open by saying", () => {
    const text = "Старые ReplicaSet'ы после раскатки остаются в кластере с 0 реплик — это история для отката";
    expect(flashcardFront("Старые ReplicaSet'ы после раскатки остаются в кластере с…", text)).toBeUndefined();
    expect(flashcardFront("История ревизий", text)).toBe("Что сказано в разделе «История ревизий»?");
  });

  it("asks what a named thing is, or what it is for when the passage opens with its purpose", () => {
    expect(flashcardFront("NodePort", "NodePort: Сервис типа NodePort открывает порт на каждом узле.")).toBe(
      "Что такое NodePort?",
    );
    expect(
      flashcardFront("Теинты (taints)", "Чтобы этого избежать нам нужны taint'ы. Теинты указывают…"),
    ).toBe("Зачем нужны теинты (taints)?");
    expect(flashcardFront("nodeSelector", "nodeSelector позволяет выбрать ноды по меткам.")).toBe(
      "Что делает nodeSelector?",
    );
    expect(flashcardFront("PermitRootLogin no", "PermitRootLogin no - запрещает логиниться рутом.")).toBe(
      "Что делает PermitRootLogin no?",
    );
    // A note to self asks nothing yet, its heading's marks kept or not; «TL;DR» is a label of the heading above.
    expect(
      flashcardFront("FIXME", "FIXME: у gunicorn вроде есть поддержка notify, перевести на Type=notify"),
    ).toBe(undefined);
    expect(flashcardFront("## TODO", "- разобраться с evictionSoft, как работает grace period")).toBe(
      undefined,
    );
    expect(flashcardFront("TL;DR", "1. Что редко меняется — наверх, исходники — вниз.", "Dockerfile")).toBe(
      "Dockerfile: что сказано в разделе «TL;DR»?",
    );
  });

  it("asks about a numbered section's thing without its number, and names the section as the notes number it", () => {
    expect(flashcardFront("5. Backpressure", "Backpressure: медленный потребитель сигналит источнику.")).toBe(
      "Что такое Backpressure?",
    );
    expect(
      flashcardFront("3.2 Эшелонированная защита", "Эшелонированная защита позволяет закрыть дыры."),
    ).toBe("Что делает эшелонированная защита?");
    expect(flashcardFront("2.1 Хранение паролей", "Пароли хранят только как хеш с солью.")).toBe(
      "Что сказано в разделе «2.1 Хранение паролей»?",
    );
  });

  it("keeps a question heading a question, turns a how-to and a difference into one", () => {
    expect(flashcardFront("Зачем нужны сервисы", "текст")).toBe("Зачем нужны сервисы?");
    expect(flashcardFront("Добавить репозиторий и установить чарт", "текст")).toBe(
      "Как добавить репозиторий и установить чарт?",
    );
    expect(flashcardFront("Главное отличие ReplicaSet от Deployment", "текст")).toBe(
      "В чём главное отличие ReplicaSet от Deployment?",
    );
    expect(flashcardFront("TLDR: ClusterIP или NodePort", "текст")).toBe(
      "ClusterIP или NodePort: что выбрать?",
    );
  });

  it("asks a question heading that names nothing («Зачем она нужна?») of the heading above, or not at all", () => {
    expect(flashcardFront("Зачем она нужна?", "текст", "Кафка")).toBe("Кафка: зачем она нужна?");
    expect(flashcardFront("Что это вообще?", "текст", "GraphQL")).toBe("GraphQL: что это вообще?");
    expect(flashcardFront("Зачем она нужна?", "текст")).toBeUndefined();
    // A question that names its subject stands alone.
    expect(flashcardFront("Зачем нужна кафка?", "текст", "Кафка")).toBe("Зачем нужна кафка?");
  });

  it("keeps a heading's first word before a colon unless it labels a remark, and asks a label of the heading above", () => {
    // «ПОТОКИ:» is what the section is about, not a label like «TLDR:».
    expect(
      flashcardFront("ПОТОКИ: ОСНОВЫ", "std::thread t(func, a, b); — запускает func в новом потоке."),
    ).toBe("Что сказано в разделе «ПОТОКИ: ОСНОВЫ»?");
    expect(flashcardFront("Итог: ClusterIP", "ClusterIP — айпишник внутри кластера")).toBe(
      "Что такое ClusterIP?",
    );
    // «Плюс», «Примеры» name no section of their own.
    expect(flashcardFront("Примеры", "`ciw` — заменить слово", "Text objects")).toBe(
      "Text objects: что сказано в разделе «Примеры»?",
    );
    expect(flashcardFront("Плюс", "каждый сервис масштабируется отдельно")).toBeUndefined();
    // A heading in capitals is asked as the text writes the name.
    expect(
      flashcardFront("CONSTEXPR", "constexpr int kSize = 16; — константа, известная при компиляции."),
    ).toBe("Что такое constexpr?");
  });

  it("asks which kinds there are of a heading of kinds, and takes no noun in «-асти» for a how-to", () => {
    expect(flashcardFront("Виды OutOfMemoryError", "1. Java heap space — в куче нет места")).toBe(
      "Какие бывают виды OutOfMemoryError?",
    );
    expect(flashcardFront("Типы ссылок (java.lang.ref)", "— Strong — обычная ссылка")).toBe(
      "Какие бывают типы ссылок (java.lang.ref)?",
    );
    // A heading that goes on to name what it is about is no heading of kinds.
    expect(flashcardFront("Типы данных: dtypes, astype, category", "`df.dtypes` — тип каждой колонки")).toBe(
      "Что сказано в разделе «Типы данных: dtypes, astype, category»?",
    );
    expect(flashcardFront("Области памяти JVM", "— Heap (куча) — общая для всех потоков")).toBe(
      "Что сказано в разделе «Области памяти JVM»?",
    );
  });

  it("asks what a noun in «-ость» is, and no purpose of «в нужном состоянии»", () => {
    expect(
      flashcardFront(
        "Идемпотентность",
        "Идемпотентность - главная фишка: повторный запуск ничего не меняет, если система уже в нужном состоянии.",
      ),
    ).toBe("Что такое идемпотентность?");
    expect(flashcardFront("Кардинальность", "Кардинальность — число временных рядов метрики.")).toBe(
      "Что такое кардинальность?",
    );
  });

  it("asks a question of two words of the heading above it, or not at all", () => {
    expect(flashcardFront("что выбрать:", "почти всегда histogram", "Типы метрик")).toBe(
      "Типы метрик: что выбрать?",
    );
    // A heading asked in a chat: its subject after «что такое»; another question is no subject.
    expect(flashcardFront("Как бороться:", "блокировкой", "что такое cache stampede")).toBe(
      "Cache stampede: как бороться?",
    );
    expect(flashcardFront("Как бороться:", "блокировкой", "как поставить время жизни ключу")).toBeUndefined();
    expect(flashcardFront("Что выбрать?", "почти всегда histogram")).toBeUndefined();
    expect(flashcardFront("Зачем нужны сервисы", "текст", "Сервисы")).toBe("Зачем нужны сервисы?");
  });

  it("asks a one-word how-to or difference («Обнаружить:», «Разница:») of the heading above it", () => {
    expect(flashcardFront("Обнаружить:", "`terraform plan -refresh-only`", "drift")).toBe(
      "Drift: как обнаружить?",
    );
    expect(flashcardFront("Разница", "taint сразу меняет стейт", "taint и replace")).toBe(
      "Taint и replace: в чём разница?",
    );
    // With no heading above, or a heading of more words, as before.
    expect(flashcardFront("Разница", "taint сразу меняет стейт")).toBe("В чём разница?");
    expect(flashcardFront("Добавить репозиторий", "helm repo add", "Helm")).toBe("Как добавить репозиторий?");
  });

  it("asks «Что такое» of a Russian word only when the passage defines it with a dash", () => {
    expect(flashcardFront("Зомби-процесс", "Зомби-процесс - процесс, который уже завершился.")).toBe(
      "Что такое зомби-процесс?",
    );
    expect(flashcardFront("Осторожно", "Осторожно: usermod -G без -a заменяет группы.")).toBe(
      "Что сказано в разделе «Осторожно»?",
    );
    expect(flashcardFront("Метки на нодах", "Мы можем пометить ноду.")).toBe(
      "Что сказано в разделе «Метки на нодах»?",
    );
  });
});

describe("generateFlashcards", () => {
  it("makes a card per headed section with its text on the back, and one per term a line defines", async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, "linux.md"),
      [
        "# Linux",
        "",
        "## Права доступа",
        "",
        "У каждого файла есть владелец, группа и все остальные, и у каждого свои права.",
        "",
        "umask - маска, которая убирает биты прав у новых файлов.",
        "",
        "## grep",
        "",
        "grep - поиск строк по шаблону в файлах и выводе команд.",
      ].join("\n"),
    );
    const kb = await loadKnowledge(dir);
    const cards = generateFlashcards(kb);
    expect(cards.map((c) => c.question)).toEqual([
      "Что сказано в разделе «Права доступа»?",
      "Что такое grep?",
      "Что такое umask?",
    ]);
    for (const card of cards) {
      expect(card.kind).toBe("flashcard");
      expect(card.options).toEqual([]);
      expect(card.source.passageId).toBeDefined();
    }
    expect(cards[0]?.explanation).toContain("У каждого файла есть владелец");
    expect(cards[2]?.explanation).toBe("umask - маска, которая убирает биты прав у новых файлов.");
  });

  it("takes each timed point of lecture notes for a line of its own, a term it defines a card", async () => {
    const dir = await tempDir();
    const filler =
      "и дальше лектор долго рассказывал про то, как это устроено внутри рантайма и зачем так сделали";
    await writeFile(
      join(dir, "go.txt"),
      [
        "Лекция 2. Каналы и select",
        `[00:00] канал - труба по которой горутины передают значения, ${filler}`,
        `[07:20] тут важно: буфер не лечит дедлок, только откладывает его, ${filler}`,
        `[15:05] select - как switch для каналов, ждёт case который первым готов, ${filler}`,
      ].join("\n"),
    );
    const kb = await loadKnowledge(dir);
    const questions = generateFlashcards(kb).map((c) => c.question);
    expect(questions).toContain("Что такое канал?");
    expect(questions).toContain("Что такое select?");
    const select = generateFlashcards(kb).find((c) => c.question === "Что такое select?");
    expect(select?.explanation.startsWith("select - как switch для каналов")).toBe(true);
  });

  it("asks nothing the notes have yet to say: «CDN — ДОПИСАТЬ», «Что происходит…? — TODO»", async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, "net.md"),
      [
        "# Сети",
        "",
        "## Разное",
        "",
        "NAT — подмена адресов на роутере, устройства выходят в интернет через один публичный IP.",
        "CDN — ДОПИСАТЬ (кэши по городам)",
        "Что происходит, когда вводишь адрес в браузере? — TODO (DNS + TCP + TLS)",
      ].join("\n"),
    );
    const questions = generateFlashcards(await loadKnowledge(dir)).map((c) => c.question);
    expect(questions).toContain("Что такое NAT?");
    expect(questions.some((q) => q.includes("CDN") || q.includes("браузере"))).toBe(false);
  });

  it("notes a numbered section's term without its number", async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, "patterns.md"),
      "# Паттерны\n\n## 5. Backpressure\n\nBackpressure: медленный потребитель сигналит источнику замедлиться.\n",
    );
    const terms = notedTerms(await loadKnowledge(dir)).map((t) => t.term);
    expect(terms).toContain("Backpressure");
    expect(terms).not.toContain("5. Backpressure");
  });

  it("asks each row of a table by its first cell and the columns it fills, the row on the back", async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, "k8s.md"),
      [
        "# Kubernetes",
        "",
        "## Пробы",
        "",
        "| Проба | При провале | Когда нужна? |",
        "|---|---|---|",
        "| livenessProbe | kubelet перезапускает контейнер. | Приложение может зависнуть насмерть. |",
        "| `startupProbe` | | Медленный старт приложения, минуты. |",
        "| Очень длинное первое поле, которое уже целое предложение | да | нет |",
        "",
        "## StatefulSet",
        "",
        "| | Deployment | StatefulSet |",
        "|---|---|---|",
        "| Имена подов | случайный суффикс | стабильные: db-0, db-1 |",
      ].join("\n"),
    );
    const cards = generateFlashcards(await loadKnowledge(dir));
    const byFront = new Map(cards.map((c) => [c.question, c.explanation]));
    expect(byFront.get("livenessProbe: при провале, когда нужна?")).toBe(
      "livenessProbe — При провале: kubelet перезапускает контейнер; Когда нужна?: Приложение может зависнуть насмерть.",
    );
    expect(byFront.get("startupProbe: когда нужна?")).toBe(
      "`startupProbe` — Когда нужна?: Медленный старт приложения, минуты.",
    );
    // A name stays as written; a sentence in the first cell names no row.
    expect(byFront.get("Имена подов: Deployment, StatefulSet?")).toBeDefined();
    expect(cards.some((c) => c.question.startsWith("Очень длинное"))).toBe(false);
  });

  it("asks a one-word heading at the top of a note of the note's topic («drift: как обнаружить?»)", async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, "drift.md"),
      [
        "Дрифт (drift) — когда реальная инфраструктура разошлась со стейтом и кодом.",
        "",
        "## Обнаружить",
        "",
        "`terraform plan -refresh-only` — показывает, что поменялось руками, ничего не меняя.",
      ].join("\n"),
    );
    const cards = generateFlashcards(await loadKnowledge(dir));
    expect(cards.map((c) => c.question)).toContain("Drift: как обнаружить?");
    expect(cards.map((c) => c.question)).not.toContain("Как обнаружить?");
  });

  it("keeps a card's id when its section's text changes, so progress is kept", async () => {
    const dir = await tempDir();
    const write = (body: string) => writeFile(join(dir, "a.md"), `# A\n\n## Calico\n\n${body}\n`);
    await write("Calico предоставляет сетевые политики и маршрутизацию.");
    const before = generateFlashcards(await loadKnowledge(dir));
    await write("Calico предоставляет сетевые политики, маршрутизацию и шифрование.");
    const after = generateFlashcards(await loadKnowledge(dir));
    expect(after[0]?.id).toBe(before[0]?.id);
    expect(after[0]?.explanation).not.toBe(before[0]?.explanation);
  });

  it("asks no «Что такое» of a property a list gives of its section's thing", async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, "d.md"),
      [
        "# D",
        "",
        "## Деплоймент (Deployment)",
        "",
        "- Цель: Деплойменты предоставляют более высокий уровень абстракции над ReplicaSets.",
        "- Репликации: Деплойменты фактически создают и управляют ReplicaSets внутри себя.",
        "",
        "## Типы сервисов",
        "",
        "- ClusterIP: Этот тип сервиса создает внутренний IP-адрес внутри кластера.",
      ].join("\n"),
    );
    const questions = generateFlashcards(await loadKnowledge(dir)).map((c) => c.question);
    expect(questions).toContain("Что такое деплоймент (Deployment)?");
    // A kind a list of kinds defines is asked as one of them.
    expect(questions).toContain("Типы сервисов: что такое ClusterIP?");
    expect(questions).toContain("Какие бывают типы сервисов?");
    expect(questions).not.toContain("Что такое репликации?");
  });
});

describe("generateFlashcards: a list of kinds", () => {
  it("asks each kind as one of the heading's kinds, never what the kind's name alone is", async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, "ci.md"),
      [
        "# CI",
        "",
        "## Виды раннеров",
        "",
        "* shell - прямо в шелле машины с раннером, используется все, что стоит на хосте",
        "* kubernetes - job запускается подом в кластере, под удаляется после job",
      ].join("\n"),
    );
    const questions = generateFlashcards(await loadKnowledge(dir)).map((c) => c.question);
    expect(questions).toContain("Какие бывают виды раннеров?");
    expect(questions).toContain("Виды раннеров: что такое kubernetes?");
    expect(questions).not.toContain("Что такое kubernetes?");
  });
});

describe("generateFlashcards: commands and queries in code", () => {
  it("asks what a command or a query a list defines does, and takes no term cut inside code", async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, "q.md"),
      [
        "# Запросы",
        "",
        "## Шпаргалка",
        "",
        "- `up == 0` — какие таргеты сейчас лежат",
        "- `sum by (job) (rate(http_requests_total[5m]))` — рпс по каждой джобе",
        "- `(probe_ssl_earliest_cert_expiry - time()) / 86400 < 14` — серт истекает меньше чем через 14 дней",
      ].join("\n"),
    );
    const questions = generateFlashcards(await loadKnowledge(dir)).map((c) => c.question);
    expect(questions).toContain("Что делает «up == 0»?");
    expect(questions).toContain("Что делает «sum by (job) (rate(http_requests_total[5m]))»?");
    expect(questions.filter((q) => q.includes("probe_ssl"))).toEqual([]);
  });

  it("asks a line that asks and answers, not one that tells when something happens", async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, "this.md"),
      [
        "# Контекст",
        "",
        "## this",
        "",
        "Зачем bind, если есть стрелочные функции: стрелка берет this снаружи, а bind нужен для методов.",
        "",
        "Когда метод передают в setTimeout, он вызывается без объекта: this теряется, в строгом режиме это undefined.",
      ].join("\n"),
    );
    const questions = generateFlashcards(await loadKnowledge(dir)).map((c) => c.question);
    expect(questions).toContain("Зачем bind, если есть стрелочные функции?");
    expect(questions.filter((q) => q.startsWith("Когда метод"))).toEqual([]);
  });

  it("keeps brackets inside code as they are: a call keeps its «()»", async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, "c.md"),
      [
        "# Кеш",
        "",
        "## Низкоуровневый кеш",
        "",
        "- `cache.get()` / `cache.set()`: ручной кеш, инвалидация на нас",
        "- `cache_page` (декоратор): кеширует весь ответ вьюхи",
      ].join("\n"),
    );
    const questions = generateFlashcards(await loadKnowledge(dir)).map((c) => c.question);
    expect(questions).toContain("Что такое `cache.get()` / `cache.set()`?");
    expect(questions).toContain("Что такое `cache_page` (декоратор)?");
  });
});

describe("generateFlashcards: headings introduced by their sub-sections", () => {
  it("asks no «Что такое» of a heading whose own text comes after its sub-sections", async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, "a.md"),
      [
        "# Ansible",
        "",
        "## Roles",
        "",
        "### Роль (role)",
        "",
        "Роль (role) - это способ разложить плейбук по папкам, чтобы переиспользовать задачи.",
        "",
        "## Roles",
        "",
        "import_tasks vs include_tasks: import статический, таски подставляются заранее при разборе плейбука.",
      ].join("\n"),
    );
    const cards = generateFlashcards(await loadKnowledge(dir));
    expect(cards.map((c) => c.question)).not.toContain("Что такое Roles?");
    expect(cards.find((c) => /роль \(role\)/iu.test(c.question))?.explanation).toMatch(
      /^Роль \(role\) - это/u,
    );
  });
});

describe("generateFlashcards: recall prompts", () => {
  it("asks to continue a sentence of a section no other card covers, and answers from that sentence on", async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, "n.md"),
      [
        "---",
        "title: Нжинкс",
        "---",
        "Нжинкс. Конспект, потом причешу.",
        "",
        "У нас он стоит перед бэкендом на Node и принимает запросы клиентов на восьмидесятом порту.",
      ].join("\n"),
    );
    const cards = generateFlashcards(await loadKnowledge(dir));
    const recall = cards.find((c) => c.question.startsWith("Как продолжается в конспекте"));
    expect(recall?.question).toBe("Как продолжается в конспекте: «У нас он стоит перед бэкендом…»?");
    // Not the file's first line, which the prompt does not lead to.
    expect(recall?.explanation).toMatch(/^У нас он стоит перед бэкендом на Node/);
  });

  it("does not ask to continue the cells of a table that lost its layout", () => {
    const text = [
      "Частые порты:",
      "Порт",
      "Протокол",
      "Сервис",
      "22",
      "TCP",
      "SSH и многое другое, что обычно открыто на сервере по умолчанию.",
      "В нотации CIDR маску пишут через слеш числом единичных бит, например /24 значит двести пятьдесят шесть адресов.",
    ].join("\n");
    expect(openingWords(text)).toBe("В нотации CIDR маску пишут через");
    // A sentence wrapped over lines is a sentence.
    expect(
      openingWords(
        "Маску пишут через слеш числом\nединичных бит, например /24 значит\nдвести пятьдесят шесть адресов.",
      ),
    ).toBe("Маску пишут через слеш числом единичных");
  });
});
