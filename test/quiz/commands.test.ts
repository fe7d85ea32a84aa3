import { describe, expect, it } from "vitest";
import type { Passage } from "../../src/knowledge/types.ts";
import {
  COMMAND_PROMPT,
  echoesQuestion,
  findCommands,
  generateCommandCards,
  REVERSE_PROMPT,
} from "../../src/quiz/commands.ts";
import { createAnalyzer } from "../../src/search/analyzer.ts";

const analyzer = createAnalyzer([]);

function passage(id: string, text: string, heading = "Раздел", topicId = "linux"): Passage {
  return { id, topicId, topicTitle: "Linux", headingPath: [heading], text, file: "l.md", order: 0 };
}

const shell = passage(
  "linux#1",
  [
    "```",
    "$ chmod u+x deploy.sh     # добавить владельцу выполнение",
    "$ chown vasya:devs report.txt   # сменить владельца и группу",
    "$ sudo systemctl enable --now bot   # и то и другое сразу",
    "$ sudo apt update            # обновить списки пакетов",
    "```",
  ].join("\n"),
);
const introduced = passage(
  "linux#2",
  [
    "Мы можем пометить ноду, чтобы на ней размещались только определенные поды. Делается это так:",
    "",
    "```bash",
    "kubectl label nodes k8s-ingress-1 nodeType=ingress",
    "```",
  ].join("\n"),
);
const underHeading = passage(
  "helm#0",
  "```bash\nhelm repo add hello https://example.org/charts\nhelm install my-hello hello/hello\n```",
  "Добавить репозиторий и установить чарт",
  "helm",
);

describe("findCommands", () => {
  it("takes a command's trailing comment, else the action the sentence before it names, else the heading's steps", () => {
    const found = findCommands([shell, introduced, underHeading], analyzer);
    expect(found.map((c) => [c.command, c.purpose])).toEqual([
      ["chmod u+x deploy.sh", "добавить владельцу выполнение"],
      ["chown vasya:devs report.txt", "сменить владельца и группу"],
      ["sudo apt update", "обновить списки пакетов"],
      // The author's goal («чтобы на ней размещались только …») is not what the command does.
      ["kubectl label nodes k8s-ingress-1 nodeType=ingress", "Мы можем пометить ноду"],
      ["helm repo add hello https://example.org/charts", "Добавить репозиторий"],
      ["helm install my-hello hello/hello", "Установить чарт"],
    ]);
  });

  it("takes the author's remark on a command for no purpose: «# мое: всегда вместе»", () => {
    const nginx = passage(
      "n#1",
      "```\nnginx -t   # проверить синтаксис конфига\nsudo nginx -t && sudo systemctl reload nginx   # мое: всегда вместе\n```",
    );
    expect(findCommands([nginx], analyzer).map((c) => c.purpose)).toEqual(["проверить синтаксис конфига"]);
  });

  it("takes the note a code annotation points at for the purpose («# (2)!»), and no purpose without words", () => {
    const poetry = passage(
      "p#1",
      [
        "```bash",
        "poetry add requests      # (1)!",
        "poetry run pytest        # (2)!",
        "poetry build             # (3)",
        "poetry lock              # 42",
        "```",
        "",
        "1. Добавляет зависимость в pyproject.toml.",
        "2. Запускает команду внутри венва Poetry.",
      ].join("\n"),
    );
    expect(findCommands([poetry], analyzer).map((c) => [c.command, c.purpose])).toEqual([
      ["poetry add requests", "Добавляет зависимость в pyproject.toml"],
      ["poetry run pytest", "Запускает команду внутри венва Poetry"],
    ]);
  });

  it("takes a sentence before a block for its purpose only when it points at the code or says what it is for", () => {
    const jfr = passage(
      "j#1",
      [
        "JFR — встроенный профайлер. Записи смотрим в JDK Mission Control (JMC)",
        "",
        "```bash",
        "java -XX:StartFlightRecording=duration=2m,filename=rec.jfr -jar app.jar",
        "```",
        "",
        "Снять дамп кучи с живого процесса:",
        "",
        "```bash",
        "jcmd 12345 GC.heap_dump /tmp/heap.hprof",
        "```",
        "",
        "Чтобы сказать шедулеру не ставить туда поды, повесим теинт NoSchedule.",
        "",
        "```bash",
        "kubectl taint nodes node-1 dedicated=ingress:NoSchedule",
        "```",
      ].join("\n"),
    );
    expect(findCommands([jfr], analyzer).map((c) => [c.command.split(" ")[0], c.purpose])).toEqual([
      ["jcmd", "Снять дамп кучи с живого процесса"],
      ["kubectl", "повесим теинт NoSchedule"],
    ]);
  });

  it("ignores YAML and other code that is not a command", () => {
    const yaml = passage("k#1", "```yaml\napiVersion: v1\nkind: Node\n```");
    expect(findCommands([yaml], analyzer)).toEqual([]);
  });
});

describe("generateCommandCards", () => {
  const cards = generateCommandCards([shell, introduced, underHeading], analyzer);

  it("asks what a command does among other commands' purposes, and the reverse", () => {
    const forward = cards.find((c) => c.question === `${COMMAND_PROMPT}\nchmod u+x deploy.sh`);
    expect(forward?.options[forward.correctIndex]).toBe("добавить владельцу выполнение");
    expect(forward?.options.length).toBe(4);
    const reverse = cards.find((c) => c.question === `${REVERSE_PROMPT}\n«добавить владельцу выполнение»`);
    expect(reverse?.options[reverse.correctIndex]).toBe("chmod u+x deploy.sh");
    for (const card of cards) {
      expect(card.kind).toBe("command");
      expect(new Set(card.options).size).toBe(card.options.length);
    }
  });

  it("never makes a card whose right option repeats a word of the question no other option has", () => {
    for (const card of cards) {
      expect(echoesQuestion(card.question, card.options, card.correctIndex, analyzer), card.question).toBe(
        false,
      );
    }
    expect(
      echoesQuestion(
        "kubectl taint nodes n1 ingress-taint=true:NoSchedule",
        ["повесим NoSchedule", "смотреть логи"],
        0,
        analyzer,
      ),
    ).toBe(true);
  });

  it("makes no card when the notes have fewer than three commands", () => {
    expect(
      generateCommandCards([introduced, passage("x#1", "```\n$ ls -la   # список файлов\n```")], analyzer),
    ).toEqual([]);
  });
});
