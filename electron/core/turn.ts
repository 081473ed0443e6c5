/** A turn of the event loop: requests and events queued behind long work are handled before it goes on. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
