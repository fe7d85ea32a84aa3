// The knowledge base's vocabulary: what the notes become once loaded. Pure data, no I/O.

/** One searchable piece of the notes: a section, or part of a long one, with where it came from. */
export interface Passage {
  /** Stable id: `<topicId>#<n>` in reading order. */
  id: string;
  topicId: string;
  /** The topic's title, e.g. «Сервисы (Services)». */
  topicTitle: string;
  /** Headings from the topic title down to this passage's section (the title itself excluded). */
  headingPath: string[];
  /** The passage text as Markdown: prose, lists, or fenced code blocks kept whole. */
  text: string;
  /** Path of the source file relative to the knowledge directory. */
  file: string;
  /** Position of the passage within its topic, from 0. */
  order: number;
  /**
   * Only links to other notes («Связано: [[drift]]», a map of content): listed under its topic and searched for
   * the words it has, never given as an answer.
   */
  navigation?: boolean;
}

/** A section of a topic, as listed by `/topic`: its heading and the passages under it. */
export interface Section {
  heading: string;
  /** 0 for the topic's introduction, 1 for `##`, 2 for `###` and deeper. */
  depth: number;
  passageIds: string[];
}

/** One file of notes: a topic with its names and sections. */
export interface Topic {
  /** The file name without extension, e.g. `services`. */
  id: string;
  title: string;
  /** Other names users call the topic by, Russian, English and slang. */
  aliases: string[];
  /** What the author filed the note under («#postgres/индексы»): words every passage of it is about. */
  tags?: string[];
  file: string;
  sections: Section[];
}

/** Groups of words that mean the same thing in the notes; the first of each group is canonical. */
export type Glossary = string[][];

export interface KnowledgeBase {
  topics: Topic[];
  passages: Passage[];
  glossary: Glossary;
  /** Problems found while loading (unreadable files, bad front matter): each names the file. */
  warnings: string[];
}
