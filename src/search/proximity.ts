// Proximity: the query's words count together only where they stand together in a passage.

/**
 * The largest total weight of distinct `weights` terms that occur within one window of `window` consecutive
 * terms of `sequence`. Terms not in `weights` are ignored; each term counts once per window.
 */
export function bestWindow(
  sequence: readonly string[],
  weights: ReadonlyMap<string, number>,
  window: number,
): number {
  const inWindow = new Map<string, number>();
  let sum = 0;
  let best = 0;
  for (let i = 0; i < sequence.length; i++) {
    const entering = sequence[i] as string;
    const w = weights.get(entering);
    if (w !== undefined) {
      const n = inWindow.get(entering) ?? 0;
      if (n === 0) sum += w;
      inWindow.set(entering, n + 1);
      if (sum > best) best = sum;
    }
    const leaving = sequence[i - window + 1];
    if (leaving !== undefined) {
      const lw = weights.get(leaving);
      if (lw !== undefined) {
        const n = (inWindow.get(leaving) ?? 1) - 1;
        inWindow.set(leaving, n);
        if (n === 0) sum -= lw;
      }
    }
  }
  return best;
}
