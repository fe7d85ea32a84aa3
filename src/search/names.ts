// Names of two words: «Ingress Controller», «Service Account», «Network Policies». Notes spell an English compound
// name in Title Case, and it names one thing, not its first word: «что такое ингресс» is not answered by the
// section on Ingress Controllers. A glossary says so with a phrase; these phrases are found in the notes.

import { singularOf } from "./cognates.ts";
import { STOP_WORDS } from "./stopwords.ts";

/** Two Title Case English words in a row (not CamelCase: «NodePort Service» is a term and a word). */
const TWO_WORDS = /\b([A-Z][a-z]{2,})[ \t]+([A-Z][a-z]{2,})\b/g;
/** A name is used at least this often: a pair seen once is as likely two words that met. */
const MIN_USES = 2;

/** Counts the two-word names of texts read one at a time. */
export class NameCounter {
  private readonly uses = new Map<string, number>();

  /** Reads a text (prose or a heading) of the notes. */
  add(text: string): void {
    if (!/[A-Z][a-z]+[ \t]+[A-Z]/.test(text)) return;
    for (const match of text.matchAll(TWO_WORDS)) {
      const [first, second] = [(match[1] as string).toLowerCase(), (match[2] as string).toLowerCase()];
      // «The Pod», «For Example»: a function word names nothing.
      if (STOP_WORDS.has(first) || STOP_WORDS.has(second)) continue;
      const name = `${first} ${singularOf(second)}`;
      this.uses.set(name, (this.uses.get(name) ?? 0) + 1);
    }
  }

  /**
   * The names used at least {@link MIN_USES} times, lower case with the second word singular («ingress
   * controller»), each as a glossary group of one phrase.
   */
  phrases(): string[][] {
    return [...this.uses].filter(([, n]) => n >= MIN_USES).map(([name]) => [name]);
  }
}
