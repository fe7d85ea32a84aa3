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
/**
 * An acronym in brackets, after the words it stands for: «Horizontal Pod Autoscaler (HPA)», «Артериальное давление
 * (АД)».
 */
const ACRONYM_IN_BRACKETS = /\((\p{Lu}{2,5})s?\)/gu;
/** An acronym, then what may be the words it stands for in brackets: «HPA (Horizontal Pod Autoscaler)». */
const ACRONYM_THEN_BRACKETS = /(?<![\p{L}\d])(\p{Lu}{2,5})s?[ \t]*\(([^()\n]{3,80})\)/gu;
/** The words right before an acronym in brackets, up to five. */
const WORDS_AT_END = /((?:\p{L}[\p{L}\d-]*[ \t]+){0,4}\p{L}[\p{L}\d-]*)[ \t]*$/u;
/** A word of a name an acronym stands for. */
const NAME_WORD = /^\p{L}[\p{L}\d-]*$/u;
/** How far before an acronym in brackets its words are looked for: five words of a name. */
const NAME_REACH = 80;

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
    // Found by their brackets, then the words beside them read: a pattern that tried words at every position
    // took seconds over megabytes of notes.
    for (const match of text.matchAll(ACRONYM_IN_BRACKETS)) {
      const acronym = match[1] as string;
      const before = text.slice(Math.max(0, match.index - NAME_REACH), match.index);
      const words = WORDS_AT_END.exec(before)?.[1]?.split(/[ \t]+/) ?? [];
      define(acronym, words.slice(-acronym.length));
    }
    for (const [, acronym, inside] of text.matchAll(ACRONYM_THEN_BRACKETS)) {
      const words = (inside as string).trim().split(/[ \t]+/);
      if (words.length >= 2 && words.length <= 5 && words.every((w) => NAME_WORD.test(w)))
        define(acronym as string, words);
    }
  }
}
