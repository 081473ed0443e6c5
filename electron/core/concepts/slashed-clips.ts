import { plain } from './fold';
import type { NamePair } from './name-pairs';

/**
 * `publicación/suscripción (pub/sub)`, `entrada/salida (E/S)`, `input/output (I/O)`: two words joined by a
 * slash and, in the parenthesis after them, their short form, each part an initial or the first letters of
 * the word it stands for.
 */
/** The short forms' parenthesis, found first: a line's other slashes (paths, URLs) are many and cost a scan each. */
const SHORT = /\(([\p{L}]{1,4})\/([\p{L}]{1,4})\)/gu;
/** The two words right before it. */
const WORDS = /([\p{L}]{3,})\/([\p{L}]{3,})\s*$/u;

const shortens = (short: string, word: string): boolean => {
  const s = plain(short);
  const w = plain(word);
  return s.length === 1 ? w[0] === s : s.length < w.length && w.startsWith(s.slice(0, 2));
};

export function slashedClips(line: string, offset: number, out: NamePair[]): void {
  SHORT.lastIndex = 0;
  for (let m = SHORT.exec(line); m; m = SHORT.exec(line)) {
    const words = WORDS.exec(line.slice(Math.max(0, m.index - 60), m.index));
    if (!words) continue;
    const [a, b, c, d] = [words[1], words[2], m[1], m[2]] as [string, string, string, string];
    if (shortens(c, a) && shortens(d, b)) out.push({ names: [`${a}/${b}`, `${c}/${d}`], at: offset + m.index });
  }
}
