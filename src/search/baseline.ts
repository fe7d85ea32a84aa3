// The naive baseline the evaluation compares against: MiniSearch with default options over the same passages.
import MiniSearch from "minisearch";
import type { Passage } from "../knowledge/types.ts";

/** Returns a function ranking passages with default MiniSearch (no analyzer, no threshold). */
export function createBaseline(passages: Passage[]): (query: string) => Passage[] {
  const index = new MiniSearch<Passage>({ fields: ["text"] });
  index.addAll(passages);
  const byId = new Map(passages.map((p) => [p.id, p]));
  return (query) => index.search(query).map((r) => byId.get(r.id) as Passage);
}
