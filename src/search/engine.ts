// The search core: an index of passages that answers a question with the passage of the notes that answers it.
import MiniSearch from "minisearch";
import type { KnowledgeBase, Passage, Topic } from "../knowledge/types.ts";
import { type Analyzer, createAnalyzer, normalize } from "./analyzer.ts";
import { switchLayout } from "./layout.ts";
import { bestWindow } from "./proximity.ts";
import { cleanQuery, parseQuery } from "./query.ts";
import { makeSnippet } from "./snippet.ts";
import type { Answer, Hit, Snippet } from "./types.ts";
import { Lexicon } from "./typos.ts";

/** Tuning knobs, calibrated on the evaluation set (`npm run eval`). */
export interface SearchOptions {
  /** Field boosts: a match in a heading or a topic name says more than one in the text. */
  boost: {
    lead: number;
    text: number;
    code: number;
    heading: number;
    context: number;
  };
  /** A passage must cover at least this share of the query's weight (by IDF) to count as an answer. */
  minCoverage: number;
  /** How many passages «Ещё» offers. */
  moreCount: number;
  /** Words of a question count together only within this many consecutive words of a passage. */
  window: number;
}

export const DEFAULT_OPTIONS: SearchOptions = {
  boost: { lead: 0.5, text: 1, code: 0.7, heading: 1.5, context: 0.5 },
  minCoverage: 0.5,
  moreCount: 4,
  window: 8,
};

function byScore(a: Candidate, b: Candidate): number {
  return b.score - a.score || a.passage.order - b.passage.order;
}

function sum(values: Map<string, number>): number {
  let total = 0;
  for (const v of values.values()) total += v;
  return total;
}

/** Words at most this long are never corrected for typos or layout (too many look-alikes). */
const MIN_CORRECTED_LENGTH = 3;
/** A passage answers a comparison if, for each side, it scores this share of the best passage on that side. */
const SIDE_SHARE = 0.5;
/** …and match that side's words in its own text, not only in a compound or a heading above it. */
const SIDE_COVERAGE = 0.75;
/** How many passages' term sequences stay cached for proximity. */
const MAX_CACHED_SEQUENCES = 2_000;
/** The shortest known stem an unknown Cyrillic term may be shortened to. */
const MIN_STEM_PREFIX = 5;
/** Only the first words of a very long query are used. */
const MAX_QUERY_WORDS = 32;

export interface SearchEngine {
  /** Answers a question: the best passages with snippets, or «nothing» with topics to suggest. */
  answer(query: string): Answer;
  /** The topic a user means by `name`: id, title or alias, forgivingly (inflections, slang, typos, layout). */
  findTopic(name: string): Topic | undefined;
  passage(id: string): Passage | undefined;
  /** How a query is understood: as corrected, and its terms with their weights (for `npm run ask -- --explain`). */
  explain(query: string): { meant: string; terms: { term: string; weight: number }[] };
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
}

interface IndexedPassage {
  id: string;
  lead: string;
  text: string;
  code: string;
  heading: string;
  context: string;
}

/** The opening words of a passage: where notes say what a thing is («DaemonSet - развертывание…»). */
const LEAD_TERMS = 12;

/** Separates a passage's prose from its fenced code blocks. */
function splitCode(markdown: string): { prose: string; code: string } {
  const code: string[] = [];
  const prose = markdown.replace(
    /^(`{3,}|~{3,})[^\n]*\n([\s\S]*?)^\1[ \t]*$/gm,
    (_, _fence, body: string) => {
      code.push(body);
      return " ";
    },
  );
  return { prose, code: code.join("\n") };
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
  const learn = (text: string): { terms: string[]; parts: string[] } => {
    const terms: string[] = [];
    const parts: string[] = [];
    analyzer.scan(text, (word, term) => {
      if (term === undefined) return;
      terms.push(term);
      for (const p of word.parts) if (p !== term) parts.push(p);
      if (!surfaceTerm.has(word.surface) && /^\p{L}+$/u.test(word.surface)) {
        surfaceTerm.set(word.surface, term);
        lexicon.add(word.surface);
      }
    });
    return { terms, parts };
  };

  // Fields are analysed once here and handed to MiniSearch as space-separated terms. What only surrounds the
  // passage's own words — parts of compound identifiers (`etcd` in `managed-etcd-controller`), parent
  // headings, the topic's names — shares one weaker `context` field: it says less than a word of the text.
  const index = new MiniSearch<IndexedPassage>({
    fields: ["lead", "text", "code", "heading", "context"],
    tokenize: (terms) => terms.split(" ").filter(Boolean),
    processTerm: (term) => term,
  });
  const documentFrequency = new Map<string, number>();
  const topicTerms = new Map(
    kb.topics.map((t) => [t.id, analyzer.terms([t.title, ...t.aliases].join(" ")).join(" ")]),
  );
  index.addAll(
    kb.passages.map((p) => {
      const { prose, code: codeText } = splitCode(p.text);
      const text = learn(prose);
      const code = learn(codeText);
      const heading = learn(p.headingPath.at(-1) ?? "");
      const parents = learn(p.headingPath.slice(0, -1).join(" "));
      const all = [text, code, heading, parents];
      for (const term of new Set(all.flatMap((f) => [...f.terms, ...f.parts]))) {
        documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      }
      return {
        id: p.id,
        lead: text.terms.slice(0, LEAD_TERMS).join(" "),
        text: text.terms.join(" "),
        code: code.terms.join(" "),
        heading: heading.terms.join(" "),
        context: [...parents.terms, ...all.flatMap((f) => f.parts), topicTerms.get(p.topicId) ?? ""].join(
          " ",
        ),
      };
    }),
  );
  for (const group of kb.glossary) for (const entry of group) learn(entry);

  const docCount = Math.max(1, kb.passages.length);
  const rarest = Math.log(1 + docCount / 0.5);
  /**
   * How much a query term counts: its inverse document frequency. A word the notes never use counts as much as
   * a rare one when Russian (mostly the question's everyday words: «поднять», «привязать»), and twice the rarest
   * when Latin: an unknown technical name («istio», «kubeadm») is what the question is about, so a passage
   * without it cannot answer.
   */
  const idf = (term: string): number => {
    const df = documentFrequency.get(term);
    if (df === undefined) return /^[a-z][a-z0-9-]*$/.test(term) ? 2 * rarest : rarest / 2;
    return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
  };

  /** The query's terms; a compound the notes don't know is looked up by its parts. */
  const resolve = (text: string): QueryTerm[] => {
    const terms = new Map<string, QueryTerm>();
    const add = (term: string, weight: number) => {
      if ((terms.get(term)?.weight ?? 0) < weight) terms.set(term, { term, weight });
    };
    for (const token of analyzer.tokens(text).slice(0, MAX_QUERY_WORDS)) {
      if (token.term === undefined) continue;
      if (documentFrequency.has(token.term) || token.parts.length === 0) add(knownStem(token.term), 1);
      // An unknown compound is looked up by its parts; the known ones say less than a whole word would.
      else for (const p of token.parts) add(p, documentFrequency.has(p) ? 0.7 : 1);
    }
    return [...terms.values()];
  };

  /**
   * A Cyrillic term the notes don't have, mapped to a known term that is its prefix of at least five letters:
   * Snowball leaves verb forms apart («посмотреть» → посмотрет, «посмотрим» → посмотр).
   */
  const knownStem = (term: string): string => {
    if (documentFrequency.has(term) || !/^\p{Script=Cyrillic}+$/u.test(term)) return term;
    for (let end = term.length - 1; end >= MIN_STEM_PREFIX; end--) {
      const prefix = term.slice(0, end);
      if (documentFrequency.has(prefix)) return prefix;
    }
    return term;
  };

  /** Whether the notes know a word, as typed or by its analysed form (stop words are real words too). */
  const knownWord = (surface: string): boolean => {
    if (surfaceTerm.has(surface)) return true;
    const term = analyzer.termOf(surface);
    return term === undefined || documentFrequency.has(term);
  };

  /** Share of a text's words that the notes know. */
  const recognised = (text: string): number => {
    const tokens = analyzer.tokens(text).slice(0, MAX_QUERY_WORDS);
    if (tokens.length === 0) return 0;
    return tokens.filter((t) => knownWord(t.surface)).length / tokens.length;
  };

  /** A word the notes don't know, re-typed in the other layout or corrected to the nearest known word. */
  const correctWord = (surface: string): string | undefined => {
    if (surface.length < MIN_CORRECTED_LENGTH || !/^\p{L}+$/u.test(surface)) return undefined;
    const switched = switchLayout(surface);
    if (switched !== surface && knownWord(switched) && analyzer.termOf(switched) !== undefined)
      return switched;
    return lexicon.nearest(surface);
  };

  /**
   * The query as meant: re-typed in the other layout when that makes far more of its words known, then each
   * unknown word re-typed or corrected on its own (so glossary phrases still form: «ингресс контролер»).
   */
  const meant = (text: string): string => {
    const asTyped = recognised(text);
    let query = text;
    if (asTyped < 0.5) {
      const switched = switchLayout(text);
      if (recognised(switched) > asTyped + 0.25) query = switched;
    }
    let out = "";
    let at = 0;
    for (const token of analyzer.tokens(query).slice(0, MAX_QUERY_WORDS)) {
      if (knownWord(token.surface)) continue;
      const fixed = correctWord(token.surface);
      if (fixed === undefined) continue;
      out += query.slice(at, token.start) + fixed;
      at = token.end;
    }
    return out + query.slice(at);
  };

  /** Each query term's share of the question: its weight times its IDF. */
  const weightsOf = (terms: QueryTerm[]) => new Map(terms.map((t) => [t.term, t.weight * idf(t.term)]));

  const rank = (terms: QueryTerm[], limit: number): Candidate[] => {
    if (terms.length === 0) return [];
    const weights = weightsOf(terms);
    const total = [...weights.values()].reduce((a, b) => a + b, 0);
    const results = index.search(terms.map((t) => t.term).join(" "), {
      tokenize: (q) => q.split(" "),
      processTerm: (t) => t,
      boost: options.boost,
      boostTerm: (term) => terms.find((t) => t.term === term)?.weight ?? 1,
    });
    // Words matched in the heading speak for the whole passage; words of the text count together only
    // within one window, so «логи пода» is not answered by a passage with «пода» and «логов» far apart.
    // Proximity can only lower a score, so passages are scored exactly in order of their best possible
    // score, stopping once no remaining one can enter the top `limit`.
    const candidates = results.slice(0, Math.max(limit * 4, 40)).map((r) => {
      let always = 0;
      let textWeight = 0;
      const inText = new Map<string, number>();
      for (const t of r.queryTerms) {
        const fields = r.match[t] ?? [];
        const w = weights.get(t) ?? 0;
        if (fields.includes("heading")) always += w;
        else if (fields.includes("text") || fields.includes("code")) {
          inText.set(t, w);
          textWeight += w;
        } else always += w * 0.5;
      }
      const best = total > 0 ? (always + textWeight) / total : 0;
      return { r, always, inText, bound: r.score * best * best };
    });
    candidates.sort((x, y) => y.bound - x.bound);
    const ranked: Candidate[] = [];
    let floor = Number.NEGATIVE_INFINITY;
    for (const { r, always, inText, bound } of candidates) {
      if (ranked.length >= limit && bound < floor) break;
      const passage = byId.get(r.id) as Passage;
      const near = inText.size > 1 ? bestWindow(sequenceOf(passage), inText, options.window) : sum(inText);
      const coverage = total > 0 ? (always + near) / total : 0;
      const score = r.score * coverage * coverage;
      ranked.push({ passage, relevance: r.score, coverage, score });
      if (ranked.length >= limit) {
        ranked.sort(byScore);
        floor = (ranked[limit - 1] as Candidate).score;
      }
    }
    return ranked.sort(byScore);
  };

  /** A hit whose snippet is made when first read: most answers show one snippet, not the five they offer. */
  const hit = (c: Candidate, weights: Map<string, number>): Hit => {
    let snippet: Snippet | undefined;
    return {
      passage: c.passage,
      score: c.score,
      coverage: c.coverage,
      get snippet() {
        snippet ??= makeSnippet(c.passage.text, analyzer, weights);
        return snippet;
      },
    };
  };

  const sequences = new Map<string, string[]>();
  /** The passage's terms in order (compound parts after their word), cached for the passages seen lately. */
  function sequenceOf(passage: Passage): string[] {
    let sequence = sequences.get(passage.id);
    if (sequence === undefined) {
      if (sequences.size >= MAX_CACHED_SEQUENCES) sequences.clear();
      sequence = analyzer.terms(passage.text);
      sequences.set(passage.id, sequence);
    }
    return sequence;
  }

  /** «Nothing found», suggesting first the topics of the passages that came closest. */
  const nothing = (query: string, closest: Candidate[]): Answer => {
    const related = new Map<string, number>();
    for (const c of closest)
      related.set(c.passage.topicId, (related.get(c.passage.topicId) ?? 0) + c.relevance);
    const suggestions = [...related.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([id]) => topicById.get(id) as Topic);
    for (const t of kb.topics) if (!suggestions.includes(t)) suggestions.push(t);
    return { kind: "nothing", query, terms: [], suggestions: suggestions.slice(0, 6) };
  };

  const answer = (raw: string): Answer => {
    const parsed = parseQuery(meant(cleanQuery(raw)));
    const query = parsed.text;
    const terms = resolve(query);
    const weights = weightsOf(terms);
    const candidates = rank(terms, options.moreCount + 2);
    const ranked = candidates.filter((c) => c.coverage >= options.minCoverage);

    if (parsed.sides) {
      const [a, b] = parsed.sides;
      const aTerms = resolve(a);
      const bTerms = resolve(b);
      const aRanked = rank(aTerms, 20);
      const bRanked = rank(bTerms, 20);
      // A passage answers a comparison when it is about each side, not when it merely lists both names:
      // for each side it must score at least half as well as the best passage about that side alone.
      const share = (c: Candidate, side: Candidate[]) => {
        const own = side.find((s) => s.passage === c.passage);
        if (own === undefined || own.coverage < SIDE_COVERAGE) return 0;
        return own.relevance / (side[0]?.relevance ?? 1);
      };
      const balance = (c: Candidate) => Math.min(share(c, aRanked), share(c, bRanked));
      const both = ranked.filter((c) => balance(c) >= SIDE_SHARE).sort((x, y) => balance(y) - balance(x))[0];
      const bestA = aRanked.find((c) => c.coverage >= options.minCoverage);
      const bestB = bRanked.find((c) => c.coverage >= options.minCoverage && c.passage !== bestA?.passage);
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
        return { kind: "found", query, terms: terms.map((t) => t.term), hits, more, compared: [a, b] };
      }
    }
    const [best, ...rest] = ranked;
    if (!best) return nothing(query, candidates);
    return {
      kind: "found",
      query,
      terms: terms.map((t) => t.term),
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
    explain(query) {
      const text = meant(cleanQuery(query));
      return {
        meant: text,
        terms: resolve(text).map((t) => ({ term: t.term, weight: t.weight * idf(t.term) })),
      };
    },
    topics: kb.topics,
    analyzer,
  };
}
