import { plain } from './fold';
import type { NamePair } from './name-pairs';

/**
 * `publicación/suscripción (pub/sub)`, `entrada/salida (E/S)`, `input/output (I/O)`: two words joined by a
 * slash and, in the parenthesis after them, their short form, each part an initial or the first letters of
 * the word it stands for.
 */
const SLASHED = /([\p{L}]{3,})\/([\p{L}]{3,})\s*\(([\p{L}]{1,4})\/([\p{L}]{1,4})\)/gu;

const shortens = (short: string, word: string): boolean => {
  const s = plain(short);
  const w = plain(word);
  return s.length === 1 ? w[0] === s : s.length < w.length && w.startsWith(s.slice(0, 2));
};

export function slashedClips(line: string, offset: number, out: NamePair[]): void {
  SLASHED.lastIndex = 0;
  for (let m = SLASHED.exec(line); m; m = SLASHED.exec(line)) {
    const [, a, b, c, d] = m as unknown as [string, string, string, string, string];
    if (shortens(c, a) && shortens(d, b)) out.push({ names: [`${a}/${b}`, `${c}/${d}`], at: offset + m.index });
  }
}
