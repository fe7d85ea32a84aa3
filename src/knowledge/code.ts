// Finds commands, YAML and code in text that lost its formatting, so each run becomes one fenced block.
// Pure: no I/O.

/**
 * Tools whose command lines appear in notes; a line starting with one (and no prose) is a command, and so is
 * whatever runs under sudo («sudo ipvsadm -Ln»).
 */
const COMMAND =
  /^(?:\$\s*)?sudo\s+[a-z][\w.-]*(?:\s|$)|^(?:\$\s*)?(?:kubectl|helm|docker|podman|minikube|kubeadm|k3s|k3d|git|curl|wget|apt|apt-get|yum|dnf|brew|npm|npx|yarn|pip3?|systemctl|journalctl|ssh|scp|export|etcdctl|crictl|istioctl|kustomize|terraform|ansible-playbook|openssl|chmod|mkdir|iptables|ip6tables|nft|tcpdump|traceroute|mtr|nslookup|netstat|sysctl|getent|resolvectl|lsof)\s+\S/;
const PROMPT = /^\s*\$\s+\S/;
/** An SQL statement, as its keyword in capitals opens it and «;» ends it: «CREATE INDEX … (status);». */
const SQL =
  /^(?:BEGIN|COMMIT|ROLLBACK|END|ABORT)\s*;$|^(?:SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|TRUNCATE|EXPLAIN|VACUUM|ANALYZE|REINDEX|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|GRANT|REVOKE|SET|SHOW|LOCK|WITH|COPY)\s[^;]*;(?:\s*(?:SELECT|INSERT|UPDATE|DELETE|SET|SHOW)\s[^;]*;)*\s*$/;
/**
 * A Dockerfile's instruction, its keyword in capitals and an argument: «FROM golang:1.22 AS builder», «COPY . .»,
 * «RUN go mod download», «ENTRYPOINT ["/app"]».
 */
const DOCKERFILE =
  /^(?:FROM|RUN|CMD|COPY|ADD|WORKDIR|ENV|ARG|EXPOSE|ENTRYPOINT|USER|VOLUME|LABEL|HEALTHCHECK|SHELL|ONBUILD|STOPSIGNAL)\s+\S/;
const CYRILLIC = /\p{Script=Cyrillic}/u;
/**
 * `key: value`, `- key: value`, `key:`, as YAML writes them: a lower-case identifier key, or an environment
 * variable's name in capitals («POSTGRES_PASSWORD: example»), never a word («NOTE: …»).
 */
const YAML_KEY = /^\s*(?:-\s+)?(?:[a-z_][\w./-]*|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+):(?:\s+(.*))?$/;
const YAML_ITEM = /^\s*-\s+\S/;
const ELLIPSIS = /^\s*(?:\.\.\.|…)\s*$/;
/** Words in Latin, then a comment set off after them: «ip a            # все интерфейсы», «dig +short x.com  # A». */
const COMMENTED = /^[a-z][\w.-]*(?:[ \t]+[^\s#]+)*[ \t]{2,}#\s/;
/** A line that is all comment, as in a shell script: «# t=tcp u=udp l=только слушающие». */
const COMMENT_LINE = /^\s*#(?!#)\s*\S/;

/** The line between two YAML documents in one file. */
const YAML_DOCUMENTS = /^---[ \t]*$/u;
/** A shell line a backslash at its end carries on to the next. */
const CARRIED = /\s\\$/u;

/** A line of a command's output: words lined up in columns, runs of spaces (or tabs) between them. */
const OUTPUT_COLUMNS = /\S(?: {2,}|\t+)\S/u;

/** The line without a trailing `# comment` (comments may be in any language). */
const withoutComment = (line: string) => line.replace(/\s+#.*$/, "");

/**
 * A command after a root shell's prompt, as Linux books and admins' notes print it: «# systemctl daemon-reload»,
 * «# systemctl isolate rescue.target   # переключиться…». Not a heading, nor a comment: a command to type.
 */
export function isRootPrompt(line: string): boolean {
  const command = /^\s*#[ \t]+(\S.*)$/u.exec(line)?.[1];
  if (command === undefined) return false;
  const code = withoutComment(command).trim();
  return COMMAND.test(code) && !CYRILLIC.test(code);
}

/** An INI file's section and key (a systemd unit, .gitconfig, my.cnf): «[Service]», «ExecStart=/srv/run.sh». */
const INI_SECTION = /^\s*\[[A-Za-z][\w .:"-]*\]\s*$/u;
const INI_KEY = /^\s*[A-Za-z_][\w.-]*\s*=\s*\S/u;

/** How sure we are that a line is code: strong alone, weak only among other code lines. */
export type CodeLine = "strong" | "weak" | "no";

/** Classifies one line: commands and prompts are strong; YAML keys, YAML items, INI lines and `...` are weak. */
export function codeLine(line: string): CodeLine {
  if (line.trim() === "") return "no";
  if (isRootPrompt(line)) return "strong";
  const code = withoutComment(line);
  // «secret: <32 случайных байта в base64>»: a key whose value is a placeholder, in any language, is YAML's.
  if (/^<[^<>\n]+>$/u.test(YAML_KEY.exec(code)?.[1]?.trim() ?? "")) return "weak";
  if (CYRILLIC.test(code)) return "no";
  if (PROMPT.test(line) || COMMAND.test(code.trim()) || SQL.test(code.trim())) return "strong";
  if (DOCKERFILE.test(code.trim())) return "strong";
  if (ELLIPSIS.test(line)) return "weak";
  // «  - [[crd]]»: an item of a list of links between notes, not YAML's.
  if (/^[ \t]*[-*+][ \t]+\[\[[^\s\]][^\]\n]*\]\]/u.test(code)) return "no";
  const key = YAML_KEY.exec(code);
  if (key) {
    const value = (key[1] ?? "").trim();
    // A value of a few tokens or a quoted string is data; a sentence after a colon is prose.
    return value.split(/\s+/).length <= 3 || /^["'[{|>&*!]/.test(value) ? "weak" : "no";
  }
  if (YAML_ITEM.test(code) && code.trim().split(/\s+/).length <= 4) return "weak";
  if (INI_SECTION.test(code) || INI_KEY.test(code)) return "weak";
  if (COMMENTED.test(line)) return "weak";
  return "no";
}

/** A stretch of lines: a run of code, or text (blank lines included). */
export interface Segment {
  kind: "code" | "text";
  lines: string[];
}

/**
 * Splits lines into code runs and text. A run is consecutive code-like lines, blank lines between them
 * allowed (PDF dumps double-space YAML); it is code when it has a strong line or at least two weak ones
 * that are not all `...`. Fenced blocks (```) already in the text are kept as they are; a fence never
 * closed is only a line. With `commentsAbove`, a comment line right over a line of code is the code's too
 * («# AND: поды app=monitoring ИЗ ns с team=ops» over «ingress:»): see `pieces`, which knows when the text's «#»
 * lines are comments, not headings.
 */
export function splitCode(lines: readonly string[], commentsAbove = false): Segment[] {
  const segments: Segment[] = [];
  const pushText = (line: string) => {
    const last = segments.at(-1);
    if (last?.kind === "text") last.lines.push(line);
    else segments.push({ kind: "text", lines: [line] });
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    const fence = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    let close = i + 1;
    while (fence && close < lines.length && (lines[close] as string).trim() !== fence) close++;
    if (fence && close < lines.length) {
      segments.push({ kind: "code", lines: lines.slice(i, close + 1) });
      i = close + 1;
      continue;
    }
    const statement = sqlStatementEnd(lines, i);
    if (statement !== undefined) {
      segments.push({ kind: "code", lines: lines.slice(i, statement + 1) });
      i = statement + 1;
      continue;
    }
    // A comment line right over a line of code explains it, when the text's «#» lines are comments.
    const heads = (k: number) =>
      commentsAbove && COMMENT_LINE.test(lines[k] as string) && codeLine(lines[k + 1] ?? "") !== "no";
    if (codeLine(line) === "no" && !heads(i)) {
      pushText(line);
      i++;
      continue;
    }
    let end = i;
    let last = i;
    // Whether a prompt line («$ df -h /») or a command («kubectl get jobs») is in the run so far: what it printed
    // may follow.
    let prompted = false;
    while (end < lines.length) {
      const l = lines[end] as string;
      if (l.trim() === "") {
        end++;
        continue;
      }
      // A comment on a line of its own, right under a line of code, explains it: «$ sudo ss -tulpn» over «# t=tcp…».
      const explains = COMMENT_LINE.test(l) && end === last + 1 && end > i;
      // What a command printed, right under it: «Filesystem      Size  Used Avail Use% Mounted on» under «$ df -h»,
      // columns lined up with runs of spaces, in no Russian.
      const printed = prompted && end === last + 1 && !CYRILLIC.test(l) && OUTPUT_COLUMNS.test(l.trim());
      // A command a backslash carries on to the next line goes on there, whatever that line looks like:
      // «$ kubectl get secret -n kube-system \» over «-l sealedsecrets.bitnami.com/sealed-secrets-key -o yaml».
      const carried = end === last + 1 && CARRIED.test(lines[last] as string);
      // YAML goes on past «---» between two of its documents.
      const separates = end === last + 1 && YAML_DOCUMENTS.test(l) && codeLine(lines[end + 1] ?? "") !== "no";
      if (codeLine(l) === "no" && !explains && !printed && !carried && !separates && !heads(end)) break;
      prompted ||= PROMPT.test(l) || isRootPrompt(l) || COMMAND.test(withoutComment(l).trim());
      last = end;
      end++;
    }
    const run = lines.slice(i, last + 1).filter((l) => l.trim() !== "");
    const kinds = run.map(codeLine);
    const weak = run.filter((l, k) => kinds[k] === "weak" && !ELLIPSIS.test(l)).length;
    if (kinds.includes("strong") || weak >= 2) {
      segments.push({ kind: "code", lines: run });
      i = last + 1;
    } else {
      for (const l of lines.slice(i, last + 1)) pushText(l);
      i = last + 1;
    }
  }
  return segments;
}

/** An SQL statement's first line: a keyword in capitals that starts one. */
const SQL_START = /^\s*(?:SELECT|WITH|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|EXPLAIN)\s/u;
/** A line that goes on an SQL statement: a clause's keyword in capitals, a bracket, a comma, or indented. */
const SQL_GOES_ON =
  /^(?:\s+\S|\s*(?:FROM|WHERE|GROUP\s+BY|ORDER\s+BY|HAVING|(?:LEFT|RIGHT|INNER|OUTER|FULL|CROSS)?\s*JOIN|ON|AND|OR|UNION|EXCEPT|INTERSECT|LIMIT|OFFSET|WINDOW|VALUES|SET|RETURNING|INTO|SELECT|WITH)\b|\s*[(),])/u;
/**
 * Whether a line has at most one Russian word (a name: «FROM имя»), its comment («-- …») aside: a sentence has more
 * («WITH RECURSIVE позволяет CTE ссылаться на саму себя»).
 */
const namesAtMost = (line: string) =>
  (line.replace(/--.*$/u, "").match(/\p{Script=Cyrillic}+/gu)?.length ?? 0) <= 1;
/** How many lines an SQL statement runs at most. */
const MAX_SQL_LINES = 40;

/**
 * Where the SQL statement that starts on `lines[start]` ends (the line with its «;»), when it runs over several lines:
 * «SELECT dept, name» / «FROM employees» / «WHERE salary > 100;», «WITH имя AS (» / «SELECT ...» / «)» / «SELECT … FROM
 * имя;». Names in it may be Russian, as a course's examples have them. Undefined for anything else.
 */
function sqlStatementEnd(lines: readonly string[], start: number): number | undefined {
  const first = lines[start] as string;
  if (!SQL_START.test(first) || !namesAtMost(first)) return undefined;
  if (first.trimEnd().endsWith(";")) return undefined;
  for (let k = start + 1; k < Math.min(lines.length, start + MAX_SQL_LINES); k++) {
    const line = lines[k] as string;
    if (line.trim() === "" || !SQL_GOES_ON.test(line) || !namesAtMost(line)) return undefined;
    if (line.trimEnd().endsWith(";")) return k;
  }
  return undefined;
}

/** The lines without the indentation all of them that are not blank share. */
export function withoutCommonIndent(lines: readonly string[]): string[] {
  const indents = lines.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/u.exec(l)?.[0].length ?? 0);
  const common = indents.length === 0 ? 0 : Math.min(...indents);
  return lines.map((l) => l.slice(common));
}

/**
 * Which of Markdown's lines are code: a fence's own line («```yaml», «~~~») and every line inside it. A fence closes
 * with a run of the same mark at least as long, so a «```» inside a «````» block is code.
 */
export function codeLines(lines: readonly string[]): boolean[] {
  let fence: string | undefined;
  return lines.map((line) => {
    const mark = /^\s*(`{3,}|~{3,})/u.exec(line)?.[1];
    if (mark === undefined) return fence !== undefined;
    fence = fence === undefined ? mark : mark.startsWith(fence) ? undefined : fence;
    return true;
  });
}

/**
 * `body` as a fenced block of Markdown in `language`: the fence is longer than any run of backticks in the code,
 * so the code's own never closes it.
 */
export function fencedBlock(body: string, language = ""): string {
  const longest = Math.max(2, ...Array.from(body.matchAll(/`+/gu), (m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}\n${body}\n${fence}`;
}

/** A line of a listing a book numbers: «    3   RUN tar -xzf tool.tar.gz -C /opt», or its number alone («    8»). */
const LISTING_LINE = /^([ \t]*(\d{1,3}))(?:([ \t]{2,})(\S.*?))?[ \t]*$/u;
/** A listing's caption: «Листинг 4.1. Так НЕ надо…», «Listing 2-3». */
const LISTING_CAPTION = /^\s*(?:листинг|listing)\s*\d/iu;
/** A numbered listing is this many lines at least, unless a caption names it. */
const MIN_LISTING_LINES = 3;

/**
 * Code a book lists with its lines numbered, as a PDF's text keeps it: «1   FROM alpine:3.20» / «2   RUN wget …» /
 * «3   RUN tar …». The numbers go on one by one; a line says no Russian but in a comment, and one at least is code
 * (not the rows of a table some number). It becomes a fenced block without the numbers, each line's indent after
 * its number kept. Three lines or more, or fewer under a caption «Листинг 4.5».
 */
export function numberedListings(lines: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const run: { content: string; column: number }[] = [];
    let j = i;
    for (let next = Number(LISTING_LINE.exec(lines[i] ?? "")?.[2]); j < lines.length; j++, next++) {
      const match = LISTING_LINE.exec(lines[j] ?? "");
      if (match === null || Number(match[2]) !== next) break;
      const content = match[4] ?? "";
      run.push({ content, column: (match[1] as string).length + (match[3] ?? "").length });
    }
    const caption = LISTING_CAPTION.test(out.findLast((l) => l.trim() !== "") ?? "");
    const said = run.filter((r) => r.content !== "");
    const listing =
      run.length >= (caption ? 1 : MIN_LISTING_LINES) &&
      said.length > 0 &&
      said.every((r) => !CYRILLIC.test(withoutComment(r.content))) &&
      said.some((r) => codeLine(r.content) !== "no");
    if (!listing) {
      out.push(lines[i] as string);
      i++;
      continue;
    }
    const column = Math.min(...said.map((r) => r.column));
    const body = run.map((r) => (r.content === "" ? "" : " ".repeat(r.column - column) + r.content));
    out.push(...fencedBlock(body.join("\n")).split("\n"));
    i = j;
  }
  return out;
}
