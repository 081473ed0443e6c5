import { clauseWord } from './clause-words';
import { foldTerm, foldWord, plain, singular } from './fold';
import { FOLDED_DESCRIPTIVE, FOLDED_JOINERS, FOLDED_STOPWORDS } from './folded-lists';
import { isWordBefore, nameCharWidth } from './scan';

/**
 * The words of a prose line, read once and shared by the readers of names and of repeated phrases (each
 * ran its own pattern over every line, and judged the same words again). A word is judged once per process.
 */

/**
 * A token that may open or continue a name: it starts with a capital or holds a digit in its first part
 * (`EC2`, `t2.micro`), and does not start right after a word and a hyphen or dot (`c03` of `saa-c03`,
 * `IA` of `Standard-IA` are the tails of one longer token, never names alone). Read from the name token
 * as a whole: the same tokens as CAP_TOKEN (scan.test.ts holds the scan to it), whose matches inside a
 * name token were such tails, but for one shape: a tail after an astral letter and a hyphen (`𝐀-Bc`),
 * which the UTF-16 test of the character before the hyphen did not see as a word.
 */
const CAP_START = /^(?:\p{Lu}|[\p{L}\p{Nd}]*\p{Nd})/u;
const CAP_TOKEN = /(?<![\p{L}\p{N}])(?:\p{Lu}|[\p{L}\p{Nd}]*\p{Nd})[\p{L}\p{Nd}]*(?:[-.\u2010\u2011][\p{L}\p{Nd}]+)*/gu;
/** The joiners of a longer token: a capitalised token right after one and a word is that token's tail. */
const GLUE = /[-.\u2010\u2011]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const isTail = (text: string, at: number): boolean => at >= 2 && GLUE.test(text[at - 1] ?? '') && WORD_CHAR.test(text[at - 2] ?? '');

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
  /** A cue word of a definition (`es`, `is`, `provides`, …; see CUE_WORDS). */
  cue: boolean;
}

/**
 * The words of the cue test of glosses.ts (`\s(?:es|son|is|…)\s`, case folded in ASCII only, as a pattern
 * without the `u` flag folds): a line or sentence without one of them, between spaces, defines nothing.
 */
const CUE_WORDS = new Set([
  'es', 'son', 'is', 'are', 'sirve', 'sirven', 'se', 'proporciona', 'proporcionan', 'permite', 'permiten', 'ofrece', 'ofrecen',
  'define', 'definen', 'realiza', 'realizan', 'contiene', 'contienen', 'almacena', 'almacenan', 'guarda', 'guardan', 'gestiona',
  'gestionan', 'provide', 'provides', 'allow', 'allows', 'lets', 'enable', 'enables', 'offer', 'offers', 'defines', 'store', 'stores',
  'contain', 'contains', 'manage', 'manages', 'que', 'which',
]);
const ASCII_LETTERS = /^[A-Za-z]+$/;

/**
 * Words judged once per process, not once per note: a vault's notes share most of their words. Spellings
 * of one word (`sistema`, `sistemas`) share an id. Emptied between notes when it grows past its bound.
 */
const WORD_INFO = new Map<string, WordInfo>();
const WORD_IDS = new Map<string, number>();
const WORD_INFO_MAX = 200_000;

/** The first half of a contraction (`isn't`): a verb, whatever the lexicon says of `isn`. */
export const CONTRACTED: WordInfo = { raw: '', id: -1, folded: '', kind: 3, descriptive: false, cap: false, names: -1, cue: false };

/** Called between notes only: ids are compared within one note. */
export function boundWordTable(): void {
  if (WORD_INFO.size > WORD_INFO_MAX) {
    WORD_INFO.clear();
    WORD_IDS.clear();
    clearSlots();
  }
}

/**
 * In front of WORD_INFO, the words by a hash of their characters, so a token is looked up where it stands
 * in the line, without cutting it out as a string and hashing that again (open addressing; emptied when
 * half full, which only costs a second look in WORD_INFO).
 */
const SLOTS = 1 << 16;
let slotHash = new Int32Array(0);
let slotLength = new Int32Array(0);
let slotWord: (WordInfo | null)[] = [];
let filled = 0;

function clearSlots(): void {
  slotHash = new Int32Array(SLOTS);
  slotLength = new Int32Array(SLOTS);
  // Filled element by element: `new Array(n)` this long is a dictionary, and every look-up a hash look-up.
  slotWord = [];
  for (let i = 0; i < SLOTS; i++) slotWord.push(null);
  filled = 0;
}

function wordAt(text: string, start: number, end: number, hash: number): WordInfo {
  if (slotHash.length === 0) clearSlots();
  const length = end - start;
  for (let s = hash & (SLOTS - 1); ; s = (s + 1) & (SLOTS - 1)) {
    const l = slotLength[s] as number;
    if (l === 0) {
      if (filled >= SLOTS >> 1) {
        clearSlots();
        return wordAt(text, start, end, hash);
      }
      const info = judgeWord(text.slice(start, end));
      slotWord[s] = info;
      slotHash[s] = hash;
      slotLength[s] = length;
      filled++;
      return info;
    }
    if (l === length && slotHash[s] === hash) {
      const w = slotWord[s] as WordInfo;
      // Compared in place (a call to startsWith cost more than the loop for words this short).
      const raw = w.raw;
      let k = 0;
      while (k < length && raw.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === length) return w;
    }
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
  w = { raw, id, folded, kind, descriptive: FOLDED_DESCRIPTIVE.has(f), cap: CAP_START.test(raw), names: -1,
    cue: ASCII_LETTERS.test(raw) && CUE_WORDS.has(raw.toLowerCase()) };
  WORD_INFO.set(raw, w);
  return w;
}

/** The words of one line, as parallel arrays. */
/** ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;

export interface LineWords {
  starts: number[];
  ends: number[];
  /** Each token's word. */
  infos: WordInfo[];
  /** The same for phrases: the first half of a contraction is CONTRACTED (`infos` itself when the line has none). */
  words: readonly WordInfo[];
  /** The tokens that may open or continue a name. */
  capStarts: number[];
  capEnds: number[];
  capInfos: WordInfo[];
}

/**
 * The name tokens of a line: words joined by inner hyphens or dots stay one (`X-Forwarded-For`,
 * `t2.micro`); decimal digits only, since a footnote's superscript (`MD5¹`) is a mark, not part of the word.
 * The same tokens as `/[\p{L}\p{Nd}]+(?:[-.‐‑][\p{L}\p{Nd}]+)*\/gu` (scan.test.ts holds it to it), read
 * by a scan that hashes each as it goes.
 */
const NO_WORDS: readonly WordInfo[] = [];

export function lineWords(text: string): LineWords {
  const out: LineWords = { starts: [], ends: [], infos: [], words: NO_WORDS, capStarts: [], capEnds: [], capInfos: [] };
  // Most lines hold no contraction: their phrase words are their words, without a second array.
  let contracted: WordInfo[] | null = null;
  const length = text.length;
  for (let i = 0; i < length; ) {
    const first = text.charCodeAt(i);
    if (first < 128 ? ASCII_WORD[first] === 0 : nameCharWidth(text, i) === 0) {
      i++;
      continue;
    }
    const start = i;
    // FNV-1a over the token's code units.
    let hash = 0x811c9dc5 | 0;
    let glued = false;
    let astral = false;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (ASCII_WORD[c] === 1) {
          hash = Math.imul(hash ^ c, 16777619);
          i++;
          continue;
        }
        if (c !== 45 && c !== 46) break;
      } else {
        const width = nameCharWidth(text, i);
        if (width === 1) {
          hash = Math.imul(hash ^ c, 16777619);
          i++;
          continue;
        }
        if (width === 2) {
          hash = Math.imul(Math.imul(hash ^ c, 16777619) ^ text.charCodeAt(i + 1), 16777619);
          astral = true;
          i += 2;
          continue;
        }
        if (c !== 0x2010 && c !== 0x2011) break;
      }
      // A hyphen or dot joins two words (`X-Forwarded-For`, `t2.micro`).
      if (nameCharWidth(text, i + 1) === 0) break;
      hash = Math.imul(hash ^ c, 16777619);
      glued = true;
      i++;
    }
    const end = i;
    const info = wordAt(text, start, end, hash);
    if (info.cap && !isWordBefore(text, start)) {
      if (!isTail(text, start)) {
        out.capStarts.push(start);
        out.capEnds.push(end);
        out.capInfos.push(info);
      }
    } else if (glued && astral) {
      CAP_TOKEN.lastIndex = start;
      const m = CAP_TOKEN.exec(text);
      if (m && m.index < end && !isTail(text, m.index)) {
        out.capStarts.push(m.index);
        out.capEnds.push(m.index + m[0].length);
        out.capInfos.push(judgeWord(m[0]));
      }
    }
    out.starts.push(start);
    out.ends.push(end);
    out.infos.push(info);
    // `isn't`, `doesn't`: the first half of a contraction is a verb, whatever the lexicon says of `isn`.
    const apostrophe = text.charCodeAt(end);
    if ((apostrophe === 39 || apostrophe === 0x2019) && /\p{L}/u.test(text[end + 1] ?? '')) {
      contracted ??= out.infos.slice(0, -1);
      contracted.push(CONTRACTED);
    } else if (contracted) contracted.push(info);
  }
  out.words = contracted ?? out.infos;
  return out;
}
