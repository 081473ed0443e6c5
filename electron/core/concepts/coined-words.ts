import { isEnglishWord } from './english-lexicon';
import { isStopword } from './folded-lists';
import { foldName } from './memo';
import type { Line, TitleSpans } from './prose-lines';
import type { NoteWords, WordInfo } from './prose-words';
import { isSpanishSpelling, isSpanishVerbOnly } from './spanish-lexicon';
import { SHORTHAND } from './stoplists';
import type { ConceptCandidate } from './types';
import { firstUse, tallyWords } from './word-tally';

/**
 * Words of a subject that no general dictionary holds, written in lower case in Spanish prose: the coinages
 * of a field (`sobreajuste`, `hiperparámetro`), and the products and tools a Spanish sentence names in
 * lower case (`kubectl`, `cloudfront`). Neither the Spanish dictionary (prefixes, suffixes and a left-out
 * accent included) nor the English word list knows them, so they are not everyday words of either language;
 * used twice or more, they are what the note is about. A typo is rarely made twice the same way.
 * English prose is left alone: there, a lower-case word no dictionary knows is more often a command or an
 * identifier written in the text (`lsblk`, `fstab`) than a term.
 */

/**
 * Five letters or more, lower case (shorter ones are the acronyms of lower-acronyms.ts), and at most 40: no
 * word of a language is longer, and the dictionaries' prefix and suffix rules would copy a megabyte "word"
 * once per rule (a hostile note's 5 MB run of one letter took the heap).
 */
const SHAPE = /^\p{Ll}{5,40}$/u;
const MIN_USES = 2;
/** Participles and adverbs Spanish makes from any verb or adjective (`desbalanceadas`, `preinstalado`): not names. */
const DERIVED = /(?:ad[oa]s?|id[oa]s?|mente|ando|iendo)$/;
/**
 * Adjectives Spanish makes with a prefix the dictionary does not list (`extracontractual`, `exigibles`,
 * `precontractual`): they say of a noun what kind it is, and the noun phrase, not the adjective, is the term.
 */
const ADJECTIVAL = /(?:[ai]bles?|al(?:es)?|iv[oa]s?)$/;
const UNKNOWN = -1;

function coinedOf(w: WordInfo): number {
  if (w.coined !== UNKNOWN) return w.coined;
  const raw = w.raw;
  const may = SHAPE.test(raw) && !DERIVED.test(raw) && !ADJECTIVAL.test(raw) && !isStopword(raw) && !SHORTHAND.has(raw) &&
    !isEnglishWord(raw) && !isSpanishSpelling(raw) && !isSpanishVerbOnly(raw);
  w.coined = may ? 1 : 0;
  return w.coined;
}

/** A path, a URL, a handle, a LaTeX command or a contraction's tail around the word. */
const GLUED = new Set([39, 0x2019, 92, 47, 64, 35, 36, 95, 126]);

export function coinedWords(lines: readonly Line[], tokens: NoteWords, noteId: string, known: ReadonlySet<string>, spans: TitleSpans = new Map()): ConceptCandidate[] {
  // Singular and plural are one word (`hiperparámetro`, `hiperparámetros`).
  const found = tallyWords(lines, tokens, spans, (w) => coinedOf(w) === 1, (text, s, e) => GLUED.has(text.charCodeAt(s - 1)) || GLUED.has(text.charCodeAt(e)), (w) => w.folded);
  if (!found) return [];
  const out: ConceptCandidate[] = [];
  for (const c of found.values()) {
    if (c.n < MIN_USES || known.has(foldName(c.raw))) continue;
    out.push({ names: [c.raw], source: 'term', occurrence: firstUse(c, noteId) });
  }
  return out;
}
