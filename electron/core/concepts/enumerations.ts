import { clauseWord } from './clause-words';
import { englishRole, isEnglishFunctionWord } from './english-lexicon';
import { plain } from './fold';
import { FOLDED_DESCRIPTIVE, FOLDED_GENERIC, FOLDED_JOINERS, isStopword } from './folded-lists';
import { foldName } from './memo';
import { foldOne } from './prose-words';
import { type Line, sentenceOf } from './prose-lines';
import { englishText } from './prose-language';
import { nounPhrase } from './repeated-phrases';
import type { ConceptCandidate } from './types';

/**
 * Terms a note lists: the members of an enumeration of bare noun phrases (`pipes, message passing, shared
 * memory, sockets`, `working directory → staging area → local repository`, `read committed < repeatable
 * read < serializable`). A person lists things of one kind side by side, so three or more members in a
 * row, each a noun phrase with no article, verb or clause, are the names of those things even when each is
 * written once; a member that is a clause (`both derive the keys`) breaks the row. Only members of two words
 * or more are put forward: a lone everyday word (`throughput`, `pipes`) needs more evidence than a list.
 */

/** Arrows and order marks that chain the steps or ranks of one thing. */
const CHAIN_G = /(?:\s*(?:→|->|=>|⇒|←|<-|⟶)|\s[<>])\s*/gu;
const ARROWISH = /[→←⇒⟶<>]/u;
const CHAIN_TEST = /[→←⇒⟶]|->|<-|=>|\s[<>]\s/u;
/** Characters between two commas around a member of a list: MAX_WORDS words and joiners. */
const SHORT_GAP = 64;
const COMMA_G = /\s*,\s*/gu;
const BOUNDS = /[.;!?](?=\s|$)|:(?=\s)|\s[—–]\s|\s-\s|\|/gu;
/** The conjunction before a list's last member. */
const LAST_JOIN = /\s+(?:and|or|y|o|e|u|ni)\s+/u;
const ARTICLES = new Set(['the', 'a', 'an', 'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'its', 'their', 'your', 'our', 'su', 'sus', 'tu', 'tus', 'mi', 'mis']);
/** Words that end the lead-in of a list: `such as`, `including`, `like`, `e.g.`, `como`, `incluye`. */
const INTRODUCERS = new Set(['as', 'including', 'like', 'include', 'includes', 'are', 'is', 'eg', 'como', 'incluye', 'incluyen', 'incluido', 'incluidos', 'son', 'es', 'ej']);
const WORD_G = /\S+/gu;
/** Emphasis and quotes: `*`, `_`, `"`, `“`, `”`, `'`, `‘`, `’`, backtick. */
const MARKS = new Set([42, 95, 34, 0x201c, 0x201d, 39, 0x2018, 0x2019, 96]);
const ENGLISH_ARTICLES = new Set(['the', 'a', 'an']);
/** `de` with the article in one word. */
const CONTRACTED = new Set(['del', 'al']);
const ACRONYM = /^[A-Z][A-Z0-9]+s?$/;
const LOWER_WORD = /^\p{Ll}[\p{Ll}\p{N}]*(?:-[\p{Ll}\p{N}]+)*$/u;
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Longest member counted, in content words. */
const MAX_WORDS = 4;
/** Fewest members in a row that make a list. */
const MIN_RUN = 3;
/** Members one note may put forward: a generated note of endless lists would flood the dictionary. */
const MAX_TERMS = 200;

interface Member {
  /** Offsets in the line of the member's noun phrase, or -1 when the member is not one. */
  start: number;
  end: number;
  words: number;
  /**
   * `respuestas del servidor`, `parámetros de la consulta`: an article after `de` points at one thing's part
   * (the server's responses), where a kind is named with a bare noun (`grupo de seguridad`). Such a member
   * keeps the list a list, but is not put forward as a term.
   */
  specific?: boolean;
}

const NOT_A_MEMBER: Member = { start: -1, end: -1, words: 0 };

/**
 * Where in text[from, to) the noun phrase stands: the whole member (an article before it allowed), or for
 * the first member its longest tail (`the lead-in names shared memory`), for the last its longest head
 * (`circular wait in the end`).
 */
function member(text: string, from: number, to: number, first: boolean, last: boolean, atStart: boolean): Member {
  // A chain's first and last steps may stand in a longer sentence: `…, stub resolver -> … -> name server, which …`.
  if (first) from = Math.max(from, text.lastIndexOf(',', to - 1) + 1);
  if (last) {
    const comma = text.indexOf(',', from);
    if (comma >= 0 && comma < to) to = comma;
  }
  // A middle member of more words than a name holds is a clause: not worth reading word by word.
  if (!first && !last) {
    let spaces = 0;
    for (let i = from; i < to && spaces <= MAX_WORDS * 2; i++) if (text.charCodeAt(i) === 32) spaces++;
    if (spaces > MAX_WORDS * 2) return NOT_A_MEMBER;
  }
  const words: { w: string; s: number; e: number }[] = [];
  const re = WORD_G;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    let s = m.index;
    let e = Math.min(to, m.index + m[0].length);
    // Emphasis and quotes around a member are not part of its words.
    while (s < e && MARKS.has(text.charCodeAt(s))) s++;
    while (e > s && MARKS.has(text.charCodeAt(e - 1))) e--;
    if (e <= s) return NOT_A_MEMBER;
    words.push({ w: text.slice(s, e), s, e });
  }
  if (words.length === 0) return NOT_A_MEMBER;
  // A blanked code span or link leaves a gap of spaces: the member is not plain words.
  for (let k = 1; k < words.length; k++) if ((words[k] as { s: number }).s - (words[k - 1] as { e: number }).e > 1) return NOT_A_MEMBER;
  const ok = words.map((x, k) => wordKind(x.w, k === 0 && atStart));
  let lo = 0;
  let hi = words.length - 1;
  if (first) {
    lo = hi;
    while (lo > 0 && ok[lo - 1] !== 'no' && ok[lo - 1] !== 'article') lo--;
    // A lead-in clause before the first member ends on what introduces a list (`such as`, `including`,
    // an article); after a verb (`you can tag instances, volumes…`) the verb's object is not sure.
    if (lo > 0 && ok[lo - 1] !== 'article' && !INTRODUCERS.has(plain((words[lo - 1] as { w: string }).w))) return NOT_A_MEMBER;
  } else if (ok[0] === 'article') lo = 1;
  if (last) {
    let k = lo;
    while (k <= hi && ok[k] !== 'no' && ok[k] !== 'article') k++;
    hi = k - 1;
  }
  // Joiners and articles may sit inside (`lista de revocación`, `parámetros de la consulta`), never at an end.
  while (lo <= hi && (ok[lo] === 'joiner' || ok[lo] === 'article')) lo++;
  while (hi >= lo && (ok[hi] === 'joiner' || ok[hi] === 'article')) hi--;
  if (lo > hi) return NOT_A_MEMBER;
  let content = 0;
  let specific = false;
  for (let k = lo; k <= hi; k++) {
    const kind = ok[k];
    if (kind === 'no') return NOT_A_MEMBER;
    // `cifrado de la sesión`, but not `value of the tag`: English names its kinds without the article.
    if (kind === 'article' && (ok[k - 1] !== 'joiner' || ENGLISH_ARTICLES.has(plain((words[k] as { w: string }).w)))) return NOT_A_MEMBER;
    if (kind === 'article' || (kind === 'joiner' && CONTRACTED.has(plain((words[k] as { w: string }).w)))) specific = true;
    if (kind === 'content') content++;
  }
  if (content === 0 || content > MAX_WORDS) return NOT_A_MEMBER;
  return { start: (words[lo] as { s: number }).s, end: (words[hi] as { e: number }).e, words: hi - lo + 1, ...(specific ? { specific } : {}) };
}

type WordKind = 'content' | 'joiner' | 'article' | 'no';

/** Words judged once per process (a vault's lists share their words), emptied past its bound. */
const KINDS = new Map<string, WordKind>();
const KINDS_MAX = 100_000;

function wordKind(w: string, capitalOfPosition: boolean): WordKind {
  const key = capitalOfPosition ? `\u0001${w}` : w;
  let kind = KINDS.get(key);
  if (kind === undefined) {
    if (KINDS.size > KINDS_MAX) KINDS.clear();
    KINDS.set(key, (kind = judge(w, capitalOfPosition)));
  }
  return kind;
}

function judge(w: string, capitalOfPosition: boolean): WordKind {
  const f = plain(w);
  if (FOLDED_JOINERS.has(f)) return 'joiner';
  if (ARTICLES.has(f)) return 'article';
  if (ACRONYM.test(w)) return 'content';
  const lower = capitalOfPosition && TITLE_WORD.test(w) ? w.toLowerCase() : w;
  if (!LOWER_WORD.test(lower) || lower.length < 2) return 'no';
  // A verb that is never a noun (`choose`, `install`, `were`) ends the noun phrase before it.
  if (isStopword(f) || isStopword(foldOne(lower)) || clauseWord(lower) || englishRole(lower) === 'base-verb' || isEnglishFunctionWord(lower)) return 'no';
  return 'content';
}

/** Cuts a clause into members by `sep`, the last one also at its conjunction for a comma list. */
function cut(text: string, from: number, to: number, sep: RegExp, comma: boolean): [number, number][] {
  const parts: [number, number][] = [];
  const re = sep;
  re.lastIndex = from;
  let at = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    parts.push([at, m.index]);
    at = m.index + m[0].length;
  }
  parts.push([at, to]);
  if (comma && parts.length >= 2) {
    const [s, e] = parts[parts.length - 1] as [number, number];
    const j = LAST_JOIN.exec(text.slice(s, e));
    if (j) parts.splice(parts.length - 1, 1, [s, s + j.index], [s + j.index + j[0].length, e]);
  }
  return parts;
}

/** Are the characters of src[from, to) outside parentheses few enough for a member (`waiting time (time spent …)`)? */
function shortOutsideAsides(src: string, from: number, to: number): boolean {
  let depth = 0;
  let outside = 0;
  for (let i = from + 1; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c === 40 || c === 91) depth++;
    else if ((c === 41 || c === 93) && depth > 0) depth--;
    else if (depth === 0) outside++;
  }
  return outside <= SHORT_GAP;
}

/** Blanks parenthesised asides (`turnaround time (finish − arrival)`): a member's gloss is not the member. */
function withoutAsides(text: string): string {
  return text.replace(/\([^()]*\)|\[[^[\]]*\]/g, (m) => ' '.repeat(m.length));
}

export function enumeratedTerms(lines: readonly Line[], noteId: string, known: ReadonlySet<string>, english: boolean): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  const seen = new Set<string>();
  for (const l of lines) {
    // Native searches, not a loop over every character: most lines hold no list.
    const src = l.source;
    const lineEnd = l.at + l.text.length;
    let commas = 0;
    // A comma list of three members has one between two commas, as short as a name (or glossed in parentheses).
    let shortGap = false;
    for (let p = src.indexOf(',', l.at), last = -1; p >= 0 && p < lineEnd; p = src.indexOf(',', p + 1)) {
      commas++;
      if (!shortGap && last >= 0 && (p - last <= SHORT_GAP || (p - last <= SHORT_GAP * 4 && shortOutsideAsides(src, last, p)))) shortGap = true;
      last = p;
    }
    const arrows = ARROWISH.test(l.text) && CHAIN_TEST.test(l.text);
    if ((commas < 2 || !shortGap) && !arrows) continue;
    const asides = l.text.includes('(') || l.text.includes('[');
    const raw = l.text;
    const text = asides ? withoutAsides(raw) : raw;
    // Clauses: a list never crosses the end of a sentence, a colon or a dash that opens it.
    BOUNDS.lastIndex = 0;
    let from = 0;
    const clauses: [number, number][] = [];
    for (let m = BOUNDS.exec(text); m; m = BOUNDS.exec(text)) {
      clauses.push([from, m.index]);
      from = m.index + m[0].length;
    }
    clauses.push([from, text.length]);
    for (const [a, b] of clauses) {
      let commasHere = 0;
      for (let i = a; i < b; i++) if (text.charCodeAt(i) === 44) commasHere++;
      let chained = false;
      if (arrows) {
        CHAIN_G.lastIndex = a;
        let n = 0;
        for (let m = CHAIN_G.exec(text); m && m.index < b && n < 2; m = CHAIN_G.exec(text)) n++;
        chained = n >= 2;
      }
      const listed = !chained && commasHere >= 1 && (commasHere >= 2 || LAST_JOIN.test(text.slice(a, b)));
      if (!chained && !listed) continue;
      const parts = cut(text, a, b, chained ? CHAIN_G : COMMA_G, !chained);
      const members = parts.map(([s, e], k) => member(text, s, e, k === 0, k === parts.length - 1, k === 0));
      let inEnglish: boolean | undefined;
      for (let k = 0; k < members.length; ) {
        let end = k;
        while (end < members.length && (members[end] as Member).start >= 0) end++;
        let phrases = 0;
        for (let j = k; j < end; j++) if ((members[j] as Member).words >= 2) phrases++;
        // Two members of several words at least: a list of one noun phrase and lone words is often the
        // phrase and its qualities (`almacenamiento simple, escalable y persistente`).
        if (end - k >= MIN_RUN && phrases >= 2) {
          for (let j = k; j < end; j++) {
            const m = members[j] as Member;
            if (m.words < 2 || m.specific) continue;
            const name = text.slice(m.start, m.end);
            const words = name.split(' ');
            if (!words.some((w) => LOWER_WORD.test(w)) || FOLDED_DESCRIPTIVE.has(plain(words[0] as string))) continue;
            const key = foldName(name);
            if (!key || seen.has(key) || known.has(key) || FOLDED_GENERIC.has(key)) continue;
            inEnglish ??= englishText(text.slice(a, b)) ?? english;
            if (!nounPhrase(words, inEnglish, 'listed')) continue;
            seen.add(key);
            out.push({ names: [name], source: 'term', occurrence: { noteId, line: l.line, sentence: sentenceOf(raw, m.start, m.end), section: l.section } });
            if (out.length >= MAX_TERMS) return out;
          }
        }
        k = Math.max(end, k + 1);
      }
    }
  }
  return out;
}
