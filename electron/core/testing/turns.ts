/**
 * Counts the event loop's turns while `work` runs: how a test sees that long work let other work in
 * (a turn that never comes means the work held the loop from start to end).
 */
export async function turnsDuring<T>(work: () => Promise<T>): Promise<{ value: T; turns: number }> {
  const counter = countTurns();
  try {
    return { value: await work(), turns: counter.turns() };
  } finally {
    counter.stop();
  }
}

/** A running count of the event loop's turns, read at any moment (which turn a step ran in). */
export function countTurns(): { turns(): number; stop(): void } {
  let turns = 0;
  let running = true;
  const tick = (): void => {
    turns++;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return { turns: () => turns, stop: () => (running = false) };
}
