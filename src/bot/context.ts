// What every feature of the bot shares: the context type, the dependencies, and the shape of a feature.
import type { Composer, Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Logger } from "pino";
import type { Passage, Topic } from "../knowledge/types.ts";
import type { Library } from "../library.ts";
import type { TypedVerdict } from "../quiz/cloze.ts";
import type { Deck } from "../quiz/deck.ts";
import type { CardReports } from "../quiz/reports.ts";
import type { Scheduler } from "../quiz/schedule.ts";
import type { Card } from "../quiz/types.ts";
import type { Answer, Lifts, TopicMatch } from "../search/types.ts";
import type { AnswerJournal } from "../store/answer-journal.ts";
import type { ClozeWaitStore } from "../store/cloze-waits.ts";
import type { DailyStore } from "../store/daily.ts";
import type { FrequentQuestion, QuestionOutcome, VoteKind } from "../store/feedback.ts";
import type { GroupStore } from "../store/groups.ts";
import type { Overview } from "../store/overview.ts";
import type { PollStore } from "../store/polls.ts";
import type { Metrics } from "./metrics.ts";

/** The part of the search engine the bot uses (`createSearchEngine` in src/search/engine.ts fits it). */
export interface Search {
  /** `lifts`: what users' feedback taught (see {@link Feedback}); the engine bounds their effect. */
  answer(query: string, lifts?: Lifts): Answer;
  findTopic(name: string): TopicMatch;
  passage(id: string): Passage | undefined;
  topics: Topic[];
}

/** The part of the user store the bot uses (`createUserStore` in src/store/users.ts fits it). */
export interface UserRegistry {
  touch(user: { id: number; firstName?: string; username?: string; languageCode?: string }): void;
  markBlocked(id: number): void;
  /** The user's IANA time zone, or `undefined` when they never set one. */
  getTimezone(id: number): string | undefined;
  setTimezone(id: number, timeZone: string): void;
  /** Deletes everything stored about the user. */
  forget(id: number): void;
}

/** Quizzes, progress and daily delivery (`loadQuiz` in src/bot/quiz-deps.ts builds it). */
export interface QuizDeps {
  deck: Deck;
  scheduler: Scheduler;
  polls: PollStore;
  /** Answers the database could not take yet, retried by `startAnswerRetry` (src/bot/quiz-answers.ts). */
  pendingAnswers: AnswerJournal;
  daily: DailyStore;
  /** Quizzes posted in groups, their members' answers and the weekly leaderboard. */
  groups: GroupStore;
  /** Reports of bad cards («⚠️ Ошибка в вопросе») and the cards they suspended, which are never asked. */
  reports: CardReports;
  /** Cloze cards waiting for the user's typed answer, per chat. */
  clozeWaits: ClozeWaitStore;
  /** Judges a typed answer to a cloze card (`judgeTyped` with the search's analyzer). */
  judgeTyped: (card: Card, typed: string) => TypedVerdict;
  /** `DEFAULT_TIMEZONE`: the zone of users who never ran /timezone. */
  defaultTimeZone: string;
  /** The clock for scheduling and daily delivery; default the system clock. Tests pass a fake one. */
  now: () => Date;
}

/** Learning from the people who ask (`createFeedback` in src/bot/feedback-deps.ts builds it). */
export interface Feedback {
  /** What the votes so far teach, for `search.answer`; kept up to date by {@link Feedback.vote}. */
  readonly lifts: Lifts;
  /** Records a vote for a passage as the answer to the question with these analysed terms, then learns from it. */
  vote(vote: {
    terms: readonly string[];
    passageId: string;
    userId: number;
    admin: boolean;
    kind: VoteKind;
  }): void;
  /** Counts how a question ended, for /admin: in memory, written later in a batch (no I/O on the reply's way). */
  logQuestion(entry: { terms: readonly string[]; query: string; outcome: QuestionOutcome }): void;
  /** Writes the counted questions now (at shutdown); a failed write keeps them for the next try. */
  flush(): void;
  /** The questions (at most `limit` per outcome) most often answered with nothing, marked «Не то», or uncertain. */
  failing(limit?: number): Record<"nothing" | "not_that" | "uncertain", FrequentQuestion[]>;
  /** Forgets what the user's votes taught, after `UserRegistry.forget` deleted them. */
  forget(userId: number): void;
}

/** Everything `createBot` needs; nothing is read from the environment. */
export interface BotDeps {
  token: string;
  /** Bot API server root; default Telegram's. */
  apiRoot?: string;
  search: Search;
  users: UserRegistry;
  quiz: QuizDeps;
  logger: Logger;
  /** Every Bot API request is abandoned after this many seconds. Default `REQUEST_TIMEOUT_SECONDS` (40). */
  requestTimeoutSeconds?: number;
  /** Skips the `getMe` call when given (local chat mode, tests). */
  botInfo?: UserFromGetMe;
  /** Per-user flood limit: at most `limit` updates per `timeFrame` ms. Default 6 per 3,000 ms. */
  rateLimit?: { timeFrame: number; limit: number };
  /** How many recent answers keep their «Ещё» state. Default 1,000. */
  answerMemory?: number;
  /** `/admin` for these Telegram user ids (ADMIN_IDS): usage counts and the problems found loading the notes. */
  admin?: { ids: readonly number[]; overview: () => Overview; problems: readonly string[] };
  /** «👍» and «Не то» under answers, lifts learned from them, and the question log; without it, none of these. */
  feedback?: Feedback;
  /** Counters for `/metrics` and the last update's time for `/healthz` (src/bot/metrics.ts); default none. */
  metrics?: Metrics;
  /**
   * The notes, reloadable while the bot runs (src/library.ts). With it each update reads the shelf that was
   * newest when it started ({@link BotContext.shelf}), and `/reload` works for the admins; `search` and
   * `quiz.deck` should then be its live views (`library.search`, `library.deck`); admins can also upload notes
   * as documents. Without it the notes never change, and every update reads `search` and `quiz.deck`.
   */
  library?: Pick<Library, "current" | "reload" | "save">;
}

/**
 * The notes one update reads from start to end: the library's newest shelf when the update started (a
 * `Shelf` of src/library.ts fits it), or the bot's `search` and `quiz.deck` when it has no library.
 */
export interface UpdateShelf {
  search: Search;
  deck: Deck;
}

/** grammY's context plus a pino logger bound to the update id and the notes the update reads. */
export type BotContext = Context & {
  log: Logger;
  /** Set once per update, after its turn in the chat's queue came: a reload meanwhile does not change it. */
  shelf: UpdateShelf;
};

/** A command as listed by /help and registered with `setMyCommands`. */
export interface CommandInfo {
  command: string;
  /** Russian, one line, at most 256 characters. */
  description: string;
  /** Where the command works, for Telegram's menus; both private chats and groups when not given. */
  chats?: "private" | "group";
}

/** One feature of the bot: its middleware and the commands it answers. */
export interface Feature {
  commands: CommandInfo[];
  composer: Composer<BotContext>;
  /**
   * The updates the feature can handle, when it is a few kinds: the others pass it by without entering its
   * middleware. Every hop through a composer costs promises.
   */
  concerns?: (ctx: BotContext) => boolean;
}
