import { isEnglishWord } from './english-lexicon';
import { isSpanishSpelling, isSpanishVerbOnly } from './spanish-lexicon';
import { foldWord } from './fold';
import { SpanTable, spanHash } from './span-table';
import { MathReader } from './math-spans';
import { STOP_ACRONYMS } from './stoplists';

/** How a note uses one acronym: its spellings and how often. */
export interface AcronymTally {
  /** Its spellings in the order met, and how often each (parallel arrays: most acronyms have one). */
  surfaces: string[];
  uses: number[];
  count: number;
  /** Written as one symbol of a series (`IA IB`, `IA e IB`) or a model code (`TI-84`) somewhere in the note. */
  symbol?: true;
}

const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;
const ACRONYM_PLURAL = /^[A-Z][A-Z0-9]{1,5}s$/;
const NUMERONYM = /^[A-Z]\d{1,2}s$/;
/** ALL-CAPS tokens (EC2, S3, AMIs) standing as whole words. */
const ACRONYM_TOKEN = /(?<![\p{L}\p{N}])[A-Z][A-Z0-9]{1,5}s?(?![\p{L}\p{N}])/gu;

/** What an ALL-CAPS token says by itself: the acronym and its key, or null. */
function readAcronym(raw: string): { surface: string; key: string } | null {
  // `K8s` is a numeronym (`Kubernetes`), spelled with its s.
  if (NUMERONYM.test(raw)) return { surface: raw, key: foldWord(raw) };
  const plural = ACRONYM_PLURAL.test(raw);
  if (!plural && !ACRONYM.test(raw)) return null;
  const surface = plural ? raw.slice(0, -1) : raw;
  if (surface.length < 2) return null;
  const key = foldWord(surface);
  if (STOP_ACRONYMS.has(key)) return null;
  // `REGION`, `ERROR`, `NOTE`, `SALIR`, `NUNCA`: a word of four letters or more in capitals is a placeholder
  // or a shout, in either language (word-acronyms.ts takes back the English words a note uses as acronyms).
  if (surface.length >= 4 && !/\d/.test(surface)) {
    const lower = surface.toLowerCase();
    if (isEnglishWord(lower) || isSpanishSpelling(lower) || isSpanishVerbOnly(lower)) return null;
  }
  return { surface, key };
}

/** Worked out once per token: a vault has few acronyms and uses each thousands of times. */
const ACRONYMS = new SpanTable<{ surface: string; key: string } | null>(6, 12);

/** Lines written mostly in capitals are shouting (`ELASTIC LOAD BALANCER`), not a row of acronyms. */
export function isShouting(text: string, from: number, to: number): boolean {
  // Most lines are plainly not: fewer capitals than lower-case letters, which most lines show long before
  // their end (the rest could not make up the difference).
  let upper = 0;
  let lower = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      if (++lower - upper > to - i) return false;
    } else if (c >= 65 && c <= 90) upper++;
  }
  if (upper < lower) return false;
  let all = 0;
  let caps = 0;
  for (const w of text.slice(from, to).match(/[\p{L}\p{N}]{2,}/gu) ?? []) {
    if (!/\p{L}/u.test(w)) continue;
    all++;
    if (w === w.toUpperCase()) caps++;
  }
  return all >= 3 && caps / all > 0.6;
}

/**
 * `CN⁻`, `RO⁻` (ions), `k_BT`, `nC_VT`, `TV^{γ-1}` (LaTeX): capitals with a charge, a sub- or superscript, or
 * a LaTeX sub- or superscript mark against them are letters of a formula, not an acronym.
 */
function inFormula(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (before === 94 /* ^ */ || before === 92 /* \ */) return true;
  // A subscript's `_` is glued to a letter on both sides; emphasis (`__EC2__`, `_ELB_`) has a space or a mark outside.
  if (before === 95 && WORD_CHAR.test(text[start - 2] ?? ' ')) return true;
  const after = text.charCodeAt(end);
  if (after === 95) return /[\p{L}\p{N}{]/u.test(text[end + 1] ?? ' ');
  return after === 94 || after === 0xb2 || after === 0xb3 || after === 0xb9 || (after >= 0x2070 && after <= 0x209f);
}
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** [A-Z0-9]: what an acronym token holds before its plural `s`. */
const isCapOrDigit = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** What may stand between two symbols of one series: a space, a comma or slash, or `y`/`e`/`o`/`and`/`or`. */
const SERIES_GAP = /^(?:\s*[,/]?\s*|\s+(?:[eyou]|and|or)\s+)$/;

/**
 * `IA IB e i`, `H0 / H1`: two capitals tokens of one length, side by side, that differ only in their last
 * character are one symbol's variants (alleles, hypotheses, indices), not two acronyms. One slice per pair
 * of acronyms at most 5 characters apart: acronyms are sparse, so this costs nothing per word.
 */
function series(text: string, prev: string, prevEnd: number, surface: string, start: number): boolean {
  const n = surface.length;
  if (prev.length !== n || prev === surface || start - prevEnd > 5 || prev.slice(0, n - 1) !== surface.slice(0, n - 1)) return false;
  return SERIES_GAP.test(text.slice(prevEnd, start));
}

/**
 * Counts the acronyms of a section's prose into `acronyms` (by key). Acronyms are sparse: they are looked
 * for directly rather than by tokenising every word.
 */
export function tallyAcronyms(text: string, acronyms: Map<string, AcronymTally>): void {
  let line = 0;
  let lineStart = 0;
  /** Whether line `loudLine` shouts: matches come in order, so only the last line asked is kept. */
  let loudLine = -1;
  let loud = false;
  /** The line's math reader, false when the text holds no `$` (null: not asked yet). */
  let math: MathReader | false | null = null;
  const dollars = text.includes('$');
  /** The last acronym counted (its spelling, where it ended, its tally), to see a series of symbols. */
  let prev = '';
  let prevEnd = -10;
  let prevTally: AcronymTally | null = null;
  ACRONYM_TOKEN.lastIndex = 0;
  // `test`, not `exec`: no match array per token. The token is found back from its end: it is
  // [A-Z][A-Z0-9]{1,5} and a plural `s`, after no letter or digit.
  while (ACRONYM_TOKEN.test(text)) {
    const end = ACRONYM_TOKEN.lastIndex;
    let start = text.charCodeAt(end - 1) === 115 /* s */ ? end - 1 : end;
    while (start > 0 && isCapOrDigit(text.charCodeAt(start - 1))) start--;
    const word = ACRONYMS.get(text, start, end, spanHash(text, start, end), readAcronym);
    if (!word) continue;
    for (let nl = text.indexOf('\n', lineStart); nl !== -1 && nl < start; nl = text.indexOf('\n', lineStart)) {
      line++;
      lineStart = nl + 1;
    }
    if (loudLine !== line) {
      const nl = text.indexOf('\n', lineStart);
      loud = isShouting(text, lineStart, nl === -1 ? text.length : nl);
      loudLine = line;
      math = null;
    }
    if (loud) continue;
    // `$PV = nRT$`: capitals inside LaTeX are a formula's symbols.
    math ??= dollars ? new MathReader(text, lineStart) : false;
    if (math && math.isInside(start)) continue;
    // `Standard-IA`, `One Zone-IA`: capitals glued after a word are the tail of a longer name, not an
    // acronym used on its own; they do not make it recur.
    if (text.charCodeAt(start - 1) === 45 /* - */ && /\p{L}/u.test(text[start - 2] ?? '')) continue;
    // `Infrequent Access (IA)`: the short form of a definition is a name given, not a use of it.
    if (text[start - 1] === '(' && text[end] === ')') continue;
    if (inFormula(text, start, end)) continue;
    const { surface, key } = word;
    let a = acronyms.get(key);
    if (!a) {
      // Literals of one element: an empty array grows to room for 17 at its first push.
      a = { surfaces: [surface], uses: [1], count: 1 };
      acronyms.set(key, a);
    } else count(a, surface);
    // `TI-84`: two capitals with a number after a hyphen are a model's code (`SHA-256` keeps its acronym).
    if (surface.length === 2 && text.charCodeAt(end) === 45 /* - */ && isDigit(text.charCodeAt(end + 1))) a.symbol = true;
    if (prevTally && series(text, prev, prevEnd, surface, start)) a.symbol = prevTally.symbol = true;
    prev = surface;
    prevEnd = end;
    prevTally = a;
  }
}

/** One more use of a known acronym, as `surface`. */
function count(a: AcronymTally, surface: string): void {
  a.count++;
  const k = a.surfaces.indexOf(surface);
  if (k >= 0) a.uses[k] = (a.uses[k] as number) + 1;
  else {
    a.surfaces.push(surface);
    a.uses.push(1);
  }
}
