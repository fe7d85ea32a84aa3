// Small domain objects for pure tests: passages, hits, topics, answers, quiz cards.
import type { KnowledgeBase, Passage, Topic } from "../../src/knowledge/types.ts";
import type { Card } from "../../src/quiz/types.ts";
import type { Candidate } from "../../src/search/candidates.ts";
import type { SearchEngine } from "../../src/search/engine.ts";
import type { Judged, Verdict } from "../../src/search/judge.ts";
import type { PassageTraits } from "../../src/search/traits.ts";
import type { Hit, Segment, Snippet } from "../../src/search/types.ts";

export function passage(text: string, overrides: Partial<Passage> = {}): Passage {
  return {
    id: "services#0",
    topicId: "services",
    topicTitle: "Сервисы (Services)",
    headingPath: ["ClusterIP"],
    text,
    file: "services.md",
    order: 0,
    ...overrides,
  };
}

/** A prose snippet; words wrapped in [[…]] are marked as matched. */
export function prose(marked: string, truncated = false): Snippet {
  const segments: Segment[] = marked
    .split(/(\[\[[^\]]*\]\])/)
    .filter((part) => part.length > 0)
    .map((part) =>
      part.startsWith("[[") ? { text: part.slice(2, -2), mark: true } : { text: part, mark: false },
    );
  return { blocks: [{ code: false, segments }], truncated };
}

export function hit(snippet: Snippet, overrides: Partial<Passage> = {}): Hit {
  const text = snippet.blocks.map((b) => b.segments.map((s) => s.text).join("")).join("\n\n");
  return { passage: passage(text, overrides), score: 1, coverage: 1, snippet };
}

export function topic(id: string, sections: number, overrides: Partial<Topic> = {}): Topic {
  return {
    id,
    title: `Тема ${id}`,
    aliases: [id],
    file: `${id}.md`,
    sections: Array.from({ length: sections }, (_, i) => ({
      heading: `Раздел ${i + 1}`,
      depth: 1,
      passageIds: [`${id}#${i}`],
    })),
    ...overrides,
  };
}

/** Notes with topics of these ids (titled by the id, capitalised) and nothing else: what a deck of cards needs. */
export function topicsOnly(...ids: string[]): KnowledgeBase {
  return {
    topics: ids.map((id) => ({
      id,
      title: `${id[0]?.toUpperCase()}${id.slice(1)}`,
      aliases: [],
      file: `${id}.md`,
      sections: [],
    })),
    passages: [],
    glossary: [],
    warnings: [],
  };
}

/**
 * One topic «notes» whose sections are these passages, each under its heading, with this glossary; `named` gives the
 * topic its title (and aliases), which its passages then have too.
 */
export function kbFromPassages(
  sections: readonly { heading: string; text: string }[],
  glossary: string[][] = [],
  named?: { title: string; aliases?: string[] },
): KnowledgeBase {
  return {
    topics: [
      topic("notes", sections.length, {
        ...named,
        sections: sections.map((s, i) => ({ heading: s.heading, depth: 1, passageIds: [`notes#${i}`] })),
      }),
    ],
    passages: sections.map((s, i) =>
      passage(s.text, {
        id: `notes#${i}`,
        topicId: "notes",
        topicTitle: named?.title ?? "Notes",
        headingPath: [s.heading],
        order: i,
      }),
    ),
    glossary,
    warnings: [],
  };
}

/** The id of the passage `engine` answers `question` with first, or the kind of answer when it finds none. */
export function firstAnswer(engine: SearchEngine, question: string): string | undefined {
  const answer = engine.answer(question);
  return answer.kind === "found" ? answer.hits[0]?.passage.id : answer.kind;
}

/** An authored choice card «Вопрос <id>?» whose first option («да») is right. */
export function authoredCard(id: string, topicId: string, overrides: Partial<Card> = {}): Card {
  return {
    id,
    topicId,
    question: `Вопрос ${id}?`,
    options: ["да", "нет", "может быть"],
    correctIndex: 0,
    explanation: "Потому что.",
    source: { heading: "Раздел" },
    origin: "authored",
    ...overrides,
  };
}

/** A passage's traits when it has none: no code, no list, no reason, defines nothing, forbids nothing (in words). */
export const NO_TRAITS: PassageTraits = {
  code: false,
  list: false,
  reason: false,
  defines: new Set(),
  boldDefines: new Set(),
  boldNames: [],
  definedNames: [],
  columns: new Set(),
  prohibits: false,
  inWords: true,
};

/** A candidate matching its whole subject (two words) in its own prose, with the given score; overrides win. */
export function candidate(of: Passage, score: number, overrides: Partial<Candidate> = {}): Candidate {
  return {
    passage: of,
    traits: NO_TRAITS,
    relevance: score,
    coverage: 1,
    own: 1,
    prose: 1,
    code: 0,
    names: 1,
    namesWithCode: 1,
    subjects: 2,
    score,
    ...overrides,
  };
}

/** A candidate as judged, its score and rank equal; overrides win. */
export function judgedCandidate(
  of: Passage,
  verdict: Verdict,
  rank: number,
  overrides: Partial<Judged> = {},
): Judged {
  return { ...candidate(of, rank), verdict, rank, ...overrides };
}
