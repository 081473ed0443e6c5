import type { SearchDoc } from './types';

const WORD = /[\p{L}\p{N}]{4,}/gu;
const ANY_WORD = /[\p{L}\p{N}]+/gu;
const SHORT = 3;

/** Notes the warm-up makes its queries from (six or seven each): 0.6–1.4 s of one core at 10k–50k notes. */
export const WARM_UP_NOTES = 24;

/** Up to `n` of `items`, evenly spread over them (the notes a warm-up is made from). */
export function spread<T>(items: readonly T[], n: number): T[] {
  const step = Math.max(1, items.length / n);
  const out: T[] = [];
  for (let i = 0; i < items.length && out.length < n; i += step) out.push(items[Math.floor(i)] as T);
  return out;
}

/**
 * Queries of every kind a person types (a prefix, a word, phrases of long words and one with a short word,
 * an exclusion, an alternative, a tag filter), made from the vault's own notes.
 *
 * Why: V8 runs the search code interpreted until it has seen enough calls. On Node 20 the first 30–70
 * queries of a kind after opening a 10k-note vault took 5–15× their later time (p95 11–15 ms against
 * 1.6–2.4 ms once warm). Running these once the index is ready makes the first real searches as fast as
 * the hundredth.
 */
export function warmUpQueries(docs: readonly SearchDoc[]): string[] {
  const out: string[] = [];
  for (const doc of docs) {
    const text = doc.sections.reduce((best, s) => (s.text.length > best.length ? s.text : best), '');
    const words = text.match(WORD) ?? [];
    if (words.length < 3) continue;
    const at = Math.floor(words.length / 2) - 1;
    const [a, b, c] = words.slice(at, at + 3) as [string, string, string];
    out.push(a.slice(0, 3), a, `"${a} ${b}"`, `"${b} ${c}"`);
    // A phrase with a short word ("S3 con", "and the"): function words take their own path (pairs, text
    // checks), which stayed slow on first use when only long words warmed the phrase code.
    const all = text.match(ANY_WORD) ?? [];
    const mid = Math.max(1, Math.floor(all.length / 2));
    let j = all.findIndex((w, i) => i >= mid && w.length <= SHORT);
    if (j < 0) j = all.findIndex((w, i) => i >= 1 && w.length <= SHORT);
    if (j > 0) out.push(`"${all[j - 1]} ${all[j]}"`);
    out.push(`${a} -${b}`, `${a} OR ${c}`);
    const tag = doc.tags[0];
    if (tag) out.push(`tag:#${tag} ${b}`);
  }
  return out;
}
