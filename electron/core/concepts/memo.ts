import { foldTerm } from './fold';

/**
 * A pure function of one string, remembered per process (per thread) for the strings a vault repeats: the
 * same headings, subjects and names come back in note after note, and working each out again was most of
 * their cost. Bounded: emptied when full.
 */
export function memoised<T>(fn: (s: string) => T, max = 20_000): (s: string) => T {
  const seen = new Map<string, T>();
  return (s: string): T => {
    const known = seen.get(s);
    if (known !== undefined || seen.has(s)) return known as T;
    if (seen.size >= max) seen.clear();
    const value = fn(s);
    seen.set(s, value);
    return value;
  };
}

/** foldTerm of one name (without the vault's acronyms), remembered: extraction folds the same names again and again. */
export const foldName = memoised((s: string) => foldTerm(s), 50_000);
