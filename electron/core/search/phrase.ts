import { foldKey } from './fold';
import { keyStem, NOT_AFTER_WORD, stemSource, WORD_GAP, WORD_REST } from './letter-class';
import { foldedFirst, nextWord } from './word-scan';

/** Start and end of the last words read, as a ring: reused, a phrase check runs for many candidates. */
let ring = new Int32Array(16);
const word = new Int32Array(2);

/** Whether the word at [start, end) of `text` folds to `key`; folds only when the first letter agrees. */
function wordIs(text: string, start: number, end: number, key: string): boolean {
  const f = foldedFirst(text.charCodeAt(start));
  if (f >= 0 && f !== key.charCodeAt(0)) return false;
  return foldKey(text.slice(start, end)) === key;
}

/**
 * Whether the folded words of `text` hold `keys` in a row. Reads the text word by word, folds a word only
 * when its first letter can match, and stops at the first run: building each candidate section's key list
 * was most of a phrase query's time and garbage.
 */
export function containsPhrase(text: string, keys: readonly string[]): boolean {
  const n = keys.length;
  if (n === 0) return true;
  if (ring.length < 2 * n) ring = new Int32Array(4 * n);
  const last = keys[n - 1] as string;
  let seen = 0;
  let at = 0;
  while (nextWord(text, at, word)) {
    const s = word[0] as number;
    const e = word[1] as number;
    at = e;
    const r = 2 * (seen % n);
    ring[r] = s;
    ring[r + 1] = e;
    seen++;
    if (seen < n || !wordIs(text, s, e, last)) continue;
    let ok = true;
    for (let j = n - 2; j >= 0; j--) {
      const q = 2 * ((seen - n + j) % n);
      if (!wordIs(text, ring[q] as number, ring[q + 1] as number, keys[j] as string)) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

const ASCII_KEY = /^[a-z0-9]+$/;

/**
 * A pattern every section holding the phrase matches: consecutive words starting with each key less its
 * last letter (folding trims plural endings, so a written word starts with its key's stem, up to accents
 * and case). The engine scans text far faster than a word-by-word fold, so sections that cannot hold the
 * phrase are dropped before `containsPhrase` reads them. Null when a key is not plain ASCII.
 */
export function phrasePrefilter(keys: readonly string[]): RegExp | null {
  if (keys.length < 2 || !keys.every((k) => ASCII_KEY.test(k))) return null;
  const stems = keys.map((k) => stemSource(keyStem(k)));
  // Letter classes hold every case, so no `i` flag; no `u` either (see WORD_GAP).
  return new RegExp(`${NOT_AFTER_WORD}${stems.join(WORD_REST + WORD_GAP)}`);
}
