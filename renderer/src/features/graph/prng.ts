/**
 * mulberry32, seeded, so the same graph gets the same layout, communities and colours every time. (The core's
 * copy is electron/core/testing/prng.ts; the renderer may not import the core.) A zero seed starts at 1.
 */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
