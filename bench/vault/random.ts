/** Seeded randomness: the same seed must give the same vault on every machine and Node version. */

import { mulberry32 } from '../../electron/core/testing/prng';

export type Rng = () => number;
export { mulberry32 };

/** An independent stream per (seed, index), so one note's text does not depend on how others were drawn. */
export function streamFor(seed: number, index: number, salt = 0): Rng {
  return mulberry32(Math.imul(seed ^ 0x85ebca6b, 0x9e3779b1) ^ Math.imul(index + 1, 0xc2b2ae35) ^ Math.imul(salt + 7, 0x27d4eb2f));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

export function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** Standard normal by Box–Muller. */
export function normal(rng: Rng): number {
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Log-normal with the given median; sigma 1 puts ~0.3% of draws above 16× the median. */
export function logNormal(rng: Rng, median: number, sigma: number): number {
  return median * Math.exp(sigma * normal(rng));
}

/**
 * A rank in [0, n) with P(rank) ∝ 1/(rank+1) (Zipf, s = 1): a few notes get most backlinks, as hub notes do.
 * Inverse CDF of the continuous 1/x law, which is exact enough at these sizes.
 */
export function zipfRank(rng: Rng, n: number): number {
  return Math.min(n - 1, Math.floor(Math.exp(rng() * Math.log(n + 1))) - 1);
}

export function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}
