// The search core: an index of passages that answers a question with the passage of the notes that answers it.
import MiniSearch from "minisearch";
import type { KnowledgeBase, Passage, Topic } from "../knowledge/types.ts";
import { type Analyzer, createAnalyzer, normalize } from "./analyzer.ts";
import { switchLayout } from "./layout.ts";
import { cleanQuery, parseQuery } from "./query.ts";
import { makeSnippet } from "./snippet.ts";
import type { Answer, Hit } from "./types.ts";
import { Lexicon } from "./typos.ts";

/** Tuning knobs, calibrated on the evaluation set (`npm run eval`). */
export interface SearchOptions {
  /** Field boosts: a match in a heading or a topic name says more than one in the text. */
  boost: { text: number; heading: number; topic: number };
  /** A passage must cover at least this share of the query's weight (by IDF) to count as an answer. */
  minCoverage: number;
  /** How many passages «Ещё» offers. */
  moreCount: number;
}

export const DEFAULT_OPTIONS: SearchOptions = {
  boost: { text: 1, heading: 1.5, topic: 0.6 },
  minCoverage: 0.5,
  moreCount: 4,
};

/** Words at most this long are never corrected for typos or layout (too many look-alikes). */
const MIN_CORRECTED_LENGTH = 3;
/** Only the first words of a very long query are used. */
const MAX_QUERY_WORDS = 32;

export interface SearchEngine {
  /** Answers a question: the best passages with snippets, or «nothing» with topics to suggest. */
  answer(query: string): Answer;
  /** The topic a user means by `name`: id, title or alias, forgivingly (inflections, slang, typos, layout). */
  findTopic(name: string): Topic | undefined;
  passage(id: string): Passage | undefined;
  readonly topics: Topic[];
  /** The analyzer the index was built with; renderers and quizzes reuse it. */
  readonly analyzer: Analyzer;
}

interface QueryTerm {
  term: string;
  /** How much the term counts: 1 for a word as typed, less for a guessed correction or a compound's part. */
  weight: number;
}

interface Candidate {
  passage: Passage;
  /** MiniSearch's BM25 score. */
  relevance: number;
  /** Share of the query's weight the passage matches. */
  coverage: number;
  score: number;
  matched: Set<string>;
}

function markdownToIndexText(text: string): string {
  return text.replace(/^(?:`{3,}|~{3,}).*$/gm, " ");
}

/** Builds the search engine over a loaded knowledge base. */
export function createSearchEngine(
  kb: KnowledgeBase,
  options: SearchOptions = DEFAULT_OPTIONS,
): SearchEngine {
  const analyzer = createAnalyzer(kb.glossary);
  const lexicon = new Lexicon();
  const surfaceTerm = new Map<string, string>();
  const byId = new Map(kb.passages.map((p) => [p.id, p]));
  const topicById = new Map(kb.topics.map((t) => [t.id, t]));

  /** Analyses text for the index, learning its words for typo and layout correction. */
  const learn = (text: string): string[] => {
    const out: string[] = [];
    for (const t of analyzer.tokens(text)) {
      if (t.term === undefined) continue;
      out.push(t.term);
      for (const p of t.parts) if (p !== t.term) out.push(p);
      if (!surfaceTerm.has(t.surface) && /^\p{L}+$/u.test(t.surface)) {
        surfaceTerm.set(t.surface, t.term);
        lexicon.add(t.surface);
      }
    }
    return out;
  };

  // Fields are analysed once here and handed to MiniSearch as space-separated terms.
  const index = new MiniSearch<{ id: string; text: string; heading: string; topic: string }>({
    fields: ["text", "heading", "topic"],
    tokenize: (terms) => terms.split(" ").filter(Boolean),
    processTerm: (term) => term,
  });
  const documentFrequency = new Map<string, number>();
  const topicTerms = new Map(
    kb.topics.map((t) => [t.id, analyzer.terms([t.title, ...t.aliases].join(" ")).join(" ")]),
  );
  index.addAll(
    kb.passages.map((p) => {
      const text = learn(markdownToIndexText(p.text));
      const heading = learn(p.headingPath.join(" "));
      for (const term of new Set([...text, ...heading])) {
        documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      }
      return {
        id: p.id,
        text: text.join(" "),
        heading: heading.join(" "),
        topic: topicTerms.get(p.topicId) ?? "",
      };
    }),
  );
  for (const group of kb.glossary) for (const entry of group) learn(entry);

  const docCount = Math.max(1, kb.passages.length);
  const indexedTerms = { has: (term: string) => documentFrequency.has(term) };
  /** Inverse document frequency; a word the notes never use counts as the rarest of all. */
  const idf = (term: string): number => {
    const df = documentFrequency.get(term) ?? 0.5;
    return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
  };

  /** The query's terms, with wrong-layout and misspelt words replaced by the known words they stand for. */
  const resolve = (text: string): QueryTerm[] => {
    const terms: QueryTerm[] = [];
    for (const token of analyzer.tokens(text).slice(0, MAX_QUERY_WORDS)) {
      if (token.term === undefined) continue;
      if (indexedTerms.has(token.term)) {
        terms.push({ term: token.term, weight: 1 });
        continue;
      }
      const known = token.parts.filter((p) => indexedTerms.has(p));
      if (known.length > 0) {
        for (const p of known) terms.push({ term: p, weight: 0.7 });
        continue;
      }
      const corrected = token.surface.length >= MIN_CORRECTED_LENGTH ? correct(token.surface) : undefined;
      terms.push(corrected ?? { term: token.term, weight: 1 });
    }
    const unique = new Map<string, QueryTerm>();
    for (const t of terms) if ((unique.get(t.term)?.weight ?? 0) < t.weight) unique.set(t.term, t);
    return [...unique.values()];
  };

  const correct = (surface: string): QueryTerm | undefined => {
    const term = analyzer.termOf(switchLayout(surface));
    if (term !== undefined && indexedTerms.has(term)) return { term, weight: 1 };
    const near = lexicon.nearest(surface);
    const nearTerm = near === undefined ? undefined : surfaceTerm.get(near);
    if (nearTerm !== undefined && indexedTerms.has(nearTerm)) return { term: nearTerm, weight: 0.9 };
    return undefined;
  };

  /** Share of a text's words that the notes know (stop words count as known: they are real words). */
  const recognised = (text: string): number => {
    const tokens = analyzer.tokens(text).slice(0, MAX_QUERY_WORDS);
    if (tokens.length === 0) return 0;
    const ok = tokens.filter(
      (t) => t.term === undefined || indexedTerms.has(t.term) || surfaceTerm.has(t.surface),
    );
    return ok.length / tokens.length;
  };

  /** The query as meant: re-typed in the other layout when that makes far more of its words known. */
  const meant = (text: string): string => {
    const asTyped = recognised(text);
    if (asTyped >= 0.5) return text;
    const switched = switchLayout(text);
    return recognised(switched) > asTyped + 0.25 ? switched : text;
  };

  const rank = (terms: QueryTerm[], limit: number): Candidate[] => {
    if (terms.length === 0) return [];
    const weights = new Map(terms.map((t) => [t.term, t.weight * idf(t.term)]));
    const total = [...weights.values()].reduce((a, b) => a + b, 0);
    const results = index.search(terms.map((t) => t.term).join(" "), {
      tokenize: (q) => q.split(" "),
      processTerm: (t) => t,
      boost: options.boost,
      boostTerm: (term) => terms.find((t) => t.term === term)?.weight ?? 1,
    });
    return results
      .slice(0, Math.max(limit * 4, 40))
      .map((r) => {
        const matched = new Set(r.queryTerms);
        let got = 0;
        for (const t of matched) got += weights.get(t) ?? 0;
        const coverage = total > 0 ? got / total : 0;
        return {
          passage: byId.get(r.id) as Passage,
          relevance: r.score,
          coverage,
          score: r.score * coverage * coverage,
          matched,
        };
      })
      .sort((a, b) => b.score - a.score || a.passage.order - b.passage.order);
  };

  const hit = (c: Candidate, weights: Map<string, number>): Hit => ({
    passage: c.passage,
    score: c.score,
    snippet: makeSnippet(c.passage.text, analyzer, weights),
  });

  const weightsOf = (terms: QueryTerm[]) => new Map(terms.map((t) => [t.term, t.weight * idf(t.term)]));

  const nothing = (query: string, terms: QueryTerm[]): Answer => {
    const related = new Map<string, number>();
    for (const c of rank(terms, 10))
      related.set(c.passage.topicId, (related.get(c.passage.topicId) ?? 0) + c.relevance);
    const suggestions = [...related.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([id]) => topicById.get(id) as Topic);
    for (const t of kb.topics) if (!suggestions.includes(t)) suggestions.push(t);
    return { kind: "nothing", query, suggestions: suggestions.slice(0, 6) };
  };

  const answer = (raw: string): Answer => {
    const parsed = parseQuery(meant(cleanQuery(raw)));
    const query = parsed.text;
    const terms = resolve(query);
    const weights = weightsOf(terms);
    const ranked = rank(terms, options.moreCount + 2).filter((c) => c.coverage >= options.minCoverage);

    if (parsed.sides) {
      const [a, b] = parsed.sides;
      const aTerms = resolve(a);
      const bTerms = resolve(b);
      const side = (c: Candidate, ts: QueryTerm[]) => ts.length > 0 && ts.some((t) => c.matched.has(t.term));
      const both = ranked.find((c) => side(c, aTerms) && side(c, bTerms));
      const bestA = rank(aTerms, 3).find((c) => c.coverage >= options.minCoverage);
      const bestB = rank(bTerms, 3).find(
        (c) => c.coverage >= options.minCoverage && c.passage !== bestA?.passage,
      );
      let hits: Hit[];
      if (both) hits = [hit(both, weights)];
      else if (bestA && bestB) hits = [hit(bestA, weightsOf(aTerms)), hit(bestB, weightsOf(bTerms))];
      else hits = [];
      if (hits.length > 0) {
        const shown = new Set(hits.map((h) => h.passage.id));
        const more = ranked
          .filter((c) => !shown.has(c.passage.id))
          .slice(0, options.moreCount)
          .map((c) => hit(c, weights));
        return { kind: "found", query, hits, more, compared: [a, b] };
      }
    }
    const [best, ...rest] = ranked;
    if (!best) return nothing(query, terms);
    return {
      kind: "found",
      query,
      hits: [hit(best, weights)],
      more: rest.slice(0, options.moreCount).map((c) => hit(c, weights)),
    };
  };

  const findTopic = (name: string): Topic | undefined => {
    const wanted = normalize(name).trim();
    if (!wanted) return undefined;
    const names = (t: Topic) => [t.id, t.title, ...t.aliases].map((n) => normalize(n));
    const exact = kb.topics.find((t) => names(t).includes(wanted));
    if (exact) return exact;
    const wantedTerms = resolve(wanted).map((t) => t.term);
    if (wantedTerms.length === 0) return undefined;
    const byTerms = kb.topics.find((t) =>
      names(t).some((n) => {
        const terms = analyzer.terms(n);
        return terms.length > 0 && wantedTerms.every((w) => terms.includes(w));
      }),
    );
    if (byTerms) return byTerms;
    const best = answer(name);
    return best.kind === "found" ? topicById.get(best.hits[0]?.passage.topicId ?? "") : undefined;
  };

  return {
    answer,
    findTopic,
    passage: (id) => byId.get(id),
    topics: kb.topics,
    analyzer,
  };
}
