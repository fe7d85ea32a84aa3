// Names of two words: «Ingress Controller», «Service Account», «Network Policies». Notes spell an English compound
// name in Title Case, and it names one thing, not its first word: «что такое ингресс» is not answered by the
// section on Ingress Controllers. A glossary says so with a phrase; these phrases are found in the notes. So are
// the acronyms the notes define: after «Present Perfect (PP)» they write «PP», which a question spells out.

import { singularOf } from "./cognates.ts";
import { STOP_WORDS } from "./stopwords.ts";

/** Two Title Case English words in a row (not CamelCase: «NodePort Service» is a term and a word). */
const TWO_WORDS = /\b([A-Z][a-z]{2,})[ \t]+([A-Z][a-z]{2,})\b/g;
/** A name is used at least this often: a pair seen once is as likely two words that met. */
const MIN_USES = 2;
/** Words, then an acronym in brackets: «Horizontal Pod Autoscaler (HPA)», «Артериальное давление (АД)». */
const NAME_THEN_ACRONYM = /((?:\p{L}[\p{L}\d-]*[ \t]+){1,4}\p{L}[\p{L}\d-]*)[ \t]*\((\p{Lu}{2,5})s?\)/gu;
/** An acronym, then the words it stands for in brackets: «HPA (Horizontal Pod Autoscaler)». */
const ACRONYM_THEN_NAME =
  /(?<![\p{L}\d])(\p{Lu}{2,5})s?[ \t]*\(((?:\p{L}[\p{L}\d-]*[ \t]+){1,4}\p{L}[\p{L}\d-]*)\)/gu;

/** Counts the two-word names of texts read one at a time. */
export class NameCounter {
  private readonly uses = new Map<string, number>();
  /** The names the notes define an acronym for, by the acronym (lower case); null for an acronym of two names. */
  private readonly acronyms = new Map<string, string | null>();

  /** Reads a text (prose or a heading) of the notes. */
  add(text: string): void {
    if (text.includes("(")) this.addAcronyms(text);
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
    const names = [...this.uses].filter(([, n]) => n >= MIN_USES).map(([name]) => [name]);
    const acronyms = [...this.acronyms].flatMap(([acronym, name]) =>
      name === null ? [] : [[name, acronym]],
    );
    return [...names, ...acronyms];
  }

  /**
   * Remembers the acronyms a text defines, each with the words whose initials it is: «Present Perfect (PP)» is
   * [«present perfect», «pp»]. An acronym that is a function word («ПО», «AS») stays that word.
   */
  private addAcronyms(text: string): void {
    const define = (acronym: string, words: readonly string[]) => {
      const key = acronym.toLowerCase();
      const name = words.join(" ").toLowerCase();
      const initials = words.map((word) => word[0]).join("");
      if (
        initials.toLowerCase() !== key ||
        STOP_WORDS.has(key) ||
        STOP_WORDS.has(words[0]?.toLowerCase() ?? "")
      )
        return;
      const known = this.acronyms.get(key);
      if (known === undefined) this.acronyms.set(key, name);
      else if (known !== name) this.acronyms.set(key, null);
    };
    for (const [, words, acronym] of text.matchAll(NAME_THEN_ACRONYM)) {
      const letters = (acronym as string).length;
      define(acronym as string, (words as string).split(/[ \t]+/).slice(-letters));
    }
    for (const [, acronym, words] of text.matchAll(ACRONYM_THEN_NAME))
      define(acronym as string, (words as string).split(/[ \t]+/));
  }
}
