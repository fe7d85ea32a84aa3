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
    const { meant, terms } = engine.explain(question);
    console.log(`understood as: ${meant}`);
    console.log(`terms: ${terms.map((t) => `${t.term} (${t.weight.toFixed(2)})`).join(", ")}\n`);
  }
  console.log(renderAnswer(engine.answer(question), process.stdout.isTTY === true));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
