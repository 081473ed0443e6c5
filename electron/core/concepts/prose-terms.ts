import type { ParsedNote } from '../markdown/types';
import { isCommonWord } from './common-words';
import { englishRole, isEnglishGerund, isEnglishWord } from './english-lexicon';
import { plain } from './fold';
import { foldName } from './memo';
import { boundWordTable, foldOne, noteWords, type NoteWords, type WordInfo } from './prose-words';
import { hasWholeWord } from './scan';
import { FOLDED_DESCRIPTIVE, FOLDED_GENERIC, isStopword } from './folded-lists';
import { EVALUATIVE_WORDS as EVALUATIVE } from './stoplists';
import { findGlosses } from './glosses';
import { isEnglish } from './prose-language';
import { boldTerms } from './bold-terms';
import { definedTerms } from './defined-terms';
import { loneHeads } from './lone-heads';
import { listHeads } from './list-heads';
import { loanTerms } from './loan-words';
import { lowerAcronyms } from './lower-acronyms';
import { coinedWords } from './coined-words';
import { wordAcronyms } from './word-acronyms';
import { endsLink, insideTitle, type Line, type LinkTexts, linkTexts, proseLines, sentenceOf, type TitleSpans, titleSpans } from './prose-lines';
import { CLAUSE_OPENERS, opensNounPhrase, repeatedPhrases } from './repeated-phrases';
import { spanishVerb } from './clause-words';
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
/**
 * Conjunctions written in capitals inside a title-cased or shouted line (`ARN Y EXPRESION GENICA`, `Mitosis
 * And Meiosis`): they join two subjects, so the run ends before one and the next name starts after it.
 */
const RUN_BREAKERS = new Set(['y', 'e', 'o', 'u', 'and', 'or', 'nor', 'ni', 'vs', 'versus']);
/** Nouns of quantity or grouping: `number of X` is about X (grammar, not any vault's words). */
export const PARTITIVES = new Set(['number', 'numero', 'amount', 'cantidad', 'list', 'lista', 'set', 'conjunto', 'type', 'tipo', 'kind', 'clase', 'lot', 'part', 'parte', 'group', 'grupo', 'series', 'serie', 'range', 'rango', 'total', 'maximum', 'maximo', 'minimum', 'minimo', 'section', 'seccion', 'chapter', 'capitulo']);

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

/** An IPv4 address, or a host name holding one (dotted or dashed) or ending in a top-level domain. */
const HOST_ADDRESS = /^(?:\d{1,3}\.){3}\d{1,3}$|\d{1,3}[-.]\d{1,3}[-.]\d{1,3}[-.]\d{1,3}|^[\p{L}\d-]+(?:\.[\p{L}\d-]+)+\.(?:com|net|org|io|aws|internal|local)$/iu;

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
  const stop = isStopword(f) || isStopword(foldOne(raw));
  const isStrong = strong(raw);
  let facts = (stop ? STOP : 0) | (RUN_JOINERS.has(f) ? JOINER : 0) | (NUMBER.test(raw) || GLUED_MEASURE.test(raw) ? NUMERIC : 0) | (isUnit(raw) ? UNIT : 0) |
    (isStrong ? STRONG : 0) | (/^\p{Lu}\p{Ll}/u.test(raw) ? TITLE_CASED : 0) | (MONTHS.has(f) ? MONTH : 0) | (/^\d+$/.test(raw) ? DIGITS : 0) |
    (isCommonWord(foldOne(raw)) || isStopword(f) ? ORDINARY : 0);
  // The checks of a lone word that ask nothing of the note (see namesInProse for the others).
  let no = MONTHS.has(f) || GLUED_MEASURE.test(raw) || /^v\d+(?:\.\d+)*$/i.test(raw) || isUnit(raw) || HOST_ADDRESS.test(raw);
  if (!no && !isStrong) {
    const lower = raw.toLowerCase();
    const role = englishRole(lower);
    no = isCommonWord(foldOne(raw)) || isStopword(f) || raw.length < 3 || /(?:ly|ed|ing|mente|ad[oa]s?|id[oa]s?)$/.test(f) ||
      spanishVerb(lower) || role === 'modifier' || role === 'verb' || role === 'base-verb' || role === 'other';
    if (isEnglishWord(lower)) facts |= LONE_NO_ENGLISH;
  }
  no ||= ACRONYM.test(raw) || /^(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}$/.test(raw) || FOLDED_DESCRIPTIVE.has(f) ||
    documentTitle([raw]) || /^(?:\d+(?:st|nd|rd|th)?|per)[-\u2010\u2011]/i.test(raw);
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
      // A run short enough to be names ends before a conjunction; the next one starts at it.
      let cut = j + 1;
      if (j - i < MAX_RUN) for (let c = i + 1; c <= j && cut > j; c++) if (RUN_BREAKERS.has(plainWord((capInfos[c] as WordInfo).raw))) cut = c;
      // The run is [lo, hi] of the line's capitalised tokens.
      let lo = i;
      let hi = cut - 1;
      i = cut;
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
        if ((facts & STOP) && !opens && hi > lo && (facts & TITLE_CASED) && !RUN_BREAKERS.has(plainWord(head.raw))) fragment = true;
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
          // `CPU 40%`: a share of the name, not part of it.
          if (text.charCodeAt(capEnds[hi] as number) === 37) hi--;
          else if (ACRONYM.test((capInfos[hi - 1] as WordInfo).raw) && (capInfos[hi] as WordInfo).raw.length >= 3) hi--;
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
        if (/^(?:\d+(?:st|nd|rd|th)?|per)[-\u2010\u2011]/i.test(ws[0] as string)) continue;
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
/** A number glued to its unit, a thousands `k`, a time of day or an ordinal (`48TB`, `256k`, `9am`, `3rd`): a measure. */
const GLUED_MEASURE = /^\d+(?:[.,]\d+)?(?:[kmgtp]i?b|[kmgt]bps|[kmg]?hz|ms|h|s|m|k|am|pm|st|nd|rd|th)$/i;
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

/** Words that end the title of a document or a screen, not of a concept (`IAM User Guide`, `navigation pane`). */
const DOCUMENT_HEADS = new Set(['guide', 'guia', 'manual', 'documentation', 'documentacion', 'reference', 'tutorial', 'pane', 'panel', 'page', 'pagina', 'tab', 'box', 'button', 'boton', 'wizard', 'step', 'paso', 'version', 'section', 'seccion', 'chapter', 'capitulo']);
const NAME_JOINER_WORDS = new Set(['de', 'del', 'of']);
const BOOK_WORDS = new Set(['guide', 'guia', 'manual', 'documentation', 'documentacion', 'handbook']);
/** Document parts a subject also names with an adjective of its own (`critical section`, `dirty page`). */
const SUBJECT_PARTS = new Set(['section', 'page']);
/** Adjectives that place a part in a document (`next section`, `main page`), not a kind of thing. */
const PLACING = new Set(['next', 'previous', 'prev', 'following', 'same', 'above', 'below', 'first', 'second', 'third', 'last', 'final', 'other', 'new', 'latest', 'current', 'main', 'home', 'whole', 'entire', 'separate', 'relevant', 'respective', 'appropriate', 'blank', 'empty', 'initial', 'preceding', 'subsequent', 'left', 'right', 'top', 'bottom', 'upper', 'lower', 'single', 'own']);

export function documentTitle(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  // `efecto de primer paso`, `table of the first step`: after `de`/`of` the last word is a complement; the
  // phrase's head, and what it names, comes before it.
  const complement = words.length > 2 && words.slice(1, -1).some((w) => NAME_JOINER_WORDS.has(w.toLowerCase()));
  if (!complement && (DOCUMENT_HEADS.has(plainWord(last)) || DOCUMENT_HEADS.has(foldOne(last)))) {
    // `critical section`, `dirty page`: two lower-case words, an adjective that classifies (not one that
    // places, `next section`, nor a noun, `console page`), name a subject's own thing. UI titles and
    // document parts are capitalised, placed or named by a noun.
    const before = words.length === 2 ? (words[0] as string) : '';
    return !(SUBJECT_PARTS.has(foldOne(last)) && /^\p{Ll}+$/u.test(before) && /^\p{Ll}+$/u.test(last) && englishRole(before) === 'modifier' &&
      !FOLDED_DESCRIPTIVE.has(before) && !PLACING.has(before) && !EVALUATIVE.has(before));
  }
  // `Amazon EC2 User Guide for Windows Instances`: a book's title, whatever its last word.
  return words.some((w) => BOOK_WORDS.has(plainWord(w)));
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
  const glosses = [...findGlosses(note, lines, words, english), ...definedTerms(note, lines)];
  // A head the glosses read on the same line already (`X: …`) is said once.
  const glossed = new Set(glosses.map((c) => `${c.occurrence.line}\t${foldName(c.names[0] ?? '')}`));
  const heads = listHeads(note, lines, english).filter((c) => !glossed.has(`${c.occurrence.line}\t${foldName(c.names[0] ?? '')}`) || c.names.length > 1);
  const known = new Set<string>();
  for (const list of [names, glosses, heads]) for (const c of list) for (const n of c.names) known.add(foldName(n));
  const bold = boldTerms(lines, note.id, english, known);
  for (const c of bold) known.add(foldName(c.names[0] ?? ''));
  const phrases = repeatedPhrases(lines, words, note.id, known, english, spans);
  const acronyms = [...lowerAcronyms(lines, words, note.id, known, spans), ...wordAcronyms(lines, words, note.id, known, spans)];
  acronyms.push(...loneHeads(note, lines, words, new Set([...known, ...acronyms.map((c) => foldName(c.names[0] ?? ''))])));
  if (english) return [...names, ...glosses, ...heads, ...bold, ...phrases, ...acronyms];
  for (const c of phrases) known.add(foldName(c.names[0] ?? ''));
  return [...names, ...glosses, ...heads, ...bold, ...phrases, ...acronyms, ...loanTerms(lines, words, note.id, known, spans), ...coinedWords(lines, words, note.id, known, spans)];
}

