import { isEnglishWord } from './english-lexicon';
import { isStopword } from './folded-lists';
import { foldName } from './memo';
import type { Line, TitleSpans } from './prose-lines';
import type { NoteWords, WordInfo } from './prose-words';
import { isSpanishVerbOnly, isSpanishWord, mayBeSpanishNoun } from './spanish-lexicon';
import { SHORTHAND, STOP_ACRONYMS } from './stoplists';
import type { ConceptCandidate } from './types';
import { firstUse, tallyWords } from './word-tally';

/**
 * Acronyms typed in lower case (`iam`, `vpc`, `rds`, `sg`): notes written fast, during a lecture or a
 * video, drop the capitals. A short lower-case word that neither the English nor the Spanish dictionary
 * knows, nor the shorthand of note-taking (`ej`, `xq`, `avg`), and that the note uses again is the acronym
 * of its subject. It is named in capitals, as the acronym it is, so that it meets the same acronym written
 * in capitals elsewhere in the vault and the words its initials spell.
 */

/**
 * Two to four ASCII lower-case letters: the length of most acronyms (digits make a code name, read elsewhere;
 * a longer word is more often a product written in lower case, `mysql`, `nginx`).
 */
const SHAPE = /^[a-z]{2,4}$/;
/** Uses a three- or four-letter word needs in one note; two letters are more often a clipped word or a code. */
const MIN_USES = 2;
const MIN_USES_TWO_LETTERS = 3;
/** Not judged yet (WordInfo.acronym). */
const UNKNOWN = -1;

/** What the word alone says: 1 when it may be a lower-case acronym, else 0 (cached on the word). */
function acronymOf(w: WordInfo): number {
  if (w.acronym !== UNKNOWN) return w.acronym;
  const raw = w.raw;
  const may = SHAPE.test(raw) && !isStopword(raw) && !STOP_ACRONYMS.has(raw) && !SHORTHAND.has(raw) &&
    !isEnglishWord(raw) && !isSpanishWord(raw) && !isSpanishVerbOnly(raw) && !mayBeSpanishNoun(raw);
  w.acronym = may ? 1 : 0;
  return w.acronym;
}

/**
 * A character before the token that makes it part of something else: a contraction's tail (`we'll`), a
 * LaTeX command (`\cdot`), a path or a URL (`/etc`), a mention or a tag.
 */
const GLUED_BEFORE = new Set([39, 0x2019, 92, 47, 64, 35, 36, 95, 126]);
/** … or after it: a path, a scheme (`https://`), an assignment in code (`x=`), an apostrophe (`doesn't`). */
const GLUED_AFTER = new Set([47, 39, 0x2019, 95, 64]);

/** Share of lines a note opens in lower case for it to count as typed without capitals. */
const CASUAL_SHARE = 0.5;

/**
 * Whether the note is typed without capitals: most of its lines open with a lower-case letter. Where a
 * note capitalises its sentences, it capitalises its acronyms too, and its lower-case words no dictionary
 * knows are commands and identifiers (`wget`, `fstab`, `xvda`), not acronyms.
 */
function typedLowercase(lines: readonly Line[]): boolean {
  let lower = 0;
  let upper = 0;
  for (const l of lines) {
    const text = l.text;
    for (let i = 0; i < text.length && i < 16; i++) {
      const c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) lower++;
      else if (c >= 65 && c <= 90) upper++;
      else if (c < 128 && c !== 32 && c !== 42 && c !== 95 && c !== 96 && c !== 91 && c !== 40 && c !== 34 && c !== 39) break;
      else continue;
      break;
    }
  }
  return lower > 0 && lower >= CASUAL_SHARE * (lower + upper);
}

export function lowerAcronyms(lines: readonly Line[], tokens: NoteWords, noteId: string, known: ReadonlySet<string>, spans: TitleSpans = new Map()): ConceptCandidate[] {
  if (!typedLowercase(lines)) return [];
  const found = tallyWords(
    lines,
    tokens,
    spans,
    (w) => acronymOf(w) === 1,
    // `https://…`: a scheme, not a word of the sentence.
    (text, s, e) => GLUED_BEFORE.has(text.charCodeAt(s - 1)) || GLUED_AFTER.has(text.charCodeAt(e)) || (text.charCodeAt(e) === 58 && text.charCodeAt(e + 1) === 47),
    (w) => w.raw,
  );
  if (!found) return [];
  const out: ConceptCandidate[] = [];
  for (const [raw, c] of found) {
    // `vpcs`: the plural of an acronym the note also writes bare counts for it.
    const plural = raw.length > 2 && raw.endsWith('s') ? found.get(raw.slice(0, -1)) : undefined;
    if (plural) {
      plural.n += c.n;
      continue;
    }
  }
  for (const [raw, c] of found) {
    if (raw.length > 2 && raw.endsWith('s') && found.has(raw.slice(0, -1))) continue;
    if (c.n < (raw.length === 2 ? MIN_USES_TWO_LETTERS : MIN_USES)) continue;
    const name = raw.toUpperCase();
    if (known.has(foldName(name))) continue;
    out.push({ names: [raw, name], source: 'term', occurrence: firstUse(c, noteId) });
  }
  return out;
}
