import { describe, expect, it } from "vitest";
import { liquidTagsDropped, mdxAsMarkdown } from "../../src/knowledge/docsite.ts";
import { structureNote } from "../../src/knowledge/structure.ts";

const DOC = [
  "---",
  "sidebar_position: 2",
  "title: Релизы",
  "---",
  "",
  "import Tabs from '@theme/Tabs';",
  "import TabItem from '@theme/TabItem';",
  "",
  "{/* TODO: HELM_DRIVER=configmap — когда нужно? */}",
  "",
  "## Откат",
  "",
  "<Tabs>",
  '<TabItem value="cli" label="CLI" default>',
  "",
  "```bash",
  "helm rollback web 3",
  "<Tabs>",
  "```",
  "",
  "</TabItem>",
  "</Tabs>",
  "",
  "- rollback создаёт **новую** ревизию, историю не отматывает",
].join("\n");

describe("MDX of a Docusaurus site", () => {
  it("is read without its imports, components' tags and comments; code is kept as written", () => {
    const note = structureNote(DOC, "markdown");
    expect(note.title).toBe("Релизы");
    expect(note.blocks.map((b) => [b.kind, b.headingPath.join(" › ")])).toEqual([
      ["code", "Откат"],
      ["prose", "Откат"],
    ]);
    const text = note.blocks.map((b) => b.text).join("\n");
    expect(text).not.toMatch(/import|@theme|TabItem|HELM_DRIVER|\{\//u);
    expect(note.blocks[0]?.text).toContain("helm rollback web 3\n<Tabs>");
  });

  it("leaves Markdown without MDX's marks as it is, and a sentence about imports too", () => {
    const plain = "# Импорт\n\nimport в питоне грузит модуль один раз.\n\n<b>жирный</b> <br>\n";
    expect(mdxAsMarkdown(plain)).toBe(plain);
    expect(mdxAsMarkdown("import os from os\n")).toBe("import os from os\n");
  });
});

const GITBOOK = [
  "---",
  "description: Сетевые неймспейсы, veth, бридж",
  "---",
  "",
  "# Network namespaces",
  "",
  "veth — виртуальный «кабель» из двух концов.",
  "",
  '{% code title="хост <-> red" lineNumbers="true" %}',
  "```bash",
  "ip link add veth-host type veth peer name veth-red",
  '{% raw %}{{ "не тег" }}{% endraw %}',
  "```",
  "{% endcode %}",
  "",
  '{% hint style="warning" %}',
  '`ip netns list` докерные неймспейсы <mark style="color:red;">не показывает</mark>.',
  "{% endhint %}",
  "",
  '{% content-ref url="../tools/ss-tcpdump.md" %}',
  "[ss-tcpdump.md](../tools/ss-tcpdump.md)",
  "{% endcontent-ref %}",
].join("\n");

describe("a GitBook page (Liquid tags)", () => {
  it("is read without its tags and link cards, a code block's title introducing it, code as written", () => {
    const note = structureNote(GITBOOK, "markdown");
    expect(note.title).toBe("Network namespaces");
    const text = note.blocks.map((b) => b.text).join("\n");
    expect(text).not.toMatch(/\{%[^\n]*hint|endcode|content-ref|ss-tcpdump|<mark/u);
    expect(text).toContain("`ip netns list` докерные неймспейсы не показывает.");
    expect(text).toContain("хост <-> red:");
    expect(note.blocks.find((b) => b.kind === "code")?.text).toContain('{% raw %}{{ "не тег" }}{% endraw %}');
  });

  it("reads a Jekyll post's highlight tags as a fenced block, and leaves text without tags as it was", () => {
    expect(liquidTagsDropped("{% highlight bash %}\nls -la\n{% endhighlight %}")).toBe(
      "```bash\nls -la\n```",
    );
    const plain = "# Шаблоны\n\nв Jinja пишут {{ var }} и циклы\n";
    expect(liquidTagsDropped(plain)).toBe(plain);
    // Notes on Django: a template's tags are the notes' words, however many.
    const django =
      "в каждой форме нужен `{% csrf_token %}`\n{% block content %}\n{% endblock %}\n{% url 'home' %}\n";
    expect(liquidTagsDropped(django)).toBe(django);
  });
});
