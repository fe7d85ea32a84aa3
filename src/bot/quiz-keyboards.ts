// Buttons of the quiz features and their callback data. The prefixes (`q`, `Q`, `f`, `r`, `c`, `g`) are ones
// `decodeAction` in keyboards.ts never matches, so the two sets of buttons cannot be mistaken for each other.
import { InlineKeyboard } from "grammy";
import { CALLBACK_DATA_LIMIT } from "./keyboards.ts";
import { GRADE_LABELS, SHOW_ANSWER } from "./render-cards.ts";

/** What a quiz button asks for. `topic` is a `topicKey` (keyboards.ts) when the quiz keeps to one topic. */
export type QuizAction =
  /** An option of a button quiz, by its index in the card (not on screen). */
  | { kind: "answer"; option: number; topic?: string }
  /** «Ещё вопрос». */
  | { kind: "next"; topic?: string }
  /** «Показать ответ» under a flashcard's front. */
  | { kind: "show"; topic?: string }
  /** A grade of a turned flashcard: 1 «Снова», 2 «Трудно», 3 «Хорошо», 4 «Легко» (FSRS's ratings). */
  | { kind: "grade"; grade: number; topic?: string }
  /** The /forget confirmation, for the user who asked for it. */
  | { kind: "forget"; confirm: boolean; userId: number }
  /** «⚠️ Ошибка в вопросе» under the feedback to an answer: the card's id (16 hex digits from src/quiz/ids.ts; letters, digits, `_` and `-` accepted). */
  | { kind: "report"; cardId: string };

/** Callback data for a quiz action; topic keys go last so they may contain `:`. */
export function encodeQuizAction(action: QuizAction): string {
  const topic = "topic" in action && action.topic !== undefined ? `:${action.topic}` : "";
  switch (action.kind) {
    case "answer":
      return `q:${action.option}${topic}`;
    case "next":
      return `Q${topic}`;
    case "show":
      return `c${topic}`;
    case "grade":
      return `g:${action.grade}${topic}`;
    case "forget":
      return `f:${action.confirm ? "y" : "n"}:${action.userId}`;
    case "report":
      return `r:${action.cardId}`;
  }
}

/** The quiz action behind callback data, or undefined for data the quiz features never made. */
export function decodeQuizAction(data: string): QuizAction | undefined {
  const answer = /^q:(\d{1,2})(?::(.+))?$/s.exec(data);
  if (answer) {
    const option = Number(answer[1]);
    return answer[2] === undefined
      ? { kind: "answer", option }
      : { kind: "answer", option, topic: answer[2] };
  }
  const next = /^Q(?::(.+))?$/s.exec(data);
  if (next) return next[1] === undefined ? { kind: "next" } : { kind: "next", topic: next[1] };
  const show = /^c(?::(.+))?$/s.exec(data);
  if (show) return show[1] === undefined ? { kind: "show" } : { kind: "show", topic: show[1] };
  const grade = /^g:([1-4])(?::(.+))?$/s.exec(data);
  if (grade) {
    const value = Number(grade[1]);
    return grade[2] === undefined
      ? { kind: "grade", grade: value }
      : { kind: "grade", grade: value, topic: grade[2] };
  }
  const forget = /^f:([yn]):(\d{1,20})$/.exec(data);
  if (forget) return { kind: "forget", confirm: forget[1] === "y", userId: Number(forget[2]) };
  const report = /^r:([\w-]{1,62})$/.exec(data);
  if (report) return { kind: "report", cardId: report[1] as string };
  return undefined;
}

function button(label: string, action: QuizAction): ReturnType<typeof InlineKeyboard.text> {
  const data = encodeQuizAction(action);
  if (Buffer.byteLength(data) > CALLBACK_DATA_LIMIT) {
    throw new Error(`quiz keyboards: callback data "${data}" is over ${CALLBACK_DATA_LIMIT} bytes`);
  }
  return InlineKeyboard.text(label, data);
}

/** The options of a button quiz as numbered buttons, in the order shown; `order[i]` is the card's index. */
export function optionsKeyboard(order: readonly number[], topic?: string): InlineKeyboard {
  const buttons = order.map((option, i) =>
    button(
      String(i + 1),
      topic === undefined ? { kind: "answer", option } : { kind: "answer", option, topic },
    ),
  );
  // Five to a row keeps the digits large on a phone.
  const rows: (typeof buttons)[] = [];
  for (let i = 0; i < buttons.length; i += 5) rows.push(buttons.slice(i, i + 5));
  return InlineKeyboard.from(rows);
}

/** «Показать ответ» under a flashcard's front. */
export function showAnswerKeyboard(topic?: string): InlineKeyboard {
  return InlineKeyboard.from([
    [button(SHOW_ANSWER, topic === undefined ? { kind: "show" } : { kind: "show", topic })],
  ]);
}

/** «Снова / Трудно / Хорошо / Легко» under a turned flashcard. */
export function gradesKeyboard(topic?: string): InlineKeyboard {
  return InlineKeyboard.from([
    GRADE_LABELS.map((label, i) =>
      button(
        label,
        topic === undefined ? { kind: "grade", grade: i + 1 } : { kind: "grade", grade: i + 1, topic },
      ),
    ),
  ]);
}

/** The label of the button that reports a bad card. */
export const REPORT_LABEL = "⚠️ Ошибка в вопросе";

/** «Ещё вопрос» under the feedback to an answer, and «⚠️ Ошибка в вопросе» when the card is known. */
export function nextQuestionKeyboard(topic?: string, cardId?: string): InlineKeyboard {
  const rows = [[button("Ещё вопрос", topic === undefined ? { kind: "next" } : { kind: "next", topic })]];
  if (cardId !== undefined) rows.push([button(REPORT_LABEL, { kind: "report", cardId })]);
  return InlineKeyboard.from(rows);
}

/** «Да, удалить всё» / «Отмена» under the /forget question. */
export function forgetKeyboard(userId: number): InlineKeyboard {
  return InlineKeyboard.from([
    [
      button("Да, удалить всё", { kind: "forget", confirm: true, userId }),
      button("Отмена", { kind: "forget", confirm: false, userId }),
    ],
  ]);
}
