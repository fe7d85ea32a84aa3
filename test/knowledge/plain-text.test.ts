import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isShortTitle } from "../../src/knowledge/lines.ts";
import { itemName, namesIn, structureText } from "../../src/knowledge/plain-text.ts";
import { structureNote } from "../../src/knowledge/structure.ts";

/** Headings and texts of the blocks, the shape a reader judges. */
const shape = (source: string) =>
  structureText(source).blocks.map((b) => [b.headingPath.join(" › "), b.text]);

const filler = (topic: string) =>
  `${topic} описан здесь подробно: он запускается в кластере, работает с подами и сервисами, и его настраивают через манифест, который применяют командой kubectl apply.`;

describe("structureText: headings", () => {
  it("makes numbered named items sub-sections of the line that introduces them, and returns after the list", () => {
    const source = [
      "Основные типы сервисов:",
      "",
      "1. ClusterIP: внутренний адрес, доступный только внутри кластера для других подов.",
      "2. NodePort: порт на каждой ноде кластера, открытый для внешних клиентов.",
      "",
      "Скорее всего тебе придется иметь дело либо с NodePort, либо с ClusterIP.",
    ].join("\n");
    expect(shape(source)).toEqual([
      [
        "Основные типы сервисов › ClusterIP",
        "ClusterIP: внутренний адрес, доступный только внутри кластера для других подов.",
      ],
      [
        "Основные типы сервисов › NodePort",
        "NodePort: порт на каждой ноде кластера, открытый для внешних клиентов.",
      ],
      ["", "Скорее всего тебе придется иметь дело либо с NodePort, либо с ClusterIP."],
    ]);
  });

  it("keeps numbered steps of one line each with the sentence that leads into them", () => {
    const source = [
      "TCP доставляет байты по порядку и без потерь, поэтому на нём работает почти весь веб.",
      "",
      "Трёхстороннее рукопожатие",
      "Перед тем как слать данные, TCP устанавливает соединение за три пакета (three-way handshake):",
      "1. SYN: клиент шлёт сегмент с флагом SYN и своим номером seq=x",
      "2. SYN-ACK: сервер отвечает флагами SYN+ACK, своим seq=y и ack=x+1",
      "3. ACK: клиент подтверждает ack=y+1, соединение переходит в ESTABLISHED",
      "",
      "Закрытие идёт в четыре шага, каждая сторона закрывает свою половину соединения.",
    ].join("\n");
    const handshake = structureText(source).blocks.slice(1);
    // No step heads a section: the steps are the one answer to how the handshake goes.
    expect(new Set(handshake.map((b) => b.headingPath.join(" › ")))).toEqual(
      new Set(["Трёхстороннее рукопожатие"]),
    );
    expect(handshake.map((b) => b.text.slice(0, 6))).toEqual([
      "Перед ",
      "1. SYN",
      "2. SYN",
      "3. ACK",
      "Закрыт",
    ]);
    expect(new Set(handshake.slice(0, 4).map((b) => b.part)).size).toBe(1);
  });

  it("repairs what a PDF's pages and wrapping broke: a cut word, a heading in capitals, a sentence across pages", () => {
    const prose = [
      "Правила в цепочке проверяются сверху вниз, срабатывает первое совпавшее",
      "правило, а если ни одно не совпало, применяется политика цепочки по",
      "умолчанию для всех пакетов. Сначала разрешить SSH и уже установленные",
      "соединения для всех пакетов в цепочке по умолчанию, и только потом",
    ];
    const source = [
      "Сети",
      "",
      "TCP - протокол транспортного уровня с установкой соеди-",
      "нения: гарантирует доставку, порядок байт и отсутствие дублей в потоке данных.",
      "Поэтому TCP используют почти все прикладные протоколы, которым важна целостность.",
      "IPTABLES",
      ...prose,
      "",
      "4",
      "",
      "ставить политику DROP, иначе отрежешь сам себя от сервера и полезешь через консоль.",
      "УТИЛИТЫ",
      "ping",
      "ping -c 4 8.8.8.8",
    ].join("\n");
    const blocks = structureText(source).blocks;
    // «соеди-» / «нения: …» is one word, not a definition of «нения».
    expect(blocks.some((b) => b.text.includes("установкой соединения: гарантирует"))).toBe(true);
    expect(blocks.some((b) => b.headingPath.includes("нения"))).toBe(false);
    // The page break cut «…и только потом» / «ставить политику DROP…»: one sentence, under «IPTABLES».
    const iptables = blocks.filter((b) => b.headingPath[0] === "IPTABLES").map((b) => b.text);
    expect(iptables.join(" ")).toContain("и только потом ставить политику DROP");
    expect(blocks.find((b) => b.text.includes("ping -c 4"))?.headingPath).toEqual(["УТИЛИТЫ"]);
  });

  it("joins a heading's word the PDF hyphenated at the line's end («7.4 Логическая репли-» / «кация»)", () => {
    const source = [
      "7. Репликация",
      "7.3 Слоты репликации",
      "Слот не даёт primary удалить WAL, который реплика ещё не забрала, и диск забивается.",
      "7.4 Логическая репли-",
      "кация",
      "Передаёт изменения строк выбранных таблиц. Нужен wal_level = logical.",
    ].join("\n");
    const blocks = structureText(source).blocks;
    const logical = blocks.find((b) => b.text.includes("Передаёт изменения строк"));
    expect(logical?.headingPath.at(-1)).toBe("Логическая репликация");
    expect(logical?.text).not.toMatch(/^кация/);
  });

  it("takes a numbered title alone on its line, its text on the next, for a heading of the text", () => {
    const source = [
      "Собирала по курсу и докам, потом причешу, пока как есть.",
      "",
      "2. EC2",
      "EC2 (Elastic Compute Cloud) – виртуальные серверы в облаке, платишь за время работы.",
      "",
      "Типы Инстансов",
      "Тип читается как семейство + поколение + размер: t3.micro, m5.large.",
      "",
      "3. AMI",
      "AMI (Amazon Machine Image) – образ, из которого запускается инстанс.",
      "4. Установить пакет",
      "и перезапустить сервис, если он уже работал до этого.",
    ].join("\n");
    expect(shape(source).slice(1)).toEqual([
      ["EC2", "EC2 (Elastic Compute Cloud) – виртуальные серверы в облаке, платишь за время работы."],
      ["Типы Инстансов", "Тип читается как семейство + поколение + размер: t3.micro, m5.large."],
      // A numbered heading ends the section before it, as a heading does.
      ["AMI", "AMI (Amazon Machine Image) – образ, из которого запускается инстанс."],
      // An item whose next line goes on in lower case is a step, not a heading.
      ["AMI", "4. Установить пакет\nи перезапустить сервис, если он уже работал до этого."],
    ]);
  });

  it("takes the next number of numbered headings for a heading, whatever its text starts with but a Russian word", () => {
    const source = [
      "11. Vault (секреты)",
      "Ansible Vault шифрует файлы или отдельные значения (пароли, токены), чтобы их можно было",
      "хранить в git. Шифрование AES256, файл с паролем от хранилища никогда не коммитить в репо.",
      "",
      "12. Идемпотентность",
      "Идемпотентность - повторный запуск плейбука ничего не меняет, если система уже в нужном",
      "состоянии. Первый прогон: changed=5, второй: changed=0. Модули описывают состояние.",
      "",
      "13. Check mode и diff",
      "ansible-playbook site.yml --check - сухой прогон (dry run): ничего не меняет на узлах,",
      "только показывает, что поменялось бы. --diff - показать, что изменится в файлах.",
      "",
      "14. BECOME",
      "become - выполнить задачу от другого пользователя, обычно от root через sudo, а become_user",
      "задаёт, от кого именно (по умолчанию root). Из командной строки: -b и -K для пароля sudo.",
      "15. Установить пакет",
      "и перезапустить сервис, если он уже работал до этого, иначе конфиг не подхватится никак.",
    ].join("\n");
    expect(shape(source).map(([heading]) => heading)).toEqual([
      "Vault (секреты)",
      "Идемпотентность",
      "Check mode и diff",
      "BECOME",
      // «и перезапустить…» goes on with the line: a step.
      "BECOME",
    ]);
  });

  it("keeps each timed point of lecture notes on a line of its own, however full the line before it", () => {
    // Eight lines of one width: read as text wrapped at that width, a full line would go on with the next.
    const point = (time: string, n: number) =>
      `${time} пункт ${n} лекции про каналы, лектор долго рассказывал, как это устроено внутри рантайма`;
    const source = [
      "Лекция 2. Каналы и select",
      ...["[00:00]", "[01:10]", "[02:20]", "[03:30]", "[04:40]", "[05:50]", "[07:00]", "08:10"].map(point),
    ].join("\n");
    const text = shape(source)
      .map(([, body]) => body)
      .join("\n");
    expect(text).toContain("рантайма\n[01:10] пункт 1");
    expect(text).toContain("рантайма\n08:10 пункт 7");
  });

  it("takes a title line atop a bulleted list for its heading, as a slide's title is", () => {
    const source = [
      "Слайды курса по MySQL, модуль 3, как их выгрузил PDF.",
      "",
      "Вторичные индексы",
      "• В листе вторичного индекса лежит значение первичного ключа, а не адрес строки",
      "• Поиск = два прохода: найти PK во вторичном, потом строку в кластерном",
      "",
      "Блокировки в InnoDB",
      "• S (shared) и X (exclusive) блокировки строк",
      "• SELECT ... FOR UPDATE ставит X на прочитанные строки",
    ].join("\n");
    expect(shape(source).map(([heading]) => heading)).toEqual([
      "",
      "Вторичные индексы",
      "Блокировки в InnoDB",
    ]);
  });

  it("keeps what a defining lead-in announces in one block under it, and a saved message without its header", () => {
    const source = [
      "[06.03.2024 08:30] Андрей:",
      "начинаю конспект по HTTP, кидаю сюда всё подряд и потом разберу по темам",
      "",
      "[06.03.2024 08:34] Андрей:",
      "401 vs 403 — вечно путаю, записываю:",
      "401 Unauthorized — не аутентифицирован: токена нет или он протух",
      "403 Forbidden — сервер знает, кто ты, но прав на действие нет",
    ].join("\n");
    const blocks = shape(source);
    expect(blocks.some(([, text]) => text?.includes("Андрей"))).toBe(false);
    expect(blocks.at(-1)).toEqual([
      "401 vs 403",
      "401 vs 403 — вечно путаю, записываю:\n401 Unauthorized — не аутентифицирован: токена нет или он протух\n403 Forbidden — сервер знает, кто ты, но прав на действие нет",
    ]);
  });

  it("takes a manual's numbered section titles for headings, and a line that only starts with a number for text", () => {
    const source = [
      "Jenkins для начинающих, учебное пособие для тех, кто только начинает.",
      "1 Введение в Jenkins",
      "Jenkins — сервер CI/CD с открытым кодом, написан на Java и ставится пакетом.",
      "1.1 Controller и агенты",
      "Сборки выполняет агент — отдельная машина или контейнер, которую подключают к контроллеру.",
      "2 Администрирование",
      "5 Мб хватает для маленького JENKINS_HOME, но лучше держать запас на артефакты.",
    ].join("\n");
    expect(shape(source).map(([heading]) => heading)).toEqual([
      "",
      // «Jenkins — сервер…» defines Jenkins under its chapter; «Сборки выполняет агент — …» is a sentence.
      "Введение в Jenkins › Jenkins",
      // A section is under its chapter.
      "Введение в Jenkins › Controller и агенты",
      "Администрирование",
    ]);
  });

  it("takes chapters that come in turn for titles, a subtitle after a colon too, and one read out of order", () => {
    const source = [
      "StatefulSet'ы и операторы, раздатка к докладу.",
      "1 Зачем StatefulSet",
      "Deployment хорош для stateless: поды одинаковые, имена рандомные, убили один — подняли другой.",
      // Set right of chapter 1, read after chapter 3 under it.
      "3 Headless Service и DNS",
      "Headless Service — это Service с clusterIP: None, DNS отдает адреса подов напрямую.",
      "2 Стабильная идентичность",
      "Под с тем же именем получает тот же PVC после пересоздания на другой ноде.",
      "4 CRD: свои типы ресурсов",
      "CustomResourceDefinition — способ расширить API своим типом объектов без пересборки apiserver.",
      "4.1 Валидация",
      "Схема обязательна: поля не из схемы apiserver молча выкидывает.",
      "5 Паттерн оператор",
      "Оператор — это CRD и контроллер, в который зашиты знания живого админа о софте.",
      "9 Мб занимает образ оператора, это немного, но каждый мегабайт на счету при старте.",
    ].join("\n");
    const chapters = new Set(shape(source).map(([heading]) => heading?.split(" › ")[0]));
    expect(chapters).toContain("Зачем StatefulSet");
    expect(chapters).toContain("Headless Service и DNS");
    expect(chapters).toContain("CRD: свои типы ресурсов");
    expect(chapters).toContain("Паттерн оператор");
    // «2» after «3» is no chapter in turn: its line stays text of chapter 3; nor is «9 Мб занимает…» after «5».
    expect(chapters).not.toContain("Стабильная идентичность");
    expect([...chapters].some((h) => h?.includes("Мб"))).toBe(false);
  });

  it("takes a numbered title in camel case for a heading («2.1 useState»), not a number with a unit («1.5 ms»)", () => {
    const source = [
      "Мой конспект по React, писала по ходу курса и документации, потом причешу.",
      "1 Хуки",
      "Хуки дают функциональному компоненту стейт, эффекты и контекст, их имена начинаются с use.",
      "1.1 useState",
      "const [count, setCount] = useState(0);",
      "1.2 useEffect",
      "Эффект запускается после того, как браузер отрисовал экран, и чистится перед следующим запуском.",
      "1.5 ms на рендер списка из тысячи строк, это быстро, но если строк больше, то заметно.",
    ].join("\n");
    const headings = shape(source).map(([heading]) => heading);
    expect(headings).toContain("Хуки › useState");
    expect(headings).toContain("Хуки › useEffect");
    expect(headings.some((h) => h?.includes("ms"))).toBe(false);
    // The code under its title is not joined into it.
    expect(shape(source).find(([h]) => h === "Хуки › useState")?.[1]).toContain("useState(0)");
  });

  it("keeps a chapter whose first section only heads sections of its own («2. Типы» › «2.1 B-tree» › «2.1.1 …»)", () => {
    const source = [
      "PostgreSQL. Индексы. Конспект лекций",
      "=====================================",
      "",
      "1. Общее про индексы",
      "",
      "1.1. Что такое индекс",
      "- индекс = отдельная структура данных, в которой лежит ключ и ссылка на строку таблицы",
      "",
      "2. Типы индексов",
      "",
      "2.1. B-tree",
      "",
      "2.1.1. Как устроен",
      "- сбалансированное дерево, листья связаны в список",
      "",
      "2.2. Hash",
      "- хранит только 32-битный хэш значения",
    ].join("\n");
    const note = structureText(source);
    expect(note.title).toBe("PostgreSQL. Индексы. Конспект лекций");
    expect(note.blocks.map((b) => b.headingPath.join(" › "))).toEqual([
      "Общее про индексы › Что такое индекс",
      "Типы индексов › B-tree › Как устроен",
      "Типы индексов › Hash",
    ]);
  });

  it("takes one title for a chapter with sections, the last line so numbered before them, not a step of a list", () => {
    const source = [
      "Макроэкономика - конспект",
      "",
      "2. ЦБ и ключевая ставка",
      "2.1 Трансмиссионный механизм",
      "1. Процентный канал: ключевая ↑ → ставки по кредитам ↑ → потребление ↓",
      "2. Кредитный: банки ужесточают требования, кредитов выдают меньше",
      "3. Валютный: рублевые активы доходнее → рубль крепче",
      "",
      "3. Деньги",
      "3.1 Денежный мультипликатор",
      "Банки выдают в кредит больше, чем у них есть резервов, и деньги множатся.",
      "",
      "4. Restore из снапшота",
      "4.1 Одна нода (kubeadm)",
      "1. Убрать kube-apiserver.yaml и etcd.yaml из манифестов, kubelet сам их погасит.",
      "2. Восстановить в новую директорию.",
      "4. Вернуть манифесты, проверить endpoint",
      "4.2 Несколько нод",
      "На каждой ноде restore из одного и того же снапшота, у каждой свой --name.",
    ].join("\n");
    const paths = structureText(source).blocks.map((b) => b.headingPath);
    // A step names its own item at most: it heads no chapter.
    expect(
      paths.every(
        (p) => p[0] !== "Трансмиссионный механизм" && !p.includes("Вернуть манифесты, проверить endpoint"),
      ),
    ).toBe(true);
    expect(paths.map((p) => p.join(" › "))).toEqual(
      expect.arrayContaining([
        "ЦБ и ключевая ставка › Трансмиссионный механизм › Валютный",
        "Деньги › Денежный мультипликатор",
        "Restore из снапшота › Одна нода (kubeadm)",
        "Restore из снапшота › Несколько нод",
      ]),
    );
  });

  it("takes a numbered title that starts with a lower-case name for a heading when its number comes next", () => {
    const source = [
      "Конспект курса по C++, писала по ходу лекций, потом причешу и добавлю примеры.",
      "2 Семантика перемещения",
      "Перемещение забирает ресурсы у временного объекта вместо того, чтобы копировать их.",
      "2.1 lvalue и rvalue",
      "lvalue — выражение с именем и адресом, rvalue — временное значение без имени.",
      "2.2 std::move",
      "std::move ничего не перемещает, это просто приведение к rvalue-ссылке, перемещает конструктор.",
      // Not right after 2.2: a number in a sentence.
      "2.9 ms уходит на копирование, это долго, поэтому перемещаем, а не копируем большие буферы.",
      "2.3 noexcept и вектор",
      "Вектор перемещает элементы при росте, только если их мув-конструктор помечен noexcept.",
      // A chapter in lower case over sections of its own; a step numbered so over none is no chapter.
      "3. constexpr",
      "3.1 Вычисления при компиляции",
      "constexpr-функция может выполниться при компиляции, если все аргументы известны заранее.",
      "4. cppreference",
      "Справочник, где всё это описано подробно, с примерами и версиями стандарта для каждой фичи.",
    ].join("\n");
    const headings = shape(source).map(([heading]) => heading);
    expect(headings.some((h) => h?.startsWith("Семантика перемещения › lvalue и rvalue"))).toBe(true);
    expect(headings).toContain("Семантика перемещения › std::move");
    expect(headings).toContain("Семантика перемещения › noexcept и вектор");
    expect(headings).toContain("constexpr › Вычисления при компиляции");
    expect(headings.some((h) => h?.includes("ms") || h?.includes("cppreference"))).toBe(false);
  });

  it("numbers a later part's chapters from where it starts, a chapter title in capitals with a colon too", () => {
    const source = [
      "Курс C++, часть 2: лямбды, контейнеры STL и потоки, конспект по лекциям.",
      "5 ЛЯМБДЫ",
      "Лямбда — безымянный функциональный объект прямо на месте, тип возврата выводится сам.",
      "6 КОНТЕЙНЕРЫ STL",
      "6.1 Вектор",
      "size() — сколько элементов, capacity() — под сколько выделена память под элементы.",
      "7 ПОТОКИ: ОСНОВЫ",
      "std::thread запускает функцию в новом потоке, до уничтожения нужен join() или detach().",
    ].join("\n");
    const headings = shape(source).map(([heading]) => heading);
    expect(headings.some((h) => h?.startsWith("ЛЯМБДЫ"))).toBe(true);
    expect(headings).toContain("КОНТЕЙНЕРЫ STL › Вектор");
    expect(headings.some((h) => h?.startsWith("ПОТОКИ: ОСНОВЫ"))).toBe(true);
    expect(headings.some((h) => /\d/u.test(h ?? ""))).toBe(false);
  });

  it("takes chapters numbered in turn, each alone between blank lines, for headings with no sections under them", () => {
    const body = (what: string) =>
      `Здесь написано про ${what} достаточно длинно, чтобы это был абзац текста, а не заголовок раздела.`;
    const source = [
      "Модуль 7. Хранение данных в Kubernetes",
      "",
      "0. Зачем это всё",
      "",
      body("эфемерную файловую систему контейнера"),
      "",
      "1. Volumes (тома)",
      "",
      body("тома пода и volumeMounts"),
      "1. Сначала описываем том в spec.volumes пода.",
      "2. Потом монтируем его в контейнер.",
      "",
      "2. PersistentVolume (PV) и PersistentVolumeClaim (PVC)",
      "",
      body("заявки на хранилище"),
    ].join("\n");
    const headings = shape(source).map(([heading]) => heading);
    expect(headings).toContain("Зачем это всё");
    expect(headings).toContain("Volumes (тома)");
    expect(headings).toContain("PersistentVolume (PV) и PersistentVolumeClaim (PVC)");
    // The steps inside the text are no chapters, though they are numbered too.
    expect(headings.some((h) => h?.includes("Сначала") || h?.includes("Потом"))).toBe(false);
    // Two such lines are too few to tell chapters from a list.
    const two = source.split("\n").slice(0, 10).join("\n");
    expect(shape(two).map(([heading]) => heading)).not.toContain("Volumes (тома)");
  });

  it("takes a heading in capitals over a short line of text in lower case for a heading, not for a list", () => {
    const source = [
      filler("docker"),
      "",
      "BIND MOUNT",
      "монтируем папку (или файл) с хоста прямо в к-р",
      "    docker run -d -v /home/anya/site:/usr/share/nginx/html nginx",
      "",
      filler("tmpfs"),
    ].join("\n");
    const headings = structureText(source).blocks.map((b) => b.headingPath.join(" › "));
    expect(headings).toContain("BIND MOUNT");
    // Short lines of names one after another are still a list: «Service» / «Ingress» / «ConfigMap».
    const names = [filler("объекты"), "", "Service", "", "Ingress", "", "ConfigMap", "", filler("поды")].join(
      "\n",
    );
    expect(structureText(names).blocks.flatMap((b) => b.headingPath)).not.toContain("Service");
  });

  it("reads a timeline's dated lines («1861 — Манифест…») as its text, not as terms that head sections", () => {
    const source = [
      "История 19 век – билеты (мои записи)",
      "",
      "Билет 1. Александр I (1801–1825)",
      "1801 – А1 на троне после убийства Павла I. Негласный комитет – «молодые друзья» царя.",
      "1802 – вместо коллегий 8 министерств.",
      "1803 – указ о вольных хлебопашцах: помещики могли отпускать крестьян на волю с землей.",
      "1853–1856 гг. – Крымская война, ее итог и толкнул реформы.",
    ].join("\n");
    const headings = structureText(source).blocks.flatMap((b) => b.headingPath);
    expect(headings).toContain("Билет 1. Александр I (1801–1825)");
    expect(headings.filter((h) => /^\d{4}/u.test(h))).toEqual([]);
  });

  it("takes a section's numbered title with a subtitle after a colon for a heading («2.8. Деление клетки: митоз и мейоз»)", () => {
    const source = [
      "Глава 2. Строение клетки, конспект по учебнику и лекциям.",
      "2.7. Трансляция",
      "Рибосома читает мРНК по кодонам и собирает полипептид, тРНК приносят аминокислоты.",
      "2.8. Деление клетки: митоз и мейоз",
      "Митоз дает две одинаковые клетки, мейоз — четыре гаплоидные гаметы.",
    ].join("\n");
    const headings = shape(source).map(([heading]) => heading);
    expect(headings).toContain("Деление клетки: митоз и мейоз");
  });

  it("joins a wrapped line that reads as a definition to the unfinished line it goes on", () => {
    // PDF text wrapped at about 80 characters: «присваивание — значит…» ends the sentence above it.
    const source = [
      "Правило нуля, трех и пяти",
      "Правило трех: нужен свой деструктор, копирующий конструктор или копирующее",
      "присваивание — значит, нужны все три. Правило пяти (C++11): плюс конструктор",
      "перемещения и перемещающее присваивание. Если объявить деструктор, компилятор",
      "не сгенерирует мув-операции сам, и перемещение тихо станет копированием.",
      "Правило нуля: ресурсы держим в RAII-членах (vector, unique_ptr) и не пишем ни",
      "одной из пяти функций, компилятор сам сгенерирует все как надо, без утечек.",
      "Конструктор перемещения ворует указатель у источника: O(1) вместо копии O(n),",
      "а источник оставляет пустым, чтобы его деструктор ничего не освободил дважды.",
    ].join("\n");
    const blocks = shape(source);
    expect(blocks.some(([heading]) => heading?.endsWith("присваивание"))).toBe(false);
    expect(blocks.some(([, text]) => text?.includes("копирующее присваивание — значит, нужны все три"))).toBe(
      true,
    );
  });

  it("goes on with a wrapped line after a number's word, though it reads as a definition («из трех» / «оболочек: …»)", () => {
    const source = [
      "5.5. Кровеносные сосуды",
      "Артерии — сосуды, несущие кровь от сердца; вены — к сердцу;",
      "капилляры соединяют их. Стенка артерий и вен состоит из трех",
      "оболочек: внутренней (tunica intima) — эндотелий, средней (tu-",
      "nica media) — гладкие мышцы и эластические волокна, наружной",
      "(tunica externa, adventitia) — соединительная ткань.",
      "Артерии эластического типа (аорта, легочный ствол) растягива-",
      "ются во время систолы, а в диастолу спадаются и проталкивают",
      "кровь дальше; прерывистый выброс превращается в непрерывный",
      "ток крови (эффект компрессионной камеры, Windkessel).",
    ].join("\n");
    const blocks = shape(source);
    expect(blocks.map(([heading]) => heading)).not.toContain("оболочек");
    expect(blocks.some(([, text]) => text?.includes("состоит из трех оболочек: внутренней"))).toBe(true);
  });

  it("takes no numbered item for a heading while a bracket in it is open («2. … узел (nodus» / «atrioventricularis, …»)", () => {
    const source = [
      "5.4. Проводящая система сердца",
      "Автоматия — способность сердца ритмически сокращаться под действием импульсов, возникающих в нем самом.",
      "1. Синусно-предсердный (синоатриальный) узел (nodus sinuatri-",
      "alis, узел Киса — Флака) — в стенке правого предсердия у впа-",
      "дения верхней полой вены. Водитель ритма первого порядка.",
      "2. Предсердно-желудочковый (атриовентрикулярный) узел (nodus",
      "atrioventricularis, узел Ашоффа — Тавары) — в нижней части",
      "межпредсердной перегородки. Здесь проведение задерживается.",
      "5.5. Кровеносные сосуды",
      "Артерии — сосуды, несущие кровь от сердца; вены — к сердцу; капилляры соединяют их между собой.",
    ].join("\n");
    const headings = shape(source).map(([heading]) => heading);
    expect(headings.filter((h) => h?.includes("nodus"))).toEqual([]);
    expect(headings.filter((h) => h?.startsWith("Кровеносные сосуды"))).not.toEqual([]);
  });

  it("takes no line for a title while a quote in it is open («…что шаг «тот» / «же самый»:»)", () => {
    expect(isShortTitle("Как докер понимает, что шаг «тот")).toBe(false);
    expect(isShortTitle("Шаг «тот же самый»")).toBe(true);
  });

  it("reads a lecture's «§4. Хеш-таблицы» as a chapter, and a section's title run into its text as its heading", () => {
    const source = [
      "Алгоритмы и структуры данных, конспект лекций, весна 2026, читает доцент кафедры.",
      "§4. Хеш-таблицы",
      "4.1 Метод цепочек. В ячейке хранится список попавших в нее ключей, поиск в среднем за константу.",
      "4.2 Открытая адресация. Все ключи лежат в самом массиве, при коллизии перебираем ячейки до свободной.",
      "§5. Двоичные деревья поиска",
      "Поиск, вставка и удаление стоят O(h), где h — высота дерева, которая бывает и линейной.",
    ].join("\n");
    expect(shape(source)).toEqual([
      ["", "Алгоритмы и структуры данных, конспект лекций, весна 2026, читает доцент кафедры."],
      [
        "Хеш-таблицы › Метод цепочек",
        "В ячейке хранится список попавших в нее ключей, поиск в среднем за константу.",
      ],
      [
        "Хеш-таблицы › Открытая адресация",
        "Все ключи лежат в самом массиве, при коллизии перебираем ячейки до свободной.",
      ],
      [
        "Двоичные деревья поиска",
        "Поиск, вставка и удаление стоят O(h), где h — высота дерева, которая бывает и линейной.",
      ],
    ]);
  });

  it("heads no section by a clause a dash explains: «Если ключи — целые числа…» defines nothing", () => {
    const source = [
      "Сортировка подсчетом",
      "Если ключи — целые числа от 0 до k, считаем, сколько раз встречается каждое значение, и раскладываем.",
      "Counting sort — устойчивая сортировка за Θ(n + k), без сравнений, когда k невелико по сравнению с n.",
    ].join("\n");
    const headings = shape(source).map(([heading]) => heading);
    expect(headings.some((h) => h?.includes("Если ключи"))).toBe(false);
  });

  it("loses no word of notes pasted as one line, though it opens as a title would («FastAPI — мой конспект…»)", () => {
    const body = Array.from(
      { length: 40 },
      (_, k) => `Пункт ${k}: зависимость Depends вызывает функцию перед эндпоинтом и передает результат.`,
    ).join(" ");
    const source = `FastAPI — мой конспект, часть 1 📝 ЧТО ЭТО: ${body}`;
    const note = structureText(source);
    const text = note.blocks.map((b) => `${b.headingPath.join(" ")} ${b.text}`).join(" ");
    expect(text).toContain("Пункт 39: зависимость Depends");
    expect(text).toContain("ЧТО ЭТО");
    // Split at its headings in capitals, its first words are the notes' title again.
    expect(note.title).toBe("FastAPI — мой конспект, часть 1 📝");
    // A short first line is still the notes' title.
    expect(
      structureText("Docker — мои заметки\n\nОбраз собирают командой docker build из Dockerfile.").title,
    ).toBe("Docker — мои заметки");
  });

  it("splits notes that lost their line breaks at the headings in capitals run into them", () => {
    const filler = (topic: string) =>
      Array.from(
        { length: 12 },
        (_, k) => `${topic} ${k}: поле модели проверяется при каждом запросе к эндпоинту.`,
      ).join(" ");
    const wall = `Конспект по FastAPI. PYDANTIC МОДЕЛИ: ${filler("Модель")} ASYNC ИЛИ ОБЫЧНЫЙ DEF: ${filler("Функция")} АВТОРИЗАЦИЯ (OAuth2 + JWT): ${filler("Токен")}`;
    const headings = structureText(wall).blocks.map((b) => b.headingPath[0]);
    expect(headings).toEqual(
      expect.arrayContaining(["PYDANTIC МОДЕЛИ", "ASYNC ИЛИ ОБЫЧНЫЙ DEF", "АВТОРИЗАЦИЯ (OAuth2 + JWT)"]),
    );
    // A paragraph someone wrote keeps its «HTTP: …» as text.
    const short = "Протокол. HTTP: запрос и ответ, заголовки и тело, методы и коды ответа сервера.";
    expect(structureText(short).blocks.map((b) => b.headingPath.join())).not.toContain("HTTP");
  });

  it("heads a web page copied whole by its table of contents' titles where they come again over their text", () => {
    const source = [
      "Моя лента",
      "Все потоки",
      "Войти",
      "Содержание",
      "Type или interface",
      "Union и intersection",
      "Type или interface",
      "Оба описывают форму объекта, в простых случаях разницы между ними почти нет никакой.",
      "Union и intersection",
      "Union — значение одного из типов, без проверки доступно только то, что есть у всех.",
    ].join("\n");
    const blocks = structureText(source).blocks;
    expect(blocks.map((b) => b.headingPath[0])).toEqual(
      expect.arrayContaining(["Type или interface", "Union и intersection"]),
    );
    // The site's menu is no table of contents: its lines stay, and no word is lost.
    const all = blocks.map((b) => `${b.headingPath.join(" ")} ${b.text}`).join(" ");
    for (const word of ["Моя лента", "Войти", "Содержание", "Оба описывают", "Union — значение"])
      expect(all).toContain(word);
  });

  it("keeps every level of a manual's numbering in a section's headings («2 › 2.1 › 2.1.1»)", () => {
    const source = [
      "Jenkins для начинающих, учебное пособие для тех, кто только начинает.",
      "1 Введение",
      "Jenkins — сервер CI/CD с открытым кодом, написан на Java и ставится пакетом.",
      "2 Пайплайны",
      "2.1 Декларативный пайплайн",
      "Декларативный пайплайн описывает сборку в Jenkinsfile блоками, которые Jenkins проверяет заранее.",
      "2.1.1 Блок post",
      "Блок post выполняет шаги после сборки: always, success и failure, например отправку уведомлений.",
      "2.2 Скриптовый пайплайн",
      "Скриптовый пайплайн пишут кодом на Groovy внутри блока node: гибче, но без проверки структуры.",
      "3 Администрирование",
      "Резервную копию JENKINS_HOME делают регулярно, иначе при сбое диска теряются все настройки.",
    ].join("\n");
    expect(shape(source).map(([heading]) => heading)).toEqual([
      "",
      "Введение › Jenkins",
      "Пайплайны › Декларативный пайплайн",
      "Пайплайны › Декларативный пайплайн › Блок post",
      "Пайплайны › Скриптовый пайплайн",
      "Администрирование",
    ]);
  });

  it("makes a chapter with no text of its own the parent of its sections, not a line of the section before", () => {
    const source = [
      "Мой конспект по React, писала по ходу курса и документации, потом причешу.",
      "1 Состояние",
      "Стейт хранится в компоненте и меняется только через сеттер, который ставит ререндер в очередь.",
      "2 Мемоизация",
      "2.1 useMemo",
      "useMemo кэширует результат вычисления между рендерами, пока не поменялись зависимости.",
      "2.2 React.memo",
      "React.memo пропускает ререндер компонента, если его пропсы не изменились при сравнении.",
      "3 Списки",
      "Ключ нужен, чтобы реакт понимал, какой элемент списка какой между рендерами, и не путал стейт.",
    ].join("\n");
    expect(shape(source).map(([heading]) => heading)).toEqual([
      "",
      "Состояние",
      "Мемоизация › useMemo",
      "Мемоизация › React.memo",
      "Списки",
    ]);
    expect(shape(source)[1]?.[1]).not.toContain("Мемоизация");
  });

  it("keeps a bulleted list with the paragraph it follows with no blank line", () => {
    const source = [
      "Приватные диапазоны (RFC 1918), в интернете не маршрутизируются: 10.0.0.0/8, 172.16.0.0/12,",
      "192.168.0.0/16. Ещё 127.0.0.0/8 - loopback, это localhost, и наружу он никогда не выходит.",
      "",
      "NAT",
      "NAT (Network Address Translation) - подмена адресов в заголовках пакетов на роутере.",
      "Нужен, потому что IPv4 адресов мало: вся домашняя сеть выходит в интернет через один",
      "публичный IP.",
      "• SNAT / masquerade - для исходящих: роутер меняет адрес источника на свой публичный и",
      "запоминает соответствие в таблице conntrack, чтобы вернуть ответ нужному хосту. Много",
      "хостов за одним IP различаются по портам (PAT, он же NAPT)",
      "• DNAT, он же проброс портов - для входящих: пакеты на публичный_IP:8080 перенаправ-",
      "ляются на внутренний 10.0.0.5:80",
    ].join("\n");
    const blocks = structureText(source).blocks.filter((b) => b.headingPath[0] === "NAT");
    expect(blocks.map((b) => b.text.slice(0, 5))).toEqual(["NAT ("]);
    expect(blocks[0]?.text).toContain("• DNAT");
  });

  it("keeps code right after a named item's text with the item", () => {
    const source = [
      "Процессы",
      "",
      "1. Права доступа:",
      "У каждого файла есть владелец, группа и все остальные, у каждого свои права на чтение и запись.",
      "2. Процессы и сигналы:",
      "Сначала всегда шлём процессу SIGTERM, ждём несколько секунд, и только если он висит - SIGKILL.",
      "$ kill 4242",
      "$ kill -9 4242",
    ].join("\n");
    const blocks = structureText(source).blocks;
    expect(blocks.find((b) => b.kind === "code")?.headingPath).toEqual(["Процессы и сигналы"]);
    expect(
      new Set(blocks.filter((b) => b.headingPath[0] === "Процессы и сигналы").map((b) => b.part)).size,
    ).toBe(1);
  });

  it("takes an item that only names itself as the heading of the lines under it", () => {
    const source = [
      "1. Calico:",
      "Особенности: богатый набор функций для сетевой политики и безопасности.",
      "Применение: крупные кластеры с требованиями к безопасности.",
      "2. Flannel:",
      "",
      "Особенности: простая и быстрая настройка сети для небольших кластеров.",
    ].join("\n");
    expect(shape(source)).toEqual([
      [
        "Calico",
        "Особенности: богатый набор функций для сетевой политики и безопасности.\nПрименение: крупные кластеры с требованиями к безопасности.",
      ],
      ["Flannel", "Особенности: простая и быстрая настройка сети для небольших кластеров."],
    ]);
  });

  it("takes a lettered item as it takes a numbered one («А) Calico:», «Б) Flannel:»)", () => {
    const source = [
      "А) Calico:",
      "Особенности: богатый набор функций для сетевой политики и безопасности.",
      "Б) Flannel:",
      "Особенности: простая и быстрая настройка сети для небольших кластеров.",
    ].join("\n");
    expect(shape(source).map(([heading]) => heading)).toEqual(["Calico", "Flannel"]);
  });

  it("keeps an item's marker as the author wrote it («a)», «2)»), not made «1.»", () => {
    const source = [
      "Частые причины NotReady",
      "----------------------",
      "",
      "a) kubelet не стартует из-за swap, в логе ругань на swap.",
      "b) не совпадает cgroup driver у kubelet и containerd.",
      "",
      "Что проверить сначала",
      "---------------------",
      "",
      "1) статус kubelet через systemctl status kubelet.",
      "2) логи kubelet через journalctl -u kubelet.",
    ].join("\n");
    const text = structureText(source)
      .blocks.map((b) => b.text)
      .join("\n");
    expect(text).toContain("a) kubelet не стартует из-за swap");
    expect(text).toContain("b) не совпадает cgroup driver");
    expect(text).toContain("2) логи kubelet");
    expect(text).not.toMatch(/^\d\. (?:kubelet|не совпадает|статус|логи)/mu);
  });

  it("heads each answer with its question from an exam's numbered list, the answer one part", () => {
    const source = [
      filler("Вступление"),
      "",
      "1. Модель OSI. Уровни и их назначение.",
      "Ответ:",
      filler("OSI"),
      "",
      filler("Инкапсуляция"),
      "",
      "2. Чем TCP отличается от UDP?",
      filler("TCP"),
      "",
      "3. Протокол ARP.",
      filler("ARP"),
      "",
      "4. DNS. Этапы разрешения имени.",
      "1) Кэш браузера, кэш ОС, файл hosts.",
      "2) Запрос к рекурсивному резолверу.",
    ].join("\n");
    const blocks = structureText(source).blocks;
    expect([...new Set(blocks.map((b) => b.headingPath.join(" › ")))]).toEqual([
      "",
      "Модель OSI. Уровни и их назначение",
      "Чем TCP отличается от UDP?",
      "Протокол ARP",
      "DNS. Этапы разрешения имени",
    ]);
    const osi = blocks.filter((b) => b.headingPath[0]?.startsWith("Модель OSI"));
    expect(new Set(osi.map((b) => b.part)).size).toBe(1);
    // «Ответ:» only marks where the answer starts.
    expect(osi[0]?.text.startsWith("OSI описан")).toBe(true);
    // A step is a sentence, not a title: «1. Скачать архив.» over what it says.
    const steps = structureText(
      `${filler("Установка")}\n\n1. Скачать архив.\nПотом его распаковать в домашнюю папку.`,
    );
    expect(steps.blocks.every((b) => b.headingPath.length === 0)).toBe(true);
  });

  it("heads each answer of flashcards kept as text with its question, the answer one block", () => {
    const source = [
      filler("Питон"),
      "",
      "В: Что такое MRO?",
      "О: Method Resolution Order — порядок, в котором Python ищет метод в иерархии классов.",
      "Строится алгоритмом C3-линеаризации.",
      "",
      "Q: threads vs processes — когда что?",
      "A: threading — I/O-bound задачи, много ожидания.",
      "multiprocessing — CPU-bound задачи, свой интерпретатор.",
    ].join("\n");
    const blocks = structureText(source).blocks;
    expect(blocks.map((b) => b.headingPath.join(" › "))).toEqual([
      "",
      "Что такое MRO?",
      "threads vs processes — когда что?",
    ]);
    expect(blocks[1]?.text.startsWith("Method Resolution Order — порядок")).toBe(true);
  });

  it("takes a figure's caption for no definition of «Рисунок 2»", () => {
    const source = [filler("Тома"), "", "Рисунок 2 — Жизненный цикл PVC", filler("PVC")].join("\n");
    expect(structureText(source).blocks.some((b) => b.headingPath.includes("Рисунок 2"))).toBe(false);
  });

  it("reads a cheat sheet: a label or a title in capitals heads its group, a command per line", () => {
    const source = [
      filler("Гит"),
      "",
      "Ветки:",
      "git branch — список локальных веток",
      "git switch <имя> — переключиться на ветку",
      "",
      "REMOTE / PUSH",
      "git remote -v — какие удаленные репо подключены",
      "git fetch — скачать изменения, не трогая мои ветки",
    ].join("\n");
    const blocks = structureText(source).blocks;
    expect(blocks.map((b) => b.headingPath.join(" › "))).toEqual(["", "Ветки", "REMOTE / PUSH"]);
    // Each command keeps its line: no wrapped sentence, no term heading a section of its own.
    expect(blocks[2]?.text).toBe(
      "git remote -v — какие удаленные репо подключены\ngit fetch — скачать изменения, не трогая мои ветки",
    );
    // A label over a bulleted list leads into it, in the section it is in.
    const list = structureText(
      [
        filler("Очереди"),
        "",
        "Свойства очереди:",
        "- durable — переживет рестарт брокера",
        "- exclusive — только для одного соединения",
      ].join("\n"),
    );
    expect(list.blocks.some((b) => b.headingPath.includes("Свойства очереди"))).toBe(false);
  });

  it("heads the parts numbered in Roman numerals, when two or more number the text", () => {
    const source = [
      filler("Вступление"),
      "",
      "I. Нормализация",
      filler("1НФ"),
      "",
      "II. Ключи",
      filler("PK"),
      "",
      "III. Джойны",
      "1) INNER JOIN — только пары, где условие совпало.",
    ].join("\n");
    expect(structureText(source).blocks.map((b) => b.headingPath[0])).toEqual([
      undefined,
      "Нормализация",
      "Ключи",
      "Джойны",
    ]);
    // One such line alone numbers nothing: a title as any other, its numeral kept.
    const alone = structureText(`${filler("A")}\n\nI. Нормализация\n\n${filler("B")}`).blocks;
    expect(alone.map((b) => b.headingPath.join())).not.toContain("Нормализация");
    // Stages in lower case, announced by the line before, are points of a list: no part is titled so.
    const stages = source
      .replace("I. Нормализация", "I. подготовительная")
      .replace("II. Ключи", "II. выплата");
    expect(structureText(stages).blocks.map((b) => b.headingPath.join(" › "))).not.toContain(
      "подготовительная",
    );
  });

  it("reads a Markdown heading typed without its space, but not a tag", () => {
    const source = [
      filler("Вступление"),
      "",
      "#Индексы",
      filler("Индекс"),
      "",
      "##Составной индекс",
      filler("Составной"),
      "",
      "#k8s #поды",
      "",
      "#Kubernetes",
      "",
      filler("Хвост"),
    ].join("\n");
    const headings = structureText(source).blocks.map((b) => b.headingPath.join(" › "));
    expect(headings.slice(0, 3)).toEqual(["", "Индексы", "Индексы › Составной индекс"]);
    expect(headings.some((h) => /k8s|Kubernetes/u.test(h))).toBe(false);
  });

  it("takes an underlined line for a heading, and a line of «~~~» under a title for no code fence", () => {
    const source = [
      "Rust - начинаю!! cargo и основы",
      "~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~",
      "cargo = сборщик + менеджер пакетов, пакеты называются крейты и берутся с crates.io",
      "",
      "Владение (ownership)",
      "____________________",
      "Самое главное в расте: сборщика мусора нет, память освобождается по правилам владения.",
      "Всё, что выше, я понял только со второго раза, и то не до конца.",
      "---",
      "Move (перемещение)",
      "~~~~~~~~~~~~~~~~~~",
      "Присвоили String другой переменной: значение переехало, старая больше не валидна.",
    ].join("\n");
    expect(shape(source).map(([heading]) => heading)).toEqual([
      "",
      "Владение (ownership)",
      "Move (перемещение)",
    ]);
    expect(shape(source).some(([, text]) => text?.includes("```"))).toBe(false);
    // A scanned title hyphenated onto its second line is underlined whole; a speck after the underline is no text.
    const scanned = [
      "Кинетика ферментатив-",
      "ных р-ций",
      "_________",
      "при низкой концентрации субстрата скорость растет почти линейно, потом выходит на плато.",
      "",
      "Изоферменты",
      "__________ ,",
      "катализируют одну и ту же реакцию, но отличаются по строению и по Km, локализации в тканях.",
    ].join("\n");
    // The first title titles the text.
    expect(structureText(scanned).title).toBe("Кинетика ферментативных р-ций");
    // A title in capitals standing apart is underlined by a short rule too, as Notepad's notes have it.
    const notepad = [
      "БЭКАПЫ MS SQL",
      "записываю с 2014, на работе был 2008 R2, сейчас уже 2019.",
      "",
      "МОДЕЛИ ВОССТАНОВЛЕНИЯ (recovery model)",
      "-----",
      "1) SIMPLE - лог усекается сам при checkpoint, бэкапы лога делать нельзя совсем.",
      "2) FULL - все пишется в лог, лог растет пока не сделаешь BACKUP LOG.",
    ].join("\n");
    expect(shape(notepad).map(([heading]) => heading)).toContain("МОДЕЛИ ВОССТАНОВЛЕНИЯ (recovery model)");
    // A sentence over a rule is no title: the rule separates.
    const ruled = notepad.replace("МОДЕЛИ ВОССТАНОВЛЕНИЯ (recovery model)", "Дальше про модели.");
    expect(shape(ruled).map(([heading]) => heading)).not.toContain("Дальше про модели.");
    expect(shape(scanned)).toEqual([
      ["", expect.stringMatching(/^при низкой/u)],
      ["Изоферменты", expect.stringMatching(/^катализируют/u)],
    ]);
  });

  it("heads sections with ALL-CAPS lines and short lines before body text; the first one titles the text", () => {
    const source = [
      "Сеть в Kubernetes",
      "",
      filler("CNI"),
      "",
      "ПЛАГИНЫ",
      "",
      filler("Calico"),
      "",
      "Ingress Controller",
      "",
      filler("Ingress"),
    ].join("\n");
    const note = structureText(source);
    expect(note.title).toBe("Сеть в Kubernetes");
    expect(note.aliases).toEqual(["сеть в kubernetes"]);
    expect(note.blocks.map((b) => b.headingPath)).toEqual([[], ["ПЛАГИНЫ"], ["Ingress Controller"]]);
    // A table's head in capitals, its columns apart by runs of spaces, heads nothing.
    const table = [filler("Jobs"), "", "NAME   COMPLETIONS   DURATION", "", filler("CronJob")].join("\n");
    expect(structureText(table).blocks.every((b) => b.headingPath.length === 0)).toBe(true);
  });

  it("heads sections with lines set off by runs of marks («=== DNS ===», «--- iptables ---»), all of one level", () => {
    const source = [
      filler("Сеть"),
      "",
      "--- iptables ---",
      "",
      filler("iptables"),
      "",
      "=== DNS ===",
      "",
      filler("DNS"),
      "",
      "== TLS: отладка хендшейка ==",
      filler("TLS"),
      "",
      // Notes typed along a webinar put its time before every line, the heading's too.
      "[00:40:10] === taints и tolerations ===",
      `[00:40:20] ${filler("taints")}`,
    ].join("\n");
    expect(structureText(source).blocks.map((b) => b.headingPath)).toEqual([
      [],
      ["iptables"],
      ["DNS"],
      ["TLS: отладка хендшейка"],
      ["taints и tolerations"],
    ]);
    // A rule alone, or marks on one side only, head nothing.
    expect(
      structureText(`${filler("A")}\n\n---\n\n-- комментарий\n${filler("B")}`).blocks.every(
        (b) => b.headingPath.length === 0,
      ),
    ).toBe(true);
  });

  it("takes a slide's title, not the heads of its two columns side by side, for its heading", () => {
    const source = [
      "\f  ConfigMap как volume",
      "",
      "   •  Каждый ключ → отдельный файл в mountPath (имя файла = ключ)",
      "   •  mountPath закрывает собой всё, что было в этой директории в образе!",
      "",
      "\f  env vs volume",
      "",
      "   Переменные окружения                       Файлы в volume",
      "",
      "   •  читаются один раз при старте процесса   •  kubelet сам обновляет файлы",
      "   •  изменение ConfigMap НЕ видно               при изменении ConfigMap",
      "      до перезапуска пода                     •  приложение должно само перечитать",
      "   •  легко утекают в логи и crash dump       •  для секретов предпочтительнее",
      "",
      "Заметки: кароч секреты лучше файлами, у нас сервис при падении дампил все env в сентри.",
      "\f  Обновление конфигурации",
      "",
      "   •  Меняем: kubectl apply -f cm.yaml или kubectl edit configmap app-config",
    ].join("\n");
    const headings = structureText(source).blocks.map((b) => b.headingPath.join(" › "));
    expect(headings.some((h) => h.includes("Файлы в volume"))).toBe(false);
    expect(headings).toContain("env vs volume");
  });

  it("reads notes kept like a config file: «# ==== таймеры ====» heads, «# systemctl edit …» is a command", () => {
    const source = [
      "# systemd — конспект. начала в феврале, дописываю по ходу",
      "",
      "# ==== drop-in / override ====",
      "чужой (пакетный) юнит напрямую не правим — при обновлении пакета затрется. вместо этого drop-in:",
      "# systemctl edit nginx.service",
      "\tоткроет редактор и создаст /etc/systemd/system/nginx.service.d/override.conf, пишем только то, что меняем",
      "",
      "# ==== таймеры ====",
      "таймер = юнит .timer, который по расписанию запускает сервис с тем же именем, энейблим именно его.",
    ].join("\n");
    const note = structureText(source);
    expect(note.title).toBe("systemd — конспект. начала в феврале, дописываю по ходу");
    expect([...new Set(note.blocks.map((b) => b.headingPath.join(" › ")))]).toEqual([
      "drop-in / override",
      "таймеры",
    ]);
    expect(note.blocks.find((b) => b.text.includes("systemctl edit"))?.text).toMatch(
      /```\n# systemctl edit nginx\.service\n```/u,
    );
  });

  it("heads with a message's first line only that message of a chat copied as text", () => {
    const source = [
      "Иван Петров, [05.03.2024 20:15]",
      "Never vs OnFailure:",
      `Never — ${filler("Never")}`,
      `OnFailure — ${filler("OnFailure")}`,
      "",
      "Иван Петров, [05.03.2024 20:17]",
      "[Forwarded from DevOps чат]",
      `с OnFailure аккуратнее: ${filler("OnFailure")}`,
      "",
      "Иван Петров, [06.03.2024 19:40]",
      `между ретраями пауза растет экспоненциально. ${filler("backoff")}`,
    ].join("\n");
    const blocks = structureText(source).blocks;
    expect(blocks.map((b) => b.text.split("\n")[0]?.slice(0, 20))).toEqual([
      "Never vs OnFailure:",
      "с OnFailure аккуратн",
      "между ретраями пауза",
    ]);
    // A forwarded message's header goes on with the message it stands in; the next message is under no heading.
    expect(blocks.every((b) => b.headingPath.length === 0)).toBe(true);
  });

  it("takes a title with a long explanation in brackets for a title: «Reclaim policy (что будет с PV после…)»", () => {
    const source = [
      filler("PV"),
      "",
      "Reclaim policy (что будет с PV после удаления PVC)",
      "",
      `• Retain — ${filler("Retain")}`,
      `• Delete — ${filler("Delete")}`,
    ].join("\n");
    const blocks = structureText(source).blocks;
    expect(blocks.find((b) => b.text.includes("Retain —"))?.headingPath[0]).toBe(
      "Reclaim policy (что будет с PV после удаления PVC)",
    );
  });

  it("keeps a table saved as text (cells apart by tabs) whole under its title: its header row titles nothing", () => {
    const source = [
      filler("PV"),
      "",
      "Режимы доступа (access modes)",
      "",
      "Mode\tСокр.\tЧто значит",
      "ReadWriteOnce\tRWO\tчтение-запись с одной НОДЫ (несколько подов на этой же ноде могут монтировать!)",
      "ReadOnlyMany\tROX\tтолько чтение, много нод",
      "ReadWriteMany\tRWX\tчтение-запись с многих нод",
    ].join("\n");
    const blocks = structureText(source).blocks;
    const table = blocks.find((b) => b.text.includes("ReadWriteOnce"));
    expect(table?.text).toContain(
      "| Mode | Сокр. | Что значит |\n| --- | --- | --- |\n| ReadWriteOnce | RWO |",
    );
    expect(table?.headingPath).toEqual(["Режимы доступа (access modes)"]);
  });

  it("keeps the definitions a lead-in announces («QoS классы:» over «Guaranteed - …») one block under it", () => {
    const source = [
      "requests - сколько гарантированно резервируем, по нему шедулер выбирает ноду",
      "limits - потолок, больше нельзя",
      "QoS классы:",
      "Guaranteed - у всех контейнеров requests = limits",
      "Burstable - requests есть но меньше limits",
      "BestEffort - вообще ничего не указано",
      "",
      "namespace - логическое разделение кластера",
    ].join("\n");
    const blocks = structureText(source).blocks;
    const pathOf = (start: string) => blocks.find((b) => b.text.startsWith(start))?.headingPath.at(-1);
    expect(pathOf("QoS классы:")).toBe("QoS классы");
    expect(blocks.find((b) => b.text.startsWith("QoS"))?.text).toContain("BestEffort - вообще");
    // Before the lead-in and after its paragraph, each definition is a section of its own.
    expect(pathOf("limits")).toBe("limits");
    expect(pathOf("namespace")).toBe("namespace");
  });

  it("keeps a section's definition of its own thing in the section: «Ingress — объект…» under «3.4 Ingress»", () => {
    const source = [
      "3. Сетевая модель",
      "",
      "3.4 Ingress",
      "",
      "Ingress — объект, описывающий маршрутизацию HTTP-трафика снаружи к сервисам.",
      "",
      "Важно: сам по себе объект Ingress ничего не делает, нужен Ingress-контроллер.",
      "",
      "3.5 Правило нуля / трех / пяти",
      "",
      "Правило нуля: ресурсы держим в RAII-членах и не пишем ни одной из пяти функций.",
    ].join("\n");
    const blocks = structureText(source).blocks;
    const pathOf = (start: string) => blocks.find((b) => b.text.startsWith(start))?.headingPath;
    expect(pathOf("Ingress — объект")).toEqual(["Ingress"]);
    // A heading that names several things keeps each one's definition a section of its own.
    expect(pathOf("Правило нуля")).toEqual(["Правило нуля / трех / пяти", "Правило нуля"]);
  });

  it("keeps a line that defines both things its heading names in the section: «requests — …. limits — …»", () => {
    const source = [
      "5.1 Пробы",
      "",
      "livenessProbe перезапускает контейнер, если тот завис и не отвечает на проверки.",
      "",
      "5.2 Requests и limits",
      "",
      "requests — сколько ресурсов контейнеру гарантировано; по сумме requests",
      "scheduler выбирает ноду, где под поместится. limits — верхняя граница, выше кото-",
      "рой контейнер не пустят.",
      "",
      "5.3 TCP vs UDP",
      "",
      "TCP — протокол с установкой соединения, гарантирует доставку.",
      "UDP — без соединения, просто кидает датаграммы.",
    ].join("\n");
    const blocks = structureText(source).blocks;
    const pathOf = (start: string) => blocks.find((b) => b.text.startsWith(start))?.headingPath;
    expect(pathOf("requests —")).toEqual(["Requests и limits"]);
    // A line that defines only one of the two is still a section of its own.
    expect(pathOf("TCP —")).toEqual(["TCP vs UDP", "TCP"]);
  });

  it("heads topics in lower case that a rule or two blank lines set apart, when the notes do so twice or more", () => {
    const source = [
      "кубер - заметки с курса",
      "",
      "",
      "архитектура",
      filler("control plane"),
      "",
      "-----",
      "поды",
      filler("под"),
      "",
      "",
      "про ингресс",
      filler("ingress"),
    ].join("\n");
    const headings = structureText(source).blocks.map((b) => b.headingPath.join(" › "));
    expect(headings).toEqual(expect.arrayContaining(["архитектура", "поды", "про ингресс"]));
    // Once is no habit: a lower-case line after two blank lines is text then.
    const once = [filler("Начало"), "", "", "и ещё про сеть", filler("сеть")].join("\n");
    expect(structureText(once).blocks.every((b) => b.headingPath.length === 0)).toBe(true);
    // Nor is an indented line (code under a directive) or a line that runs on into a rule under it (an underline).
    const code = [filler("A"), "", "", "   systemctl status nginx", "   systemctl start nginx"].join("\n");
    expect(structureText(`${code}\n\n\n${code}`).blocks.every((b) => b.headingPath.length === 0)).toBe(true);
  });

  it("heads blocks with the lower-case topic labels of notes typed in haste, unless the notes have headings", () => {
    const source = [
      "линукс лекция 1",
      "",
      "навигация:",
      "pwd  - где я сейчас",
      filler("ls"),
      "",
      "ссылки:",
      filler("hard link"),
      filler("symlink"),
      "",
      "делается это так:",
      filler("ln"),
      filler("ln -s"),
    ].join("\n");
    const paths = structureText(source).blocks.map((b) => b.headingPath);
    expect(new Set(paths.map((p) => p[0]))).toEqual(new Set(["навигация", "ссылки"]));
    const headings = paths.map((p) => p.join(" › "));
    // A lead-in heads nothing.
    expect(headings.some((h) => h.includes("делается"))).toBe(false);
    // A key of YAML over its nested lines is code, though it reads as a label: «envFrom:» / «  - configMapRef:».
    const yaml = `${source}\n\nenvFrom:\n  - configMapRef:\n      name: api-config\n\nresources:\n  limits:\n    cpu: 500m`;
    expect(structureText(yaml).blocks.some((b) => b.headingPath.includes("envFrom"))).toBe(false);
    // Under headings of their own, such labels lead into lists of their sections.
    const headed = `=== iptables ===\n${filler("iptables")}\n\n${source}`;
    expect(structureText(headed).blocks.some((b) => b.headingPath.includes("навигация"))).toBe(false);
  });

  it("heads blocks with capitalised labels too, when the notes label so twice, not with one among lower-case ones", () => {
    const rates = [
      "Ставки (на 2024):",
      "• 13% — если доход за год до 5 млн ₽",
      "• 15% — только с суммы сверх 5 млн",
    ];
    const payers = ["Кто за меня платит:", "• работодатель = налоговый агент", filler("декларация")];
    const source = ["НДФЛ основное", "", filler("вебинар"), "", ...rates, "", ...payers].join("\n");
    const headings = structureText(source).blocks.map((b) => b.headingPath.join(" › "));
    expect(headings).toEqual(expect.arrayContaining(["Ставки (на 2024)", "Кто за меня платит"]));
    // One capitalised label is a remark of its paragraph, as among lower-case labels.
    const lower = [
      "линукс",
      "",
      "навигация:",
      filler("pwd"),
      filler("ls"),
      "",
      "ссылки:",
      filler("ln"),
      filler("ln -s"),
    ];
    const mixed = [...lower, "", ...rates].join("\n");
    const paths = structureText(mixed).blocks.map((b) => b.headingPath.join(" › "));
    expect(paths).toEqual(expect.arrayContaining(["навигация", "ссылки"]));
    expect(paths.some((p) => p.startsWith("Ставки"))).toBe(false);
  });

  it("takes a «#» line that is a sentence for a comment, as in a shell script, not for a heading", () => {
    const comment = "# (journald, sshd) могли писать даже когда юзеры забили диск под завязку";
    const source = `Резерв 5% держит место для root.\n${comment}\n${filler("tune2fs")}\n\n# Иноды\n\n${filler("inode")}`;
    expect(structureText(source).blocks.map((b) => b.headingPath.join(" › "))).toEqual(["", "Иноды"]);
  });

  it("takes a «#» line in lower-case words right over code for that code's comment, not for a heading", () => {
    const listing = [
      filler("prometheus"),
      "",
      "# PromQL",
      "",
      filler("promql"),
      "",
      "# p95 латенси по всему сервису",
      "histogram_quantile(0.95,",
      "  sum by (le) (rate(http_request_duration_seconds_bucket[5m])))",
      "",
      filler("latency"),
    ].join("\n");
    const paths = structureText(listing).blocks.map((b) => b.headingPath.join(" › "));
    expect(paths).not.toContain("p95 латенси по всему сервису");
    expect(paths[0]).toBe("");
    expect(paths.length).toBeGreaterThan(1);
    expect(paths.slice(1).every((p) => p === "PromQL")).toBe(true);
    // Over prose it heads what follows; a capitalised title or a name heads code too.
    for (const title of ["# p95 латенси по всему сервису", "# Структура Jenkinsfile", "# useState"]) {
      const under = (next: string) =>
        structureText(`${filler("intro")}\n\n${title}\n${next}\n\n${filler("more")}`).blocks.map((b) =>
          b.headingPath.join(" › "),
        );
      const heading = title.slice(2);
      expect(under(filler("prose")), title).toContain(heading);
      if (title !== "# p95 латенси по всему сервису") expect(under("pipeline {"), title).toContain(heading);
    }
  });

  it("takes the «#» lines of a text that heads nothing with them for the comments of the code right under them", () => {
    // Slides through pdftotext: a running footer and the page's number close each page.
    const page = (n: number, lines: string[]) =>
      [...lines, "", "K8s Networking · Лекция 6", `${n}/3`].join("\n");
    const slide = [
      page(1, ["namespaceSelector", `• ${filler("namespaceSelector")}`]),
      page(2, [
        "AND или OR — ловушка с дефисом",
        "# AND: поды app=monitoring ИЗ ns с team=ops",
        "ingress:",
        "- from:",
        "  - namespaceSelector:",
        "      matchLabels:",
        "        team: ops",
        "",
        "# OR: любой под из ns team=ops ИЛИ под app=monitoring из своего ns",
        "ingress:",
        "- from:",
        "  - podSelector:",
        "      matchLabels:",
        "        app: monitoring",
      ]),
      page(3, ["ipBlock", `• ${filler("ipBlock")}`]),
    ].join("\n\f");
    const blocks = structureText(slide).blocks;
    const paths = blocks.map((b) => b.headingPath.join(" › "));
    expect(paths.some((p) => p.includes("AND: поды"))).toBe(false);
    expect(paths).toContain("ipBlock");
    expect(blocks.filter((b) => b.text.includes("# OR: любой под"))).toHaveLength(1);
    const code = blocks.find((b) => b.text.includes("namespaceSelector:"));
    expect(code?.headingPath).toEqual(["AND или OR — ловушка с дефисом"]);
    expect(code?.text).toContain("# AND: поды app=monitoring ИЗ ns с team=ops\ningress:");
    // A text that heads prose with a «#» line heads code with one too.
    const headed = `# Зачем\n${filler("why")}\n\n# AND: поды и неймспейсы\ningress:\n- from:\n  - podSelector: {}\n\n${filler("more")}`;
    expect(structureText(headed).blocks.map((b) => b.headingPath.join(" › "))).toContain(
      "AND: поды и неймспейсы",
    );
  });

  it("heads each exam ticket's questions, numbered from 1 in every ticket, over their answers", () => {
    const ticket = (n: number, first: string, second: string) => [
      `Билет ${n}`,
      "",
      `1. ${first}.`,
      "",
      filler(first),
      "",
      `2. ${second}`,
      "",
      filler(second),
      "    git switch -c feature",
      "1. Шаг ответа, не вопрос",
      "",
    ];
    const source = [
      "Ответы на билеты по Git",
      "",
      ...ticket(1, "Понятие ветки в Git. Слияние веток", "Что такое rebase?"),
      ...ticket(2, "git reflog. Восстановление коммитов", "Теги"),
    ].join("\n");
    const headings = new Set(structureText(source).blocks.map((b) => b.headingPath.join(" › ")));
    expect(headings).toEqual(
      new Set([
        "Билет 1 › Понятие ветки в Git. Слияние веток",
        "Билет 1 › Что такое rebase?",
        // «2. Теги» is no question: a line of the answer before it.
        "Билет 2 › git reflog. Восстановление коммитов",
      ]),
    );
  });

  it("heads each exam ticket titled on its own line, between lines of «=====» that separate the tickets", () => {
    const rule = "=".repeat(40);
    const source = [
      "ФИЗИКА. билеты к экзу (шпора)",
      "",
      rule,
      "Билет 1. Кинематика мат. точки. Система отсчета, радиус-вектор, скорость",
      "Скорость v = dr/dt, направлена по касательной к траектории.",
      "",
      rule,
      "Билет 2. Тангенциальное и нормальное ускорение",
      "a_n (нормальное) = v^2/R - меняет только направление скорости",
      "",
      rule,
      "Билет 3: Закон сохранения импульса.",
      "если система замкнутая, то её импульс сохраняется: p = const",
    ].join("\n");
    const blocks = structureText(source).blocks;
    expect(new Set(blocks.map((b) => b.headingPath.join(" › ")))).toEqual(
      new Set([
        "Билет 1. Кинематика мат. точки. Система отсчета, радиус-вектор, скорость",
        "Билет 2. Тангенциальное и нормальное ускорение",
        "Билет 3. Закон сохранения импульса",
      ]),
    );
    expect(blocks.some((b) => b.text.includes("==="))).toBe(false);
    // A ticket's first line of text is not run into its title.
    expect(blocks.find((b) => b.headingPath[0]?.startsWith("Билет 2"))?.text).toBe(
      "a_n (нормальное) = v^2/R - меняет только направление скорости",
    );
  });

  it("reads a log kept by day: dates set off by marks separate entries, «>> topic» lines head them", () => {
    const source = [
      "лог по деплою, пишу сюда все подряд, потом разгребу",
      "",
      "=== 2024-03-04 ===",
      "",
      ">> Deployment strategy, база",
      "у Deployment две стратегии: RollingUpdate (дефолт) и Recreate, Recreate гасит все старые поды сразу",
      "",
      "--- 05.03 ---",
      "",
      ">> kubectl rollout",
      "откат на предыдущую ревизию делает kubectl rollout undo deploy/orders-api, история в rollout history",
      "",
      ">> на полях (от руки):",
      ">> Recreate норм для dev, где даунтайм никого не волнует",
    ].join("\n");
    const blocks = structureText(source).blocks;
    expect(new Set(blocks.map((b) => b.headingPath.join(" › ")))).toEqual(
      new Set(["", "Deployment strategy, база", "kubectl rollout"]),
    );
    expect(blocks.some((b) => /2024-03-04|05\.03/u.test(b.text))).toBe(false);
    // «>>» lines one after another are remarks set apart, not topics.
    expect(blocks.find((b) => b.text.includes("на полях"))?.headingPath).toEqual(["kubectl rollout"]);
  });

  it("reads a table saved as text, cells apart by tabs, as a Markdown table, not a list's tabbed items", () => {
    const source = [
      "2.2 Режимы",
      "Режим\tКак работает\tПоиск правила",
      "iptables\tцепочки правил netfilter\tO(n), последовательно",
      "ipvs\tвиртуальные серверы IPVS | ipset\tO(1), хеш-таблица",
      "Поменять режим:",
      "1)\tkubectl -n kube-system edit cm kube-proxy",
      "2)\tkubectl -n kube-system rollout restart ds kube-proxy",
      "•\tстарые правила могут остаться висеть",
      "•\tпомогает ребут ноды",
    ].join("\n");
    const text = structureText(source)
      .blocks.map((b) => b.text)
      .join("\n");
    expect(text).toContain(
      [
        "| Режим | Как работает | Поиск правила |",
        "| --- | --- | --- |",
        "| iptables | цепочки правил netfilter | O(n), последовательно |",
        "| ipvs | виртуальные серверы IPVS \\| ipset | O(1), хеш-таблица |",
      ].join("\n"),
    );
    expect(text).not.toMatch(/\| 1\) \||\| • \|/u);
    // What a command printed, or a fenced block holds, is code, not a table.
    const printed =
      "$ helm -n staging history orders-api\nREVISION\tSTATUS\tCHART\n7\tsuperseded\tapi-0.9.0\n8\tfailed\tapi-0.9.1";
    expect(
      structureText(printed)
        .blocks.map((b) => b.text)
        .join("\n"),
    ).not.toContain("| ---");
    expect(
      structureText("```\nA\tB\nc\td\n```")
        .blocks.map((b) => b.text)
        .join("\n"),
    ).toContain("A\tB");
    // A table's corner may be empty: its header row then starts with a tab.
    const corner = structureText("\tuseState\tuseRef\nРеререндер\tда\tнет\nМеж рендерами\tда\tда").blocks[0]
      ?.text;
    expect(corner).toBe(
      "|  | useState | useRef |\n| --- | --- | --- |\n| Реререндер | да | нет |\n| Меж рендерами | да | да |",
    );
  });

  it("reads vim's fold markers as headings at their level, and drops the closing marks and the modeline", () => {
    const source = [
      "GIT — заметки",
      "",
      "Объекты {{{1",
      "",
      "Blob {{{2",
      "blob — просто содержимое файла, без имени и прав, имя хранит tree",
      "}}}",
      "",
      "Rebase {{{1",
      "",
      "--onto {{{2",
      "git rebase --onto main feature~3 feature переносит три последних коммита на main",
      "}}}",
      "",
      "vim: set fdm=marker tw=100:",
    ].join("\n");
    const blocks = structureText(source).blocks;
    expect(blocks.map((b) => b.headingPath.join(" › "))).toEqual(["Объекты › Blob", "Rebase › --onto"]);
    expect(blocks.some((b) => /\{\{\{|\}\}\}|fdm=marker/u.test(b.text))).toBe(false);
  });

  it("heads each slide of a deck converted by pdftotext with its title, not a handout's page with its first line", () => {
    const slide = (title: string, bullets: string[], n: number) =>
      [title, "", ...bullets.map((b) => `• ${b}`), "", "Kubernetes Scaling — Лекция 7", "", String(n)].join(
        "\n",
      );
    const deck = [
      slide("Автомасштабирование в Kubernetes", ["Лекция 7, осень 2024, курс по эксплуатации кластеров"], 0),
      slide(
        "Оси масштабирования",
        ["горизонтальное: больше реплик пода", "вертикальное: больше ресурсов поду"],
        1,
      ),
      slide(
        "metrics-server",
        ["собирает CPU и память с kubelet на нодах", "хранит только последние значения"],
        2,
      ),
      slide(
        "HPA: частые проблемы",
        ["нет requests — HPA не считает процент", "метрики <unknown> в выводе"],
        3,
      ),
      slide(
        "KEDA — Kubernetes Event-driven Autoscaling",
        ["масштабирует по событиям из очередей, до нуля"],
        4,
      ),
      // A page's title may exclaim or ask.
      slide(
        "Лимиты — обязательно!!",
        ["без limits под съест всю ноду", "LimitRange задаёт их по умолчанию"],
        5,
      ),
      slide(
        "А если метрик нет?",
        ["HPA пишет <unknown> и ничего не делает", "проверить kubectl top pods"],
        6,
      ),
    ].join("\n\f");
    const headings = new Set(structureText(deck).blocks.map((b) => b.headingPath.join(" › ")));
    expect(headings).toEqual(
      new Set([
        "",
        "Оси масштабирования",
        "metrics-server",
        "HPA: частые проблемы",
        "KEDA — Kubernetes Event-driven Autoscaling",
        "Лимиты — обязательно!!",
        "А если метрик нет?",
      ]),
    );
    // A page of a handout, paragraphs long, does not make its first line a heading.
    const page = (first: string) =>
      [first, ...Array.from({ length: 25 }, (_, i) => filler(`Строка${i}`))].join("\n");
    const handout = [
      page("Тома и их виды"),
      page("продолжение абзаца с прошлой страницы"),
      page("Ещё страница"),
    ].join("\n\f");
    expect(structureText(handout).blocks.some((b) => b.headingPath.includes("Ещё страница"))).toBe(false);
  });

  it("reads a form feed glued to the page number before it as the end of that line: the next slide's title heads it", () => {
    const slide = (title: string, n: number) =>
      [title, "", `• ${title}: ${filler(title)}`, "", "K8s для разработчиков · Лекция 6", "", String(n)].join(
        "\n",
      );
    // «1\fКак работает kube-scheduler»: the page number and the next page's title on one line.
    const deck = ["Как работает kube-scheduler", "nodeSelector", "Node affinity", "Taints и tolerations"]
      .map((title, n) => slide(title, n + 1))
      .join("\f");
    const headings = structureText(deck).blocks.map((b) => b.headingPath.join(" › "));
    // The first page's title is the note's own: its text opens the note.
    expect(headings).toEqual(["", "nodeSelector", "Node affinity", "Taints и tolerations"]);
    expect(structureText(deck).blocks.some((b) => /\d#|^\d+$/mu.test(b.text))).toBe(false);
  });

  it("heads a slide with its title when the page opens with its number or the running line the PDF put first", () => {
    // «4/26» / «Лекция 7. Helm» over «Chart.yaml»: pdftotext put the page's number or running header first.
    const slide = (title: string, n: number) =>
      [
        `${n}/5`,
        "Лекция 7. Helm",
        title,
        `про ${title} на лекции говорили долго и с примерами, и о том, как его`,
        "применяют в кластере, тоже",
        "",
        "А. Смирнов",
      ].join("\n");
    const titles = ["Зачем вообще Helm", "Термины", "Chart.yaml", "version vs appVersion", "Хуки"];
    const deck = titles.map((title, n) => slide(title, n + 1)).join("\n\f");
    const headings = structureText(deck).blocks.map((b) => b.headingPath.join(" › "));
    expect(new Set(headings.filter((h) => h !== ""))).toEqual(new Set(titles.slice(1)));
    // Comments typed one under another («# метаданные…» / «# значения по умолчанию»: a chart's files, a column of
    // the slide) head nothing: the slides after them are no sections of theirs.
    const tree = [
      "Структура чарта",
      "shop-api/",
      "Chart.yaml",
      "values.yaml",
      "# метаданные: имя, версии, зависимости",
      "# значения по умолчанию",
      `• ${filler("helm create")}`,
    ].join("\n");
    const commented = [
      slide("Зачем вообще Helm", 1),
      tree,
      ...titles.slice(1).map((t, n) => slide(t, n + 2)),
    ].join("\n\f");
    const paths = structureText(commented).blocks.map((b) => b.headingPath);
    expect(paths.some((p) => p.includes("значения по умолчанию"))).toBe(false);
    expect(paths.filter((p) => p.length > 0).map((p) => p.join(" › "))).toEqual(
      expect.arrayContaining(["Chart.yaml", "Хуки"]),
    );
    expect(paths.every((p) => p.length <= 1)).toBe(true);
  });

  it("heads sections with the emoji-led titles of notes typed on a phone, not a list of emoji-led lines", () => {
    const source = [
      "кубер конспект 📱",
      "",
      "🔹 Поды",
      `▫️ ${filler("Под")}`,
      "",
      "⚠️ Грабли",
      `- ${filler("Liveness")}`,
      "",
      // A phone's notes are often all in lower case.
      "📌 онегинская строфа",
      "- онегинская строфа = 14 строк, 4-стопный ямб, схема AbAb CCdd EffE gg",
      "",
      "✅ Сделал лабу про поды",
      "✅ Сделал лабу про сервисы",
    ].join("\n");
    const headings = structureNote(source, "markdown").blocks.map((b) => b.headingPath.join(" › "));
    expect(headings).toContain("Поды");
    expect(headings).toContain("Грабли");
    expect(headings).toContain("онегинская строфа");
    expect(headings.some((h) => h.includes("Сделал"))).toBe(false);
  });

  it("heads sections with emoji-led titles in phone notes with no blank line anywhere, past YAML right above", () => {
    const lines = [
      "k8s сервисы конспект",
      "📌 зачем вообще сервис",
      ...Array.from(
        { length: 8 },
        (_, i) => `поды смертны и пересоздаются, строка ${i} про адреса подов и лейблы`,
      ),
      "🔵 ClusterIP",
      ...Array.from(
        { length: 8 },
        (_, i) => `тип по дефолту, виртуальный адрес номер ${i} только изнутри кластера`,
      ),
      "spec:",
      "  type: NodePort",
      "  ports:",
      "    - port: 80",
      "🆘 сервис не отвечает",
      ...Array.from(
        { length: 4 },
        (_, i) => `проверить эндпоинты и селектор, шаг ${i} моего чеклиста по сервисам`,
      ),
    ];
    const headings = structureNote(lines.join("\n"), "text").blocks.map((b) => b.headingPath.join(" › "));
    expect(headings).toContain("зачем вообще сервис");
    expect(headings).toContain("ClusterIP");
    // Under YAML, «# сервис не отвечает» would read as a comment closing it.
    expect(headings).toContain("сервис не отвечает");
    // With blank lines between sections, the same title under a line of text is a remark in it.
    const spaced = lines
      .flatMap((l) => [l, ""])
      .join("\n")
      .replace("\n\n🔵 ClusterIP", "\n🔵 ClusterIP");
    expect(structureNote(spaced, "text").blocks.map((b) => b.headingPath.join(" › "))).not.toContain(
      "ClusterIP",
    );
  });

  it("heads sections by a handout's chapters numbered in turn, one with a subtitle after a colon", () => {
    const chapter = (n: number, title: string, topic: string) =>
      [`${n}. ${title}`, "", `${filler(topic)} ${filler("Он")}`, ""].join("\n");
    const source = [
      `${filler("Курс")}\n`,
      chapter(1, "Что такое admission control", "Admission controller"),
      chapter(2, "Pod Security Standards", "PSS"),
      chapter(3, "Dynamic admission control: вебхуки", "Вебхук"),
    ].join("\n");
    const headings = structureText(source).blocks.map((b) => b.headingPath[0]);
    expect(headings).toContain("Что такое admission control");
    expect(headings).toContain("Dynamic admission control: вебхуки");
  });

  it("names no sections by the labels of steps a short lead-in announces", () => {
    const source = [
      "Алгоритм уравнения",
      "",
      "как писать уравнение электролиза раствора, по шагам:",
      "1. записать диссоциацию: CuSO4 = Cu2+ + SO4 2-",
      "2. катод: смотрю где катион в ряду напряжений",
      "3. анод: смотрю на анион, бескислородный или кислородсодержащий",
      "4. уравнять электроны в полуреакциях",
      "",
      "Основные типы сервисов:",
      "1. ClusterIP: внутренний адрес, доступный только внутри кластера для других подов.",
      "2. NodePort: порт на каждой ноде кластера, открытый для внешних клиентов.",
    ].join("\n");
    const headings = structureText(source).blocks.map((b) => b.headingPath.at(-1));
    expect(headings).not.toContain("катод");
    expect(headings).not.toContain("анод");
    // A short lead-in that announces no steps still heads things the items name.
    expect(headings).toContain("NodePort");
  });

  it("heads no section by a YAML key set to a value, but by one whose value a dash explains", () => {
    const source = [
      "headless сервис",
      "",
      "clusterIP: None  <- вот и вся магия, виртуальный ip не выдается и балансировки нет",
      "type: LoadBalancer просит облако создать внешний балансировщик для сервиса",
      "",
      "pathType: Exact — точное совпадение пути, без префиксов и сегментов",
      "",
      "под: минимальная единица развёртывания, один или несколько контейнеров",
    ].join("\n");
    const headings = structureText(source).blocks.map((b) => b.headingPath.at(-1));
    expect(headings).not.toContain("clusterIP");
    expect(headings).not.toContain("type");
    expect(headings).toContain("pathType");
    expect(headings).toContain("под");
  });

  it("heads what follows with a short line between long ones in dictated notes, a line a paragraph", () => {
    // Lines as long as each thought, no common width: typed (spoken) one by one, not wrapped.
    const said = (topic: string, n: number) =>
      Array.from(
        { length: n },
        (_, i) =>
          `${topic} это было важно потому что сенат и консулы решали дела вместе${" и спорили о земле".repeat(1 + ((i * 7) % 9))} абзац`,
      );
    const source = [
      "история рима лекция один надиктовываю в автобусе",
      "тема цари",
      ...said("царь", 10),
      "тема республика",
      ...said("республика", 10),
      "ромул",
      "нума помпилий",
      "тулл гостилий",
      ...said("царей", 10),
    ].join("\n");
    const blocks = structureNote(source, "text").blocks;
    const headings = blocks.map((b) => b.headingPath.join(" › "));
    expect(headings).toContain("тема цари");
    expect(headings).toContain("тема республика");
    // The last of a list of short lines heads nothing.
    expect(headings).not.toContain("тулл гостилий");
    // Ten long lines are no one passage: each line is a paragraph, merged up to a passage's size.
    expect(blocks.filter((b) => b.headingPath.join() === "тема республика").length).toBeGreaterThan(1);
  });

  it("takes a slide's title in capitals with a colon for a heading, not a definition of its first word", () => {
    const source = [
      "RBAC: ЧЕТЫРЕ ОБЪЕКТА",
      "• Role — набор правил внутри одного namespace.",
      filler("Role"),
    ].join("\n");
    const headings = structureText(`${filler("Вступление")}\n\n${source}`).blocks.map((b) =>
      b.headingPath.join(" › "),
    );
    expect(headings).toContain("RBAC: ЧЕТЫРЕ ОБЪЕКТА");
    expect(headings).not.toContain("RBAC");
  });

  it("heads what follows with a title atop its paragraph, and with lower-case Latin words but not one", () => {
    // As a PDF gives it: paragraphs wrapped at 90 characters, a title with no blank line under it.
    const wrapped = (topic: string) =>
      `${filler(topic)} ${filler("Он")}`.replace(/(.{1,90})(?: |$)/g, "$1\n").trimEnd();
    const source = [
      wrapped("Ansible"),
      "",
      "shell vs command",
      wrapped("command"),
      "",
      "Роли",
      wrapped("Роль"),
      "",
      "summary",
      "",
      wrapped("Deployment"),
      "",
      "и ещё про роли",
      wrapped("роль"),
    ].join("\n");
    const blocks = structureText(source).blocks;
    const headOf = (start: string) => blocks.find((b) => b.text.startsWith(start))?.headingPath;
    expect(headOf("Ansible")).toEqual([]);
    expect(headOf("command описан")).toEqual(["shell vs command"]);
    expect(headOf("Роль описан")).toEqual(["Роли"]);
    expect(headOf("summary")).toEqual(["Роли"]);
    // A lower-case Russian line atop a paragraph is no title: it stays the paragraph's first line.
    expect(headOf("и ещё про роли\n")).toEqual(["Роли"]);
  });

  it("ends a section where a heading whose letters were lost stood", () => {
    const source = [
      filler("Ansible"),
      "",
      "Roles",
      "",
      filler("Роль"),
      "",
      "??????? ? ?????????",
      "",
      filler("Тег"),
    ];
    expect(structureText(source.join("\n")).blocks.map((b) => b.headingPath)).toEqual([[], ["Roles"], []]);
    // One that kept its English words is a heading of them.
    source[6] = "??????? Jinja2";
    expect(structureText(source.join("\n")).blocks.map((b) => b.headingPath)).toEqual([
      [],
      ["Roles"],
      ["Jinja2"],
    ]);
  });

  it("reads the Markdown a chat answer brings into text: headings, rules, bold terms", () => {
    const source = [
      "редис - конспект из чата",
      "",
      "я: давай про KEYS и SCAN",
      "### KEYS vs SCAN",
      filler("KEYS"),
      "",
      "---",
      "",
      filler("Pub/Sub"),
      "",
      "**Redis** — это хранилище данных в оперативной памяти, быстрое и простое.",
    ].join("\n");
    const blocks = structureText(source).blocks;
    const headOf = (start: string) => blocks.find((b) => b.text.startsWith(start))?.headingPath;
    expect(headOf("KEYS описан")).toEqual(["KEYS vs SCAN"]);
    expect(headOf("Pub/Sub описан")).toEqual([]);
    expect(headOf("**Redis**")).toEqual(["Redis"]);
    expect(blocks.some((b) => b.text.includes("###") || b.text.includes("---"))).toBe(false);
  });

  it("heads the answer to a question its author asked over it, in a chat's answer or plain notes", () => {
    const source = [
      "Вы сказали:",
      "в чем разница между merge и rebase?",
      "",
      "ChatGPT сказал:",
      filler("merge"),
      "",
      "Что такое fast-forward?",
      "Если в main ничего не появилось, git merge просто передвигает указатель main вперед.",
      "",
      "ChatGPT сказал:",
      "Что такое git reflog?",
      "reflog — локальный журнал, куда git записывает каждое перемещение HEAD.",
    ].join("\n");
    const headOf = (text: string, start: string) =>
      structureText(text).blocks.find((b) => b.text.includes(start))?.headingPath;
    expect(headOf(source, "merge описан")).toEqual(["в чем разница между merge и rebase?"]);
    expect(headOf(source, "Если в main")).toEqual([
      "в чем разница между merge и rebase?",
      "Что такое fast-forward?",
    ]);
    expect(headOf(source, "reflog — локальный")?.at(-1)).toBe("Что такое git reflog?");
    // Not a paragraph that only starts with a question and answers it in the same sentence's line, nor two of them.
    const inline = ["Зачем нужен reflog? Чтобы спасти коммиты.", filler("reflog")].join("\n");
    expect(headOf(inline, "reflog описан")).toEqual([]);
  });

  it("heads an answer pasted from a chat with what was asked, and titles notes by their first line", () => {
    const source = [
      "редис - конспект (в основном из чатгпт, потом причесать)",
      "",
      "я: зачем нужен pipeline",
      "",
      "ChatGPT сказал:",
      "Отличный вопрос! 😊",
      "",
      filler("Pipelining"),
      "",
      "Вы сказали:",
      "репликация в редисе",
      "",
      "ChatGPT сказал:",
      filler("REPLICAOF"),
    ].join("\n");
    const note = structureText(source);
    expect(note.title).toBe("редис - конспект (в основном из чатгпт, потом причесать)");
    // Its names are what the notes are on, not the rest of the line: /topic редис finds them.
    expect(note.aliases).toEqual(["редис"]);
    const headOf = (start: string) => note.blocks.find((b) => b.text.includes(start))?.headingPath;
    expect(headOf("Pipelining описан")).toEqual(["зачем нужен pipeline"]);
    // The assistant's «Отличный вопрос! 😊» is no part of the answer.
    expect(headOf("Отличный вопрос")).toBeUndefined();
    expect(headOf("REPLICAOF описан")).toEqual(["репликация в редисе"]);
    expect(note.blocks.some((b) => /ChatGPT|Вы сказали|я:/u.test(b.text))).toBe(false);
    // …with a colon in its name too: «React: хуки и рендеринг — мой конспект» is no definition of React.
    const react = structureText(
      `React: хуки и рендеринг — мой конспект\nисточники: react.dev\n\n${filler("Компонент")}`,
    );
    expect(react.title).toBe("React: хуки и рендеринг — мой конспект");
    expect(react.blocks.some((b) => b.headingPath.includes("React"))).toBe(false);
    // …and «(мой конспект)» in brackets says so too.
    const docs = structureText(`Kubernetes: хранилище и конфиги (мой конспект)\n\n${filler("Том")}`);
    expect(docs.title).toBe("Kubernetes: хранилище и конфиги (мой конспект)");
    // A short first line over the first heading titles the notes, in lower case too; «Лекция 1» over «§1» numbers
    // a part of them.
    expect(
      structureText(`фаер, NAT, MTU — разбор для дежурства\n\n--- iptables ---\n\n${filler("iptables")}`)
        .title,
    ).toBe("фаер, NAT, MTU — разбор для дежурства");
    expect(structureText(`Лекция 1\n\n## §1. Сортировки\n\n${filler("Сортировка")}`).title).toBeUndefined();
    // «кубер конспект ч.1», «кубер ч.2 — сеть, конфиги, дебаг» title their notes too: no term «кубер ч.2» is defined.
    for (const first of [
      "кубер конспект ч.1 📱",
      "кубер ч.2 — сеть, конфиги, неймспейсы, дебаг",
      "кубер — карточки к собесу",
    ]) {
      const part = structureText(`${first}\n\n${filler("Под")}`);
      expect(part.title).toBe(first);
      expect(part.aliases).toEqual(["кубер"]);
    }
    // A heading that heads nothing, or a question with no answer under it, stays text: no word is lost.
    const bare = structureText("Текст про поды и сервисы.\n\n### Конец");
    expect(bare.blocks.map((b) => b.text).join("\n")).toContain("Конец");
    const unanswered = structureText("вопрос про поды\nChatGPT сказал:\n### Ответ");
    expect(unanswered.blocks.map((b) => b.text).join("\n")).toMatch(/вопрос про поды[\s\S]*Ответ/u);
    // A question whose «answer» is only the next question (fast-check found it) stays text too.
    const twice = structureText("Типы:\nChatGPT\nпод.\nChatGPT\nkubectl get pods -A");
    expect(twice.blocks.map((b) => b.text).join("\n")).toContain("Типы:");
    // …and so does an ALL-CAPS line right before a lost heading: it heads nothing.
    const capsLast = structureText("kubectl get pods -A\nПЛАГИНЫ\n????");
    expect(capsLast.blocks.map((b) => b.text).join("\n")).toContain("ПЛАГИНЫ");
    // …or right before a question asked in a chat, which heads its own answer.
    const capsAsked = structureText(
      "kubectl get pods -A\nПЛАГИНЫ\nNodePort под\nпод.\nChatGPT\n1. под: под.",
    );
    expect(capsAsked.blocks.map((b) => b.text).join("\n")).toContain("ПЛАГИНЫ");
    expect(capsAsked.blocks.at(-1)?.headingPath[0]).toBe("NodePort под под.");
    // An answer with headings of its own keeps them under the question.
    const headed = structureText(
      [
        filler("Redis"),
        "",
        "я: транзакции как работают",
        "",
        "ChatGPT сказал:",
        "### Транзакции",
        filler("MULTI"),
      ].join("\n"),
    );
    expect(headed.blocks.find((b) => b.text.startsWith("MULTI"))?.headingPath).toEqual([
      "транзакции как работают",
      "Транзакции",
    ]);
  });

  it("takes no command, remark label or question for a heading or a term", () => {
    const source = [
      filler("Redis"),
      "",
      'SET session:abc "data" EX 3600',
      "",
      filler("TTL"),
      "",
      "мое: ттл в секундах, не путать с PTTL в миллисекундах",
      "",
      "Зачем: на каждую команду тратится сетевая задержка туда и обратно",
      "",
      // Nothing is defined yet.
      "CDN — ДОПИСАТЬ",

      "",
      // A verb first makes a sentence, not a term a dash defines.
      "Показывает маршрут - список роутеров (хопов) до хоста, через поле TTL.",
    ].join("\n");
    expect(structureText(source).blocks.every((b) => b.headingPath.length === 0)).toBe(true);
  });

  it("reads a run of short lines as a list, not as headings", () => {
    const source = [
      filler("Ingress"),
      "",
      "Service",
      "",
      "Ingress",
      "",
      "Ingress Controller",
      "",
      filler("Helm"),
    ].join("\n");
    const blocks = structureText(source).blocks;
    expect(blocks.every((b) => b.headingPath.length === 0)).toBe(true);
    expect(blocks.map((b) => b.text).join("\n")).toContain("Service\nIngress\nIngress Controller");
  });

  it("heads definitions by their term, one block each", () => {
    const source = [
      "StatefulSet - управление приложениями с хранением состояния, например базой данных",
      "DaemonSet - развертывание одной копии пода на каждом узле кластера, например агент",
    ].join("\n");
    expect(structureText(source).blocks.map((b) => b.headingPath)).toEqual([["StatefulSet"], ["DaemonSet"]]);
    // A term in bold or code, as a chat assistant writes it, is the term.
    const marked = [
      "**RDB** — снимок базы целиком в файл dump.rdb раз в какое-то время.",
      "",
      "`maxmemory` — лимит памяти, после которого включается вытеснение.",
      "",
      "**Важно:** лимита по умолчанию нет, редис съест всю память.",
      "",
      "**Нет maxmemory** — Redis растёт, пока его не убьёт OOM killer.",
      "",
      "Самый распространённый паттерн — **cache-aside** (ленивое кэширование).",
      "",
      "Каждое подключение — отдельный серверный процесс и несколько мегабайт памяти.",
    ].join("\n");
    // A remark label, a negation («Нет maxmemory»), a description («Самый распространённый паттерн») or a
    // quantifier («Каждое подключение») says something; it names nothing.
    expect(structureText(marked).blocks.map((b) => b.headingPath)).toEqual([
      ["RDB"],
      ["maxmemory"],
      [],
      [],
      [],
      [],
    ]);
  });

  it("splits a run of definitions even where lines look wrapped, and takes remark labels for no term", () => {
    const source = [
      "merge - объединяет истории двух веток, создавая коммит слияния в истории",
      "rebase - переписывает историю, перенося коммиты поверх другой ветки",
      "",
      "TLDR: merge безопаснее, rebase чище, но опасен для опубликованных веток.",
    ].join("\n");
    expect(structureText(source).blocks.map((b) => b.headingPath)).toEqual([["merge"], ["rebase"], []]);
    // What a note says next to a thing is no thing either: «Грабли: …», «Проблема: …».
    const remarks = [
      "rebase - переписывает историю, перенося коммиты поверх другой ветки",
      "",
      "Грабли: rebase опубликованной ветки ломает историю всем, кто её уже забрал себе.",
    ].join("\n");
    expect(structureText(remarks).blocks.map((b) => b.headingPath)).toEqual([["rebase"], []]);
    // Nor is what a section is about: «Идея: …», «Суть: …».
    const idea = [
      "rebase - переписывает историю, перенося коммиты поверх другой ветки",
      "",
      "Идея: разделить “кто дает диск” (админ / облако) и “кто его просит” (разраб в манифесте).",
    ].join("\n");
    expect(structureText(idea).blocks.map((b) => b.headingPath)).toEqual([["rebase"], []]);
    // …and a student's «Замечание: …» after an answer, a lecture's «Задача: …», «Цель: …».
    for (const label of ["Замечание:", "Задача:", "Цель:"]) {
      const remark = idea.replace("Идея:", label);
      expect(structureText(remark).blocks.map((b) => b.headingPath)).toEqual([["rebase"], []]);
    }
    // …nor who said it at a lecture: «слайд: …», «по-нашему: …», «препод сказал: …».
    for (const label of ["слайд:", "по-нашему:", "препод сказал:"]) {
      const said = idea.replace("Идея:", label);
      expect(
        structureText(said).blocks.map((b) => b.headingPath),
        label,
      ).toEqual([["rebase"], []]);
    }
  });

  it("keeps the lines of typed notes apart though they start in lower case: no common width, nothing wrapped", () => {
    const typed = [
      "откат на предыдущую: kubectl rollout undo deploy/orders-api",
      "откат на конкретную ревизию: kubectl -n staging rollout undo deploy/orders-api --to-revision=4",
      "история: rollout history",
      "maxSurge — сколько подов поднять сверх replicas во время апдейта",
      "maxUnavailable — сколько подов может быть недоступно",
      "можно числом или процентом, дефолт 25%",
      "выкатка стартует только если поменялся .spec.template",
      "kubectl scale новую ревизию не создает",
    ];
    const text = structureText(typed.join("\n"))
      .blocks.map((b) => b.text)
      .join("\n");
    for (const line of typed) expect(text.split("\n"), line).toContain(line);
    // Too few lines to tell: a line in lower case still goes on with an unfinished one.
    expect(structureText("Резерв 5% держит место\nдля root и журналов").blocks[0]?.text).toBe(
      "Резерв 5% держит место для root и журналов",
    );
  });

  it("keeps lines set in columns apart in wrapped text: a table typed with spaces is not wrapped prose", () => {
    const wrapped = [
      "Кубелет читает свой конфиг при старте, поэтому после любой правки его надо",
      "перезапустить через systemctl, иначе изменения не применятся и ты будешь долго",
      "гадать, почему eviction пороги остались старыми. Юнит лежит в systemd, а флаги",
      "запуска приезжают из drop-in файлов, которые kubeadm кладет при установке ноды,",
      "так что смотреть надо и в конфиг, и в юнит, и в переменные окружения сервиса.",
      "Сертификаты кубелета ротируются сами, если включен rotateCertificates, но если",
      "нода долго лежала выключенной, сертификат может протухнуть и тогда кубелет не",
      "сможет достучаться до API server, а в логах будет ругань про x509 и истекший срок.",
    ];
    // Indented by two spaces, as a hand-typed .txt sets them under «где что лежит:».
    const columns = [
      "/var/lib/kubelet/config.yaml   - KubeletConfiguration (eviction, cgroupDriver, логи)",
      "/etc/kubernetes/kubelet.conf   - kubeconfig, с ним kubelet ходит в API server",
      "/var/lib/kubelet/pki/          - сертификаты kubelet, клиентский и серверный",
      "/etc/systemd/system/kubelet.service.d/ - drop-in файлы юнита с флагами запуска",
    ];
    const typed = columns.map((line) => `  ${line}`);
    const text = structureText([...wrapped, "", "где что лежит:", ...typed].join("\n"))
      .blocks.map((b) => b.text)
      .join("\n");
    // The prose is still joined where the PDF-like width wrapped it…
    expect(text).toContain("после любой правки его надо перезапустить через systemctl");
    // …but each line set in columns stays a line of its own.
    for (const line of columns) expect(text.split("\n"), line).toContain(line);
  });

  it("does not split a definition where a wrapped line reads as defining the same thing again", () => {
    // Lines wrapped by a PDF at about 90 characters: the wrapped ones go on with the line before.
    const source = [
      "become - повышение привилегий, по умолчанию через sudo. become: true на уровне плея или",
      "таски, из консоли флаг -b. become_user: postgres - выполнить от другого пользователя (по",
      "умолчанию root). Если sudo просит пароль, запускать с -K (--ask-become-pass) при запуске.",
      "Вчера полдня не могла понять, почему apt падает с permission denied. Оказалось, забыла",
      "become: true в плее. И запустила без --limit сразу на все хосты вместе с продом. Теперь",
      "сначала --check на один тестовый хост, а уже потом на все остальные хосты инвентори.",
      "",
      "forks - сколько хостов ансибл обрабатывает параллельно, по умолчанию всего пять хостов.",
      "Если хостов сто, он идёт пачками по пять, поэтому на большом парке forks поднимают.",
    ].join("\n");
    const blocks = structureText(source).blocks;
    expect(blocks.map((b) => b.headingPath)).toEqual([["become"], ["forks"]]);
    expect(blocks[0]?.text).toContain("забыла become: true в плее.");
  });

  it("heads a paragraph that defines its subject with «это» by that subject, but not a sentence missing its start", () => {
    const defines = `Сервисы (Services) в Kubernetes - это абстракция, которая даёт набору подов стабильное имя и адрес.`;
    const broken = `в Kubernetes - это абстракция, которая даёт набору подов стабильное имя и адрес в кластере.`;
    expect(structureText(`${defines}\n\n${broken}`).blocks.map((b) => b.headingPath)).toEqual([
      ["Сервисы (Services) в Kubernetes"],
      [],
    ]);
  });

  it("names items by what precedes their colon, without importance marks", () => {
    expect(itemName("!! Службы (Services): Службы предоставляют")).toBe("Службы (Services)");
    expect(itemName("Calico:")).toBe("Calico");
    expect(itemName("Это предложение. А это: продолжение")).toBeUndefined();
    expect(itemName("Просто пункт списка без двоеточия")).toBeUndefined();
    // A thing and what it does is a step's sentence, not a name; a thing's name, or what to do, names.
    expect(itemName("плагин создает veth-пару: один конец внутрь пода (eth0)")).toBeUndefined();
    expect(itemName("kubelet вызывает CNI: передает путь к netns")).toBeUndefined();
    expect(itemName("calico-node (DaemonSet): внутри Felix + BIRD")).toBe("calico-node (DaemonSet)");
    expect(itemName("добавить репозиторий: helm repo add")).toBe("добавить репозиторий");
  });

  it("reads a book's numbered listing as code, not its lines as numbered chapters", () => {
    const text = [
      "4.1      Образ и слои",
      "",
      "Удалить файл в следующем слое не значит уменьшить образ.",
      "",
      "   Листинг 4.1. Так не надо",
      "    1   FROM alpine:3.20",
      "    2   RUN wget -q https://example.com/tool.tar.gz",
      "    3   RUN tar -xzf tool.tar.gz -C /opt",
      "    4   RUN rm tool.tar.gz        # поздно: архив уже в слое",
      "",
      "Правильно — скачать, распаковать и удалить в одном RUN.",
    ].join("\n");
    const { blocks } = structureText(text);
    expect(blocks.flatMap((b) => b.headingPath).some((h) => h.includes("RUN"))).toBe(false);
    expect(blocks.map((b) => b.text).join("\n")).toContain("```\nFROM alpine:3.20\nRUN wget");
  });

  it("names no item by a sentence: a colon inside brackets, or a dash that says what the thing is", () => {
    expect(itemName("Главная цепь — самая длинная (у нас в курсе: у алкенов и спиртов")).toBeUndefined();
    expect(itemName('Equality — поля с точным совпадением (`status: "A"`) первыми')).toBeUndefined();
    expect(itemName("Range — в конце: по нему идёт диапазон")).toBeUndefined();
    expect(itemName("Заместители (радикалы): CH3– метил")).toBe("Заместители (радикалы)");
    const steps = [
      "Номенклатура ИЮПАК — алгоритм",
      "",
      "1. Главная цепь — самая длинная (у нас в курсе: у алкенов и спиртов в нее",
      "обязательно входит C=C)",
      "2. Нумерация: с того конца, к которому ближе заместитель",
    ].join("\n");
    const paths = structureText(steps).blocks.map((b) => b.headingPath.join(" › "));
    expect(paths.some((p) => p.includes("у нас в курсе"))).toBe(false);
    expect(
      structureText(steps)
        .blocks.map((b) => b.text)
        .join("\n"),
    ).toContain("самая длинная (у нас в курсе");
  });

  it("finds the names in a heading for aliases", () => {
    expect(namesIn("Сервисы (Services)")).toEqual(["сервисы", "services"]);
    expect(namesIn("Ingress / Ингресс")).toEqual(["ingress", "ингресс"]);
  });
});

describe("structureText: cheat sheets and channels", () => {
  it("reads a cheat sheet aligned by spaces as items: a command and what it does", () => {
    const source = [
      "ОБРАЗЫ",
      "======",
      "",
      "docker images                     список локальных образов (= docker image ls)",
      "docker build -t myapp:1.0 .       собрать образ из Dockerfile в текущей папке,",
      "                                  точка в конце = build context",
      "docker history myapp:1.0          слои образа и сколько каждый весит",
      "docker push registry.example.com/myapp:1.0",
      "                                  залить в registry, до этого docker login",
      "",
      "ЛОГИ",
      "====",
      "",
      "kubectl logs -f api               # логи в реальном времени",
      "kubectl logs api --previous       # логи упавшего контейнера",
    ].join("\n");
    const blocks = structureText(source).blocks;
    expect(blocks[0]?.text).toBe(
      [
        "- docker images — список локальных образов (= docker image ls)",
        "- docker build -t myapp:1.0 . — собрать образ из Dockerfile в текущей папке, точка в конце = build context",
        "- docker history myapp:1.0 — слои образа и сколько каждый весит",
        "- docker push registry.example.com/myapp:1.0 — залить в registry, до этого docker login",
      ].join("\n"),
    );
    // A command with its comment is code.
    expect(blocks.at(-1)?.text).toMatch(/^```\nkubectl logs -f api {15}# логи в реальном времени/u);
    // Two such lines are no habit.
    const two = structureText(source.split("\n").slice(0, 5).join("\n")).blocks;
    expect(two.map((b) => b.text).join("\n")).not.toContain("docker images —");
  });

  it("separates posts by a line of long dashes, as a channel's copy has them, and takes no TODO for a heading", () => {
    const source = [
      "# TODO: дописать про buildx",
      "",
      "🏷 Почему latest в проде — плохая идея",
      "",
      "latest — это просто тег по умолчанию, а не последняя стабильная версия: пинить конкретный тег или digest.",
      "———",
      "👤 Не запускайте контейнеры от root",
      "",
      "По умолчанию процесс в контейнере работает от root, и побег из контейнера даёт root на хосте.",
    ].join("\n");
    const sections = shape(source).map(([heading]) => heading);
    expect(sections).not.toContain("TODO: дописать про buildx");
    expect(shape(source).find(([, text]) => text?.includes("пинить"))?.[1]).not.toContain("root");
  });
});

describe("structureText: repair", () => {
  it("joins lines the PDF wrapped, undoes hyphenation, keeps short list lines apart", () => {
    const wrapped = [
      "Сервисы являются важной частью сетевой инфраструктуры Kubernetes и облегчают",
      "взаимодействие между компонентами приложения в Kubernetes-",
      "кластерах, а встроенный балансировщик распределяет нагрузку между пода-",
      "ми. Это полезно, если вы хотите обеспечить высокую доступность для вашего",
      "приложения в облаке.",
      "",
      "Деплоймент описывает приложение: реплики, шаблон пода и стратегию обновления",
      "приложения в кластере. В деплойменте указываются:",
      "",
      "Реплики",
      "Шаблон пода",
      "Стратегия обновления",
    ].join("\n");
    const texts = structureText(wrapped).blocks.map((b) => b.text);
    expect(texts[0]).toBe(
      "Сервисы являются важной частью сетевой инфраструктуры Kubernetes и облегчают взаимодействие между компонентами приложения в Kubernetes-кластерах, а встроенный балансировщик распределяет нагрузку между подами. Это полезно, если вы хотите обеспечить высокую доступность для вашего приложения в облаке.",
    );
    expect(texts.slice(1)).toEqual([
      "Деплоймент описывает приложение: реплики, шаблон пода и стратегию обновления приложения в кластере. В деплойменте указываются:",
      "Реплики\nШаблон пода\nСтратегия обновления",
    ]);
  });

  it("keeps an item marked with a dash or «●» on its own line, after a full line of wrapped text", () => {
    const source = [
      "Как хранить граф",
      "• Матрица смежности: adj[u][v] = 1 (или вес), память O(V2), удобно для плотных графов и проверки",
      "– есть ли ребро (u, v): O(1)",
      "– перебрать соседей вершины: O(V), даже если их всего 2, что для разреженных графов медленно",
      "● Списки смежности: для каждой вершины список соседей, память O(V + E), лучший выбор обычно",
      "— перебрать соседей: O(deg(v))",
      "Дальше — обход в ширину, очередь и уровни от стартовой вершины, как волна по графу, слой за слоем.",
      "И еще одна длинная строка текста, чтобы ширина переноса была видна как у страницы PDF, так и тут.",
      "И третья длинная строка текста, чтобы набралось восемь строк одной ширины для оценки переноса.",
    ].join("\n");
    const text = structureText(source)
      .blocks.map((b) => b.text)
      .join("\n");
    expect(text).toContain("проверки\n– есть ли ребро");
    expect(text).toContain("O(1)\n– перебрать соседей вершины");
    expect(text).toContain("медленно\n• Списки смежности");
    expect(text).toContain("обычно\n— перебрать соседей: O(deg(v))");
  });

  it("joins a line cut after a preposition to what follows, though that looks like a definition", () => {
    const source = [
      "Грабли: имя в notify должно совпадать с name хендлера буква в букву. Если плей упал",
      "на середине, хендлеры не выполнятся (есть --force-handlers). Нужен прямо сейчас, а не в",
      "конце - таска meta: flush_handlers.",
    ].join("\n");
    const blocks = structureText(source).blocks;
    // One passage («Грабли» labels a remark, so it heads nothing), «конце - таска» not split off as a definition.
    expect(blocks.map((b) => b.headingPath)).toEqual([[]]);
    expect(blocks[0]?.text).toMatch(/а не в конце - таска meta: flush_handlers\.$/);
    // …or after an adjective in the plural: «деление соматических» / «клеток: из одной 2n две».
    const plural = [
      "Интерфаза: G1, S (репликация), G2. Клетка растет и удваивает ДНК перед",
      "делением. Митоз (mitosis) — это деление ядра у всех соматических",
      "клеток: из одной 2n две одинаковые 2n. Фазы запоминаю как ПМАТ, по",
      "первым буквам: профаза, метафаза, анафаза и телофаза, по порядку.",
    ].join("\n");
    expect(structureText(plural).blocks.map((b) => b.headingPath)).toEqual([["Интерфаза"]]);
  });

  it("drops the indentation every line of a code block shares, and keeps the rest", () => {
    const source = [
      "Плейбук целиком, как он лежит в репозитории:",
      "",
      "    - hosts: web",
      "      become: true",
      "      tasks:",
      "        - name: nginx",
      "          ansible.builtin.apt:",
      "            name: nginx",
    ].join("\n");
    const code = structureText(source).blocks.find((b) => b.kind === "code");
    expect(code?.text).toBe(
      "```\n- hosts: web\n  become: true\n  tasks:\n    - name: nginx\n      ansible.builtin.apt:\n        name: nginx\n```",
    );
  });

  it("glues commands and double-spaced YAML into one fenced block with the text that introduces it", () => {
    const source = [
      "Мы можем пометить ноду, чтобы на ней размещались только определенные поды. Делается это так:",
      "",
      "kubectl label nodes node-1 type=ingress",
      "",
      "kubectl get no -o yaml node-1",
      "",
      "apiVersion: v1",
      "",
      "kind: Node",
      "",
      "",
      "Дальше совсем другой абзац про теинты, которые отталкивают поды от ноды.",
    ].join("\n");
    const blocks = structureText(source).blocks;
    expect(blocks.map((b) => b.kind)).toEqual(["prose", "code", "prose"]);
    expect(blocks[1]?.text).toBe(
      "```\nkubectl label nodes node-1 type=ingress\nkubectl get no -o yaml node-1\napiVersion: v1\nkind: Node\n```",
    );
    expect(blocks[0]?.part).toBe(blocks[1]?.part);
    expect(blocks[2]?.part).not.toBe(blocks[1]?.part);
  });

  it("keeps a paragraph that opens with a word of the code before it with that code", () => {
    const source = [
      filler("iptables"),
      "iptables -A INPUT -p tcp --dport 22 -j ACCEPT",
      "iptables -P INPUT DROP",
      "-A добавляет правило в конец цепочки, -P задаёт политику. Сначала разрешить SSH, потом DROP.",
      "",
      "Дальше совсем другой абзац про NAT, который подменяет адреса пакетов на ходу.",
    ].join("\n");
    const blocks = structureText(source).blocks;
    expect(blocks.map((b) => b.kind)).toEqual(["prose", "code", "prose", "prose"]);
    expect(blocks[2]?.part).toBe(blocks[1]?.part);
    expect(blocks[3]?.part).not.toBe(blocks[1]?.part);
  });

  it("keeps a paragraph that goes on in lower case after code with that code («к-р использует…»)", () => {
    const source = [
      filler("docker"),
      "",
      "СЕТЬ HOST",
      "    docker run -d --network host nginx",
      "к-р использует сетевой стек хоста напрямую: никакой изоляции и никакого NAT, порты хоста заняты им.",
      "",
      "Дальше совсем другой абзац про NAT, который подменяет адреса пакетов на ходу.",
    ].join("\n");
    const blocks = structureText(source).blocks.filter((b) => b.headingPath.at(-1) === "СЕТЬ HOST");
    expect(blocks.map((b) => b.kind)).toEqual(["code", "prose", "prose"]);
    expect(blocks[1]?.part).toBe(blocks[0]?.part);
    expect(blocks[2]?.part).not.toBe(blocks[0]?.part);
  });

  it("keeps the paragraphs under a plainly marked heading one part, and those under a guessed one apart", () => {
    const partsUnder = (source: string) => {
      const blocks = structureText(source).blocks.filter((b) => b.headingPath.length > 0);
      return new Set(blocks.map((b) => b.part)).size;
    };
    const answer = [
      filler("REPLICAOF"),
      "",
      "1. ищем значение в Redis по ключу, а если его там нет, идём в базу и кладём результат в Redis с TTL",
      "",
      filler("Sentinel"),
    ];
    // The answer to a question asked in a chat is all its paragraphs, and so is a Markdown section's text.
    expect(
      partsUnder([filler("Redis"), "", "репликация в редисе", "ChatGPT сказал:", ...answer].join("\n")),
    ).toBe(1);
    expect(partsUnder([filler("Redis"), "", "### Репликация", ...answer].join("\n"))).toBe(1);
    // Under a short line only taken for a heading, the next paragraph may be about something else.
    expect(partsUnder([filler("Redis"), "", "Репликация", "", ...answer].join("\n"))).toBeGreaterThan(1);
  });

  it("drops lost script, page numbers and chat residue", () => {
    const source = `${filler("Под")}\n\n???? ? ??????\n\n17\n\nChatGPT\n\n${filler("Сервис")}`;
    expect(structureText(source).blocks.map((b) => b.text)).toEqual([filler("Под"), filler("Сервис")]);
  });

  it("merges a fragment too short to answer anything into the block before it", () => {
    const source = `${filler("Ингресс")}\n\nНапример nginx.\n\n${filler("Хельм")}`;
    const blocks = structureText(source).blocks;
    expect(blocks[0]?.part).toBe(blocks[1]?.part);
    expect(blocks[2]?.part).not.toBe(blocks[1]?.part);
  });

  it("merges a short line with no final punctuation into the block after it: a lead-in without its colon", () => {
    const source = [
      "если подходящего pv нет pvc висит в pending когда связались оба bound у pv еще статусы available released",
      "",
      "режимы доступа access modes записала",
      "",
      "readwriteonce rwo читать и писать может одна нода внимание именно нода а не под",
    ].join("\n");
    const blocks = structureText(source).blocks;
    const partOf = (start: string) => blocks.find((b) => b.text.startsWith(start))?.part;
    expect(partOf("режимы доступа")).toBe(partOf("readwriteonce"));
    expect(partOf("режимы доступа")).not.toBe(partOf("если подходящего"));
  });
});

describe("structureText properties", () => {
  const word = fc.constantFrom(
    "под",
    "сервис",
    "Kubernetes",
    "кластера",
    "ноде",
    "и",
    "в",
    "IP-адрес",
    "трафик",
    "NodePort",
  );
  const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((ws) => `${ws.join(" ")}.`);
  const line = fc.oneof(
    sentence,
    fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(" ")),
    fc.tuple(fc.integer({ min: 1, max: 5 }), word, sentence).map(([n, w, s]) => `${n}. ${w}: ${s}`),
    fc.tuple(word, sentence).map(([w, s]) => `${w} - ${s}`),
    fc.constantFrom(
      "kubectl get pods -A",
      "apiVersion: v1",
      "  labels:",
      "    app: web",
      "- item",
      "...",
      "Типы:",
      "ПЛАГИНЫ",
      "????",
      "12",
      "ChatGPT",
      "Отличный вопрос! 😊",
      "Если хотите, могу показать пример.",
      "",
    ),
  );
  const text = fc.array(line, { maxLength: 40 }).map((ls) => ls.join("\n"));
  const wordsOf = (s: string) => s.match(/[\p{L}][\p{L}\p{N}'-]*/gu) ?? [];
  const kept = (source: string) =>
    source
      .split("\n")
      .filter(
        (l) => !/^(\?+|\d+|ChatGPT|Отличный вопрос! 😊|Если хотите, могу показать пример\.)$/u.test(l.trim()),
      )
      .join("\n");

  it("adds no words and keeps the text's order: block words are a subsequence of the source's", () => {
    fc.assert(
      fc.property(text, (source) => {
        const out = structureText(source).blocks.flatMap((b) => wordsOf(b.text.replace(/^```$/gm, "")));
        const all = wordsOf(source);
        let at = 0;
        for (const w of out) {
          while (at < all.length && all[at] !== w) at++;
          expect(at, `«${w}» is not in the source in this order`).toBeLessThan(all.length);
          at++;
        }
      }),
      { numRuns: 300 },
    );
  });

  it("loses no word but garbage: every word of the source is in a block or a heading", () => {
    fc.assert(
      fc.property(text, (source) => {
        const note = structureText(source);
        const out = new Set(
          note.blocks.flatMap((b) => [...wordsOf(b.text), ...b.headingPath.flatMap(wordsOf)]),
        );
        for (const w of note.title === undefined ? [] : wordsOf(note.title)) out.add(w);
        for (const w of wordsOf(kept(source))) expect(out, w).toContain(w);
      }),
      { numRuns: 300 },
    );
  });

  it("never splits code: every command or YAML line sits inside one fenced block", () => {
    fc.assert(
      fc.property(text, (source) => {
        const blocks = structureText(source).blocks;
        for (const b of blocks) if (b.kind === "code") expect(b.text).toMatch(/^```[^\n]*\n[\s\S]*\n```$/);
        const prose = blocks
          .filter((b) => b.kind === "prose")
          .map((b) => b.text)
          .join("\n");
        expect(prose).not.toMatch(/^kubectl get pods -A$/m);
      }),
      { numRuns: 300 },
    );
  });
});
