// Reported cards: a card that two different people, or one admin, reported as wrong is suspended — never
// asked again — until its content changes (its quiz file or its passage in the notes is edited): reports
// count only against the content hash they were made on.
import type { CardReportStore } from "../store/card-reports.ts";
import type { Deck } from "./deck.ts";
import { cardContentHash } from "./ids.ts";
import type { Card } from "./types.ts";

/** How many different people suspend a card by reporting it (an admin alone suffices). */
export const REPORTS_TO_SUSPEND = 2;

/** A card of the deck with reports against its current content, for /admin. */
export interface ReportedCard {
  card: Card;
  /** How many different people reported it. */
  reporters: number;
  suspended: boolean;
  /** Their comments, newest first. */
  comments: string[];
  /** The latest report, ms since the epoch. */
  lastAt: number;
}

/** Which report a comment belongs to. */
export interface ReportKey {
  cardId: string;
  contentHash: string;
  userId: number;
}

/** Reports of bad cards and the suspensions they cause (`createCardReports`). */
export interface CardReports {
  /** Ids of the cards not to ask; kept up to date by every call below. */
  readonly suspended: ReadonlySet<string>;
  /**
   * Records the user's report of the card as it is now. Returns the key for its comment, or `undefined`
   * when the card is no longer in the deck.
   */
  report(cardId: string, userId: number, admin: boolean, now?: Date): ReportKey | undefined;
  /** Adds the comment to the report; false when the report is gone (forgotten meanwhile). */
  comment(key: ReportKey, comment: string, now?: Date): boolean;
  /** The cards with reports against their current content: suspended first, then most reporters, newest. */
  reported(): ReportedCard[];
  /** Deletes the user's reports and lifts the suspensions that rested on them. */
  forget(userId: number): void;
  /**
   * Reads the cards again after the deck changed (the notes were reloaded): a card whose content or passage
   * changed is judged by its new content, so a fixed card comes back at once.
   */
  refresh(): void;
}

/** The {@link CardReports} of `deck`, stored in `store`. Suspensions are read from the store now. */
export function createCardReports(store: CardReportStore, deck: Deck): CardReports {
  const hashes = new Map<string, string>();
  // Each card's hash is computed once per version of the deck (see refresh).
  const hashOf = (card: Card) => {
    let hash = hashes.get(card.id);
    if (hash === undefined) {
      hash = cardContentHash(card, deck.passageOf(card)?.text ?? "");
      hashes.set(card.id, hash);
    }
    return hash;
  };
  let reported: ReportedCard[] = [];
  let suspended = new Set<string>();
  const reload = () => {
    const byCard = new Map<string, ReportedCard & { users: Set<number>; admin: boolean }>();
    for (const r of store.all()) {
      const card = deck.byId(r.cardId);
      if (!card || hashOf(card) !== r.contentHash) continue;
      let entry = byCard.get(card.id);
      if (!entry) {
        entry = {
          card,
          reporters: 0,
          suspended: false,
          comments: [],
          lastAt: r.at,
          users: new Set(),
          admin: false,
        };
        byCard.set(card.id, entry);
      }
      entry.users.add(r.userId);
      entry.admin ||= r.admin;
      if (r.comment) entry.comments.push(r.comment);
    }
    reported = [...byCard.values()]
      .map(({ users, admin, ...entry }) => ({
        ...entry,
        reporters: users.size,
        suspended: admin || users.size >= REPORTS_TO_SUSPEND,
      }))
      .sort(
        (a, b) =>
          Number(b.suspended) - Number(a.suspended) || b.reporters - a.reporters || b.lastAt - a.lastAt,
      );
    suspended = new Set(reported.filter((r) => r.suspended).map((r) => r.card.id));
  };
  reload();
  return {
    get suspended() {
      return suspended;
    },
    report(cardId, userId, admin, now = new Date()) {
      const card = deck.byId(cardId);
      if (!card) return undefined;
      const key = { cardId, contentHash: hashOf(card), userId };
      store.report({ ...key, admin }, now);
      reload();
      return key;
    },
    comment(key, comment, now = new Date()) {
      const stored = store.comment(key, comment, now);
      if (stored) reload();
      return stored;
    },
    reported: () => reported,
    forget(userId) {
      store.forget(userId);
      reload();
    },
    refresh() {
      hashes.clear();
      reload();
    },
  };
}
