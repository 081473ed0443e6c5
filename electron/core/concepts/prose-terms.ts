import type { ParsedNote } from '../markdown/types';
import { isCommonWord } from './common-words';
import { englishRole, isEnglishGerund, isEnglishPastForm, isEnglishPlural, isEnglishWord } from './english-lexicon';
import { plain } from './fold';
import { foldName } from './memo';
import { boundWordTable, foldOne, noteWords, type NoteWords, type WordInfo } from './prose-words';
import { hasWholeWord, isSpaceCode } from './scan';
import { FOLDED_DESCRIPTIVE, FOLDED_GENERIC, FOLDED_JOINERS, FOLDED_STOPWORDS, rates } from './folded-lists';
import { findGlosses } from './glosses';
import { spanishVerb } from './clause-words';
import { tidy } from './sentence';
import { blankHtml } from './tokens';
import type { ConceptCandidate, Occurrence } from './types';

/**
 * Terms a person's own prose names, without any help from concept notes: technical names written inside
 * running text (capitalised, code-like or hyphenated: `EC2 Instance Connect`, `X-Forwarded-For`,
 * `--page-size`), noun phrases the note repeats (`user data`, `instancias de rendimiento ampliable`), and
 * what its sentences define (see glosses.ts). Pure function of the note, like the rest of extract.ts.
 *
 * Why capitals work in both languages: Spanish capitalises no common noun, so inside a sentence a capital
 * marks a name; English capitalises titles of UI and documents too, which is why a run made only of
 * everyday words (`Launch Instance`, `Network Settings`) is left out, and a lone capitalised word needs to
 * be unusual (not an everyday word, never written in lower case in the same note).
 */

/**
 * Command-line options of several parts written in prose (`--page-size`). A one-word option folds to
 * its bare word (`--region` → `region`) and would match every use of the word.
 */
const OPTION = /(?<![\p{L}\p{N}-])--[a-z][a-z0-9]*(?:-[a-z0-9]+)+/gu;
const ACRONYM = /^[A-Z][A-Z0-9]+s?$/;
const MIXED_CODE = /^(?=.*\p{L})(?=.*\p{N})[\p{L}\p{N}.-]+$/u;
const INNER_CAPS = /^\p{L}+$/u;
const MAX_RUN = 6;
/**
 * Names one note may put forward by their shape. A person's note introduces tens; a generated one
 * (20,000 `q1::a1` cards) would make every pair of its names a related pair in one section.
 */
const MAX_NAMES = 300;
/**
 * Words that may sit inside a name between two capitalised words (`Bring Your Own IP`, `Servicio de
 * Almacenamiento`); not `and`/`y`, which join the items of a list (`T3, T3a y T2`).
 */
const RUN_JOINERS = new Set(['of', 'for', 'de', 'del', 'on']);
/** Nouns of quantity or grouping: `number of X` is about X (grammar, not any vault's words). */
/** English verbs that open instructions, never noun compounds (grammar, not any vault's words). */
const LIGHT_VERBS = new Set(['make', 'see', 'take', 'give', 'keep', 'let', 'go', 'come', 'want', 'need', 'try', 'ensure', 'note', 'refer', 'follow', 'check']);
export const PARTITIVES = new Set(['number', 'numero', 'amount', 'cantidad', 'list', 'lista', 'set', 'conjunto', 'type', 'tipo', 'kind', 'clase', 'lot', 'part', 'parte', 'group', 'grupo', 'series', 'serie', 'range', 'rango', 'total', 'maximum', 'maximo', 'minimum', 'minimo', 'section', 'seccion', 'chapter', 'capitulo']);
/** Longest phrase counted, in content words. */
const MAX_PHRASE = 4;

export interface ProseTerms {
  candidates: ConceptCandidate[];
}

/** fold.ts `plain` already passes ASCII through without decomposing. */
const plainWord = plain;

/** A token that is a name by its shape alone: an acronym, code-like, or with an inner capital. */
function strong(raw: string): boolean {
  if (ACRONYM.test(raw) && raw.length >= 2) return true;
  if (/[-.]/.test(raw) && /\p{Lu}/u.test(raw)) return true;
  if (MIXED_CODE.test(raw) && /\p{N}/u.test(raw) && /\p{L}/u.test(raw)) return true;
  return INNER_CAPS.test(raw) && /^\p{L}\p{Ll}+\p{Lu}/u.test(raw);
}



/** Is the token the first word of its sentence (nothing but punctuation or a list dash before it)? */
function opensSentence(line: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = line[i] ?? '';
    if (c === ' ' || c === '\t' || c === '"' || c === '“' || c === '¿' || c === '¡' || c === '*' || c === '_') continue;
    if (c === '-' || c === '•' || c === '>') return line.slice(0, i).trim() === '';
    // A table cell, a parenthesis or a bracket opens text of its own, capitalised like a sentence.
    return c === '.' || c === '!' || c === '?' || c === ':' || c === ';' || c === '|' || c === '(' || c === '[';
  }
  return true;
}

/** How far evidence reaches either side of a name: a "sentence" longer than this is a run-on line
 * (a table row, 2,000 links in a row), and scanning all of it for every name was quadratic. */
const SENTENCE_REACH = 300;

const endsSentence = (c: string | undefined): boolean => c === '.' || c === '!' || c === '?';

/** Where the sentence holding `at` starts and ends (within SENTENCE_REACH), without tidying it. */
function sentenceStart(line: string, at: number): number {
  const floor = Math.max(0, at - SENTENCE_REACH);
  let a = at;
  while (a > floor && !(endsSentence(line[a - 1]) && line[a] === ' ')) a--;
  return a;
}
function sentenceEnd(line: string, at: number): number {
  const ceiling = Math.min(line.length, at + SENTENCE_REACH);
  let b = at;
  while (b < ceiling && !(endsSentence(line[b]) && (b + 1 >= line.length || line[b + 1] === ' '))) b++;
  return b;
}

/** The sentence of `line` around [start, end), for evidence. */
function sentenceOf(line: string, start: number, end: number): string {
  const floor = Math.max(0, start - SENTENCE_REACH);
  let a = start;
  while (a > floor && !(endsSentence(line[a - 1]) && line[a] === ' ')) a--;
  const ceiling = Math.min(line.length, end + SENTENCE_REACH);
  let b = end;
  while (b < ceiling && !(endsSentence(line[b]) && (b + 1 >= line.length || line[b + 1] === ' '))) b++;
  return tidy(line.slice(a, Math.min(line.length, b + 1)).replace(/^[-–•]\s*/, ''));
}


interface Line {
  text: string;
  /** 1-based file line. */
  line: number;
  section: number;
  /** The section's text, whose `at` the line starts at (see ProseLine in prose-words.ts). */
  source: string;
  at: number;
}

/** Is text[from, to) only white space (`\s`)? */
function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

function proseLines(note: ParsedNote): Line[] {
  const out: Line[] = [];
  const { sections } = note;
  for (let index = 0; index < sections.length; index++) {
    const section = sections[index] as ParsedNote['sections'][number];
    const source = blankHtml(section.text);
    // A heading's section starts with the heading's own text: it is not prose.
    for (let i = 0, at = 0; ; i++) {
      const nl = source.indexOf('\n', at);
      const end = nl === -1 ? source.length : nl;
      if ((i > 0 || section.heading === null) && !blank(source, at, end)) {
        out.push({ text: source.slice(at, end), line: section.startLine + i, section: index, source, at });
      }
      if (nl === -1) break;
      at = nl + 1;
    }
  }
  return out;
}

/** Names written in the prose by their shape: capitalised runs, code-like tokens, options. */
/**
 * Per file line, the visible texts of its links, by length: the parser leaves a link as its text, and a
 * capitalised word after it (`![[VPC]] Revisa …`) is not part of the same name. Looked up where a run
 * would grow (a line of 100,000 links must not be searched once per link).
 */
type LinkTexts = Map<number, LineLinkTexts>;
/** A line's link texts grouped by length, as arrays to walk (a Map's entries make an array per step). */
interface LineLinkTexts {
  lengths: number[];
  texts: Set<string>[];
}

function linkTexts(links: ParsedNote['links']): LinkTexts {
  const out: LinkTexts = new Map();
  for (const link of links) {
    const shown = link.display ?? link.target.replace(/^.*\//, '').replace(/\.md$/i, '');
    if (!shown) continue;
    let byLength = out.get(link.line);
    if (!byLength) out.set(link.line, (byLength = { lengths: [], texts: [] }));
    const at = byLength.lengths.indexOf(shown.length);
    if (at >= 0) byLength.texts[at]?.add(shown);
    else {
      byLength.lengths.push(shown.length);
      byLength.texts.push(new Set([shown]));
    }
  }
  return out;
}

/** Does a link's text end at `end` of the line? */
function endsLink(byLength: LineLinkTexts | undefined, line: string, end: number): boolean {
  if (!byLength) return false;
  const { lengths, texts } = byLength;
  for (let k = 0; k < lengths.length; k++) {
    const length = lengths[k] as number;
    if (length <= end && (texts[k] as Set<string>).has(line.slice(end - length, end))) return true;
  }
  return false;
}

/**
 * Per file line, where the texts of links that show a note's title stand (`Ver [[NACL chuleta v2]]` is left
 * as `Ver NACL chuleta v2`): words inside are a piece of another note's title (`v2`, `deep dive`), which
 * the link names whole; a name or phrase found there is a fragment.
 */
type TitleSpans = Map<number, [number, number][]>;

/** An IPv4 address, or a host name holding one (dotted or dashed) or ending in a top-level domain. */
const HOST_ADDRESS = /^(?:\d{1,3}\.){3}\d{1,3}$|\d{1,3}[-.]\d{1,3}[-.]\d{1,3}[-.]\d{1,3}|^[\p{L}\d-]+(?:\.[\p{L}\d-]+)+\.(?:com|net|org|io|aws|internal|local)$/iu;

/** Most distinct link titles looked for on one line (see titleSpans). */
const TITLES_PER_LINE = 200;

function titleSpans(lines: readonly Line[], links: ParsedNote['links']): TitleSpans {
  const titles = new Map<number, Set<string>>();
  for (const link of links) {
    const title = link.target.replace(/^.*\//, '').replace(/\.md$/i, '');
    const shown = link.display ?? title;
    if (!shown || shown.toLowerCase() !== title.toLowerCase() || !shown.includes(' ')) continue;
    let onLine = titles.get(link.line);
    if (!onLine) titles.set(link.line, (onLine = new Set()));
    // Each title is looked for along its whole line: a line of 100,000 links (a hostile note) took minutes.
    // Past a few hundred, the line is a list of links, not prose with titles in it.
    if (onLine.size < TITLES_PER_LINE) onLine.add(shown);
  }
  const out: TitleSpans = new Map();
  if (titles.size === 0) return out;
  for (const l of lines) {
    const shown = titles.get(l.line);
    if (!shown) continue;
    const spans: [number, number][] = [];
    for (const t of shown) for (let at = l.text.indexOf(t); at !== -1; at = l.text.indexOf(t, at + 1)) spans.push([at, at + t.length]);
    if (spans.length) out.set(l.line, spans);
  }
  return out;
}

/** Does [start, end) lie inside a link's title without being all of it? */
function insideTitle(spans: TitleSpans, line: number, start: number, end: number): boolean {
  for (const [a, b] of spans.get(line) ?? []) if (start >= a && end <= b && (start > a || end < b)) return true;
  return false;
}

/**
 * What the reader of names needs of a word, worked out once per word (it asked the same questions of every
 * capitalised token, with a pattern or a fold each time).
 */
const STOP = 1;
const JOINER = 2;
const NUMERIC = 4;
const UNIT = 8;
const STRONG = 16;
/** `^\p{Lu}\p{Ll}`: a title-cased word. */
const TITLE_CASED = 32;
const MONTH = 64;
const DIGITS = 128;
/** A run of this one word is not a name, whatever the note around it (see namesInProse). */
const LONE_NO = 256;
/** … nor in an English note. */
const LONE_NO_ENGLISH = 512;
/** Everyday: `isCommonWord(foldOne(w))` or a function word. */
const ORDINARY = 1024;

function nameFacts(w: WordInfo): number {
  if (w.names >= 0) return w.names;
  const raw = w.raw;
  const f = plainWord(raw);
  const stop = FOLDED_STOPWORDS.has(f) || FOLDED_STOPWORDS.has(foldOne(raw));
  const isStrong = strong(raw);
  let facts = (stop ? STOP : 0) | (RUN_JOINERS.has(f) ? JOINER : 0) | (NUMBER.test(raw) ? NUMERIC : 0) | (isUnit(raw) ? UNIT : 0) |
    (isStrong ? STRONG : 0) | (/^\p{Lu}\p{Ll}/u.test(raw) ? TITLE_CASED : 0) | (MONTHS.has(f) ? MONTH : 0) | (/^\d+$/.test(raw) ? DIGITS : 0) |
    (isCommonWord(foldOne(raw)) || FOLDED_STOPWORDS.has(f) ? ORDINARY : 0);
  // The checks of a lone word that ask nothing of the note (see namesInProse for the others).
  let no = MONTHS.has(f) || GLUED_MEASURE.test(raw) || /^v\d+(?:\.\d+)*$/i.test(raw) || isUnit(raw) || HOST_ADDRESS.test(raw);
  if (!no && !isStrong) {
    const lower = raw.toLowerCase();
    const role = englishRole(lower);
    no = isCommonWord(foldOne(raw)) || FOLDED_STOPWORDS.has(f) || raw.length < 3 || /(?:ly|ed|ing|mente|ad[oa]s?|id[oa]s?)$/.test(f) ||
      spanishVerb(lower) || role === 'modifier' || role === 'verb' || role === 'base-verb' || role === 'other';
    if (isEnglishWord(lower)) facts |= LONE_NO_ENGLISH;
  }
  no ||= ACRONYM.test(raw) || /^(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}$/.test(raw) || FOLDED_DESCRIPTIVE.has(f) ||
    documentTitle([raw]) || /^(?:\d+|per)[-\u2010\u2011]/i.test(raw);
  if (no) facts |= LONE_NO;
  w.names = facts;
  return facts;
}

/** The words of capitalised tokens lo..hi. */
function rawsOf(infos: readonly WordInfo[], lo: number, hi: number): string[] {
  const r: string[] = [];
  for (let c = lo; c <= hi; c++) r.push((infos[c] as WordInfo).raw);
  return r;
}

function namesInProse(lines: readonly Line[], words: NoteWords, noteId: string, linked: ReadonlySet<string>, english: boolean, links: LinkTexts = new Map(), spans: TitleSpans = new Map()): ConceptCandidate[] {
  // Only capitalised or shaped tokens can make a name (most words are neither).
  const midCaps = new Set<string>();
  const { capFrom, capStart: capStarts, capEnd: capEnds, capWord: capInfos } = words;
  for (let li = 0; li < lines.length; li++) {
    const text = (lines[li] as Line).text;
    for (let c = capFrom[li] as number, to = capFrom[li + 1] as number; c < to; c++) {
      if (!opensSentence(text, capStarts[c] as number)) midCaps.add((capInfos[c] as WordInfo).raw);
    }
  }
  // Words the note also writes in lower case are ordinary words capitalised by position or by a UI label.
  let prose: string | null = null;
  const writtenLower = (w: string): boolean => {
    prose ??= lines.map((l) => l.text).join('\n');
    const lower = w.includes(' ') ? w : w.toLowerCase();
    if (lower === w && !w.includes(' ')) return true;
    return hasWholeWord(prose, lower);
  };

  const writtenTitled = (phrase: string): boolean => {
    prose ??= lines.map((l) => l.text).join('\n');
    return hasWholeWord(prose, phrase);
  };
  const out: ConceptCandidate[] = [];
  const seen = new Set<string>();
  const push = (name: string, l: Line, start: number, end: number): void => {
    const folded = foldName(name);
    if (!folded || folded.length < 2 || linked.has(folded) || FOLDED_GENERIC.has(folded)) return;
    if (seen.has(folded) || seen.size >= MAX_NAMES) return;
    seen.add(folded);
    const occurrence: Occurrence = { noteId, line: l.line, sentence: sentenceOf(l.text, start, end), section: l.section };
    out.push({ names: [name], source: 'term', occurrence });
  };

  lines.forEach((l, li) => {
    const text = l.text;
    // This line's capitalised tokens are i <= c < n.
    const n = capFrom[li + 1] as number;
    const shown = links.get(l.line);
    let i = capFrom[li] as number;
    while (i < n) {
      const first = i;
      // Grow the run: capitalised tokens one space apart, a joiner allowed between two of them.
      let j = i;
      while (j + 1 < n && j - i < MAX_RUN * 2) {
        const end = capEnds[j] as number;
        if (endsLink(shown, text, end)) break;
        const next = capStarts[j + 1] as number;
        if (!(next === end + 1 && text.charCodeAt(end) === 32) &&
          !(next - end <= 5 && text.charCodeAt(end) === 32 && text.charCodeAt(next - 1) === 32 && RUN_JOINERS.has(text.slice(end, next).trim()))) break;
        j++;
      }
      // The run is [lo, hi] of the line's capitalised tokens.
      let lo = i;
      let hi = j;
      i = j + 1;
      // A sentence's first word is capitalised by position: it joins the name only by its shape, or when
      // the note capitalises it mid-sentence too (`Cloudwatch recoge …`, `… detailed Cloudwatch monitoring`).
      const atStart = opensSentence(text, (capStarts[first] as number));
      let fragment = false;
      // A title's verb is its first word: once a word of the run went for another reason (`Elastic` opening
      // `EC2:::Elastic Compute Cloud`), the next one (`Compute`) is no task's verb.
      let wordDropped = false;
      while (lo <= hi) {
        const head = capInfos[lo] as WordInfo;
        const facts = nameFacts(head);
        const opens = lo === first && atStart;
        // A function word capitalised mid-sentence belongs to a title (`One Zone-IA`, `Bring Your Own IP`):
        // what follows it is a fragment of that title, not a name of its own.
        if ((facts & STOP) && !opens && hi > lo && (facts & TITLE_CASED)) fragment = true;
        // A bare number opens no name: `la capa 7 de [[ELB]]` is a layer of ELB, not a concept `7 de ELB`.
        // A quantity (`0.125 TiB`, `16 GiB of GDDR6`) opens no name either: its number and unit go.
        if ((facts & (STOP | JOINER | NUMERIC | UNIT)) || (opens && !(facts & STRONG) && !midCaps.has(head.raw))) {
          wordDropped ||= !(facts & (STOP | JOINER));
          lo++;
        }
        // `Install EC2 Instance Connect`, `Specify Capacity Reservation`: the title of a task; its object is the name.
        else if (!wordDropped && hi > lo && instruction(rawsOf(capInfos, lo, hi))) lo++;
        else break;
      }
      while (lo <= hi && (nameFacts((capInfos[hi] as WordInfo)) & (STOP | JOINER | UNIT))) hi--;
      // `IOPS of 64`: a quantity of the name; the name is what is left.
      if (hi > lo && (nameFacts((capInfos[hi] as WordInfo)) & NUMERIC) && RUN_JOINERS.has(text.slice((capEnds[hi - 1] as number), (capStarts[hi] as number)).trim())) hi--;
      if (fragment || lo > hi || hi - lo + 1 > MAX_RUN) continue;
      if (hi > lo) {
        // `August 14`, `April 2021`: a date.
        if (nameFacts((capInfos[lo] as WordInfo)) & MONTH) {
          let date = true;
          for (let c = lo + 1; c <= hi && date; c++) date = (nameFacts((capInfos[c] as WordInfo)) & DIGITS) !== 0;
          if (date) continue;
        }
        // A bare number closing a run numbers an everyday word (`Volume 1`, `Period 4`, `Generation 1`): an item
        // of a list, not a name; after an acronym, a number of three digits or more is a port or a quantity
        // (`GENEVE 6081`, `HTTP 8080`), and the acronym is the name.
        if (nameFacts((capInfos[hi] as WordInfo)) & DIGITS) {
          if (ACRONYM.test((capInfos[hi - 1] as WordInfo).raw) && (capInfos[hi] as WordInfo).raw.length >= 3) hi--;
          else if (listItem(rawsOf(capInfos, lo, hi))) continue;
        }
      }
      const start = capStarts[lo] as number;
      const end = capEnds[hi] as number;
      if (lo === hi) {
        const word = capInfos[lo] as WordInfo;
        const facts = nameFacts(word);
        // What the word alone says (nameFacts): a date (`August`), a measure or a version (`48TB`, `0h`,
        // `v3`), an example host's address (`10.0.0.25`), an everyday word, an adverb or participle
        // capitalised by position (`Alternatively`, `Recommended`, `Optimizadas`), a Spanish verb
        // (`Continúa`), an adjective of English names written alone (`Big`), a lone acronym (counted by
        // extract.ts, which knows how often it recurs), an identifier's value (`0598c7d356eba48d7`), a
        // descriptive or a document's word, a measure (`24-hour`, `per-Region`).
        if ((facts & LONE_NO) || (english && (facts & LONE_NO_ENGLISH))) continue;
        if (!(facts & STRONG)) {
          const w = word.raw;
          if (writtenLower(w)) continue;
          // A lone word before an article or a clause is a verb capitalised by position (`Revisa las …`,
          // `Remember that …`), not a name.
          const after = text.slice(end + 1, end + 8).split(/[^\p{L}]/u)[0] ?? '';
          if (text[end] === ' ' && (opensNounPhrase(after) || CLAUSE_OPENERS.has(after.toLowerCase()))) continue;
          // `Don't`: the first half of a contraction.
          if (/^['’]\p{L}/u.test(text.slice(end, end + 2))) continue;
          // `Elastic container service` where the note also writes `Elastic Container Service`: the first
          // word of a longer name, not a name of its own.
          if (fragmentOfLonger(w, text.slice(end), writtenTitled)) continue;
        }
      } else {
        let shaped = false;
        let ordinary = true;
        for (let c = lo; c <= hi; c++) {
          const facts = nameFacts((capInfos[c] as WordInfo));
          shaped ||= (facts & STRONG) !== 0;
          ordinary &&= (facts & ORDINARY) !== 0;
        }
        if (!shaped && ordinary) continue;
        const ws = rawsOf(capInfos, lo, hi);
        if ((capInfos[lo] as WordInfo).descriptive || documentTitle(ws)) continue;
        // `Amazon EC2 Instances` in a title, `Amazon EC2 instances` in the text: capitals of a title, not
        // a name of their own.
        const casual = ws.map((w) => (isCommonWord(foldOne(w)) ? w.toLowerCase() : w)).join(' ');
        if (casual !== ws.join(' ') && writtenLower(casual)) continue;
        // `24-hour`, `64-bit`, `per-Region`: measures and distributives, not names.
        if (/^(?:\d+|per)[-\u2010\u2011]/i.test(ws[0] as string)) continue;
      }
      if (insideTitle(spans, l.line, start, end)) continue;
      push(text.slice(start, end), l, start, end);
    }
    if (text.includes('--')) {
      OPTION.lastIndex = 0;
      for (let m = OPTION.exec(text); m; m = OPTION.exec(text)) push(m[0], l, m.index, m.index + m[0].length);
    }
  });
  return out;
}

const NUMBER = /^\d+(?:[.,]\d+)*$/;
const GLUED_MEASURE = /^\d+(?:[.,]\d+)?(?:[kmgtp]i?b|[kmgt]bps|[kmg]?hz|ms|h|s|m)$/i;
/** Units of data, rate and frequency written after a number (SI and IEC prefixes): a measure, not a name. */
const UNITS = new Set(['kb', 'mb', 'gb', 'tb', 'pb', 'kib', 'mib', 'gib', 'tib', 'pib', 'kbps', 'mbps', 'gbps', 'hz', 'khz', 'mhz', 'ghz']);
const isUnit = (raw: string): boolean => raw.length <= 5 && UNITS.has(raw.toLowerCase().replace(/(?<=b)s$/, ''));
/** Month names of both languages: with a number they date something. */
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre']);

/**
 * A title that opens with an English verb's base form and goes on to its object (`Install EC2 Instance
 * Connect`, `Manage IP addresses`) names a task; `Compute optimized instances` opens with a verb as a
 * modifier, which a participle after it shows, and `Compute Optimizer` with the verb of an agent noun.
 */
export function instruction(words: readonly string[]): boolean {
  const first = (words[0] ?? '').toLowerCase();
  // `Importing Linux`, `Creating Amazon EventBridge`: a title's gerund before its capitalised object.
  if (/^\p{Lu}\p{Ll}+ing$/u.test(words[0] ?? '') && /^\p{Lu}/u.test(words[1] ?? '') && isEnglishGerund(first)) return true;
  if (!/^\p{Lu}?\p{Ll}+$/u.test(words[0] ?? '') || englishRole(first) !== 'base-verb') return false;
  // A verb before an agent noun names a tool (`Compute Optimizer`), not a task.
  const second = (words[1] ?? '').toLowerCase();
  return !/ed$/.test(second) && !(words.length === 2 && /(?:er|or)$/.test(second));
}

/**
 * One everyday word and one digit (`Option 3`, `Volume 1`, `Paso 2`): an item of a list. `Route 53`,
 * `Windows Server 2019`, `Amazon Linux 2` are names (more digits, more words, or a word no lexicon knows).
 */
export function listItem(words: readonly string[]): boolean {
  if (words.length !== 2 || !/^\d$/.test(words[1] ?? '')) return false;
  const before = words[0] ?? '';
  return !ACRONYM.test(before) && (isCommonWord(foldOne(before)) || englishRole(before.toLowerCase()) !== 'unknown');
}

/** Does `word` + the next one or two lower-case words of `after` occur in the note in title case? */
function fragmentOfLonger(word: string, after: string, writtenTitled: (phrase: string) => boolean): boolean {
  const next = /^ (\p{Ll}[\p{L}\p{N}-]*)(?: (\p{Ll}[\p{L}\p{N}-]*))?/u.exec(after);
  if (!next) return false;
  const title = (x: string): string => (x[0] ?? '').toUpperCase() + x.slice(1);
  let phrase = word;
  for (const w of [next[1], next[2]]) {
    if (!w) break;
    phrase += ` ${title(w)}`;
    if (writtenTitled(phrase)) return true;
  }
  return false;
}

/**
 * Noun phrases the note uses at least twice (`user data`, `load balancer`, `instancias de rendimiento
 * ampliable`): content words, with `de`/`of` (and an article after `de`) allowed inside. A phrase that
 * only ever occurs inside a longer repeated one is that longer phrase (C-value's nesting rule).
 */
function repeatedPhrases(lines: readonly Line[], tokens: NoteWords, noteId: string, known: ReadonlySet<string>, english: boolean, spans: TitleSpans = new Map()): ConceptCandidate[] {
  /** `nominal`: uses not followed at once by an article (see `opensNounPhrase`). */
  const counts = new Map<string, { n: number; nominal: number; words: number; l: Line; start: number; end: number }>();
  // Two passes: most pairs of words in a note occur once, so phrases are spelled out (strings, a map of
  // them) only from the starts whose first pair of content words repeats, counted as numbers first.
  const { lineFrom, start: starts, end: ends, word: ws } = tokens;
  /** The first content pair from token i (of a line ending before token `to`) as a number, or -1. */
  const pairKey = (i: number, to: number): number => {
    for (let j = i + 1, skipped = 0; j < to && skipped <= 2; j++) {
      if (starts[j] !== (ends[j - 1] as number) + 1) return -1;
      const w = ws[j] as WordInfo;
      if (w.kind === 0) return (ws[i] as WordInfo).id * 2 ** 21 + w.id;
      if (w.kind === 3) return -1;
      skipped++;
    }
    return -1;
  };
  const pairs = new Map<number, number>();
  const all = lineFrom[lines.length] as number;
  for (let li = 0, to = lineFrom[1] as number, i = 0; i < all; i++) {
    while (i >= to) to = lineFrom[++li + 1] as number;
    if ((ws[i] as WordInfo).kind !== 0) continue;
    const k = pairKey(i, to);
    if (k >= 0) pairs.set(k, (pairs.get(k) ?? 0) + 1);
  }
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li] as Line;
    const to = lineFrom[li + 1] as number;
    for (let i = lineFrom[li] as number; i < to; i++) {
      const first = ws[i] as WordInfo;
      if (first.kind !== 0 || first.descriptive) continue;
      if ((pairs.get(pairKey(i, to)) ?? 0) < 2) continue;
      let joiners = 0;
      let key = first.folded;
      let words = 1;
      for (let j = i + 1; j < to && words < MAX_PHRASE; j++) {
        if (starts[j] !== (ends[j - 1] as number) + 1 || l.text.charCodeAt(ends[j - 1] as number) !== 32) break;
        const w = ws[j] as WordInfo;
        key += ` ${w.folded}`;
        if (w.kind === 1 || (w.kind === 2 && (ws[j - 1] as WordInfo).kind === 1)) {
          if (++joiners > 2) break;
          continue;
        }
        if (w.kind !== 0) break;
        words++;
        if (spans.size && insideTitle(spans, l.line, starts[i] as number, ends[j] as number)) continue;
        const verbal = j + 1 < to && l.text.charCodeAt(ends[j] as number) === 32 && starts[j + 1] === (ends[j] as number) + 1 &&
          opensNounPhrase(l.text.slice(starts[j + 1], ends[j + 1]));
        const c = counts.get(key);
        if (c) {
          c.n++;
          if (!verbal) c.nominal++;
        } else counts.set(key, { n: 1, nominal: verbal ? 0 : 1, words, l, start: starts[i] as number, end: ends[j] as number });
      }
    }
  }
  type Count = { n: number; words: number; l: Line; start: number; end: number };
  const repeated: [string, Count][] = [];
  // A phrase always followed by an article ends on a verb (`consola muestra los …`, `section explains
  // how …`): a clause. Phrases that are not noun phrases are left out before the nesting rule below, so a
  // clause (`instance types matter`) does not hide the term inside it (`instance types`).
  // Notes mix languages sentence by sentence: the phrase follows the grammar of the sentence it is in,
  // judged once per sentence (a page repeats thousands of phrases).
  const languages = new Map<Line, Map<number, boolean>>();
  const languageAt = (l: Line, at: number): boolean => {
    let byStart = languages.get(l);
    if (!byStart) languages.set(l, (byStart = new Map()));
    const from = sentenceStart(l.text, at);
    let inEnglish = byStart.get(from);
    if (inEnglish === undefined) byStart.set(from, (inEnglish = englishText(l.text.slice(from, sentenceEnd(l.text, at))) ?? english));
    return inEnglish;
  };
  for (const e of counts) {
    const c = e[1];
    if (c.n < 2 || c.nominal === 0) continue;
    if (nounPhrase(c.l.text.slice(c.start, c.end).split(' '), languageAt(c.l, c.start))) repeated.push(e);
  }
  // C-value's nesting rule: the most any longer repeated phrase holding it is used.
  const within = new Map<string, number>();
  for (const [key, c] of repeated) {
    const parts = key.split(' ');
    for (let a = 0; a < parts.length; a++) {
      for (let b = a + 1; b <= parts.length; b++) {
        if (a === 0 && b === parts.length) continue;
        const sub = parts.slice(a, b).join(' ');
        if ((within.get(sub) ?? 0) < c.n) within.set(sub, c.n);
      }
    }
  }
  const out: ConceptCandidate[] = [];
  for (const [key, c] of repeated) {
    if (known.has(key) || FOLDED_GENERIC.has(key) || (within.get(key) ?? 0) >= c.n) continue;
    const l = c.l;
    const occurrence: Occurrence = { noteId, line: l.line, sentence: sentenceOf(l.text, c.start, c.end), section: l.section };
    out.push({ names: [l.text.slice(c.start, c.end)], source: 'term', occurrence });
  }
  return out;
}

/**
 * Whether a repeated run of words (content words, with `de`/`of` inside) reads as a noun phrase, by the
 * grammar of the note's language (see judgeWord for the words no phrase may hold at all).
 */
function nounPhrase(surface: readonly string[], english: boolean): boolean {
  const first = plainWord(surface[0] ?? '');
  const last = plainWord(surface[surface.length - 1] ?? '');
  const joinerSecond = FOLDED_JOINERS.has(plainWord(surface[1] ?? ''));
  // `number of instances`, `lista de comandos`: a quantity of something is that something.
  if (PARTITIVES.has(first) && joinerSecond) return false;
  if (documentTitle(surface)) return false;
  if (surface.length > 1 && rates(surface.map((w) => foldOne(w)))) return false;
  if (!english) return true;
  // A participle first is a state of the thing (`running instance`, `stopped instance`); a light verb
  // first makes an instruction (`make sure`, `see aws`).
  if (/(?:ed|ing)$/.test(first) || LIGHT_VERBS.has(first) || englishPast(first)) return false;
  // An English noun phrase ends on its noun: `instances running`, `longer needed`, `capacity first` are
  // clauses or a noun and its complement.
  const lastRole = englishRole(last);
  if (last.endsWith('ed') || lastRole === 'modifier' || lastRole === 'base-verb') return false;
  // A verb's base form first is an instruction (`create volumes`, `specify tags`).
  if (englishRole(first) === 'base-verb') return false;
  // Its modifiers are singular (`instance types`, not `instances running`, `instance types matter`).
  if (joinerSecond) return true;
  if (/[^su]s$/.test(first)) return false;
  for (let i = 1; i < surface.length - 1; i++) {
    const w = plainWord(surface[i] ?? '');
    if (!FOLDED_JOINERS.has(plainWord(surface[i + 1] ?? '')) && isEnglishPlural(w)) return false;
  }
  return true;
}

/** A verb's past first (`made changes`, `took snapshots`): its usual reading is a past tense or participle, never a noun. */
function englishPast(lower: string): boolean {
  return englishRole(lower) === 'base-verb' || isEnglishPastForm(lower);
}

/**
 * Words that open a noun phrase: a name is not followed at once by one, a verb is (`muestra los límites`,
 * `explains how`, `Revisa las métricas`, `Remember that`). Grammar of both languages, not any vault's words.
 * `cómo` with its accent asks a question; unaccented `como` compares (`servicios como EC2`).
 */
const PHRASE_OPENERS = new Set(['the', 'an', 'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'how', 'cómo']);
const CLAUSE_OPENERS = new Set(['que', 'that']);
function opensNounPhrase(word: string): boolean {
  return PHRASE_OPENERS.has(word.toLowerCase());
}

/** Words that end the title of a document or a screen, not of a concept (`IAM User Guide`, `navigation pane`). */
const DOCUMENT_HEADS = new Set(['guide', 'guia', 'manual', 'documentation', 'documentacion', 'reference', 'tutorial', 'pane', 'panel', 'page', 'pagina', 'tab', 'box', 'button', 'boton', 'wizard', 'step', 'paso', 'version', 'section', 'seccion', 'chapter', 'capitulo']);
const BOOK_WORDS = new Set(['guide', 'guia', 'manual', 'documentation', 'documentacion', 'handbook']);
export function documentTitle(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  if (DOCUMENT_HEADS.has(plainWord(last)) || DOCUMENT_HEADS.has(foldOne(last))) return true;
  // `Amazon EC2 User Guide for Windows Instances`: a book's title, whatever its last word.
  return words.some((w) => BOOK_WORDS.has(plainWord(w)));
}

/**
 * Function words of both languages as whole words. The two sets share no word, so one pass counts both
 * (two patterns read every line twice).
 */
const FUNCTION_WORDS = /\b(?:the|of|and|to|is|are|with|for|this|that|you|your|el|los|las|del|que|es|son|para|con|una|por|como|se)\b/gi;
const isAsciiWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * English function words of the text less its Spanish ones. Counted with `test`, which makes no match
 * array and no string per word (a note's function words are a third of its words): a match is a whole
 * ASCII word, found back from where it ends, and its length and first letter tell the two sets apart
 * (English of/to/is, the/and/are/for/you, with/this/that/your; Spanish el/es/se, los/las/del/que/son/con/
 * una/por, para/como).
 */
function leaning(text: string): number {
  let d = 0;
  FUNCTION_WORDS.lastIndex = 0;
  while (FUNCTION_WORDS.test(text)) {
    const end = FUNCTION_WORDS.lastIndex;
    let start = end - 1;
    while (start > 0 && isAsciiWordChar(text.charCodeAt(start - 1))) start--;
    const first = text.charCodeAt(start) | 32;
    const length = end - start;
    const english = length === 2 ? first === 111 || first === 116 || first === 105 /* o t i */
      : length === 3 ? first === 116 || first === 97 || first === 102 || first === 121 /* t a f y */
        : first === 119 || first === 116 || first === 121; /* w t y */
    d += english ? 1 : -1;
  }
  return d;
}

/** Whether a sentence is English (true), Spanish (false), or cannot tell (null), by its function words. */
function englishText(text: string): boolean | null {
  const d = leaning(text);
  return d === 0 ? null : d > 0;
}

/** Whether the note's prose is mostly English (word order rules for phrases differ from Spanish). */
function isEnglish(lines: readonly Line[]): boolean {
  let d = 0;
  // The first few thousand characters tell the language as well as the whole note.
  let read = 0;
  for (const l of lines) {
    d += leaning(l.text);
    if ((read += l.text.length) > 4000) break;
  }
  return d > 0;
}

export function proseTerms(note: ParsedNote): ConceptCandidate[] {
  const lines = proseLines(note);
  if (lines.length === 0) return [];
  const linked = new Set<string>();
  for (const link of note.links) {
    if (link.target) linked.add(foldName(link.target.replace(/\.md$/i, '').replace(/^.*\//, '')));
    if (link.display) linked.add(foldName(link.display));
  }
  const english = isEnglish(lines);
  const spans = titleSpans(lines, note.links);
  boundWordTable();
  const words = noteWords(lines);
  const names = namesInProse(lines, words, note.id, linked, english, linkTexts(note.links), spans);
  const glosses = findGlosses(note, lines, words, english);
  const known = new Set<string>([...names, ...glosses].flatMap((c) => c.names.map((n) => foldName(n))));
  return [...names, ...glosses, ...repeatedPhrases(lines, words, note.id, known, english, spans)];
}

export type { Line as ProseLine };
