import { isCommonWord } from './common-words';
import { englishRole, isEnglishWord } from './english-lexicon';
import { plain } from './fold';
import { FOLDED_GENERIC, isStopword } from './folded-lists';
import { foldName } from './memo';
import { insideTitle, type Line, sentenceOf, type TitleSpans } from './prose-lines';
import type { NoteWords, WordInfo } from './prose-words';
import { isSpanishWord } from './spanish-lexicon';
import type { ConceptCandidate } from './types';

/**
 * English terms inside Spanish prose: a Spanish sentence names a thing in English where the student
 * learned it in English (`cada subnet`, `los buckets`, `una NAT instance es …`, `Provisioned concurrency lo
 * evita`). A word the English dictionary knows and the Spanish one does not is such a term when Spanish
 * syntax holds it as a noun: after a Spanish article, determiner or preposition, or opening a sentence that
 * Spanish goes on with. One English word alone must be used so at least three times and not be an everyday word;
 * two or three in a row are a compound (`route table`, `provisioned concurrency`). English notes have
 * nothing to gain here: every word of theirs is English.
 */

/** Spanish words that open a noun phrase: what follows them is a noun, whatever its language. */
const NOUN_OPENERS = new Set(['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'del', 'al', 'de', 'en', 'con', 'por', 'para', 'sin', 'cada', 'su', 'sus', 'mi', 'mis', 'tu', 'tus', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'esos', 'esas', 'otro', 'otra', 'otros', 'otras', 'mismo', 'misma', 'entre', 'sobre', 'hacia', 'desde', 'hasta', 'varios', 'varias', 'algun', 'alguna', 'ningun', 'ninguna']);
/** Spanish words that go on a sentence after its subject: clitics, the copula, negation. */
const SUBJECT_FOLLOWERS = new Set(['lo', 'la', 'los', 'las', 'le', 'les', 'se', 'es', 'son', 'no', 'nos', 'te', 'me', 'esta', 'estan', 'era', 'fue', 'sirve', 'sirven', 'permite', 'permiten']);
const MAX_RUN = 3;
const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;
/** Uses a lone English word needs in a note's Spanish prose: a word said in passing (`el rack`, `del host`) is not yet its term. */
const SINGLE_USES = 3;
/** Not a loan word. */
const NO = 0;
/** An English noun (or a word the lexicon has no part of speech for). */
const NOUN = 1;
/** An English adjective or participle: it opens a compound (`provisioned concurrency`), never ends one. */
const MODIFIER = 2;

function loanOf(w: WordInfo): number {
  if (w.loan >= 0) return w.loan;
  const raw = w.raw;
  let loan = NO;
  // Lower case, or capitalised by its place (`Provisioned`); not a name in capitals (`NAT`), which the
  // readers of names have.
  if (raw.length >= 3 && /^[A-Za-z][a-z]+$/.test(raw)) {
    const lower = raw.toLowerCase();
    if (!isStopword(lower) && isEnglishWord(lower) && !isSpanishWord(lower) && !/(?:ly|ing)$/.test(lower)) {
      const role = englishRole(lower);
      loan = role === 'noun' || role === 'unknown' ? NOUN : role === 'modifier' ? MODIFIER : NO;
    }
  }
  w.loan = loan;
  return loan;
}

const endsSentence = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 58;

export function loanTerms(lines: readonly Line[], tokens: NoteWords, noteId: string, known: ReadonlySet<string>, spans: TitleSpans = new Map()): ConceptCandidate[] {
  const { lineFrom, start: starts, end: ends, word: ws } = tokens;
  const found = new Map<string, { n: number; words: number; l: Line; start: number; end: number }>();
  /** Tokens a and b (a < b) stand one space apart. */
  const spaced = (text: string, a: number, b: number): boolean => starts[b] === (ends[a] as number) + 1 && text.charCodeAt(ends[a] as number) === 32;
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li] as Line;
    const text = l.text;
    const from = lineFrom[li] as number;
    const to = lineFrom[li + 1] as number;
    for (let i = from; i < to; i++) {
      if (loanOf(ws[i] as WordInfo) === NO) continue;
      let j = i;
      while (j + 1 < to && j - i + 1 < MAX_RUN && spaced(text, j, j + 1) && loanOf(ws[j + 1] as WordInfo) !== NO) j++;
      const next = j + 1;
      let hi = j;
      while (hi >= i && loanOf(ws[hi] as WordInfo) === MODIFIER) hi--;
      const lo = i;
      i = j;
      // A longer English run is an English clause, not a term in a Spanish one.
      if (hi < lo || (next < to && spaced(text, j, next) && loanOf(ws[next] as WordInfo) !== NO)) continue;
      // A capital inside the run belongs to a name the readers of names have (`NAT instance` is theirs).
      let capital = false;
      for (let k = lo + 1; k <= hi; k++) capital ||= /^\p{Lu}/u.test((ws[k] as WordInfo).raw);
      if (capital) continue;
      let first = lo;
      // `una NAT instance`: an acronym before the English noun is part of its name.
      // A Spanish word in capitals is stress, not an acronym (`en UNA availability zone`).
      if (lo - 1 > from && spaced(text, lo - 1, lo) && ACRONYM.test((ws[lo - 1] as WordInfo).raw) && spaced(text, lo - 2, lo - 1) &&
        !isStopword((ws[lo - 1] as WordInfo).raw) && !((ws[lo - 1] as WordInfo).raw.length >= 4 && isSpanishWord((ws[lo - 1] as WordInfo).raw.toLowerCase())) &&
        NOUN_OPENERS.has(plain((ws[lo - 2] as WordInfo).raw))) first = lo - 1;
      const prev = first > from && spaced(text, first - 1, first) ? plain((ws[first - 1] as WordInfo).raw) : null;
      let nominal = prev !== null && NOUN_OPENERS.has(prev);
      if (!nominal && hi > lo) {
        // Opening a sentence that Spanish goes on with (`Provisioned concurrency lo evita`).
        let k = (starts[lo] as number) - 1;
        while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 42 || text.charCodeAt(k) === 95)) k--;
        const opens = k < 0 || endsSentence(text.charCodeAt(k));
        const after = hi + 1 < to && spaced(text, hi, hi + 1) ? plain((ws[hi + 1] as WordInfo).raw) : '';
        nominal = opens && (SUBJECT_FOLLOWERS.has(after) || (after.length > 2 && isSpanishWord(after) && !isEnglishWord(after)));
      } else if (nominal && lo === hi && /^\p{Lu}/u.test((ws[lo] as WordInfo).raw)) nominal = false;
      if (!nominal) continue;
      const s = starts[first] as number;
      const e = ends[hi] as number;
      if (spans.size && insideTitle(spans, l.line, s, e)) continue;
      const key = foldName(text.slice(s, e));
      const c = found.get(key);
      if (c) c.n++;
      else found.set(key, { n: 1, words: hi - first + 1, l, start: s, end: e });
    }
  }
  const out: ConceptCandidate[] = [];
  for (const [key, c] of found) {
    if (known.has(key) || FOLDED_GENERIC.has(key)) continue;
    if (c.words === 1 && (c.n < SINGLE_USES || isCommonWord(key))) continue;
    const l = c.l;
    out.push({ names: [l.text.slice(c.start, c.end)], source: 'term', occurrence: { noteId, line: l.line, sentence: sentenceOf(l.text, c.start, c.end), section: l.section } });
  }
  return out;
}
