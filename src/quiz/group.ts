// Quizzes for a whole group, the pure part: which cards a group is asked (not anyone's due reviews — a
// fair turn through the deck) and the week its leaderboard covers.
import { localTime, startOfNextLocalDay } from "./daily.ts";
import type { Deck } from "./deck.ts";
import { stableShuffle } from "./ids.ts";
import type { Card } from "./types.ts";

/** What {@link pickForGroup} chooses from. */
export interface GroupPick {
  /** How many different cards to pick. */
  count: number;
  /** When each card was last asked in the group (ms), from `GroupStore.lastAsked`. */
  lastAsked: ReadonlyMap<string, number>;
  /** The cards that can be asked in a group at all (e.g. those that fit a quiz poll). */
  eligible: (card: Card) => boolean;
  /** Varies the order between groups (the chat id), so two groups do not get the same sequence. */
  seed: string;
  /** Keeps to one topic. */
  topicId?: string;
  /** Cards never to ask (suspended after reports). */
  skip?: ReadonlySet<string>;
}

/**
 * Up to `count` cards for a group: every eligible card once before any card comes again — the never asked
 * first, in an order that looks shuffled (mixing topics) but is fixed per group, then the one asked longest
 * ago. Nobody's personal schedule decides: each member's answer still counts for their own progress.
 */
export function pickForGroup(deck: Deck, pick: GroupPick): Card[] {
  const pool = (pick.topicId === undefined ? deck.cards : deck.byTopic(pick.topicId)).filter(
    (card) => pick.eligible(card) && !pick.skip?.has(card.id),
  );
  const never = Number.NEGATIVE_INFINITY;
  // The shuffle first; the stable sort then keeps its order among cards asked at the same time (or never).
  return stableShuffle(pool, pick.seed, (card) => card.id)
    .sort((a, b) => (pick.lastAsked.get(a.id) ?? never) - (pick.lastAsked.get(b.id) ?? never))
    .slice(0, Math.max(0, pick.count));
}

/** The instant local midnight begins the day `instant` is in, in `timeZone` (DST-safe). */
function startOfLocalDay(instant: Date, timeZone: string): Date {
  const local = localTime(instant, timeZone);
  // Within an hour of local midnight either way (a DST shift); two hours before it is surely yesterday.
  const roughMidnight = instant.getTime() - local.minutes * 60_000 - (instant.getTime() % 60_000);
  return startOfNextLocalDay(new Date(roughMidnight - 2 * 3_600_000), timeZone);
}

/** The instant this week began in `timeZone`: Monday 00:00 local, as a Russian calendar has it. */
export function startOfLocalWeek(instant: Date, timeZone: string): Date {
  let day = startOfLocalDay(instant, timeZone);
  const [year, month, date] = localTime(instant, timeZone).date.split("-").map(Number);
  const weekday = new Date(Date.UTC(year as number, (month as number) - 1, date)).getUTCDay();
  // Sunday is 0: six days back to Monday.
  for (let back = (weekday + 6) % 7; back > 0; back--) {
    // 26 hours before a midnight is inside the day before the previous one, whatever its length.
    day = startOfNextLocalDay(new Date(day.getTime() - 26 * 3_600_000), timeZone);
  }
  return day;
}
