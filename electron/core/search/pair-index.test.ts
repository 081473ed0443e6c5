import { describe, expect, it } from 'vitest';
import { PairIndex } from './pair-index';
import { mulberry32 as rng } from '../testing/prng';

const WORDS = ['de', 'la', 'load', 'balancer', 'instancia', 'ec2', 'the', 'of', 'group', 'seguridad'];

describe('PairIndex', () => {
  it('gives every note holding all pairs of a phrase, whatever the slot gaps and however many share a bucket', () => {
    const rand = rng(3);
    let exact = 0;
    // 2^3 buckets: almost every bucket mixes several pairs, so answers may include extra notes, never miss one.
    for (const bits of [3, 17]) {
      const index = new PairIndex(bits);
      const runs = new Map<number, string[]>();
      let slot = 0;
      for (let i = 0; i < 400; i++) {
        slot += 1 + (rand() < 0.1 ? Math.floor(rand() * 300_000) : Math.floor(rand() * 3));
        const run = Array.from({ length: 2 + Math.floor(rand() * 12) }, () => WORDS[Math.floor(rand() * WORDS.length)] as string);
        runs.set(slot, run);
        index.addRun(slot, run);
      }
      // With 8 buckets for ~100 pairs, every bucket mixes pairs: nothing may be called exact.
      if (bits === 3) expect(WORDS.some((a) => WORDS.some((b) => index.isExact([a, b])))).toBe(false);
      const mark = new Uint32Array(slot + 1);
      for (let q = 0; q < 200; q++) {
        const phrase = Array.from({ length: 2 + Math.floor(rand() * 2) }, () => WORDS[Math.floor(rand() * WORDS.length)] as string);
        const pairs = phrase.slice(1).map((w, i) => `${phrase[i]} ${w}`);
        const want = [...runs].filter(([, run]) => pairs.every((p) => run.some((w, i) => i > 0 && `${run[i - 1]} ${w}` === p))).map(([s]) => s);
        mark.fill(0);
        const got = Array.from(index.intersect(index.bucketsOf(phrase), mark));
        expect(got).toEqual([...got].sort((a, b) => a - b));
        expect(got).toEqual(expect.arrayContaining(want));
        if (bits === 17) expect(got).toEqual(want);
        // A two-word phrase reported exact is answered without reading any text: it must be the true set.
        if (index.isExact(phrase)) {
          expect(phrase.length).toBe(2);
          expect(got).toEqual(want);
          exact++;
        }
      }
    }
    expect(exact).toBeGreaterThan(20);
  });

  it('keeps word order: a b is not b a', () => {
    const index = new PairIndex();
    index.addRun(5, ['load', 'balancer']);
    expect(Array.from(index.intersect(index.bucketsOf(['load', 'balancer']), new Uint32Array(8)))).toEqual([5]);
    expect(Array.from(index.intersect(index.bucketsOf(['balancer', 'load']), new Uint32Array(8)))).toEqual([]);
  });
});
