import { describe, expect, it } from "vitest";
import type { Judged, Verdict } from "../../src/search/judge.ts";
import {
  type Evidence,
  evidenceOf,
  FEATURES,
  fitLikelihood,
  likelihood,
  type Sample,
  type Weights,
} from "../../src/search/likely.ts";
import { judgedCandidate, passage } from "../helpers/fixtures.ts";

function judged(verdict: Verdict, rank: number, subjects = 2): Judged {
  return judgedCandidate(passage(`passage ${rank}`), verdict, rank, { subjects });
}

const ASKED = { terms: 4, weight: 7.5, howto: true };
const ZERO: Weights = {
  bias: 0,
  margin: 0,
  alone: 0,
  sureBelow: 0,
  subjects: 0,
  terms: 0,
  weight: 0,
  howto: 0,
  unheard: 0,
};

/** A deterministic stream of numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Samples whose rightness is drawn from the logistic model `weights`. */
function samplesFrom(weights: Weights, count: number, seed: number): Sample[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const alone = next() < 0.2 ? 1 : 0;
    const evidence: Evidence = {
      margin: alone ? 0 : next() * 3,
      alone,
      sureBelow: next() < 0.3 ? 1 : 0,
      subjects: Math.floor(next() * 4),
      terms: 1 + Math.floor(next() * 7),
      weight: next() * 15,
      howto: next() < 0.4 ? 1 : 0,
      unheard: next() < 0.2 ? 1 : 0,
    };
    return { evidence, right: next() < likelihood(evidence, weights) };
  });
}

describe("evidenceOf", () => {
  it("weighs the first candidate by its margin over the next, sure ones below, its subject words, the question", () => {
    const evidence = evidenceOf([judged("possible", 6, 3), judged("possible", 2), judged("sure", 1)], ASKED);
    expect(evidence).toEqual({
      margin: Math.log(3),
      alone: 0,
      sureBelow: 1,
      subjects: 3,
      terms: 4,
      weight: 7.5,
      howto: 1,
      unheard: 0,
    });
  });

  it("says a candidate is alone when no other could answer, and none for no candidate", () => {
    expect(evidenceOf([judged("possible", 6)], { ...ASKED, howto: false })).toMatchObject({
      margin: 0,
      alone: 1,
      sureBelow: 0,
      howto: 0,
      unheard: 0,
    });
    expect(evidenceOf([], ASKED)).toBeUndefined();
  });
});

describe("likelihood", () => {
  const evidence = evidenceOf([judged("possible", 6), judged("possible", 2)], ASKED) as Evidence;

  it("is the logistic function of the bias and the weighted features", () => {
    expect(likelihood(evidence, ZERO)).toBe(0.5);
    expect(likelihood(evidence, { ...ZERO, bias: 1, margin: 2 })).toBeCloseTo(
      1 / (1 + Math.exp(-(1 + 2 * Math.log(3)))),
      12,
    );
    expect(likelihood(evidence, { ...ZERO, howto: -50 })).toBeLessThan(1e-12);
  });
});

describe("fitLikelihood", () => {
  const TRUE: Weights = {
    bias: -0.5,
    margin: 1,
    alone: 1.2,
    sureBelow: -1,
    subjects: 0.7,
    terms: -0.4,
    weight: 0.05,
    howto: -0.4,
    unheard: -0.8,
  };

  it("recovers the weights of the model the samples were drawn from", () => {
    const fitted = fitLikelihood(samplesFrom(TRUE, 20_000, 7), 100);
    for (const f of ["bias", ...FEATURES] as const) expect(Math.abs(fitted[f] - TRUE[f])).toBeLessThan(0.15);
  });

  it("shrinks the weights as the penalty grows, and leaves the bias to say how often the first is right", () => {
    const samples = samplesFrom(TRUE, 2_000, 11);
    const loose = fitLikelihood(samples, 100);
    const tight = fitLikelihood(samples, 1e-4);
    for (const f of FEATURES) expect(Math.abs(tight[f])).toBeLessThan(Math.abs(loose[f]) / 10);
    const share = samples.filter((s) => s.right).length / samples.length;
    const chance = likelihood(samples[0]?.evidence as Evidence, tight);
    expect(chance).toBeCloseTo(share, 2);
  });

  it("gives no weight to a feature that never varies", () => {
    const samples = samplesFrom(TRUE, 2_000, 13).map((s) => ({
      ...s,
      evidence: { ...s.evidence, howto: 1 },
    }));
    const fitted = fitLikelihood(samples);
    expect(fitted.howto).toBe(0);
    expect(Number.isFinite(fitted.bias)).toBe(true);
  });
});
