// Quiz cards: authored in knowledge/quiz/ or generated from the notes.

export interface Card {
  /** Stable id derived from the card's content (question + correct answer), so progress survives edits elsewhere. */
  id: string;
  topicId: string;
  question: string;
  options: string[];
  correctIndex: number;
  /** A short explanation shown after the answer. */
  explanation: string;
  /** The passage id the card comes from, when known; else the section heading. */
  source: { passageId?: string; heading?: string };
  origin: "authored" | "generated";
}
