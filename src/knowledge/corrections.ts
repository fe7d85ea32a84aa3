// Where the notes correct themselves: «поправка: по умолчанию backoffLimit = 6, а не 3», «не так! ttl срабатывает и
// для Failed», a message sent after the one it corrects. The passage corrected still says the wrong thing; an answer
// that gives it must give the correction with it, and no quiz card may drill it. Pure: passages in, links out.
import type { Passage } from "./types.ts";

/**
 * A passage that opens by saying it corrects what came before: «поправка», «исправление», «не так!», «ошибся»
 * (after a list mark, a time or a bracketed label, as notes typed along a video or a chat have them).
 */
const CORRECTION =
  /^\s*(?:[-*•]\s*)?(?:\[[^\]\n]{0,40}\]\s*)?(?:(?:поправка|исправление|correction|erratum)(?:\s*[:!—–-]|\s+(?:к|про|по|to)\s)|(?:не\s+так|неверно|wrong)\s*[!.:,—–-]|(?:я\s+)?ошиб(?:ся|лась|лись)(?!\p{L})|(?:был|была)\s+неправ)/iu;

/** Whether a passage's text opens as a correction of what the notes said before it. */
export function isCorrection(text: string): boolean {
  return CORRECTION.test(text);
}

/** A word shared by the correction and a passage counts only when at most this share of the topic's passages has it. */
const MAX_SHARED_SHARE = 0.25;
/** How much less a passage one further back counts: the correction follows what it corrects, mostly right after. */
const DISTANCE_DECAY = 0.15;

/**
 * For each passage the notes correct later, the correction: the nearest passage before it in the same topic that
 * shares the most of its rarer words (the topic's words in at most a quarter of its passages). A correction that
 * shares no such word with any passage before it corrects none we can tell.
 */
export function correctionsOf(
  passages: readonly Passage[],
  termsOf: (text: string) => readonly string[],
): Map<string, Passage> {
  const corrected = new Map<string, Passage>();
  const byTopic = new Map<string, Passage[]>();
  for (const p of passages) {
    const list = byTopic.get(p.topicId);
    if (list) list.push(p);
    else byTopic.set(p.topicId, [p]);
  }
  for (const list of byTopic.values()) {
    if (!list.some((p) => isCorrection(p.text))) continue;
    const ordered = [...list].sort((a, b) => a.order - b.order);
    const termSets = ordered.map((p) => new Set(termsOf([...p.headingPath, p.text].join("\n"))));
    const frequency = new Map<string, number>();
    for (const terms of termSets) for (const t of terms) frequency.set(t, (frequency.get(t) ?? 0) + 1);
    const rare = (t: string) => (frequency.get(t) ?? 0) <= Math.max(2, MAX_SHARED_SHARE * ordered.length);
    ordered.forEach((correction, at) => {
      if (!isCorrection(correction.text)) return;
      const own = [...(termSets[at] ?? [])].filter(rare);
      let best: { passage: Passage; score: number } | undefined;
      for (let k = at - 1; k >= 0; k--) {
        const before = ordered[k] as Passage;
        if (isCorrection(before.text)) continue;
        const terms = termSets[k] as Set<string>;
        const shared = own
          .filter((t) => terms.has(t))
          .reduce((sum, t) => sum + 1 / (frequency.get(t) ?? 1), 0);
        const score = shared / (1 + DISTANCE_DECAY * (at - 1 - k));
        if (shared > 0 && (best === undefined || score > best.score)) best = { passage: before, score };
      }
      if (best !== undefined && !corrected.has(best.passage.id)) corrected.set(best.passage.id, correction);
    });
  }
  return corrected;
}
