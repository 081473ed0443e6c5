import { foldKey } from './fold';

const WORD = /[\p{L}\p{N}]+/gu;
/** The last words read, as a ring: reused, since a phrase check runs for many candidates per query. */
let ring: string[] = [];

/**
 * Whether the folded words of `text` hold `keys` in a row. Reads the text word by word and stops at the
 * first run, without building the text's key list (that list per candidate section was most of a phrase
 * query's time and garbage).
 */
export function containsPhrase(text: string, keys: readonly string[]): boolean {
  const n = keys.length;
  if (n === 0) return true;
  if (ring.length < n) ring = new Array<string>(n).fill('');
  const last = keys[n - 1] as string;
  let seen = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const k = foldKey(m[0]);
    ring[seen % n] = k;
    seen++;
    if (k !== last || seen < n) continue;
    let ok = true;
    for (let j = 0; j < n - 1; j++) {
      if (ring[(seen - n + j) % n] !== keys[j]) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}
