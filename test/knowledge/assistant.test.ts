import { describe, expect, it } from "vitest";
import { assistantChatAsMarkdown, isAssistantChat } from "../../src/knowledge/assistant.ts";
import { parseMarkdown } from "../../src/knowledge/markdown.ts";

/** Two turns of a chat with ChatGPT, copied from the browser into a note, as the window leaves them. */
const CHAT = [
  "# кубер сеть — DNS",
  "",
  "Вы сказали:",
  "что за ndots:5 и на что влияет",
  "",
  "ChatGPT сказал:",
  "",
  "Отличный вопрос! 👍 Это важная штука для производительности",
  "",
  "### 🔎 Как работает ndots",
  "- Если в имени меньше 5 точек, резолвер сначала перебирает домены из `search`",
  "",
  "### 🛠️ Как исправить",
  "Уменьшить ndots в поде через `dnsConfig`:",
  "",
  "yaml",
  "Копировать код",
  "spec:",
  "  dnsConfig:",
  "    options:",
  "      - name: ndots",
  '        value: "2"',
  "",
  "Если хочешь, могу рассказать про dnsPolicy — там тоже есть подвох 😉",
  "",
  "Вы сказали:",
  "давай",
  "",
  "ChatGPT сказал:",
  "",
  "### 🧾 Варианты dnsPolicy",
  "- **ClusterFirst** — по умолчанию",
  "",
  "Вы сказали:",
  "как проверить что днс в кластере живой",
  "",
  "ChatGPT сказал:",
  "",
  "1. Запусти одноразовый под:",
  "bash",
  "Copy code",
  "kubectl run dnstest -it --rm --image=busybox:1.28 -- nslookup kubernetes.default",
  "2. Проверь, что поды CoreDNS в Running",
].join("\n");

describe("a chat with an assistant copied into Markdown", () => {
  it("heads each answer by what was asked, a level above the answer's own headings", () => {
    expect(isAssistantChat(CHAT)).toBe(true);
    const note = parseMarkdown(CHAT);
    expect(note.title).toBe("кубер сеть — DNS");
    expect([...new Set(note.blocks.map((b) => b.headingPath.join(" › ")))]).toEqual([
      "что за ndots:5 и на что влияет",
      "что за ndots:5 и на что влияет › Как работает ndots",
      "что за ndots:5 и на что влияет › Как исправить",
      // «давай» only asks it to go on: the answer stays under the question before.
      "что за ndots:5 и на что влияет › Варианты dnsPolicy",
      "как проверить что днс в кластере живой",
    ]);
  });

  it("fences the code the window showed under its language, and drops its buttons and the assistant's offers", () => {
    const note = parseMarkdown(CHAT);
    const code = note.blocks.filter((b) => b.kind === "code").map((b) => b.text);
    expect(code).toEqual([
      '```yaml\nspec:\n  dnsConfig:\n    options:\n      - name: ndots\n        value: "2"\n```',
      "```bash\nkubectl run dnstest -it --rm --image=busybox:1.28 -- nslookup kubernetes.default\n```",
    ]);
    const text = note.blocks.map((b) => b.text).join("\n");
    for (const residue of [
      "Вы сказали",
      "ChatGPT",
      "Копировать код",
      "Copy code",
      "Если хочешь",
      "Отличный вопрос",
    ])
      expect(text).not.toContain(residue);
    // The prose after code the window showed unfenced is prose again.
    expect(text).toContain("Проверь, что поды CoreDNS в Running");
  });

  it("leaves other Markdown as it is", () => {
    const note = "# Заметка\n\nВы сказали, что yaml\nКопировать код нельзя.";
    expect(isAssistantChat(note)).toBe(false);
    expect(assistantChatAsMarkdown("Просто текст\nyaml\nещё текст")).toBe("Просто текст\nyaml\nещё текст");
  });
});
