// Long work in steps: a generator that yields where it may pause, run at once or in turns of the event loop.

/** Runs steps to the end without pausing; their result. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs steps to the end, letting the event loop run other work (updates, timers) at each pause; their result. */
export async function finishInTurns<T>(steps: Generator<void, T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
