import { clauseWord } from './clause-words';
import { englishRole, isEnglishFunctionWord } from './english-lexicon';
import { plain } from './fold';
import { FOLDED_DESCRIPTIVE, FOLDED_GENERIC, FOLDED_JOINERS, FOLDED_STOPWORDS } from './folded-lists';
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
const CHAIN = /\s*(?:→|->|=>|⇒|←|<-|⟶|\s<\s|\s>\s)\s*/u;
/** The conjunction before a list's last member. */
const LAST_JOIN = /\s+(?:and|or|y|o|e|u|ni)\s+/u;
const ARTICLES = new Set(['the', 'a', 'an', 'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'its', 'their', 'your', 'our', 'su', 'sus', 'tu', 'tus', 'mi', 'mis']);
/** Words that end the lead-in of a list: `such as`, `including`, `like`, `e.g.`, `como`, `incluye`. */
const INTRODUCERS = new Set(['as', 'including', 'like', 'include', 'includes', 'are', 'is', 'eg', 'como', 'incluye', 'incluyen', 'incluido', 'incluidos', 'son', 'es', 'ej']);
const ENGLISH_ARTICLES = new Set(['the', 'a', 'an']);
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
  const words: { w: string; s: number; e: number }[] = [];
  const re = /\S+/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    let s = m.index;
    let e = Math.min(to, m.index + m[0].length);
    // Emphasis and quotes around a member are not part of its words.
    while (s < e && /[*_"“”'‘’`]/u.test(text[s] as string)) s++;
    while (e > s && /[*_"“”'‘’`]/u.test(text[e - 1] as string)) e--;
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
  // Joiners and articles may sit inside (`lista de revocación`, `cifrado de la sesión`), never at an end.
  while (lo <= hi && (ok[lo] === 'joiner' || ok[lo] === 'article')) lo++;
  while (hi >= lo && (ok[hi] === 'joiner' || ok[hi] === 'article')) hi--;
  if (lo > hi) return NOT_A_MEMBER;
  let content = 0;
  for (let k = lo; k <= hi; k++) {
    const kind = ok[k];
    if (kind === 'no') return NOT_A_MEMBER;
    // `cifrado de la sesión`, but not `value of the tag`: English names its kinds without the article.
    if (kind === 'article' && (ok[k - 1] !== 'joiner' || ENGLISH_ARTICLES.has(plain((words[k] as { w: string }).w)))) return NOT_A_MEMBER;
    if (kind === 'content') content++;
  }
  if (content === 0 || content > MAX_WORDS) return NOT_A_MEMBER;
  return { start: (words[lo] as { s: number }).s, end: (words[hi] as { e: number }).e, words: hi - lo + 1 };
}

type WordKind = 'content' | 'joiner' | 'article' | 'no';

function wordKind(w: string, capitalOfPosition: boolean): WordKind {
  const f = plain(w);
  if (FOLDED_JOINERS.has(f)) return 'joiner';
  if (ARTICLES.has(f)) return 'article';
  if (ACRONYM.test(w)) return 'content';
  const lower = capitalOfPosition && TITLE_WORD.test(w) ? w.toLowerCase() : w;
  if (!LOWER_WORD.test(lower) || lower.length < 2) return 'no';
  // A verb that is never a noun (`choose`, `install`, `were`) ends the noun phrase before it.
  if (FOLDED_STOPWORDS.has(f) || FOLDED_STOPWORDS.has(foldOne(lower)) || clauseWord(lower) || englishRole(lower) === 'base-verb' || isEnglishFunctionWord(lower)) return 'no';
  return 'content';
}

/** Cuts a clause into members by `sep`, the last one also at its conjunction for a comma list. */
function cut(text: string, from: number, to: number, sep: RegExp, comma: boolean): [number, number][] {
  const parts: [number, number][] = [];
  const re = new RegExp(sep.source, 'gu');
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

/** Blanks parenthesised asides (`turnaround time (finish − arrival)`): a member's gloss is not the member. */
function withoutAsides(text: string): string {
  return text.replace(/\([^()]*\)|\[[^[\]]*\]/g, (m) => ' '.repeat(m.length));
}

export function enumeratedTerms(lines: readonly Line[], noteId: string, known: ReadonlySet<string>, english: boolean): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  const seen = new Set<string>();
  for (const l of lines) {
    const raw = l.text;
    let commas = 0;
    let chains = 0;
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (c === 44) commas++;
      else if (c === 0x2192 || c === 0x2190 || c === 0x21d2 || c === 0x27f6 || ((c === 62 || c === 60) && raw.charCodeAt(i - 1) !== 124)) chains++;
    }
    if (commas < 2 && chains < 2) continue;
    const text = withoutAsides(raw);
    // Clauses: a list never crosses the end of a sentence, a colon or a dash that opens it.
    const bounds = /[.;!?](?=\s|$)|:(?=\s)|\s[—–]\s|\s-\s|\|/gu;
    let from = 0;
    const clauses: [number, number][] = [];
    for (let m = bounds.exec(text); m; m = bounds.exec(text)) {
      clauses.push([from, m.index]);
      from = m.index + m[0].length;
    }
    clauses.push([from, text.length]);
    for (const [a, b] of clauses) {
      const piece = text.slice(a, b);
      const chained = (piece.match(new RegExp(CHAIN.source, 'gu')) ?? []).length >= 2;
      const listed = !chained && (piece.match(/,/g) ?? []).length >= 1 && (piece.match(/,/g) ?? []).length + (LAST_JOIN.test(piece) ? 1 : 0) >= 2;
      if (!chained && !listed) continue;
      const parts = cut(text, a, b, chained ? CHAIN : /\s*,\s*/u, !chained);
      const members = parts.map(([s, e], k) => member(text, s, e, k === 0, k === parts.length - 1, k === 0 && /^[\s*_>-]*$/u.test(text.slice(0, s))));
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
            if (m.words < 2) continue;
            const name = text.slice(m.start, m.end);
            const words = name.split(' ');
            if (!words.some((w) => LOWER_WORD.test(w)) || FOLDED_DESCRIPTIVE.has(plain(words[0] as string))) continue;
            const key = foldName(name);
            if (!key || seen.has(key) || known.has(key) || FOLDED_GENERIC.has(key)) continue;
            inEnglish ??= englishText(piece) ?? english;
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
