// `npm run quiz:audit`: prints every quiz card (authored and generated) as the deck holds it, then what the
// checks of src/quiz/audit.ts found, then a summary. Exits 1 on any defect or broken question file.
import { auditKnowledge } from "../quiz/audit-run.ts";
import { type Card, kindOf } from "../quiz/types.ts";

function renderCard(card: Card): string {
  const lines = [
    `[${card.topicId} · ${card.origin} ${kindOf(card)} · ${card.id}] ${card.source.heading ?? ""}`,
  ];
  for (const line of card.question.split("\n")) lines.push(`  ${line}`);
  card.options.forEach((option, i) => {
    lines.push(`    ${i === card.correctIndex ? "✓" : " "} ${option}`);
  });
  if (card.accepted?.length) lines.push(`  also accepted: ${card.accepted.join(", ")}`);
  const explanation = card.explanation.replace(/\s+/gu, " ");
  lines.push(`  ${kindOf(card) === "flashcard" ? "back" : "explanation"}: ${explanation}`);
  if (card.source.passageId) lines.push(`  passage: ${card.source.passageId}`);
  return lines.join("\n");
}

try {
  const report = await auditKnowledge(process.env.KNOWLEDGE_DIR ?? "knowledge");
  const { deck, problems, defects, summary } = report;
  console.log(deck.cards.map(renderCard).join("\n\n"));
  const where = (id: string) => {
    const card = deck.byId(id);
    return card ? `${card.topicId} ${card.origin} ${id}` : id;
  };
  if (problems.length > 0) {
    console.log("\nproblems loading the questions:");
    for (const problem of problems) console.log(`  ${problem}`);
  }
  if (defects.length > 0) {
    console.log("\ndefects:");
    for (const defect of defects) {
      console.log(`  ${defect.check} [${defect.cardIds.map(where).join("; ")}]: ${defect.message}`);
    }
  }
  const topics = [...summary.byTopic].map(([topic, n]) => `${topic} ${n}`).join(", ");
  const checks = [...summary.defectsByCheck].map(([check, n]) => `${check} ${n}`).join(", ");
  console.log(
    [
      "",
      `cards: ${summary.cards} (authored ${summary.byKind.authored}, generated ${summary.byKind.generated})`,
      `by kind: ${Object.entries(summary.byCardKind)
        .map(([kind, n]) => `${kind} ${n}`)
        .join(", ")}`,
      `by topic: ${topics}`,
      `defects: ${defects.length} (${checks}); problems loading the questions: ${problems.length}`,
      `audited in ${Math.round(report.elapsedMs)} ms`,
    ].join("\n"),
  );
  process.exit(defects.length > 0 || problems.length > 0 ? 1 : 0);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
