// Cloze cards: a sentence of the notes with a term blanked, the answer typed. The terms are the ones the
// notes name by a heading or define (flashcards.ts); the typed answer is judged by the search analyzer, so
// an inflected form, a typo, the wrong keyboard layout or a glossary synonym (Russian or English) counts.
import { LIST_MARKER, REMARK_LABELS } from "../knowledge/lines.ts";
import type { Glossary, KnowledgeBase, Passage } from "../knowledge/types.ts";
import type { Analyzer } from "../search/analyzer.ts";
import { switchLayout } from "../search/layout.ts";
import { allowedEdits, editDistance } from "../search/typos.ts";
import { finish } from "../steps.ts";
import { notedTerms } from "./flashcards.ts";
import { cardId, cardSource } from "./ids.ts";
import {
  asWritten,
  BLANK_IN_NAME,
  blank,
  maskForms,
  mentions,
  namesOtherWord,
  stemPhrase,
  type TermNames,
  termNames,
} from "./terms.ts";
import type { Card } from "./types.ts";

/** The first line of every cloze card's question. */
export const CLOZE_PROMPT = "Впишите пропущенный термин:";
/** Fewest words, besides the blank and stop words, a cloze sentence keeps: fewer cannot say which term it means. */
export const MIN_CLOZE_WORDS = 3;
const MAX_SENTENCE = 220;
/** Most cloze cards per term: from its own passage and from one other passage that names it. */
export const CLOZES_PER_TERM = 2;

/** The sentences of a passage's prose: code blocks, list markers and leading labels left out. */
function sentencesOf(text: string): string[] {
  return (
    text
      .replace(/```[\s\S]*?(?:```|$)/gu, "\n\n")
      .split(/\n\s*\n/u)
      .flatMap((paragraph) => {
        // A list item, or a line of its own that starts as a sentence does, starts one whatever the line before
        // ended with; other lines continue the sentence before them.
        const runs: string[] = [];
        for (const line of paragraph.split("\n")) {
          const item = LIST_MARKER.test(line.trim());
          const clean = line
            .trim()
            .replace(LIST_MARKER, "")
            .replace(/^!!\s*/u, "");
          if (runs.length === 0 || item || /^[\p{Lu}«"(]/u.test(clean)) runs.push(clean);
          else runs[runs.length - 1] += ` ${clean}`;
        }
        return runs.flatMap((run) => run.split(/(?<=[.!?])\s+(?=[\p{Lu}«"(]|[a-z][\w-]*\s+[-–—]\s)/u));
      })
      .map((sentence) => sentence.trim())
      // «?????» is what a PDF dump leaves of a heading in another script.
      .filter((sentence) => sentence !== "" && !sentence.includes("??"))
  );
}

const POINTING = new Set([
  "это",
  "этот",
  "эта",
  "эти",
  "он",
  "она",
  "оно",
  "они",
  "там",
  "тут",
  "так",
  "такой",
  "такие",
  "it",
  "this",
  "these",
  "they",
  "there",
]);
const LABEL = /^([^:.!?]{1,70}):\s+(?=\S)/u;

/**
 * The sentence with the term blanked: a leading label («Особенности: …», «Namespace: Namespace …») dropped
 * when the rest names the term itself, the term's whole spelling («Теинты (taints)») blanked before its forms.
 */
function blanked(sentence: string, term: string, own: TermNames): string {
  const label = LABEL.exec(sentence);
  const rest = label ? sentence.slice(label[0].length) : sentence;
  const text = label && maskForms(rest, own.forms).includes(blank) ? rest : sentence;
  const literal = text.split(term).join(blank);
  // «taint'ы»: the Russian ending glued to a blanked English word goes with it.
  return maskForms(literal, own.forms).replace(new RegExp(`${blank}['’]\\p{L}+`, "gu"), blank);
}

/** True for a heading that opens with a remark label («TLDR: …», «Итог: …»). */
function isSummary(heading: string | undefined): boolean {
  const label = /^([\p{L}]+):/u.exec(heading ?? "")?.[1]?.toLowerCase();
  return label !== undefined && REMARK_LABELS.has(label);
}

/** The name a cloze answer is shown by: the term without its parenthesised gloss («Теинты (taints)» → «Теинты»). */
function answerName(term: string): string {
  const outside = term
    .replace(/\([^)]*\)/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
  return outside === "" ? term.trim() : outside;
}

/**
 * True when a blanked sentence can be answered on its own: it starts a sentence (not a fragment after a cut
 * label), says something (a verb or a dash definition, not «nginx traefik haproxy ___»), the blank is no
 * item of an enumeration («…, nodeSelector в манифесте, ___, …» could be any item) and no part of a longer
 * word or name («Persistent ___s», «Persistent ___ Claims»).
 */
function readsAlone(masked: string): boolean {
  if (!/^(?:___|[\p{Lu}\p{N}«"(])/u.test(masked)) return false;
  const words = masked.match(/[\p{L}\p{N}]+/gu) ?? [];
  // «Это помогает …», «Они …» point at a sentence before them («___: Этот тип сервиса …» does not).
  if (!masked.startsWith(blank) && POINTING.has(words[0]?.toLowerCase() ?? "")) return false;
  // Capitalised Russian words inside a sentence are headings or list labels run together.
  if (words.slice(1).filter((word) => /^\p{Lu}/u.test(word) && /\p{Script=Cyrillic}/u.test(word)).length >= 2)
    return false;
  // «либо с ___, либо с ClusterIP»: either of two would do.
  if (new RegExp(`(?:либо|или|either|or)\\s+(?:\\S+\\s+)?${blank}`, "iu").test(masked)) return false;
  if (/\p{L}___|___[\p{L}\p{N}]/u.test(masked)) return false;
  // «--ask-___-pass», «___-контроллеры»: a part of a longer name.
  if (BLANK_IN_NAME.test(masked)) return false;
  if (new RegExp(`[A-Z][\\w-]*\\s+${blank}\\s+[A-Z]`, "u").test(masked)) return false;
  if (new RegExp(`,\\s*(?:\\S+\\s+){0,2}${blank}\\s*(?:[,.»]|$)`, "u").test(masked)) return false;
  const says =
    /\s[-–—]\s/u.test(masked) ||
    (masked.match(/\p{L}+/gu) ?? []).some((word) =>
      /[а-яё]{3,}(?:ет|ит|ют|ят|ать|ять|ить|еть|ся|сь)$/u.test(word),
    );
  return says || (!/\p{Script=Cyrillic}/u.test(masked) && /[.!?]»?$/u.test(masked));
}

/**
 * Cloze cards for the terms the notes name ({@link notedTerms}): for each term (once per topic), the first
 * sentence of each passage of its topic — its own passage first, at most {@link CLOZES_PER_TERM}; in another
 * passage only a sentence about it, opening with it — that names it, with every form of it blanked, that keeps
 * at least {@link MIN_CLOZE_WORDS} words and names the term no other way (a glossary synonym left in the
 * sentence would give it away), never from a summary section («TLDR: …»). The answer is the term; its other names (inside the parentheses, glossary
 * synonyms) are accepted too. A term the analyzer drops as a stop word makes no card.
 */
export function generateClozeCards(
  kb: Pick<KnowledgeBase, "topics" | "passages">,
  glossary: Glossary,
  analyzer: Analyzer,
): Card[] {
  return finish(clozeSteps(kb, glossary, analyzer));
}

/** How many terms {@link clozeSteps} looks for sentences of between pauses. */
const TERMS_PER_STEP = 25;

/** {@link generateClozeCards} in steps (see steps.ts): it pauses after every {@link TERMS_PER_STEP} terms. */
export function* clozeSteps(
  kb: Pick<KnowledgeBase, "topics" | "passages">,
  glossary: Glossary,
  analyzer: Analyzer,
): Generator<void, Card[]> {
  const cards: Card[] = [];
  let terms = 0;
  const seen = new Set<string>();
  // Each passage's sentences, with the stems of their words, are read once: every term looks through its topic's.
  const read = new Map<Passage, { text: string; stems: Set<string> }[]>();
  const sentencesIn = (passage: Passage) => {
    let sentences = read.get(passage);
    if (sentences === undefined) {
      sentences = sentencesOf(passage.text).map((text) => ({
        text,
        stems: new Set(stemPhrase(text).split(" ")),
      }));
      read.set(passage, sentences);
    }
    return sentences;
  };
  for (const { term, passage } of notedTerms(kb)) {
    if (++terms % TERMS_PER_STEP === 0) yield;
    const answer = asWritten(answerName(term), passage.text);
    const key = `${passage.topicId}\n${answer.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (wordTerms(answer, analyzer).length === 0) continue;
    // «start и enable» are two things: one blank cannot ask for both.
    if (/\s(?:и|and)\s/u.test(answer)) continue;
    const own = termNames(term, []);
    const all = termNames(term, glossary);
    // A sentence can name the term only with the first word of one of its forms.
    const firstWords = [...own.forms].map((form) => form.split(" ")[0] as string);
    const inTopic = kb.passages.filter((p) => p.topicId === passage.topicId && p !== passage);
    let made = 0;
    let previous: string | undefined;
    // A summary («TLDR: ClusterIP или NodePort») restates loosely what the sections say exactly.
    const sources = [passage, ...inTopic.filter((p) => !isSummary(p.headingPath.at(-1)))];
    for (const source of sources) {
      const found = sentencesIn(source).find(({ text: candidate, stems }) => {
        if (candidate.length > MAX_SENTENCE || candidate.includes("`")) return false;
        if (!firstWords.some((word) => stems.has(word))) return false;
        if (namesOtherWord(candidate, own)) return false;
        const masked = blanked(candidate, term, own);
        // Elsewhere in the topic the term is asked only as what a sentence is about («___ является …»):
        // «интегрировать внешние сети и ___» there means any services, not the term.
        if (source !== passage && !masked.startsWith(blank)) return false;
        return (
          masked.includes(blank) &&
          readsAlone(masked) &&
          !mentions(masked, all) &&
          wordTerms(masked.replaceAll(blank, " "), analyzer).length >= MIN_CLOZE_WORDS
        );
      });
      if (found === undefined || found.text === previous) continue;
      const sentence = found.text;
      previous = sentence;
      const question = `${CLOZE_PROMPT}\n«${blanked(sentence, term, own)}»`;
      cards.push({
        id: cardId(source.topicId, question, answer),
        topicId: source.topicId,
        question,
        options: [answer],
        correctIndex: 0,
        explanation: sentence,
        source: cardSource(source),
        origin: "generated",
        kind: "cloze",
        accepted: all.spellings.filter((name) => name !== answer),
      });
      if (++made >= CLOZES_PER_TERM) break;
    }
  }
  return cards;
}

/** How a typed answer was taken. */
export interface TypedVerdict {
  correct: boolean;
  /** The name of the answer the reply matched (the answer itself, or an accepted synonym). */
  matched?: string;
  /** What was forgiven: another form of the word, a typo, the wrong keyboard layout; none when exact. */
  forgiven: Array<"form" | "typo" | "layout">;
}

const MAX_REPLY = 100;

/** The terms of a text's words (no parts of compounds: «kube router» and «kube-router» differ only there). */
function wordTerms(text: string, analyzer: Analyzer): string[] {
  return analyzer
    .tokens(text)
    .map((token) => token.term)
    .filter((term): term is string => term !== undefined);
}

/** The words of a text as typed, normalised (lower case, ё → е), joined by spaces. */
function surfaceOf(text: string, analyzer: Analyzer): string {
  return analyzer
    .tokens(text)
    .map((token) => token.surface)
    .join(" ");
}

function sameTerms(reply: readonly string[], name: readonly string[]): "exact" | "typo" | undefined {
  const a = [...new Set(reply)];
  const b = [...new Set(name)];
  if (a.length === 0 || a.length !== b.length) return undefined;
  if (a.every((term) => b.includes(term))) return "exact";
  const close = a.every((term) =>
    b.some((other) => editDistance(term, other, allowedEdits(other.length)) <= allowedEdits(other.length)),
  );
  return close ? "typo" : undefined;
}

/**
 * Judges a typed answer to a cloze card with the search analyzer: right when its terms (stems, glossary
 * synonyms made one) are the terms of the answer or of an accepted name — as typed, or re-typed in the other
 * keyboard layout — allowing a typo per word as the search does (none under 5 letters).
 */
export function judgeTyped(
  card: Pick<Card, "options" | "accepted">,
  reply: string,
  analyzer: Analyzer,
): TypedVerdict {
  const typed = reply.trim().slice(0, MAX_REPLY);
  const names = [card.options[0] ?? "", ...(card.accepted ?? [])].filter((name) => name.trim() !== "");
  const variants: Array<{ text: string; layout: boolean }> = [{ text: typed, layout: false }];
  const switched = switchLayout(typed);
  if (switched !== typed.toLowerCase()) variants.push({ text: switched, layout: true });
  for (const mode of ["exact", "typo"] as const) {
    for (const variant of variants) {
      const terms = wordTerms(variant.text, analyzer);
      for (const name of names) {
        const surface = surfaceOf(name, analyzer);
        const typedSurface = surfaceOf(variant.text, analyzer);
        const closeSurface =
          surface !== "" &&
          editDistance(typedSurface, surface, allowedEdits(surface.length)) <= allowedEdits(surface.length);
        const match = sameTerms(terms, wordTerms(name, analyzer)) ?? (closeSurface ? "typo" : undefined);
        if (match === undefined || (mode === "exact" && match === "typo")) continue;
        const forgiven: TypedVerdict["forgiven"] = [];
        if (variant.layout) forgiven.push("layout");
        if (match === "typo") forgiven.push("typo");
        else if (!variant.layout && !names.some((n) => n.toLowerCase() === typed.toLowerCase()))
          forgiven.push("form");
        return { correct: true, matched: name, forgiven };
      }
    }
  }
  return { correct: false, forgiven: [] };
}
