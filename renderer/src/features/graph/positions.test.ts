import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keepPositions, loadPositions, savePositions } from './positions';

/** localStorage as the page has it, counting what is written under each key. */
function storage(): { writes: Map<string, number> } {
  const items = new Map<string, string>();
  const writes = new Map<string, number>();
  (globalThis as { localStorage?: unknown }).localStorage = {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => {
      items.set(k, v);
      writes.set(k, (writes.get(k) ?? 0) + 1);
    },
    removeItem: (k: string) => void items.delete(k),
  };
  return { writes };
}

describe('kept positions', () => {
  let writes: Map<string, number>;
  beforeEach(() => ({ writes } = storage()));
  afterEach(() => delete (globalThis as { localStorage?: unknown }).localStorage);

  it('keeps a few new nodes beside the others without writing those again, and a whole save takes them in', () => {
    savePositions('v', { a: { x: 1, y: 2 }, b: { x: 3, y: 4, pinned: true } });
    keepPositions('v', { c: { x: 5, y: 6 } });
    keepPositions('v', { d: { x: 7, y: 8 }, a: { x: 9, y: 9 } });
    expect(writes.get('cairn:positions:v')).toBe(1);
    expect(loadPositions('v')).toEqual({ a: { x: 9, y: 9 }, b: { x: 3, y: 4, pinned: true }, c: { x: 5, y: 6 }, d: { x: 7, y: 8 } });
    savePositions('v', { a: { x: 0, y: 0 } });
    expect(loadPositions('v')).toEqual({ a: { x: 0, y: 0 } });
    expect(loadPositions('other')).toEqual({});
  });
});
