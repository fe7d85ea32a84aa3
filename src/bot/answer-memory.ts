// Recent answers kept in memory for their «Ещё», «👍» and «Не то» buttons: bounded, oldest forgotten first.
import type { Hit } from "../search/types.ts";

/** What «Ещё» needs to show the next passages of an answer, and «👍» and «Не то» to record feedback on it. */
export interface RememberedAnswer {
  query: string;
  more: Hit[];
  /** The question's analysed terms, which votes are recorded under. */
  terms?: string[];
  /** The ids of the passages the answer showed, which «👍» votes for. */
  shown?: string[];
  /** Set once «Не то» was counted in the question log, so pressing it again does not count twice. */
  notThatCounted?: boolean;
}

/** A bounded least-recently-used map from short ids to answers. */
export class AnswerMemory {
  readonly #entries = new Map<string, RememberedAnswer>();
  #next = 0;
  /** Differs between runs, so buttons from before a restart never reach another answer. */
  readonly #run = Math.random().toString(36).slice(2, 6);

  /** Keeps at most `capacity` answers (default 1,000). */
  constructor(readonly capacity = 1000) {}

  /** Stores an answer and returns its id: a few base-36 characters. */
  remember(answer: RememberedAnswer): string {
    const id = `${this.#run}${(this.#next++).toString(36)}`;
    this.#entries.set(id, answer);
    if (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
    }
    return id;
  }

  /** The answer, or undefined when it was forgotten (too old, or the bot restarted). */
  recall(id: string): RememberedAnswer | undefined {
    const answer = this.#entries.get(id);
    if (answer) {
      this.#entries.delete(id);
      this.#entries.set(id, answer);
    }
    return answer;
  }
}
