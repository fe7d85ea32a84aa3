// What a search answers with. Renderers (Telegram HTML, terminal) are pure functions of these types.
import type { Passage, Topic } from "../knowledge/types.ts";
import type { Evidence } from "./likely.ts";

/** A word of a question taken for a typo of a word of the notes: as typed, and as corrected. */
export interface Correction {
  from: string;
  to: string;
}

/** A run of snippet text; `mark` is true for words that matched the query. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** A paragraph of a snippet: prose (render inline) or a code block (render as `<pre>`). */
export interface SnippetBlock {
  code: boolean;
  segments: Segment[];
}

/** A readable excerpt of a passage: whole sentences and whole code blocks, at most ~700 characters of prose. */
export interface Snippet {
  blocks: SnippetBlock[];
  /** True when text of the passage was left out before or after the excerpt. */
  truncated: boolean;
}

/** A section a passage leads into: its heading, and its position in its topic's `sections`. */
export interface LedSection {
  heading: string;
  topicId: string;
  section: number;
}

export interface Hit {
  passage: Passage;
  score: number;
  /** Share of the question's weight (by IDF) that the passage matches, 0..1. */
  coverage: number;
  snippet: Snippet;
}

/**
 * Learned lifts from users' feedback («Не то» → the passage they chose instead), looked up by the question's
 * analysed terms. Each lift is in [0, 1]; the engine bounds its effect, so a strong exact match still wins.
 */
export interface Lifts {
  /** Passage id → lift for a question with these analysed terms (empty when nobody agreed on one). */
  for(terms: readonly string[]): ReadonlyMap<string, number>;
}

export type Answer =
  | {
      kind: "found";
      query: string;
      /** The question's words corrected as typos («монопсония» → «монополия»): the reply says so. */
      corrected?: Correction[];
      /** The question was typed in the other keyboard layout (or in Latin letters): `query` is it re-typed. */
      retyped?: true;
      /** The question's analysed terms (as corrected), e.g. for recording feedback. */
      terms: string[];
      /**
       * The best passage first; for a comparison answered by no single passage, one hit per side; for a list
       * question, the sections that make up the list, in reading order.
       */
      hits: Hit[];
      /** The next best passages, for «Ещё». */
      more: Hit[];
      /** For comparison questions: the two sides as the user named them. */
      compared?: [string, string];
      /**
       * The sections the first passage leads into, when it ends with a lead-in («…включает в себя несколько
       * аспектов:») and its own sections follow: their headings and positions in the topic's sections.
       */
      leadsInto?: LedSection[];
    }
  | {
      /** Something matched, but not surely the answer: offer the candidates («Возможно, вы про:»). */
      kind: "uncertain";
      query: string;
      /** The question's words corrected as typos («монопсония» → «монополия»): the reply says so. */
      corrected?: Correction[];
      /** The question was typed in the other keyboard layout (or in Latin letters): `query` is it re-typed. */
      retyped?: true;
      terms: string[];
      /** Up to three candidate passages, best first. */
      candidates: Hit[];
      /** The topic the question names and no more («helm», «что такое хельм»), to offer whole. */
      topic?: Topic;
      /**
       * What the first candidate's chance of being right was weighed by, when it was (see likely.ts): what
       * `npm run eval -- --fit` fits the model to.
       */
      evidence?: Evidence;
    }
  | {
      kind: "nothing";
      query: string;
      /** The question's words corrected as typos («монопсония» → «монополия»): the reply says so. */
      corrected?: Correction[];
      /** The question was typed in the other keyboard layout (or in Latin letters): `query` is it re-typed. */
      retyped?: true;
      terms: string[];
      /** Topics to suggest instead. */
      suggestions: Topic[];
    };

/** What a topic name (of /topic or /quiz) finds. */
export type TopicMatch =
  /** The topic it names, or the topic of the passage that surely answers it («автоскейлинг» → «Масштабирование»). */
  | { kind: "topic"; topic: Topic }
  /**
   * No topic of that name, and no sure answer: the passages that may be about it, best first («логи» → the
   * DaemonSet section, which mentions log agents). They are offered, never opened as if they were the topic.
   */
  | { kind: "near"; passages: Passage[] }
  | { kind: "none" };
