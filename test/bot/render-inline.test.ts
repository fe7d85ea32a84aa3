import { describe, expect, it } from "vitest";
import {
  INLINE_PASSAGES,
  inlineAnswer,
  inlineTopics,
  OPEN_IN_BOT,
  renderHitMessage,
  renderTopicCard,
} from "../../src/bot/render-inline.ts";
import type { Answer } from "../../src/search/types.ts";
import { hit, prose, topic } from "../helpers/fixtures.ts";
import { assertTelegramHtml, checkTelegramHtml } from "../helpers/telegram-html.ts";

const topics = [topic("services", 9, { title: "Сервисы (Services)" })];
const hitAt = (order: number, text = `[[ClusterIP]] номер ${order}.`) =>
  hit(prose(text), { id: `services#${order}`, order, headingPath: ["Типы", `Раздел ${order}`] });

describe("renderHitMessage", () => {
  it("shows the snippet with the matched words in bold, then its source", () => {
    const html = renderHitMessage(hitAt(1));
    expect(html).toBe("<b>ClusterIP</b> номер 1.\n\n<i>📄 Сервисы (Services) › Типы › Раздел 1</i>");
  });

  it("cuts a snippet too long for one message, marks the cut, and keeps the source", () => {
    const long = hit({
      blocks: [
        { code: false, segments: [{ text: "Вступление <b>&amp;.", mark: false }] },
        {
          code: true,
          segments: [{ text: `\`\`\`\n${"kubectl get pods -o wide\n".repeat(400)}\`\`\``, mark: false }],
        },
      ],
      truncated: false,
    });
    const html = renderHitMessage(long);
    assertTelegramHtml(html);
    const text = checkTelegramHtml(html).text;
    expect(text.length).toBeLessThanOrEqual(4096);
    expect(text).toContain("Вступление <b>&amp;.");
    expect(text).toContain(" …\n\n📄 Сервисы (Services) › ClusterIP");
  });
});

describe("inlineAnswer", () => {
  it("lists at most five passages, titled «Тема › Раздел», each linked to the bot by its own id", () => {
    const answer: Answer = {
      kind: "found",
      query: "clusterip",
      terms: ["clusterip"],
      hits: [hitAt(0)],
      more: [1, 2, 3, 4, 5, 6].map((i) => hitAt(i)),
    };
    const { results, button } = inlineAnswer(answer, topics, "konspekt_bot");
    expect(button).toBeUndefined();
    expect(results).toHaveLength(INLINE_PASSAGES);
    expect(results.map((r) => r.id)).toEqual([
      "p0_iservices",
      "p1_iservices",
      "p2_iservices",
      "p3_iservices",
      "p4_iservices",
    ]);
    const [first] = results;
    expect(first?.title).toBe("Сервисы (Services) › Раздел 0");
    expect(first?.description).toBe("ClusterIP номер 0.");
    expect(first?.input_message_content).toMatchObject({
      parse_mode: "HTML",
      message_text: renderHitMessage(hitAt(0)),
    });
    expect(first?.reply_markup?.inline_keyboard).toEqual([
      [{ text: OPEN_IN_BOT, url: "https://t.me/konspekt_bot?start=p0_iservices" }],
    ]);
  });

  it("lists an uncertain answer's candidates, saying they are only possible", () => {
    const answer: Answer = {
      kind: "uncertain",
      query: "q",
      terms: [],
      candidates: [hitAt(3), hitAt(3), hitAt(5)],
    };
    const { results } = inlineAnswer(answer, topics, "konspekt_bot");
    expect(results.map((r) => r.id)).toEqual(["p3_iservices", "p5_iservices"]);
    expect(results.map((r) => r.description)).toEqual([
      "Возможно: ClusterIP номер 3.",
      "Возможно: ClusterIP номер 5.",
    ]);
  });

  it("lists nothing when nothing matched, with a button to the topics in the bot", () => {
    const answer: Answer = { kind: "nothing", query: "торт", terms: [], suggestions: topics };
    expect(inlineAnswer(answer, topics, "konspekt_bot")).toEqual({
      results: [],
      button: { text: "Ничего не нашёл — темы конспекта", start_parameter: "topics" },
    });
  });
});

describe("inline topics", () => {
  it("lists every topic with its section count, sending its sections", () => {
    const [result] = inlineTopics(topics, "konspekt_bot").results;
    expect(result?.id).toBe("t_iservices");
    expect(result?.title).toBe("Сервисы (Services)");
    expect(result?.description).toBe("9 разделов · services");
    const text = checkTelegramHtml(renderTopicCard(topics[0] as (typeof topics)[0])).text;
    expect(text).toMatch(/^Сервисы \(Services\)\n\nТакже: services\n\nРазделы:\n1\. Раздел 1\n/);
    expect(text).toContain("9. Раздел 9");
  });

  it("cuts a topic with too many sections to fit one message", () => {
    const huge = topic("big", 2000, { title: "<Большая> & тема" });
    const html = renderTopicCard(huge);
    assertTelegramHtml(html);
    expect(checkTelegramHtml(html).text).toMatch(/ …$/);
  });
});
