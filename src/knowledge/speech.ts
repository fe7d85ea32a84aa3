// Speech written down as notes: a lecture's subtitles, a video's transcript. Nobody speaks a heading, so speech is
// told in points, never headed by its own sentences. Pure: no I/O.

import { type Draft, mergeFragments } from "./fragments.ts";
import type { ParsedNote } from "./markdown.ts";
import { POINTS_BACK, structureText } from "./plain-text.ts";
import type { videoTranscript } from "./subtitles.ts";

/** A paragraph of speech longer than this is told in points (see `spokenPoints`). */
const MAX_SPOKEN_CHARS = 900;

/** A point of speech is at least this long, and a new one starts before growing longer than the most. */
const MIN_POINT_CHARS = 250;

const MAX_POINT_CHARS = 700;

/** A sentence that a speaker opens a new point with: «Так.», «Теперь транзакции.», «Второе — ретраи». */
const NEW_POINT =
  /^(?:так[.!]|теперь|итак|дальше|далее|во-первых|во-вторых|в-третьих|первое|второе|третье|четвёртое|четвертое|пятое|последнее|следующее|ладно|хорошо|окей|so|now|next|first|second|third|finally)(?![\p{L}-])/iu;

/**
 * A long paragraph of speech («Первое — таймауты… Второе — ретраи… Третье — circuit breaker…») as its points: a
 * lecturer who speaks for minutes without a pause covers several things, and a passage should be about one.
 * A point ends before a sentence that opens a new one («Так.», «Теперь…», «Третье —»), or at a sentence's end
 * when it grows too long. Speech with no sentences written out (a video's automatic subtitles, all lower case and no
 * stops) is told by its lines instead.
 */
function spokenPoints(lines: readonly string[]): string[] {
  const paragraph = lines.join(" ");
  if (paragraph.length <= MAX_SPOKEN_CHARS) return [paragraph];
  const sentences = paragraph.split(/(?<=[.!?…])\s+(?=[\p{Lu}«"—])/u);
  const points: string[] = [];
  let point = "";
  for (const sentence of sentences.length > 1 ? sentences : lines) {
    const turns = point.length >= MIN_POINT_CHARS && NEW_POINT.test(sentence);
    if (point !== "" && (turns || point.length + sentence.length > MAX_POINT_CHARS)) {
      points.push(point);
      point = "";
    }
    point = point === "" ? sentence : `${point} ${sentence}`;
  }
  return [...points, point];
}

/**
 * Speech written down (a lecture's subtitles) as notes: its paragraphs as said. Nobody speaks a heading, a list or a
 * code block, so «Плюс — слабая связанность…» is a sentence, not the heading «Плюс». A paragraph that opens by
 * pointing back («Он…», «Это…») goes on with the one before, and one too short to answer anything joins a neighbour.
 */
export function speechNote(speech: readonly string[][]): ParsedNote {
  const drafts: Draft[] = speech
    .filter((lines) => lines.some((line) => line.trim() !== ""))
    .flatMap(spokenPoints)
    .map((text, part) => ({ kind: "prose", text, headingPath: [], part }));
  // «Он маршрутизирует запросы…» after a pause goes on about what was just said.
  for (const [i, draft] of drafts.entries()) {
    const before = drafts[i - 1];
    if (before !== undefined && POINTS_BACK.test(draft.text)) draft.part = before.part;
  }
  return { aliases: [], blocks: mergeFragments(drafts), problems: [] };
}

/**
 * A video's transcript as notes: each chapter's speech told in points under the chapter's title, and the learner's
 * own text typed under the transcript structured as any text is.
 */
export function transcriptNote({
  chapters,
  after,
}: NonNullable<ReturnType<typeof videoTranscript>>): ParsedNote {
  const drafts: Draft[] = chapters.flatMap((chapter, k) =>
    spokenPoints(chapter.lines).map((text) => ({
      kind: "prose" as const,
      text,
      headingPath: chapter.title === undefined ? [] : [chapter.title],
      part: k,
    })),
  );
  const typed = after.trim() === "" ? undefined : structureText(after);
  return {
    aliases: [],
    blocks: [...mergeFragments(drafts), ...(typed?.blocks ?? [])],
    problems: typed?.problems ?? [],
  };
}
