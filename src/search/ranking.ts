// Flattens an answer into the ranked passages it offers (what the evaluation scores).
import type { Ranking } from "./evaluate.ts";
import type { Answer } from "./types.ts";

/** The passages an answer offers, best first: the hits shown, then «Ещё». Empty for «nothing found»; the candidates when unsure. */
export function rankingOf(answer: Answer): Ranking {
  if (answer.kind === "nothing") return { passages: [], shown: 0, outcome: "nothing" };
  if (answer.kind === "uncertain")
    return { passages: answer.candidates.map((h) => h.passage), shown: 0, outcome: "uncertain" };
  return {
    passages: [...answer.hits, ...answer.more].map((h) => h.passage),
    shown: answer.hits.length,
    outcome: "answer",
  };
}
