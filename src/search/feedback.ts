// Learning from feedback: the passages people chose for a question become lifts for the same or a near
// question. Pure: the votes come from the store, the lifts go to the engine through `answer(query, lifts)`.
import type { Lifts } from "./types.ts";

/** One person's choice of a passage as the answer to a question. */
export interface Vote {
  /** The question as analysed: a {@link queryKey}. */
  key: string;
  passageId: string;
  userId: number;
  /** An admin's choice counts alone; anyone else's needs a second, different person to agree. */
  admin: boolean;
}

/** How alike two questions' term sets must be (Jaccard) for a vote on one to lift the other. */
export const MIN_SIMILARITY = 0.6;

/** How many different people (none of them an admin) must choose a passage before it is lifted. */
export const MIN_VOTERS = 2;

/**
 * The canonical key of a question as analysed: its terms, unique, sorted, joined by a space. Questions
 * worded differently but analysed alike («поды как удалить», «как удалить под») share a key.
 */
export function queryKey(terms: readonly string[]): string {
  const unique = new Set<string>();
  for (const term of terms) for (const word of term.split(" ")) if (word.length > 0) unique.add(word);
  return [...unique].sort().join(" ");
}

/** The terms of a {@link queryKey}. */
function termsOf(key: string): string[] {
  return key.length === 0 ? [] : key.split(" ");
}

const NONE: ReadonlyMap<string, number> = new Map();

/** The votes for one passage under one key. */
interface Tally {
  users: Set<number>;
  admin: boolean;
}

/** A question on which people agreed: its terms and the passages they agreed on. */
interface Agreed {
  terms: Set<string>;
  passages: Set<string>;
}

/**
 * Lifts learned from votes, updated one vote at a time. A passage is lifted for a question once people
 * agreed on it for that question or a near one: {@link MIN_VOTERS} different people, or one admin. The lift
 * is the Jaccard similarity of the two questions' term sets (1 for the same question), at least
 * {@link MIN_SIMILARITY}; the best one counts when several questions lift the same passage.
 */
export class LearnedLifts implements Lifts {
  readonly #tallies = new Map<string, Map<string, Tally>>();
  readonly #agreed = new Map<string, Agreed>();
  /** Term → keys of agreed questions with that term: a question with no near votes costs a few lookups. */
  readonly #byTerm = new Map<string, Set<string>>();

  /** Counts a vote; repeating a person's vote changes nothing. */
  add(vote: Vote): void {
    const key = queryKey(termsOf(vote.key));
    if (key.length === 0) return;
    let passages = this.#tallies.get(key);
    if (!passages) {
      passages = new Map();
      this.#tallies.set(key, passages);
    }
    let tally = passages.get(vote.passageId);
    if (!tally) {
      tally = { users: new Set(), admin: false };
      passages.set(vote.passageId, tally);
    }
    tally.users.add(vote.userId);
    tally.admin ||= vote.admin;
    if (tally.admin || tally.users.size >= MIN_VOTERS) this.#agree(key, vote.passageId);
  }

  #agree(key: string, passageId: string): void {
    let agreed = this.#agreed.get(key);
    if (!agreed) {
      const terms = termsOf(key);
      agreed = { terms: new Set(terms), passages: new Set() };
      this.#agreed.set(key, agreed);
      for (const term of terms) {
        let keys = this.#byTerm.get(term);
        if (!keys) {
          keys = new Set();
          this.#byTerm.set(term, keys);
        }
        keys.add(key);
      }
    }
    agreed.passages.add(passageId);
  }

  for(terms: readonly string[]): ReadonlyMap<string, number> {
    if (this.#agreed.size === 0) return NONE;
    const query = new Set(termsOf(queryKey(terms)));
    if (query.size === 0) return NONE;
    // A near question shares at least ⌈MIN_SIMILARITY·|query|⌉ terms with this one, so it has one of any
    // |query| − that + 1 of its terms: look only under the terms with the fewest agreed questions.
    const overlap = Math.ceil(MIN_SIMILARITY * query.size - 1e-9);
    const probes = [...query]
      .map((term) => this.#byTerm.get(term))
      .filter((keys): keys is Set<string> => keys !== undefined);
    if (probes.length < overlap) return NONE;
    probes.sort((a, b) => a.size - b.size);
    const unprobed = query.size - probes.length;
    const lifts = new Map<string, number>();
    const seen = new Set<string>();
    for (const keys of probes.slice(0, Math.max(0, query.size - overlap + 1 - unprobed))) {
      for (const key of keys) {
        if (seen.has(key)) continue;
        seen.add(key);
        const agreed = this.#agreed.get(key) as Agreed;
        let shared = 0;
        for (const term of agreed.terms) if (query.has(term)) shared++;
        const similarity = shared / (query.size + agreed.terms.size - shared);
        if (similarity < MIN_SIMILARITY) continue;
        for (const passageId of agreed.passages)
          lifts.set(passageId, Math.max(lifts.get(passageId) ?? 0, Math.min(1, similarity)));
      }
    }
    return lifts.size > 0 ? lifts : NONE;
  }
}

/** The lifts the votes teach (see {@link LearnedLifts}); add later votes with `add`. */
export function buildLifts(votes: Iterable<Vote>): LearnedLifts {
  const lifts = new LearnedLifts();
  for (const vote of votes) lifts.add(vote);
  return lifts;
}
