// Quizzes in a group: /quiz posts one non-anonymous quiz poll for everyone, each member's answer counts
// for that member's own progress, and /top ranks the members over the week.
import { Composer } from "grammy";
import { normalizeTimeZone } from "../../quiz/daily.ts";
import { startOfLocalWeek } from "../../quiz/group.ts";
import type { BotContext, BotDeps, Feature } from "../context.ts";
import { findGroupQuiz, submitGroupAnswer } from "../group-answers.ts";
import { isGroupChat, memberName, pickGroupCards, sendGroupCard } from "../group-send.ts";
import { escapeHtml } from "../render.ts";
import { renderLeaderboard } from "../render-group.ts";
import { renderNoQuizTopic } from "../render-quiz.ts";

/** How many members /top lists (and then the one who asked, if they are further down). */
export const LEADERBOARD_SIZE = 10;
/** How many members /top reads at most to find the one who asked. */
const LEADERBOARD_ROWS_READ = 10_000;

const HTML = { parse_mode: "HTML", link_preview_options: { is_disabled: true } } as const;

const NO_CARDS = "Вопросов пока нет: в конспекте не нашлось, из чего их составить. Загляните в /topics.";
const TOP_IN_PRIVATE =
  "Рейтинг ведётся в группах: добавьте меня в группу, задайте там /quiz — и /top покажет, кто лучше всех отвечал на этой неделе.";

/** /quiz and /top in groups, and the answers to group quizzes. Put it before the personal /quiz. */
export function groupQuiz(deps: BotDeps): Feature {
  const { users, quiz: q } = deps;
  const composer = new Composer<BotContext>();
  const group = composer.chatType(["group", "supergroup"]);
  /** The group's zone (set by its admins with /timezone), else the default. */
  const zoneOf = (chatId: number) => {
    const own = users.getTimezone(chatId);
    return (own ? normalizeTimeZone(own) : undefined) ?? q.defaultTimeZone;
  };

  group.command("quiz", async (ctx) => {
    const name = ctx.match.trim();
    const { search, deck } = ctx.shelf;
    const found = name ? search.findTopic(name) : undefined;
    if (found && found.kind !== "topic") {
      await ctx.reply(renderNoQuizTopic(name, found.kind === "near" ? found.passages : []), HTML);
      return;
    }
    const topic = found?.topic;
    const [card] = pickGroupCards(q, deck, ctx.chat.id, 1, topic?.id);
    if (!card) {
      const text = topic
        ? `В теме «${escapeHtml(topic.title)}» нет вопросов для группы. Попробуйте просто /quiz.`
        : NO_CARDS;
      await ctx.reply(text, HTML);
      return;
    }
    await sendGroupCard(ctx.api, q, ctx.chat.id, card);
  });

  group.command("top", async (ctx) => {
    const timeZone = zoneOf(ctx.chat.id);
    const weekStart = startOfLocalWeek(q.now(), timeZone);
    // Every member who answered this week (a group's week is small), so the one who asked finds their place.
    const rows = q.groups.leaderboard(ctx.chat.id, weekStart, LEADERBOARD_ROWS_READ);
    const viewerId = ctx.msg.sender_chat ? undefined : ctx.from?.id;
    const options = { size: LEADERBOARD_SIZE, ...(viewerId !== undefined ? { viewerId } : {}) };
    await ctx.reply(renderLeaderboard(rows, weekStart, timeZone, options), HTML);
  });

  composer.command("top", (ctx) => ctx.reply(TOP_IN_PRIVATE));

  composer.on("poll_answer", async (ctx, next) => {
    const answer = ctx.pollAnswer;
    if (!findGroupQuiz(q, answer.poll_id)) return next();
    const member = answer.user;
    const shown = answer.option_ids[0];
    // A vote on behalf of a chat (an anonymous admin) belongs to nobody's progress.
    if (!member || member.is_bot || shown === undefined) return;
    const outcome = submitGroupAnswer(
      q,
      ctx.shelf.deck,
      { pollId: answer.poll_id, userId: member.id, name: memberName(member), shown, at: q.now().getTime() },
      ctx.log,
    );
    // No message per answer: the poll itself shows each member the right option and the explanation.
    if (outcome !== "duplicate") deps.metrics?.quizAnswer(outcome);
  });

  return {
    commands: [{ command: "top", description: "Рейтинг группы за неделю", chats: "group" }],
    composer,
    concerns: (ctx) =>
      isGroupChat(ctx.chat) || ctx.pollAnswer !== undefined || ctx.message?.text?.startsWith("/top") === true,
  };
}
