/**
 * `partial (intermittent) reinforcement`, `identical (homogenous) product`: an English modifier with its other
 * word in parentheses before their noun names one thing twice, `partial reinforcement` and `intermittent
 * reinforcement`.
 */
import type { NamePair } from './name-pairs';
import { englishRole } from './english-lexicon';
import { FOLDED_DESCRIPTIVE, isStopword } from './folded-lists';
import { isCommonWord } from './common-words';

const ALTERNATIVE = /(?:^|[\s*_])(\p{Ll}[\p{Ll}-]{2,}) \((\p{Ll}[\p{Ll}-]{2,})\) (\p{Ll}[\p{Ll}-]{2,})(?=$|[\s,.;:*_])/gu;

/** An adjective: the lexicon's, or a word with an adjective's ending (`partial`, `intermittent`, `homogenous`). */
const ADJECTIVE_END = /(?:al|ive|ous|ic|ent|ant|ary|ory|able|ible|ar)$/u;
const modifier = (w: string): boolean => englishRole(w) === 'modifier' || (englishRole(w) !== 'base-verb' && ADJECTIVE_END.test(w));

export function modifierAlternatives(line: string, offset: number, out: NamePair[], spanish: () => boolean): void {
  ALTERNATIVE.lastIndex = 0;
  for (let m = ALTERNATIVE.exec(line); m; m = ALTERNATIVE.exec(line)) {
    if (spanish()) return;
    const [a, b, noun] = [m[1] as string, m[2] as string, m[3] as string];
    // Both words describe the noun (`partial`, `intermittent`): not a thing and its example (`rat (white) food`).
    if (!modifier(a) || !modifier(b) || isStopword(noun) || isStopword(b)) continue;
    // `same (existing) launch`, `new (replacement) root`, `previous (old) retention`: everyday words that
    // place a thing, not the words a subject names its kinds with.
    if (a.length < 5 || b.length < 5 || FOLDED_DESCRIPTIVE.has(a) || FOLDED_DESCRIPTIVE.has(b) || isCommonWord(a)) continue;
    const role = englishRole(noun);
    if (role !== 'noun' && role !== 'unknown') continue;
    out.push({ names: [`${a} ${noun}`, `${b} ${noun}`], at: offset + m.index });
  }
}
