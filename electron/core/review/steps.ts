/**
 * Work written as a generator: each `yield` is a point where it may pause so a request queued behind it
 * is answered (a hostile vault's deck took seconds in one piece). `drain` runs it to the end at once.
 */
export type Steps<T> = Generator<void, T, void>;

export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
