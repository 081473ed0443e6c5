/**
 * Ranking constants and the body term-frequency encoding. FlexSearch returns ids without scores, but a
 * field's posting list is split into `resolution` slots and `search(..., { resolve: false })` hands the
 * slots back. Bodies are indexed with a custom `score` that puts each section in the slot of its BM25
 * term-frequency saturation, so the slot a hit comes from *is* its TF score.
 */

export const BODY_RESOLUTION = 9;
const K1 = 1.2;
const B = 0.5;
/** Typical section length in words; a constant so the slot of a section never depends on the others. */
const AVG_SECTION_WORDS = 120;

/** Slot (0 = best) for a term seen `tf` times in a section of `len` words. */
export function bodySlot(tf: number, len: number): number {
  const sat = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * len) / AVG_SECTION_WORDS));
  const bucket = Math.floor((sat / (K1 + 1)) * BODY_RESOLUTION);
  return BODY_RESOLUTION - 1 - Math.min(BODY_RESOLUTION - 1, bucket);
}

/** The TF score a body slot stands for, in (0, K1 + 1). */
export function slotValue(slot: number): number {
  return ((BODY_RESOLUTION - slot - 0.5) / BODY_RESOLUTION) * (K1 + 1);
}

/** Field weights: a title or alias hit outranks a heading hit, which outranks body frequency. */
export const WEIGHT = {
  title: 12,
  aliases: 10,
  h1: 7,
  heading: 5,
  tags: 3,
  concepts: 3,
  path: 3,
  /** Multiplies slotValue (≤ 2.2). */
  body: 1,
} as const;

/** How much a word that is not what was typed counts: completion while typing, one-typo neighbour. */
export const VARIANT = { exact: 1, prefix: 0.6, fuzzy: 0.45 } as const;

/** Prefix hits in a title count less than whole-word hits. */
export const PREFIX_FIELD_FACTOR = 0.75;

export function idf(df: number, n: number): number {
  return Math.log(1 + n / Math.max(1, df));
}

/** Other fields and other sections add a little to the best one: breadth counts, but less than depth. */
export function combine(best: number, rest: number): number {
  return best + 0.3 * rest;
}
