/** Runs `work` when the page is idle (between frames, nothing else waiting); after a timer where there is no idle callback. */
export type Idle = (work: (timeLeft: () => number) => void) => void;

export const whenIdle: Idle = (work) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback((deadline) => work(() => deadline.timeRemaining()), { timeout: 2000 });
  else setTimeout(() => work(() => 5), 0);
};
