import { isCommonWord } from './common-words';
import { englishRole } from './english-lexicon';
import { spanishVerb } from './clause-words';
import { plain } from './fold';
import { FOLDED_GENERIC, FOLDED_JOINERS, isStopword } from './folded-lists';
import { GENERIC_NOUNS, participle } from './glosses';
import { CONJUNCTIONS, LABELS, VALUES, adverb, boldTerm, isLabel } from './head-terms';
import { lineHead } from './line-head';
import { foldName } from './memo';
import type { Line } from './prose-lines';
import { isSpanishWord, mayBeSpanishNoun } from './spanish-lexicon';

/** `- **Rol**: identidad con …`: a line (a list item, its marker gone) of a bold head and what it says. */
export const BOLD_ITEM = /^\s*(?:(?:[-*+•]|\d{1,2}[.)])\s+)?(\*\*|__|==|\^\^)[^*_=^\n]{1,60}?\1(?:\s*\([^()\n]{1,60}\))?\s*(?:->|→|=>|=|-|–|—|:)\s*\S/;
/**
 * A participle (see glosses' participle) that a verb makes: `Relacionado` (relacionar), `Recommended`; not a
 * noun that only ends like one (`bactericida`, `insecticida`: no `bactericir`).
 */
function verbParticiple(word: string): boolean {
  if (!participle(word)) return false;
  const lower = plain(word);
  const m = /^(\p{L}+?)(a|i)d[oa]s?$/u.exec(lower);
  if (!m) return true;
  const stem = m[1] as string;
  return m[2] === 'a' ? isSpanishWord(`${stem}ar`) : isSpanishWord(`${stem}er`) || isSpanishWord(`${stem}ir`);
}

/** Spanish definite articles, written in lower case after a head's separator. */
const DEFINITE = new Set(['el', 'la', 'los', 'las']);
/** Indefinite articles: `una persona o aplicación` says what kind of thing the head is. */
const INDEFINITE = new Set(['un', 'una', 'a', 'an']);

/**
 * `- **Usuario**: una persona o aplicación …` among `- **Grupo**: conjunto de usuarios …`: an everyday word a
 * student sets in bold at the head of a list item, in a list of such items, and defines by its genus (a noun
 * phrase: an indefinite article or a noun, not a verb, not `the details of …` naming the head again) is a term
 * of that note, however common the word (readTerm drops a lone everyday word as a label otherwise).
 */
export function definedWord(raw: string, rest: string, lines: readonly Line[], li: number, means = false): boolean {
  const word = raw.replace(/[*_`:\s]+$/, '').trim();
  if (!/^\p{L}[\p{L}-]+$/u.test(word) || boldTerm(`${word} x`) === null) return false;
  const f = plain(word);
  if (isStopword(f) || LABELS.has(f) || VALUES.has(f) || GENERIC_NOUNS.has(f) || verbParticiple(word) || adverb(f)) return false;
  const lower = word.toLowerCase();
  if (spanishVerb(lower) || englishRole(lower) === 'base-verb' || englishRole(lower) === 'verb' || englishRole(lower) === 'modifier') return false;
  // `**Demand** refers to the quantity …`: a verb of meaning says the word is being defined, alone or in a list.
  if (means) return true;
  const [, said = '', next = '', after = ''] = /^(\p{L}+)(?![\p{N}_-])(?:\s+(\p{L}+))?(?:\s+(\p{L}+))?/u.exec(rest) ?? [];
  // `**Biotopo**: el medio físico …`: a Spanish definite article before the genus says which kind of thing the
  // term is, as a bare noun does (`el conjunto de …`, `la cantidad de …`).
  const article = DEFINITE.has(said) && /^\p{Ll}/u.test(next);
  const first = article ? next : said;
  const second = article ? after : next;
  const firstLower = first.toLowerCase();
  const key = foldName(word);
  // One bold everyday word alone may stress it; two or more in a row define a set of terms. A word beyond the
  // everyday one (`**Monopoly** — a single seller …`) given its genus is defined alone as well.
  const sibling = (k: number): boolean => k >= 0 && k < lines.length && BOLD_ITEM.test((lines[k] as Line).text);
  const genus = INDEFINITE.has(plain(firstLower));
  if (!sibling(li - 1) && !sibling(li + 1) && !(genus && !isCommonWord(key))) return false;
  // `**Name**: A name for the new AMI`: a field named again by its own word is a form's field, not a genus.
  if (genus) return foldName(second) !== key;
  if (!/^\p{Ll}/u.test(first) || isStopword(firstLower) || foldName(first) === key) return false;
  // `familia y tamaño`: two bare nouns list what the head covers (a facet of something), not what it is.
  if (CONJUNCTIONS.has(second.toLowerCase())) return false;
  const role = englishRole(firstLower);
  return !spanishVerb(firstLower) && role !== 'base-verb' && role !== 'verb' && role !== 'modifier' && !adverb(firstLower);
}

/**
 * `bactericida → mata la bacteria ; bacteriostático → inhibe …`, `agonista = se une … / antagonista = …`: a
 * line that sets a second head against the first, each with what it does, contrasts two terms; a lone
 * lower-case word there is one of them (see definedWord), not a weak head.
 */
export const OPPOSED = /(?:;|\s\/)\s*\p{Ll}[\p{L}-]*\s*(?:->|→|=>|=|:)\s/u;

/**
 * `**Reforma agraria**` over `**Reforma militar**`, `**Reforma religiosa**`: bold heads of neighbouring items
 * that share their first word and differ after it name kinds of one thing, and the shared word is their noun
 * even where the dictionary reads only a verb's form (`reforma`, `pago`). Two to four words, none a function word.
 */
export function kindAmongKinds(name: string, lines: readonly Line[], li: number): boolean {
  const ws = name.split(/\s+/);
  if (ws.length < 2 || ws.length > 4 || ws.some((w) => !/^\p{L}[\p{L}-]*$/u.test(w) || (isStopword(w) && !FOLDED_JOINERS.has(plain(w))))) return false;
  if (FOLDED_JOINERS.has(plain(ws[ws.length - 1] as string)) || FOLDED_GENERIC.has(foldName(name)) || isLabel(name)) return false;
  const first = plain(ws[0] as string);
  const kin = (k: number): boolean => {
    const line = lines[k];
    if (!line || !BOLD_ITEM.test(line.text)) return false;
    const other = lineHead(line.text)?.name ?? '';
    return other !== name && other.includes(' ') && plain(other.slice(0, other.indexOf(' '))) === first;
  };
  return kin(li - 1) || kin(li + 1);
}

/**
 * `learning = a relatively permanent change in behavior …`, `memory = persistence of learning over time …`:
 * a lone lower-case word set equal to a noun phrase, an article or a noun first, is defined there, however
 * everyday the word (readTerm leaves out a lone lower-case head otherwise). Not `parent = negative
 * reinforcement` (an adjective first: a value given, an example's answer) nor `negative = taking away`.
 */
export function equatedWord(raw: string, rest: string): boolean {
  const word = raw.trim();
  if (!/^\p{Ll}[\p{Ll}-]+$/u.test(word) || word.length < 4) return false;
  const f = plain(word);
  if (isStopword(f) || LABELS.has(f) || VALUES.has(f) || GENERIC_NOUNS.has(f) || adverb(f) || spanishVerb(word)) return false;
  const role = englishRole(word);
  if (role === 'base-verb' || role === 'verb' || role === 'modifier') return false;
  const [, first = '', second = ''] = /^(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(rest) ?? [];
  if (INDEFINITE.has(first)) return second !== '' && foldName(second) !== foldName(word);
  if (first.length < 4 || isStopword(first) || foldName(first) === foldName(word)) return false;
  const firstRole = englishRole(first);
  if (firstRole === 'noun') return !first.endsWith('ing');
  return firstRole === 'unknown' && !spanishVerb(first) && mayBeSpanishNoun(first);
}
