import { clauseWord } from './clause-words';
import { foldTerm, foldWord, plain, singular } from './fold';
import { FOLDED_DESCRIPTIVE, FOLDED_JOINERS, isStopword } from './folded-lists';
import { isWordBefore, nameCharWidth } from './scan';
import { HASH_START, hashStep, SpanTable } from './span-table';

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
  /** What loan-words.ts knows of the word as an English word in Spanish prose, worked out the first time it asks. */
  loan: number;
  /** Whether lower-acronyms.ts may read the word as an acronym typed in lower case, worked out the first time it asks. */
  acronym: number;
  /** Whether coined-words.ts may read the word as a term no dictionary holds, worked out the first time it asks. */
  coined: number;
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
  // Verbs that say what a thing means, studies or is made of (glosses.ts FOR).
  'significa', 'significan', 'consiste', 'consisten', 'estudia', 'estudian', 'representa', 'representan', 'describe', 'describen',
  'formado', 'formada', 'formados', 'formadas', 'compuesto', 'compuesta', 'compuestos', 'compuestas', 'means', 'refers', 'refer',
  'defined', 'consists', 'consist', 'made', 'describes', 'represents', 'studies',
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
export const CONTRACTED: WordInfo = { raw: '', id: -1, folded: '', kind: 3, descriptive: false, cap: false, names: -1, cue: false, loan: 0, acronym: 0, coined: 0 };

/** Called between notes only: ids are compared within one note. */
export function boundWordTable(): void {
  if (WORD_INFO.size > WORD_INFO_MAX) {
    WORD_INFO.clear();
    WORD_IDS.clear();
    SPANS.clear();
  }
}

/** In front of WORD_INFO, the words by the span they stand on (span-table.ts). */
const SPANS = new SpanTable<WordInfo>(10, 16);

function judgeWord(raw: string): WordInfo {
  let w = WORD_INFO.get(raw);
  if (w) return w;
  const f = plain(raw);
  const folded = foldOne(raw);
  let kind: WordInfo['kind'] = 3;
  if (FOLDED_JOINERS.has(f)) kind = 1;
  else if (ARTICLES.has(f)) kind = 2;
  else if (raw.length >= 3 && (isAsciiLower(raw) || /^\p{Ll}[\p{Ll}\p{N}-]*$/u.test(raw)) && !isStopword(f) && !isStopword(folded) && !clauseWord(raw)) kind = 0;
  let id = WORD_IDS.get(folded);
  if (id === undefined) WORD_IDS.set(folded, (id = WORD_IDS.size));
  w = { raw, id, folded, kind, descriptive: FOLDED_DESCRIPTIVE.has(f), cap: CAP_START.test(raw), names: -1,
    cue: ASCII_LETTERS.test(raw) && CUE_WORDS.has(raw.toLowerCase()), loan: -1, acronym: -1, coined: -1 };
  WORD_INFO.set(raw, w);
  return w;
}

/** ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;

/**
 * The words of a note's prose lines, line after line, in buffers kept from note to note: arrays made per
 * line (six of them) were a third of what extraction allocated, and most of the collector's work. Valid
 * until the next call of noteWords.
 */
export interface NoteWords {
  /** Line li's tokens are lineFrom[li] <= k < lineFrom[li + 1]. */
  lineFrom: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** Each token's word; the first half of a contraction (`isn't`) is CONTRACTED. */
  word: WordInfo[];
  /** The tokens that may open or continue a name, the same way (capFrom by line). */
  capFrom: Int32Array;
  capStart: Int32Array;
  capEnd: Int32Array;
  capWord: WordInfo[];
}

const words: NoteWords = {
  lineFrom: new Int32Array(256), start: new Int32Array(4096), end: new Int32Array(4096), word: [],
  capFrom: new Int32Array(256), capStart: new Int32Array(1024), capEnd: new Int32Array(1024), capWord: [],
};

function grown(a: Int32Array, need: number): Int32Array {
  if (need < a.length) return a;
  const b = new Int32Array(Math.max(need + 1, a.length * 2));
  b.set(a);
  return b;
}

/**
 * The name tokens of each line: words joined by inner hyphens or dots stay one (`X-Forwarded-For`,
 * `t2.micro`); decimal digits only, since a footnote's superscript (`MD5¹`) is a mark, not part of the word.
 * The same tokens as `/[\p{L}\p{Nd}]+(?:[-.‐‑][\p{L}\p{Nd}]+)*\/gu` (prose-words.test.ts holds it to it), read
 * by a scan that hashes each as it goes.
 */
/**
 * A line to read: its text, or where it stands in a longer text (its section's). The scan reads the longer
 * one when there is one: the lines split out of it are slices of it, and reading a slice's characters one by
 * one costs more than reading the text it was cut from.
 */
export interface ProseLine {
  text: string;
  source?: string;
  at?: number;
}

export function noteWords(lines: readonly ProseLine[]): NoteWords {
  const w = words;
  w.lineFrom = grown(w.lineFrom, lines.length + 1);
  w.capFrom = grown(w.capFrom, lines.length + 1);
  let n = 0;
  let caps = 0;
  for (let li = 0; li < lines.length; li++) {
    w.lineFrom[li] = n;
    w.capFrom[li] = caps;
    const line = lines[li] as ProseLine;
    const text = line.source ?? line.text;
    const at = line.at ?? 0;
    const length = at + line.text.length;
    for (let i = at; i < length; ) {
      const first = text.charCodeAt(i);
      if (first < 128 ? ASCII_WORD[first] === 0 : nameCharWidth(text, i) === 0) {
        i++;
        continue;
      }
      const start = i;
      // FNV-1a over the token's code units.
      let hash = HASH_START;
      let glued = false;
      let astral = false;
      for (;;) {
        const c = text.charCodeAt(i);
        if (c < 128) {
          if (ASCII_WORD[c] === 1) {
            hash = hashStep(hash, c);
            i++;
            continue;
          }
          if (c !== 45 && c !== 46) break;
        } else {
          const width = nameCharWidth(text, i);
          if (width === 1) {
            hash = hashStep(hash, c);
            i++;
            continue;
          }
          if (width === 2) {
            hash = hashStep(hashStep(hash, c), text.charCodeAt(i + 1));
            astral = true;
            i += 2;
            continue;
          }
          if (c !== 0x2010 && c !== 0x2011) break;
        }
        // A hyphen or dot joins two words (`X-Forwarded-For`, `t2.micro`).
        if (nameCharWidth(text, i + 1) === 0) break;
        hash = hashStep(hash, c);
        glued = true;
        i++;
      }
      const end = i;
      const info = SPANS.get(text, start, end, hash, judgeWord);
      if (info.cap && !isWordBefore(text, start)) {
        if (!isTail(text, start)) {
          if (caps >= w.capStart.length) {
            w.capStart = grown(w.capStart, caps);
            w.capEnd = grown(w.capEnd, caps);
          }
          w.capStart[caps] = start - at;
          w.capEnd[caps] = end - at;
          w.capWord[caps++] = info;
        }
      } else if (glued && astral) {
        CAP_TOKEN.lastIndex = start;
        const m = CAP_TOKEN.exec(text);
        if (m && m.index < end && !isTail(text, m.index)) {
          if (caps >= w.capStart.length) {
            w.capStart = grown(w.capStart, caps);
            w.capEnd = grown(w.capEnd, caps);
          }
          w.capStart[caps] = m.index - at;
          w.capEnd[caps] = m.index + m[0].length - at;
          w.capWord[caps++] = judgeWord(m[0]);
        }
      }
      if (n >= w.start.length) {
        w.start = grown(w.start, n);
        w.end = grown(w.end, n);
      }
      w.start[n] = start - at;
      w.end[n] = end - at;
      // `isn't`, `doesn't`: the first half of a contraction is a verb, whatever the lexicon says of `isn`.
      const apostrophe = text.charCodeAt(end);
      w.word[n++] = (apostrophe === 39 || apostrophe === 0x2019) && /\p{L}/u.test(text[end + 1] ?? '') ? CONTRACTED : info;
    }
  }
  w.lineFrom[lines.length] = n;
  w.capFrom[lines.length] = caps;
  return w;
}
