import { clauseWord } from './clause-words';
import { foldTerm, foldWord, plain, singular } from './fold';
import { FOLDED_DESCRIPTIVE, FOLDED_JOINERS, FOLDED_STOPWORDS } from './folded-lists';
import { isWordBefore } from './scan';

/**
 * The words of a prose line, read once and shared by the readers of names and of repeated phrases (each
 * ran its own pattern over every line, and judged the same words again). A word is judged once per process.
 */

/**
 * A token for names: words joined by inner hyphens or dots stay one (`X-Forwarded-For`, `t2.micro`).
 * Decimal digits only: a footnote's superscript (`MD5¹`) is a mark, not part of the word.
 */
const NAME_TOKEN = /[\p{L}\p{Nd}]+(?:[-.\u2010\u2011][\p{L}\p{Nd}]+)*/gu;
/**
 * A token that may open or continue a name starts with a capital or holds a digit in its first part
 * (`EC2`, `t2.micro`). Read from the name token as a whole: the same tokens as the pattern
 * `(?<![\p{L}\p{N}])(?:\p{Lu}|[\p{L}\p{Nd}]*\p{Nd})[\p{L}\p{Nd}]*(?:[-.‐‑][\p{L}\p{Nd}]+)*` gave, since a
 * match of it inside a name token (`IA` of `Standard-IA`) was dropped as a longer token's tail.
 */
const CAP_START = /^(?:\p{Lu}|[\p{L}\p{Nd}]*\p{Nd})/u;
/** The joiners of a longer token: a capitalised token right after one and a word is that token's tail. */
const GLUE = /[-.\u2010\u2011]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** ASCII fast paths: most words of a vault are plain ASCII, and these run once per distinct word. */
export const isAsciiLower = (w: string): boolean => {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
};
/** The folded key of one word (case, accents, plural), as foldTerm gives it. */
export const foldOne = (w: string): string => (isAsciiLower(w) ? singular(w) : /[-.\u2010\u2011]/.test(w) ? foldTerm(w) : foldWord(w));

const ARTICLES = new Set(['la', 'las', 'los', 'el', 'the']);

export interface WordInfo {
  raw: string;
  id: number;
  folded: string;
  /** 0: a content word; 1: a joiner (`de`, `of`); 2: an article (joins only after a joiner); 3: neither. */
  kind: 0 | 1 | 2 | 3;
  descriptive: boolean;
  /** May open or continue a capitalised name (see CAP_START). */
  cap: boolean;
  /** What the reader of names knows of the word (prose-terms.ts), worked out the first time it asks. */
  names: number;
}

/**
 * Words judged once per process, not once per note: a vault's notes share most of their words. Spellings
 * of one word (`sistema`, `sistemas`) share an id. Emptied between notes when it grows past its bound.
 */
const WORD_INFO = new Map<string, WordInfo>();
const WORD_IDS = new Map<string, number>();
const WORD_INFO_MAX = 200_000;

/** The first half of a contraction (`isn't`): a verb, whatever the lexicon says of `isn`. */
export const CONTRACTED: WordInfo = { raw: '', id: -1, folded: '', kind: 3, descriptive: false, cap: false, names: -1 };

/** Called between notes only: ids are compared within one note. */
export function boundWordTable(): void {
  if (WORD_INFO.size > WORD_INFO_MAX) {
    WORD_INFO.clear();
    WORD_IDS.clear();
  }
}

function judgeWord(raw: string): WordInfo {
  let w = WORD_INFO.get(raw);
  if (w) return w;
  const f = plain(raw);
  const folded = foldOne(raw);
  let kind: WordInfo['kind'] = 3;
  if (FOLDED_JOINERS.has(f)) kind = 1;
  else if (ARTICLES.has(f)) kind = 2;
  else if (raw.length >= 3 && (isAsciiLower(raw) || /^\p{Ll}[\p{Ll}\p{N}-]*$/u.test(raw)) && !FOLDED_STOPWORDS.has(f) && !FOLDED_STOPWORDS.has(folded) && !clauseWord(raw)) kind = 0;
  let id = WORD_IDS.get(folded);
  if (id === undefined) WORD_IDS.set(folded, (id = WORD_IDS.size));
  w = { raw, id, folded, kind, descriptive: FOLDED_DESCRIPTIVE.has(f), cap: CAP_START.test(raw), names: -1 };
  WORD_INFO.set(raw, w);
  return w;
}

/** The words of one line, as parallel arrays. */
export interface LineWords {
  starts: number[];
  ends: number[];
  /** Each token's word. */
  infos: WordInfo[];
  /** The same for phrases: the first half of a contraction is CONTRACTED. */
  words: WordInfo[];
  /** Indices of the tokens that may open or continue a name. */
  caps: number[];
}

export function lineWords(text: string): LineWords {
  const out: LineWords = { starts: [], ends: [], infos: [], words: [], caps: [] };
  NAME_TOKEN.lastIndex = 0;
  for (let m = NAME_TOKEN.exec(text); m; m = NAME_TOKEN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const info = judgeWord(raw);
    if (info.cap && !isWordBefore(text, start) && !(start >= 2 && GLUE.test(text[start - 1] ?? '') && WORD_CHAR.test(text[start - 2] ?? ''))) {
      out.caps.push(out.starts.length);
    }
    out.starts.push(start);
    out.ends.push(end);
    out.infos.push(info);
    // `isn't`, `doesn't`: the first half of a contraction is a verb, whatever the lexicon says of `isn`.
    const apostrophe = text.charCodeAt(end);
    out.words.push((apostrophe === 39 || apostrophe === 0x2019) && /\p{L}/u.test(text[end + 1] ?? '') ? CONTRACTED : info);
  }
  return out;
}
