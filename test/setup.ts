// Property tests (fast-check) draw new cases on every local run, which is how they find bugs. CI replays one
// fixed draw instead (FC_SEED in `.ci/run`), as Hypothesis's `derandomize` profile does: what passed before
// landing is what CI runs, and a new case found locally is fixed before it lands. FC_SEED also replays a
// failure a local run printed the seed of.
import fc from "fast-check";

const seed = process.env.FC_SEED;
if (seed !== undefined && seed !== "") {
  const value = Number(seed);
  if (!Number.isInteger(value)) throw new Error(`FC_SEED must be an integer, not «${seed}»`);
  fc.configureGlobal({ seed: value });
}
