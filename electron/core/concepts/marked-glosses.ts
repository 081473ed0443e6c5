import { englishRole, isEnglishWord } from './english-lexicon';
import { plain } from './fold';
import { isStopword } from './folded-lists';
import type { NamePair } from './name-pairs';

/**
 * A term the person marked (bold, highlighted, linked) and, in the parenthesis right after it, its other name:
 * - in English prose, a noun phrase in everyday English words after a marked phrase or a link
 *   (`==movement along the curve== (change in quantity demanded)`, `[[adiabatic index]] $\gamma = C_P / C_V$ (heat capacity ratio)`); an aside that
 *   opens with a verb, a preposition or an example (`**Messaging** (for decoupling the services)`) is none;
 * - in any language, its clipped form (`[[calorie]] (cal)`, `**información** (info)`).
 * Unmarked, a parenthesis after English words is as often an example (`legal max price (rent control)`).
 */
const MARKED = /(?:(\*\*|__|==)([^*_=\n]{2,50})\1|\[\[([^\]|#\n]{2,50})(?:\|([^\]\n]{2,50}))?\]\])(?:\s*\$[^$\n]{1,60}\$)?\s*$/u;
const PAREN = /\(([^()\n]{2,60})\)/g;
const PHRASE = /^\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){1,4}$/u;
const CLIPPED = /^\p{Ll}{2,5}\.?$/u;

function englishPhrase(y: string): boolean {
  if (!PHRASE.test(y)) return false;
  const words = y.split(/\s+/);
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  if (isStopword(first) || isStopword(last) || !['noun', 'modifier'].includes(englishRole(first))) return false;
  return words.every((w) => isStopword(w) || w.split('-').every((p) => isEnglishWord(p)));
}

/** `cal` of `calorie`: the first letters of a single word, at least three left out. */
function clippedOf(short: string, word: string): boolean {
  const s = plain(short.replace(/\.$/, ''));
  const w = plain(word);
  return !w.includes(' ') && w.length >= s.length + 3 && w.startsWith(s);
}

export function markedGlosses(line: string, offset: number, out: NamePair[], spanish: () => boolean): void {
  PAREN.lastIndex = 0;
  for (let m = PAREN.exec(line); m; m = PAREN.exec(line)) {
    const marked = MARKED.exec(line.slice(Math.max(0, m.index - 140), m.index));
    if (!marked) continue;
    const x = (marked[2] ?? marked[4] ?? marked[3] ?? '').trim();
    const y = (m[1] as string).trim();
    if (!x || plain(x) === plain(y)) continue;
    // A phrase glosses a marked phrase or a linked page; a bold word alone is as often a button's label (`**Launch**
    // (old console)`).
    const phrase = (x.includes(' ') || marked[3] !== undefined) && !spanish() && englishPhrase(y);
    if (CLIPPED.test(y) ? clippedOf(y, x) : phrase) out.push({ names: [x, y.replace(/\.$/, '')], at: offset + m.index });
  }
}
