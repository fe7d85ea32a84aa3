// A search pipeline over a few synthetic passages, wired as the engine wires it: for tests of one stage.
import type { Glossary, Passage } from "../../src/knowledge/types.ts";
import { type Analyzer, createAnalyzer } from "../../src/search/analyzer.ts";
import { createPassageIndex, type PassageIndex } from "../../src/search/candidates.ts";
import { DEFAULT_OPTIONS } from "../../src/search/engine.ts";
import { createUnderstanding, type Understanding } from "../../src/search/understand.ts";
import { Vocabulary } from "../../src/search/vocabulary.ts";
import { passage } from "./fixtures.ts";

/** A passage of topic `topicId`, numbered in the order given; `headingPath` defaults to one heading. */
export interface NoteSpec {
  text: string;
  headingPath?: string[];
  topicId?: string;
}

export interface Pipeline {
  passages: Passage[];
  analyzer: Analyzer;
  vocabulary: Vocabulary;
  index: PassageIndex;
  understanding: Understanding;
}

/**
 * Indexes `notes` (topic names by topic id, as the engine joins title and aliases) with the default options;
 * `commonFrom` as `createPassageIndex` takes it.
 */
export function pipelineOf(
  notes: readonly NoteSpec[],
  glossary: Glossary = [],
  topicNames: ReadonlyMap<string, string> = new Map(),
  commonFrom?: number,
): Pipeline {
  const passages = notes.map((n, i) =>
    passage(n.text, {
      id: `${n.topicId ?? "notes"}#${i}`,
      topicId: n.topicId ?? "notes",
      topicTitle: n.topicId ?? "notes",
      headingPath: n.headingPath ?? ["Раздел"],
      order: i,
    }),
  );
  const analyzer = createAnalyzer(glossary);
  const vocabulary = new Vocabulary(analyzer);
  const index = createPassageIndex(
    passages,
    topicNames,
    analyzer,
    vocabulary,
    DEFAULT_OPTIONS.boost,
    DEFAULT_OPTIONS.window,
    commonFrom,
  );
  for (const group of glossary) for (const entry of group) vocabulary.learn(entry);
  // The topics' names are words the notes know, as the engine tells the understanding stage.
  const named = new Set([...topicNames.values()].flatMap((names) => analyzer.terms(names)));
  return {
    passages,
    analyzer,
    vocabulary,
    index,
    understanding: createUnderstanding(analyzer, vocabulary, named),
  };
}
