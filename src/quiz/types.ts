// Quiz cards: authored in knowledge/quiz/ or generated from the notes.

/**
 * How a card is asked. `choice` (the default when `kind` is absent): pick the right option. `command`: a
 * choice card asking what a command of the notes does, or which command does a thing. `flashcard`: a
 * question whose back (`explanation`) is the notes' own passage, graded by the learner with FSRS's four
 * ratings. `cloze`: a sentence of the notes with its term blanked; the answer is typed.
 */
export type CardKind = "choice" | "command" | "flashcard" | "cloze";

export interface Card {
  /** Stable id derived from the card's content (question + correct answer), so progress survives edits elsewhere. */
  id: string;
  topicId: string;
  question: string;
  /** The options of a choice card; a cloze card's one answer (the blanked term); empty for a flashcard. */
  options: string[];
  /** The right option's index; 0 for a cloze card, -1 for a flashcard. */
  correctIndex: number;
  /** A short explanation shown after the answer; a flashcard's back (Markdown of the notes). */
  explanation: string;
  /** The passage id the card comes from, when known; else the section heading. */
  source: { passageId?: string; heading?: string };
  origin: "authored" | "generated";
  /** How the card is asked; absent means `choice`. */
  kind?: CardKind;
  /** A cloze card's other accepted names of the answer (the form in the sentence, glossary synonyms). */
  accepted?: string[];
}

/** How `card` is asked. */
export function kindOf(card: Pick<Card, "kind">): CardKind {
  return card.kind ?? "choice";
}

/** True for cards answered by picking an option (a poll or numbered buttons). */
export function isChoice(card: Pick<Card, "kind">): boolean {
  const kind = kindOf(card);
  return kind === "choice" || kind === "command";
}
