/**
 * Community colours by graph shape: Louvain took 0.2–0.3 s of the first render at 10k nodes, and the same
 * nodes and edges always give the same palette, so it is computed once per shape (by the layout worker
 * where a layout runs) and kept in memory and, per vault, in localStorage for the next start.
 */
import { communityPalette, type CommunityEdge } from './communities';

/** FNV-1a over node ids in order and each edge's ends and weight: two 32-bit halves, plus the counts. */
export function shapeKey(ids: readonly string[], edges: readonly CommunityEdge[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const add = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      a = Math.imul(a ^ ch, 0x01000193);
      b = Math.imul(b ^ ch, 0x5bd1e995) ^ (b >>> 13);
    }
    // A separator, so "ab","c" and "a","bc" differ.
    a = Math.imul(a ^ 0xff, 0x01000193);
    b = Math.imul(b ^ 0xff, 0x5bd1e995) ^ (b >>> 13);
  };
  for (const id of ids) add(id);
  for (const e of edges) {
    add(e.source);
    add(e.target);
    add(String(e.weight ?? 1));
  }
  return `${ids.length}:${edges.length}:${(a >>> 0).toString(16)}${(b >>> 0).toString(16)}`;
}

/** A few recent shapes: a filter toggled back and forth finds its palette again. */
export class PaletteCache {
  private readonly entries = new Map<string, Int32Array>();

  constructor(private readonly max = 4) {}

  get(key: string): Int32Array | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, palette: Int32Array): void {
    this.entries.delete(key);
    this.entries.set(key, palette);
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }
}

const memory = new PaletteCache();
const storageKey = (vault: string): string => `cairn:palette:${vault}`;

function fromStorage(vault: string, key: string, count: number): Int32Array | undefined {
  if (!vault || typeof localStorage === 'undefined') return undefined;
  try {
    const saved = JSON.parse(localStorage.getItem(storageKey(vault)) ?? 'null') as { key: string; slots: number[] } | null;
    return saved?.key === key && saved.slots.length === count ? Int32Array.from(saved.slots) : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a palette computed elsewhere (the layout worker) for the shape it was computed on. */
export function rememberPalette(vault: string, key: string, palette: Int32Array): void {
  memory.set(key, palette);
  if (!vault || typeof localStorage === 'undefined') return;
  try {
    localStorage.setItem(storageKey(vault), JSON.stringify({ key, slots: [...palette] }));
  } catch {
    // Storage full or unavailable: the next start computes the colours again.
  }
}

/** The palette for this shape: from memory, from the vault's storage, or computed here (and kept). */
export function paletteFor(vault: string, ids: readonly string[], edges: readonly CommunityEdge[]): Int32Array {
  const key = shapeKey(ids, edges);
  const known = memory.get(key) ?? fromStorage(vault, key, ids.length);
  if (known) {
    memory.set(key, known);
    return known;
  }
  const palette = communityPalette(ids, edges);
  rememberPalette(vault, key, palette);
  return palette;
}
