import { describe, expect, it } from 'vitest';
import { SlotScores, SlotScoresPool, TopK } from './slot-scores';
import { mulberry32 as rng } from '../testing/prng';

/** The present slots of `m` with their scores, read the way the index reads them. */
function present(m: SlotScores): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i < m.listed; i++) {
    const slot = m.slots[i] as number;
    if (m.has(slot)) out.set(slot, m.get(slot));
  }
  return out;
}

describe('SlotScores', () => {
  it('behaves like a Map of slot → score under random sets and deletes', () => {
    const rand = rng(7);
    const m = new SlotScores();
    for (let round = 0; round < 5; round++) {
      m.reset(500);
      const ref = new Map<number, number>();
      for (let op = 0; op < 2000; op++) {
        const slot = Math.floor(rand() * 500);
        if (rand() < 0.3) {
          m.delete(slot);
          ref.delete(slot);
        } else {
          const v = rand();
          m.set(slot, v);
          ref.set(slot, v);
        }
        expect(m.has(slot)).toBe(ref.has(slot));
      }
      expect(m.size).toBe(ref.size);
      expect(present(m)).toEqual(ref);
      // Every present slot is listed once, however often it was deleted and set again.
      const listed = Array.from(m.slots.subarray(0, m.listed));
      expect(new Set(listed).size).toBe(listed.length);
    }
  });

  it('is empty after a reset that reuses its arrays, and grows when asked for more slots', () => {
    const m = new SlotScores();
    m.reset(10);
    m.set(3, 1.5);
    m.set(7, 2);
    m.delete(7);
    m.reset(10);
    expect(m.size).toBe(0);
    expect(m.has(3)).toBe(false);
    expect(m.get(3)).toBe(0);
    expect(m.has(7)).toBe(false);
    m.set(7, 4);
    expect(present(m)).toEqual(new Map([[7, 4]]));
    m.reset(5000);
    m.set(4999, 1);
    expect(present(m)).toEqual(new Map([[4999, 1]]));
  });
});

describe('SlotScoresPool', () => {
  it('hands out distinct, empty score sets within a search and reuses them in the next one', () => {
    const pool = new SlotScoresPool();
    pool.begin(100);
    const a = pool.acquire();
    a.set(1, 1);
    const b = pool.acquire();
    expect(b).not.toBe(a);
    expect(b.has(1)).toBe(false);
    b.set(2, 2);
    pool.begin(100);
    const a2 = pool.acquire();
    const b2 = pool.acquire();
    expect(new Set([a2, b2])).toEqual(new Set([a, b]));
    expect(a2.size + b2.size).toBe(0);
    expect(a2.has(1) || a2.has(2) || b2.has(1) || b2.has(2)).toBe(false);
  });
});

describe('TopK', () => {
  const bySlot = (x: number, y: number): number => x - y;

  it('returns the k best present slots, best first, ties by slot — as a full sort would', () => {
    const rand = rng(11);
    const topk = new TopK();
    const m = new SlotScores();
    for (let round = 0; round < 40; round++) {
      const n = 1 + Math.floor(rand() * 400);
      m.reset(n);
      for (let i = 0; i < n; i++) {
        const slot = Math.floor(rand() * n);
        // Few distinct values, so ties are common.
        m.set(slot, Math.floor(rand() * 8));
        if (rand() < 0.2) m.delete(Math.floor(rand() * n));
      }
      const k = Math.floor(rand() * 60);
      const ref = [...present(m)].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, k);
      const got = topk.select(m, k, bySlot);
      expect(got.slots).toEqual(ref.map(([s]) => s));
      expect(got.scores).toEqual(ref.map(([, v]) => v));
    }
  });

  it('returns nothing for k = 0 or an empty set, and everything when k exceeds it', () => {
    const topk = new TopK();
    const m = new SlotScores();
    m.reset(10);
    expect(topk.select(m, 5, bySlot)).toEqual({ slots: [], scores: [] });
    m.set(4, 1);
    m.set(2, 3);
    expect(topk.select(m, 0, bySlot)).toEqual({ slots: [], scores: [] });
    expect(topk.select(m, 10, bySlot)).toEqual({ slots: [2, 4], scores: [3, 1] });
  });
});
