// `npm run ask -- "вопрос"`: answers one question from the notes in the terminal.
import { loadKnowledge } from "../knowledge/load.ts";
import { createSearchEngine } from "../search/engine.ts";
import { renderAnswer } from "./terminal.ts";

const explain = process.argv.includes("--explain");
const question = process.argv
  .slice(2)
  .filter((a) => a !== "--explain")
  .join(" ");
if (!question.trim()) {
  console.error('Usage: npm run ask -- "чем ClusterIP отличается от NodePort"');
  process.exit(2);
}
try {
  const kb = await loadKnowledge(process.env.KNOWLEDGE_DIR ?? "knowledge");
  for (const warning of kb.warnings) console.error(`warning: ${warning}`);
  const engine = createSearchEngine(kb);
  if (explain) {
    const { meant, intent, terms, judged } = engine.explain(question);
    console.log(`understood as: ${meant} (${intent})`);
    console.log(`terms: ${terms.map((t) => `${t.term} (${t.weight.toFixed(2)})`).join(", ")}`);
    for (const c of judged) {
      const figures = [c.rank, c.coverage, c.own, c.prose, c.code, c.names].map((n) => n.toFixed(2));
      const where = [c.passage.topicId, ...c.passage.headingPath].join(" › ");
      console.log(
        `  ${c.verdict.padEnd(8)} rank ${figures[0]}  cover ${figures[1]}  own ${figures[2]}  prose ${figures[3]}  code ${figures[4]}  names ${figures[5]}  ${where}`,
      );
    }
    console.log("");
  }
  console.log(renderAnswer(engine.answer(question), process.stdout.isTTY === true));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
