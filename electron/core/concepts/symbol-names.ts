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

/**
 * A capital, or any letter with a star, a prime, a half, a sub- or superscript (`t½`, `H₁`, `Hₐ`, `R²`, `χ²`):
 * not `(a)`, an item's letter.
 */
const SYMBOL = String.raw`\p{Lu}|\p{Script=Greek}|\p{L}[*′'½⁺⁻]|\p{L}[₀-₉ₐ-ₜ]{1,2}|\p{L}[²³¹⁰-⁹]{1,2}`;
/** A chemical formula with a subscript count (`CaCO₃`, `SOCl₂`, `H₂O`): elements, one at least counted. */
const FORMULA = String.raw`(?:\p{Lu}\p{Ll}?[₀-₉]{0,2}){1,6}`;
/** One symbol, or two a note gives the same term (`(Hₐ or H₁)`, `(H₁, Hₐ)`), or a formula. */
const SYMBOL_PAREN = new RegExp(String.raw`\s\((?:\*\*|__)?(${SYMBOL}|${FORMULA})(?:(?:,\s*|\s+(?:or|o|/)\s+)(${SYMBOL}))?(?:\*\*|__)?\)`, 'gu');
const SUBSCRIPT_DIGIT = /[₀-₉]/u;
const ONE_SYMBOL = new RegExp(`^(?:${SYMBOL})$`, 'u');

/** Whether `symbol` is the initial of a word of `name`, a hyphenated word's parts each (`market-clearing price` P). */
function initialOf(symbol: string, name: string): boolean {
  const letter = plain(symbol.charAt(0));
  return contentWords(name).some((w) => w.split('-').some((p) => plain(p.charAt(0)) === letter));
}

export function symbolNames(line: string, lead: number, offset: number, out: NamePair[]): void {
  SYMBOL_PAREN.lastIndex = 0;
  for (let m = SYMBOL_PAREN.exec(line); m; m = SYMBOL_PAREN.exec(line)) {
    const symbol = m[1] as string;
    const second = m[2];
    // `diatomic gas (N₂, O₂)`: two symbols of other letters list examples; one letter's variants (`Hₐ or H₁`)
    // name one thing twice.
    if (second && plain(second.charAt(0)) !== plain(symbol.charAt(0))) continue;
    // Capitals without a count are an acronym's (paren-glosses.ts reads those), not a formula.
    const formula = SUBSCRIPT_DIGIT.test(symbol) && !ONE_SYMBOL.test(symbol);
    if (!formula && !ONE_SYMBOL.test(symbol)) continue;
    const x = termBefore(line, lead, m.index, false);
    if (!x || x.name.split(' ').length > 4 || !/\p{Ll}{2}/u.test(x.name)) continue;
    // Unmarked, in the middle of a sentence, the symbol must be some word's initial (`supply curve (S)`):
    // `the result (R)` may label anything. A formula names one substance wherever it stands.
    if (!x.marked && !formula && !initialOf(symbol, x.name)) continue;
    out.push({ names: [x.name, symbol], at: offset + m.index + 1 });
    if (second && (x.marked || initialOf(second, x.name))) out.push({ names: [x.name, second], at: offset + m.index + 1 });
  }
}
