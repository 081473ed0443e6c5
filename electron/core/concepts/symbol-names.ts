/**
 * A symbol in parentheses after the term it stands for: `demand curve (D)`, `the market-clearing price (P*)`,
 * `- vida media (t½): …`, `**Tonica (T)**: …`. A letter names a different thing in every subject, so the
 * dictionary keeps such a name as the concept's alias only (see make-concept.ts): it never joins two
 * concepts and is never looked for in prose.
 */
import type { NamePair } from './name-pairs';
import { plain } from './fold';
import { contentWords } from './name-shapes';
import { termBefore } from './term-before';

/** A capital, or any letter with a star, a prime, a half or a subscript: not `(a)`, an item's letter. */
const SYMBOL_PAREN = /\s\((?:\*\*|__)?(\p{Lu}|\p{Script=Greek}|\p{L}[*′'½⁺⁻]|\p{L}[₀-₉]{1,2})(?:\*\*|__)?\)/gu;

/** Whether `symbol` is the initial of a word of `name`, a hyphenated word's parts each (`market-clearing price` P). */
function initialOf(symbol: string, name: string): boolean {
  const letter = plain(symbol.charAt(0));
  return contentWords(name).some((w) => w.split('-').some((p) => plain(p.charAt(0)) === letter));
}

export function symbolNames(line: string, lead: number, offset: number, out: NamePair[]): void {
  SYMBOL_PAREN.lastIndex = 0;
  for (let m = SYMBOL_PAREN.exec(line); m; m = SYMBOL_PAREN.exec(line)) {
    const symbol = m[1] as string;
    const x = termBefore(line, lead, m.index, false);
    if (!x || x.name.split(' ').length > 4 || !/\p{Ll}{2}/u.test(x.name)) continue;
    // Unmarked, in the middle of a sentence, the symbol must be some word's initial (`supply curve (S)`):
    // `the result (R)` may label anything.
    if (!x.marked && !initialOf(symbol, x.name)) continue;
    out.push({ names: [x.name, symbol], at: offset + m.index + 1 });
  }
}
