// `/stats` figures from stored progress: pure arithmetic over what the progress store returns.
import type { TopicProgress } from "../store/progress.ts";
import { localTime } from "./daily.ts";
import type { Deck } from "./deck.ts";

/** How one topic is going. */
export interface TopicStats {
  topicId: string;
  /** 0..1, see `topicMastery`. */
  mastery: number;
  /** Cards of the topic the user has answered at least once. */
  seen: number;
  /** Cards of the topic in the deck. */
  total: number;
}

/** What `/stats` shows. */
export interface Stats {
  answered: number;
  correct: number;
  /** correct / answered, 0 when nothing was answered. */
  accuracy: number;
  /** Local days in a row with at least one answer, ending today (or yesterday, if none yet today). */
  streakDays: number;
  /** Cards in the deck whose review falls due before the local day ends. */
  dueToday: number;
  /** Every topic of the deck, in deck order. */
  topics: TopicStats[];
}

/** The calendar date before `date` (`YYYY-MM-DD`). */
export function previousDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) - 1)).toISOString().slice(0, 10);
}

/** Days in a row with an answer, from answer times given latest first. */
export function streak(answerTimes: Iterable<Date>, now: Date, timeZone: string): number {
  const today = localTime(now, timeZone).date;
  let days = 0;
  let last: string | undefined;
  let expected = today;
  for (const time of answerTimes) {
    if (time.getTime() > now.getTime()) continue;
    const date = localTime(time, timeZone).date;
    if (date === last) continue;
    if (last === undefined && date !== today) expected = previousDate(today);
    if (date !== expected) break;
    days += 1;
    last = date;
    expected = previousDate(date);
  }
  return days;
}

/** Builds {@link Stats} from the user's stored progress. */
export function summarize(input: {
  counts: { answered: number; correct: number };
  answerTimes: Iterable<Date>;
  topicProgress: readonly TopicProgress[];
  mastery: ReadonlyMap<string, number>;
  dueToday: number;
  deck: Deck;
  now: Date;
  timeZone: string;
}): Stats {
  const { counts, deck } = input;
  const seen = new Map(input.topicProgress.map((p) => [p.topicId, p.seen]));
  return {
    answered: counts.answered,
    correct: counts.correct,
    accuracy: counts.answered === 0 ? 0 : counts.correct / counts.answered,
    streakDays: streak(input.answerTimes, input.now, input.timeZone),
    dueToday: input.dueToday,
    topics: deck.topicIds.map((topicId) => ({
      topicId,
      mastery: input.mastery.get(topicId) ?? 0,
      seen: seen.get(topicId) ?? 0,
      total: deck.byTopic(topicId).length,
    })),
  };
}
