import { describe, expect, it } from "vitest";
import { codeLine, numberedListings, splitCode, withoutCommonIndent } from "../../src/knowledge/code.ts";

describe("codeLine", () => {
  it("knows commands and prompts for sure", () => {
    for (const line of [
      "kubectl get pods -A",
      "helm install my-hello hello/hello",
      "$ ls -la",
      "sudo apt-get install jq",
      "sudo tcpdump -i eth0 -nn port 443",
      // Whatever runs under sudo is a command, a tool no list names too.
      "sudo ipvsadm -Ln",
      "sudo reboot",
      "iptables -A INPUT -p tcp --dport 22 -j ACCEPT",
      "traceroute example.com",
      // A Dockerfile's instructions, pasted as plain lines.
      "FROM golang:1.22 AS builder",
      "COPY --from=builder /out/app /app",
      'ENTRYPOINT ["/app"]',
    ])
      expect(codeLine(line), line).toBe("strong");
    // An environment variable's name is a YAML key; a word in capitals before a colon is no key.
    expect(codeLine("      POSTGRES_PASSWORD: example")).toBe("weak");
    expect(codeLine("NOTE: this is prose")).toBe("no");
    expect(codeLine("FROM здесь начинается сборка")).toBe("no");
    // A list of links between notes looks like YAML's items, and is none.
    expect(codeLine("  - [[operator-pattern]]")).toBe("no");
    expect(codeLine("  - [[crd]], [[webhooks]]")).toBe("no");
    expect(codeLine("  - [1, 2]")).toBe("weak");
    // A command after a root shell's prompt; a comment line that says something is no command.
    expect(codeLine("# systemctl isolate rescue.target    # переключиться прямо сейчас")).toBe("strong");
    expect(codeLine("# systemctl — главная команда")).toBe("no");
    // A key whose value is a placeholder in Russian is YAML's; a key with a sentence in Russian is not.
    expect(codeLine("              secret: <32 случайных байта в base64>")).toBe("weak");
    expect(codeLine("secret: значение, которое никто не должен видеть")).toBe("no");
  });

  it("knows an SQL statement by its keyword in capitals and its «;», one or several on a line", () => {
    for (const line of [
      "CREATE INDEX CONCURRENTLY idx_orders_status ON orders (status);",
      "SELECT client_addr, replay_lag FROM pg_stat_replication;",
      "SET GLOBAL slow_query_log = 'ON'; SET GLOBAL long_query_time = 1;",
      // A transaction's own statements, alone: «BEGIN;» … «COMMIT;».
      "BEGIN;",
      "COMMIT;",
      "ROLLBACK;",
    ])
      expect(codeLine(line), line).toBe("strong");
    // A sentence that names a statement is prose: no «;» ends it, or it is Russian.
    for (const line of [
      "CREATE INDEX blocks writes to the table while it builds",
      "SELECT выбирает строки;",
      "Select the rows you need; then sort them.",
    ])
      expect(codeLine(line), line).toBe("no");
  });

  it("takes YAML keys, items and ellipses as code only among other code", () => {
    for (const line of [
      "apiVersion: v1",
      "  labels:",
      "    nodeType: ingress # <--- Вот наш лейбл",
      "  - wrangler.cattle.io/node",
      "...",
      '      operator: "Exists"',
      // Latin words and a comment set off after them, whatever its language.
      "ip a            # = ip addr show, все интерфейсы и айпишники",
      "dig @8.8.8.8 example.com   # спросить конкретный днс-сервер",
    ])
      expect(codeLine(line), line).toBe("weak");
    // A sentence with a «#» in it is no code.
    expect(codeLine("see issue #42 for details")).toBe("no");
  });

  it("leaves prose alone, Russian or English", () => {
    for (const line of [
      "Цель: Репликасет служит для обеспечения",
      "TLDR: ClusterIP - айпишник",
      "note: this is a sentence about pods and nodes",
      "Src:",
      "kubectl это утилита",
      "",
    ])
      expect(codeLine(line), line).toBe("no");
  });
});

describe("withoutCommonIndent", () => {
  it("takes off the indentation every line that is not blank shares, and keeps what is deeper", () => {
    expect(withoutCommonIndent(["    def f():", "", "        return 1"])).toEqual([
      "def f():",
      "",
      "    return 1",
    ]);
    expect(withoutCommonIndent(["", "  "])).toEqual(["", "  "]);
  });
});

describe("splitCode: INI files", () => {
  it("keeps a systemd unit (or any INI file) pasted as lines one block of code", () => {
    const unit = [
      "[Unit]",
      "Description=My test web app",
      "After=network.target",
      "[Service]",
      "ExecStart=/srv/project/web/run.sh",
      "Restart=on-failure",
    ];
    expect(splitCode([...unit, "", "Три секции: [Unit] — описание."])).toEqual([
      { kind: "code", lines: unit },
      { kind: "text", lines: ["", "Три секции: [Unit] — описание."] },
    ]);
    // One «key=value» alone in a sentence's place is no file.
    expect(splitCode(["Restart=on-failure"]).map((s) => s.kind)).toEqual(["text"]);
  });
});

describe("splitCode", () => {
  it("keeps an SQL statement of several lines whole, to its «;», Russian names in it too", () => {
    const lines = [
      "Решение:",
      "    WITH имя AS (",
      "        SELECT dept, name",
      "        FROM employees",
      "    )",
      "    SELECT * FROM имя;",
      "Моё: норм",
    ];
    expect(splitCode(lines)).toEqual([
      { kind: "text", lines: ["Решение:"] },
      { kind: "code", lines: lines.slice(1, 6) },
      { kind: "text", lines: ["Моё: норм"] },
    ]);
    // A sentence that opens with a keyword is prose, though a line after it ends with «;».
    const prose = [
      "WITH RECURSIVE позволяет CTE ссылаться на саму себя:",
      "    — якорная часть выполняется один раз;",
    ];
    expect(splitCode(prose).every((s) => s.kind === "text")).toBe(true);
  });

  it("glues double-spaced commands and YAML into one run, blank lines dropped", () => {
    const lines = [
      "Текст:",
      "",
      "kubectl get no -o yaml node-1",
      "",
      "apiVersion: v1",
      "",
      "metadata:",
      "",
      "  labels:",
      "",
      "",
      "Дальше текст.",
    ];
    expect(splitCode(lines)).toEqual([
      { kind: "text", lines: ["Текст:", ""] },
      { kind: "code", lines: ["kubectl get no -o yaml node-1", "apiVersion: v1", "metadata:", "  labels:"] },
      { kind: "text", lines: ["", "", "Дальше текст."] },
    ]);
  });

  it("goes on with a command a backslash carries to the next line, whatever that line looks like", () => {
    const lines = [
      "$ kubectl get secret -n kube-system \\",
      "-l sealedsecrets.bitnami.com/sealed-secrets-key -o yaml > main.key",
      "• восстановление: kubectl apply -f main.key",
    ];
    expect(splitCode(lines)).toEqual([
      { kind: "code", lines: lines.slice(0, 2) },
      { kind: "text", lines: lines.slice(2) },
    ]);
    // Without the backslash, the line under a command is not carried.
    expect(splitCode(["$ kubectl get secret -n kube-system", "-l только так"])).toEqual([
      { kind: "code", lines: ["$ kubectl get secret -n kube-system"] },
      { kind: "text", lines: ["-l только так"] },
    ]);
  });

  it("keeps two YAML documents with «---» between them one run", () => {
    const lines = [
      "kind: SecretStore",
      "metadata:",
      "  name: aws-sm",
      "---",
      "kind: ExternalSecret",
      "spec:",
    ];
    expect(splitCode(lines)).toEqual([{ kind: "code", lines }]);
    // A rule after code, with text under it, is no separator of documents.
    expect(splitCode(["kind: Pod", "metadata:", "---", "Дальше текст."])).toEqual([
      { kind: "code", lines: ["kind: Pod", "metadata:"] },
      { kind: "text", lines: ["---", "Дальше текст."] },
    ]);
  });

  it("needs a command or two YAML lines: one lone key stays text", () => {
    expect(splitCode(["Src:", "https://example.org"]).map((s) => s.kind)).toEqual(["text"]);
    expect(splitCode(["version: 2", "...", "Абзац."]).map((s) => s.kind)).toEqual(["text"]);
    expect(splitCode(["...", "  nodeSelector:", "    nodeType: ingress", "..."])).toEqual([
      { kind: "code", lines: ["...", "  nodeSelector:", "    nodeType: ingress", "..."] },
    ]);
  });

  it("keeps a comment on a line of its own with the code right above it, and two commented lines are code", () => {
    expect(
      splitCode(["$ sudo ss -tulpn", "# t=tcp u=udp l=только слушающие", "netstat — то же, но старое"]),
    ).toEqual([
      { kind: "code", lines: ["$ sudo ss -tulpn", "# t=tcp u=udp l=только слушающие"] },
      { kind: "text", lines: ["netstat — то же, но старое"] },
    ]);
    // Not after a blank line: there a «# …» line may be a heading.
    // What a command printed, in columns, is its code too, and so is a comment under it.
    const printed = [
      "$ df -h /",
      "Filesystem      Size  Used Avail Use% Mounted on",
      "/dev/sda1        40G   38G     0 100% /",
      "# Avail 0 при 38G из 40G — резерв под root",
    ];
    expect(splitCode([...printed, "", "Дальше текст."])[0]).toEqual({ kind: "code", lines: printed });
    // Without a prompt or a command above them, columns are no output.
    expect(splitCode(printed.slice(1, 3))[0]?.kind).toBe("text");
    // A command with no prompt prints too: «kubectl get jobs» over its table.
    const listed = [
      "kubectl get jobs",
      "NAME   COMPLETIONS   DURATION   AGE",
      "pi     1/1           38s        1m",
    ];
    expect(splitCode([...listed, "логи смотреть через джобу"])[0]).toEqual({ kind: "code", lines: listed });
    expect(splitCode(["$ sudo ss -tulpn", "", "# Сети"]).at(-1)).toEqual({
      kind: "text",
      lines: ["", "# Сети"],
    });
    expect(
      splitCode(["ip a      # все интерфейсы", "ip r      # таблица маршрутизации"]).map((s) => s.kind),
    ).toEqual(["code"]);
  });

  it("keeps fenced blocks as they are", () => {
    const lines = ["```yaml", "kind: Pod", "", "# comment", "```", "После."];
    expect(splitCode(lines)).toEqual([
      { kind: "code", lines: lines.slice(0, 5) },
      { kind: "text", lines: ["После."] },
    ]);
  });

  it("returns every line in order, code runs without their blank lines", () => {
    const lines = ["a", "", "kubectl get pods", "", "kind: Pod", "b", "", "c"];
    const back = splitCode(lines).flatMap((s) => s.lines);
    expect(back.filter((l) => l !== "")).toEqual(lines.filter((l) => l !== ""));
  });
});

describe("numberedListings", () => {
  it("fences a book's listing whose lines it numbers, without the numbers, indents kept", () => {
    const lines = [
      "   Листинг 4.3. apt-get правильно",
      "    1   RUN apt-get update \\",
      "    2    && apt-get install -y curl \\",
      "    3    && rm -rf /var/lib/apt/lists/*   # чистим кэш",
      "",
      "Текст после листинга.",
    ];
    expect(numberedListings(lines)).toEqual([
      "   Листинг 4.3. apt-get правильно",
      "```",
      "RUN apt-get update \\",
      " && apt-get install -y curl \\",
      " && rm -rf /var/lib/apt/lists/*   # чистим кэш",
      "```",
      "",
      "Текст после листинга.",
    ]);
    // One line under its caption is a listing too.
    expect(
      numberedListings(["Листинг 4.5. Токен", "    1   RUN --mount=type=secret,id=npmrc npm ci"]),
    ).toEqual(["Листинг 4.5. Токен", "```", "RUN --mount=type=secret,id=npmrc npm ci", "```"]);
  });

  it("leaves numbered rows of a table, steps in words and numbers out of turn as they are", () => {
    const signals = [
      "  1   SIGHUP   term    закрылся терминал",
      "  2   SIGINT   term    Ctrl+C",
      "  3   SIGQUIT  core    Ctrl+\\",
    ];
    expect(numberedListings(signals)).toEqual(signals);
    const steps = ["1   Установить пакет", "2   Запустить сервис", "3   Проверить логи"];
    expect(numberedListings(steps)).toEqual(steps);
    const apart = ["    1   FROM alpine", "    3   RUN apk add curl", '    4   CMD ["sh"]'];
    expect(numberedListings(apart)).toEqual(apart);
    const alone = ["    1   FROM alpine"];
    expect(numberedListings(alone)).toEqual(alone);
  });
});
