import type { ParsedNote } from '../markdown/types';
import { isCommonWord } from './common-words';
import { clauseWord, spanishVerb } from './clause-words';
import { englishRole, isEnglishWord } from './english-lexicon';
import { isSpanishVerbOnly, isSpanishWord } from './spanish-lexicon';
import { PARTITIVES, documentTitle, listItem } from './prose-terms';
import { plain } from './fold';
import { foldName, memoised } from './memo';
import { FOLDED_DESCRIPTIVE, FOLDED_GENERIC, FOLDED_JOINERS, isStopword } from './folded-lists';
import type { NoteWords, WordInfo } from './prose-words';
import { isLabel } from './head-terms';
import { isSpaceCode, isWordAt } from './scan';
import { tidy } from './sentence';
import type { ConceptCandidate } from './types';

/**
 * Sentences that say what a thing is or is for — the definition a concept card asks back:
 * `X es/son …`, `X: …` (a list item or a line), `X sirve para …`, `X proporciona/permite …`, `X is/are …`,
 * `X provides/lets/allows …`, and a section's first sentence with no subject of its own under a heading
 * that names X (`### EC2 IMAGE BUILDER` / `Sirve para crear AMIs`). The patterns are the grammar of
 * definitions in both languages, not any vault's words. An instruction never matches: its first word is a
 * verb, and verbs are not names.
 */

const ARTICLE = '(?:(?:el|la|los|las|un|una|the|an?)\\s+)?';
/** The subject: up to six words and an optional `(ABBR)`, up to the cue. */
const SUBJECT = '(?<name>[\\p{L}\\p{N}][\\p{L}\\p{N}\\-. /]{0,60}?)\\s*(?:\\([^()]{1,60}\\)\\s*)?';
/**
 * Cues of "what it is": the copula followed by a noun phrase. A word ends where a letter ends, accented ones too:
 * JavaScript's `\b` would read `es elástica` as `es el…`.
 */
const IS_A = '\\s+(?:es|son|is|are)\\s+(?:un|una|el|la|los|las|lo|a|an|the|one|uno|otro|otra|otros|otras|another|any|when|where|cuando|donde)(?![\\p{L}\\p{N}])';
const IS = '\\s+(?:es|son|is|are)\\s+';
/** Cues of "what it is for / does". */
const FOR = '(?:\\s+(?:sirven?|se\\s+usan?|se\\s+utilizan?)\\s+para(?![\\p{L}\\p{N}])|\\s+(?:is|are)\\s+used\\s+(?:to|for)(?![\\p{L}\\p{N}])|\\s+(?:(?:nos|te|les?)\\s+)?(?:proporcionan?|permiten?|ofrecen?|definen?|realizan?|contienen?|almacenan?|guardan?|gestionan?|provides?|allows?|lets|enables?|offers?|defines?|stores?|contains?|manages?)(?![\\p{L}\\p{N}])|\\s+(?:significan?|consisten?\\s+en|se\\s+refieren?\\s+a|se\\s+definen?\\s+como|estudian?|representan?|describen?|est[aá]n?\\s+(?:formad|compuest)[oa]s?\\s+(?:por|de)|means|refers?\\s+to|(?:is|are)\\s+defined\\s+as|consists?\\s+of|(?:is|are)\\s+made\\s+(?:up\\s+)?of|describes|represents|studies)(?![\\p{L}\\p{N}])|,\\s*(?:que|which)\\s+(?:es|son|is|are)(?![\\p{L}\\p{N}]))';

const STRONG = new RegExp(`^${ARTICLE}${SUBJECT}(?:${IS_A}|${FOR})`, 'iu');
const WEAK = new RegExp(`^${ARTICLE}${SUBJECT}${IS}`, 'iu');
/** `Image recipe: receta para cada imagen …` at the start of a line or list item. */
const COLON = /^[-–•*]?\s*(?<name>[\p{L}\p{N}][\p{L}\p{N}\-. /]{0,40}?)\s*:\s+(?<rest>\S.{8,})$/u;
/** A first sentence that leaves its subject to the heading above it. */
const SUBJECTLESS = /^(?:sirven?\s+para|se\s+(?:usan?|utilizan?)\s+para|permiten?\s+|proporcionan?\s+|is\s+used\s+(?:to|for)|provides\s|lets\s|allows\s|es\s+(?:un|una|el|la)\s|are\s+used\s+(?:to|for))/iu;

const MAX_WORDS = 5;
const NO_CUES: readonly number[] = [];
/**
 * Any cue at all (`: ` or `\s(?:es|son|is|are|sirven?|se|proporcionan?|…|que|which)\s`, CUE_WORDS of
 * prose-words.ts): most lines have none, and the full patterns are costly to try on every sentence. Read
 * from the line's words, which carry whether they are a cue word: the cue positions of line `li`, as pairs of
 * the space before the word and the end of the space after it. (The first half of a contraction is never
 * one: an apostrophe, not a space, follows it.)
 */
export function cuesOf(text: string, words: NoteWords, li: number): readonly number[] {
  let out: number[] | null = null;
  const { word, start, end } = words;
  for (let t = words.lineFrom[li] as number, to = words.lineFrom[li + 1] as number; t < to; t++) {
    if (!(word[t] as WordInfo).cue) continue;
    const a = start[t] as number;
    const b = end[t] as number;
    if (a > 0 && isSpaceCode(text.charCodeAt(a - 1)) && isSpaceCode(text.charCodeAt(b))) (out ??= []).push(a - 1, b + 1);
  }
  return out ?? NO_CUES;
}

/** Does text[from, to) hold a cue (the cue pattern over that slice)? */
export function cueIn(text: string, cues: readonly number[], from: number, to: number): boolean {
  for (let k = 0; k < cues.length; k += 2) if ((cues[k] as number) >= from && (cues[k + 1] as number) <= to) return true;
  const colon = text.indexOf(': ', from);
  return colon !== -1 && colon + 2 <= to;
}

/**
 * Nouns that stand for a part of an argument or a note rather than a thing of its subject (`Un problema es
 * …`, `A downside is …`, `What is the difference?`): grammar of talk about anything, not any vault's words.
 */
export const GENERIC_NOUNS = new Set(['difference', 'differences', 'diferencia', 'diferencias', 'problem', 'problema', 'point', 'answer', 'respuesta', 'idea', 'purpose', 'proposito', 'goal', 'objetivo', 'reason', 'razon', 'motivo', 'result', 'resultado', 'output', 'example', 'ejemplo', 'question', 'pregunta', 'meaning', 'significado', 'best', 'mejor', 'deal', 'catch', 'trick', 'truco', 'takeaway', 'rule', 'regla', 'plan', 'use', 'uso', 'case', 'caso', 'thing', 'cosa', 'issue', 'main', 'principal', 'next', 'siguiente', 'solution', 'solucion', 'fix', 'downside', 'upside', 'advantage', 'ventaja', 'disadvantage', 'desventaja', 'benefit', 'beneficio', 'option', 'opcion', 'way', 'forma', 'manera', 'step', 'paso', 'error', 'mistake', 'tip', 'note', 'nota', 'alternative', 'alternativa', 'part', 'parte', 'kind', 'tipo', 'type']);

/** Nouns that point at a part of a text (`The next example describes …`, `Option B: …`, `Valid values: …`). */
const TEXT_OPENERS = new Set(['option', 'opcion', 'example', 'ejemplo', 'section', 'seccion', 'table', 'tabla', 'figure', 'figura', 'step', 'paso', 'following', 'siguiente', 'next']);
const TEXT_HEADS = new Set(['example', 'examples', 'ejemplo', 'ejemplos', 'figure', 'figura', 'procedure', 'procedimiento', 'value', 'values', 'valor', 'valores']);

/** Does a name open or end on a noun that points at a part of the text? */
export function pointsAtText(name: string): boolean {
  const ws = name.split(/\s+/).map((w) => plain(w));
  return TEXT_OPENERS.has(ws[0] ?? '') || TEXT_HEADS.has(ws[ws.length - 1] ?? '');
}

/** A sentence opening with an indefinite article, somewhere in a line. */
const INDEFINITE_OPENING = /(?:^|[.!?]\s)\s*(?:[-–•*]\s*)?(?:un|una|an?)\s/iu;
/** `Un JOIN combina …`: an indefinite article and the words after it. */
const INDEFINITE_WORDS = /^(?:[Uu]na?|[Aa]n?)\s+((?:[\p{L}\p{N}][\p{L}\p{N}-]*\s+){1,3}\p{Ll}+)\s/u;
/** English auxiliaries and verbs of state or change, which say nothing of what a thing does. */
const AUXILIARIES = new Set(['was', 'has', 'does', 'is', 'gets', 'needs', 'seems', 'becomes', 'remains', 'stays', 'goes', 'comes', 'takes', 'makes']);

/**
 * The subject of `Un X <verb> …` / `A X <verb>s …` (one to three words) when the word after it is a verb in
 * the present (a Spanish third person, an English `-s` form), or null. Its article makes X any one of a
 * kind, so the sentence says what such a thing does.
 */
function doesWhat(text: string, english: boolean): string | null {
  const ws = (INDEFINITE_WORDS.exec(text)?.[1] ?? '').split(/\s+/);
  for (let n = 1; n < ws.length; n++) {
    const verb = ws[n] as string;
    const subject = ws.slice(0, n);
    // A Spanish verb form that is also an English word (`decide`) is a verb after Spanish words only (`Un
    // orquestador decide`), not after English ones (`Un full table scan`).
    const present = english
      ? /s$/u.test(verb) && !AUXILIARIES.has(verb) && englishRole(verb) === 'verb'
      : /(?:a|e|an|en)$/u.test(verb) && (spanishVerb(verb) || (isSpanishVerbOnly(verb) && subject.every((w) => isSpanishWord(w.toLowerCase()))));
    if (!present) continue;
    const name = asName(subject.join(' '));
    // `Un crédito de CPU equivale …` is about credits, not about CPUs (asName's reading of `Los volúmenes EFS`).
    if (!name || name !== subject.join(' ') || pointsAtText(name) || GENERIC_NOUNS.has(plain(name))) return null;
    // What one thing does says less than what it is: an English dictionary word alone (`A bug exists …`) or a
    // comparative (`A shorter period creates …`) is a thing in passing.
    if (!name.includes(' ') && english && (isCommonWord(foldName(name)) || isEnglishWord(name.toLowerCase()))) return null;
    const first = (subject[0] ?? '').toLowerCase();
    const stem = first.slice(0, -2);
    if (english && subject.length > 1 && /^\p{Ll}{4,}er$/u.test(first) && isEnglishWord(stem) && !/verb$/u.test(englishRole(stem))) return null;
    return name;
  }
  return null;
}

/** Share of a lone everyday word's uses that must say what it is before it counts as a defined term. */
const SUBJECT_SHARE = 0.25;

/** A subject that can be a name: no function words but `de`/`of`, not a pronoun, not a sentence. */
export const asName = memoised(readName);
function readName(raw: string): string | null {
  // `GENEVE 6081`, `HTTPS 443`: a port after a protocol's acronym; the acronym is the name.
  const name = raw.trim().replace(/[.\s]+$/, '').replace(/^([A-Z][A-Z0-9]+)\s+\d{3,}$/, '$1');
  // A subject never runs over the end of a sentence or clause (`Ver AMI. Relacionado: …`).
  if (/[.!?;,]\s/.test(name)) return null;
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS || listItem(words)) return null;
  // A verb, adverb or determiner is not part of a name (`Configurar credenciales`, `See ENI`, `Continúa`).
  // Capitalised words inside a name are its own (`EC2 Instance Connect`); its first word is capitalised
  // by its place at the start of the line, so it is read in lower case.
  const lowerWords = words.filter((w, i) => i === 0 ? /^\p{Lu}?[\p{Ll}]+$/u.test(w) : /^\p{Ll}+$/u.test(w)).map((w) => w.toLowerCase());
  if (lowerWords.some((w) => !FOLDED_JOINERS.has(plain(w)) && clauseWord(w))) return null;
  if (/^\p{Lu}?\p{Ll}+$/u.test(words[0] ?? '') && englishRole((words[0] ?? '').toLowerCase()) === 'base-verb') return null;
  const folded = words.map((w) => plain(w));
  if (folded.some((w) => (isStopword(w) || isStopword(foldName(w))) && !FOLDED_JOINERS.has(w))) return null;
  // A name keeps one case pattern after its first word: `Secret Access Key`, `rol de la instancia`,
  // not `Secret Access Key solo` (the subject ran into an adverb).
  const rest = words.slice(1).filter((w) => !FOLDED_JOINERS.has(plain(w)));
  if (rest.length > 1 && rest.some((w) => /^\p{Lu}/u.test(w)) && rest.some((w) => /^\p{Ll}/u.test(w))) return null;
  if (rest.length >= 1 && /^\p{Lu}/u.test(words[0] ?? '') && /^\p{Lu}/u.test(rest[0] ?? '') && /^\p{Ll}/u.test(rest[rest.length - 1] ?? '')) return null;
  if (FOLDED_JOINERS.has(folded[0] ?? '') || FOLDED_JOINERS.has(folded[folded.length - 1] ?? '')) return null;
  if (FOLDED_DESCRIPTIVE.has(folded[0] ?? '')) return null;
  // `The number of instances is …` is about instances.
  if (words.length > 2 && PARTITIVES.has(folded[0] ?? '') && FOLDED_JOINERS.has(folded[1] ?? '')) return null;
  if (!/\p{L}/u.test(name) || FOLDED_GENERIC.has(foldName(name))) return null;
  // `Los volúmenes (de) EFS proporcionan …`: everyday words around an acronym say what the acronym's
  // things do, so the acronym is the subject.
  const acronyms = words.filter((w) => /^[A-Z][A-Z0-9]+s?$/.test(w));
  const ordinary = (w: string): boolean => /^\p{Ll}/u.test(w) && (FOLDED_JOINERS.has(plain(w)) || isCommonWord(foldName(w)));
  if (acronyms.length === 1 && words.length > 1 && words.every((w) => w === acronyms[0] || ordinary(w))) {
    return acronyms[0] as string;
  }
  return name;
}

/** An English word the Spanish dictionary does not have (`versioning`, `backups`). */
const englishLoan = (lower: string): boolean => /^[a-z]{3,}$/.test(lower) && isEnglishWord(lower) && !isSpanishWord(lower);

/** A lone participle (`Relacionado:`, `Recommended:`, `Optimizadas`) labels what follows; it names nothing. */
export function participle(name: string): boolean {
  return !name.includes(' ') && /(?:ad[oa]s?|id[oa]s?|ed)$/iu.test(name);
}

const SENTENCE_END = /[.!?](?=\s|$)/g;

function sentences(line: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  const re = /[.!?](?=\s|$)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    out.push({ text: line.slice(start, m.index + 1), start });
    start = m.index + 1;
  }
  if (start < line.length) out.push({ text: line.slice(start), start });
  return out.filter((s) => s.text.trim());
}

/**
 * The cue is a lower-case word: `Elastic Block Store (EBS)` holds a capitalised `Store`, which is part of
 * the name, not the verb `stores`.
 */
function cueCased(x: RegExpExecArray | null): RegExpExecArray | null {
  const named = x?.groups?.name;
  if (!x || !named) return x;
  const after = x[0].slice(x[0].indexOf(named) + named.length).replace(/^\s*(?:\([^()]*\)\s*)?/, '');
  if (/^\p{Lu}/u.test(after)) return null;
  // `instance store matter …`: an English verb agrees with its subject, so a cue without its -s after
  // a singular noun (`instance` + `store`) is a compound's noun, not a verb.
  const cue = /^(provide|allow|enable|offer|define|store|contain|manage|describe|represent|consist|refer)\b/.exec(after)?.[1];
  return cue && !/s$/i.test(named.trim()) ? null : x;
}

/** `: what it is`, `~ what it is`: a definition list's item, up to three spaces in. */
function definitionItem(text: string): boolean {
  let i = 0;
  while (i < 3 && text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  return (c === 58 || c === 126) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9);
}

interface Found {
  name: string;
  sentence: string;
  line: number;
  section: number;
  /** What it is (copula + noun phrase, `:`), or what it is for; false for a bare copula (`X son definidos …`). */
  strong: boolean;
  /**
   * Said of any one of a kind (`Un índice es una estructura …`, `A semaphore is an integer …`): an indefinite
   * subject defines the word itself, even an everyday one, where `The instance is …` speaks of one thing.
   */
  generic?: boolean;
  /** Read from a whole sentence that says what it is (`Paging is a …`), not from a line's head before a colon. */
  said?: boolean;
  /**
   * A definition list's term: the layout itself says the word is a term and the item under it what it means, so
   * even an everyday word there (`Sample`, `Power`) is defined, not used in passing.
   */
  listed?: boolean;
  /** The same thing's name in the other language (`acervo genico o gene pool`). */
  also?: string;
  /** Read from a clause inside the sentence: one of the sentence's definitions, not the one. */
  clause?: boolean;
}

/** A bracketed part closing a definition list's term (its symbol or abbreviation). */
const BRACKET_AFTER = /\s*\([^()]{1,30}\)$/u;

/** After a comma or a semicolon (and a conjunction), an article opening a clause. */
const CLAUSE_OPENING = /[,;]\s+(?:(?:y|e|pero|and|but)\s+)?(?=(?:el|la|los|las|un|una|the|an?)\s)/giu;
/** Words after a copula that open what a thing is, not which one it is. */
const SAYS_WHAT = new Set(['un', 'una', 'a', 'an', 'lo', 'cuando', 'donde', 'when', 'where', 'one', 'uno']);
const DEFINITE_PREDICATE = new Set(['el', 'la', 'los', 'las', 'the']);
/** A genus noun and what sets it apart (`tabla que …`, `conjunto de …`). */
const GENUS_THEN = /^\s+\p{Ll}+\s+(?:que|de|del|of|that|which)\s/u;
/** `acervo genico o gene pool`: a Spanish name and its English name joined by `o`. */
const OR_ENGLISH = /^(.+?)\s+o\s+(.+)$/u;

/** Definitions said by clauses inside a sentence (see the call), pushed to `found`. */
function clauseDefinitions(text: string, l: { line: number; section: number }, found: Found[]): void {
  CLAUSE_OPENING.lastIndex = 0;
  for (let m = CLAUSE_OPENING.exec(text); m; m = CLAUSE_OPENING.exec(text)) {
    const clause = text.slice(m.index + m[0].length);
    const strong = cueCased(STRONG.exec(clause));
    const subject = strong?.groups?.name?.trim();
    if (!subject) continue;
    const english = otherLanguage(subject);
    const name = asName(english ? subject.slice(0, subject.length - english.length).replace(/\s+o\s*$/u, '') : subject);
    if (!name || name.toLowerCase() !== name) continue;
    // `los hijos son la F1`, `la unidad es el centimorgan`: a definite predicate names which one; `es un …`, `es lo
    // que …`, `es cuando …`, `es la tabla que …`, `es el conjunto de …` say what a thing is.
    const matched = strong?.[0] ?? '';
    const predicate = /(\p{L}+)$/u.exec(matched)?.[1]?.toLowerCase() ?? '';
    const after = clause.slice(matched.length);
    // `es elástica`: the copula before an adjective that only starts like an article.
    if (/^\p{L}/u.test(after)) continue;
    if (!SAYS_WHAT.has(predicate) && !(DEFINITE_PREDICATE.has(predicate) && GENUS_THEN.test(after))) continue;
    const generic = /^(?:un|una|an?)\s/iu.test(clause) && !name.includes(' ') && !GENERIC_NOUNS.has(plain(name));
    found.push({ name, ...(english ? { also: english } : {}), sentence: tidy(text), line: l.line, section: l.section, strong: true, clause: true, ...(generic ? { generic } : {}) });
  }
}
/** The English name after `o` in a Spanish subject (`acervo genico o gene pool` → `gene pool`), or null. */
function otherLanguage(subject: string): string | null {
  const pair = OR_ENGLISH.exec(subject);
  return pair && allEnglishWords(pair[2] as string) && !allEnglishWords(pair[1] as string) ? (pair[2] as string) : null;
}
const allEnglishWords = (phrase: string): boolean => phrase.split(/\s+/).every((w) => /^[a-z-]+$/.test(w) && isEnglishWord(w) && !isSpanishWord(w));

/** `words` are the lines' words (noteWords). */
export function findGlosses(note: ParsedNote, lines: readonly { text: string; line: number; section: number }[], words: NoteWords, english: boolean): ConceptCandidate[] {
  const found: Found[] = [];
  // An everyday English word a Spanish note keeps in English (`Versioning: guarda todas las versiones`) is the
  // term it learned, not an everyday word of its prose.
  const everyday = (name: string): boolean => isCommonWord(foldName(name)) && (english || !englishLoan(name.toLowerCase()));
  // A concept note that opens with its own name as the subject (`Amazon EC2 runs virtual servers …`)
  // says there what its concept is.
  const opening = lines[0];
  if (opening) {
    const first = sentences(opening.text)[0]?.text.trim() ?? '';
    const lower = first.toLowerCase().replace(/^(?:el|la|los|las|un|una|the|an?)\s+/, '');
    const afterFirstWord = lower.replace(/^\S+\s+/, '');
    for (const own of [note.title, ...note.aliases]) {
      const name = own.trim().toLowerCase();
      if (!name) continue;
      // `Amazon EC2 runs …`, `An Amazon Machine Image (AMI) holds …`: plain string tests, since a regular
      // expression per note (one per title) cost more to compile than the rest of the note's analysis.
      const opensWith = (text: string): boolean => text.startsWith(name) && /^\s+\p{L}/u.test(text.slice(name.length).replace(/^\s*\([^()]{1,60}\)/, ''));
      const paren = lower.indexOf(`(${name})`);
      const namedInParens = paren > 0 && paren < 80 && /^\s+\p{L}/u.test(lower.slice(paren + name.length + 2));
      if (!opensWith(lower) && !opensWith(afterFirstWord) && !namedInParens) continue;
      found.push({ name: own.trim(), sentence: tidy(first), line: opening.line, section: opening.section, strong: true });
      break;
    }
  }
  // The visible texts of each line's links: a link is a reference, never part of a longer subject, and a
  // line that only points at one (`Relacionado: [[AMI]].`, `See [[ENI]].`) defines nothing.
  const shownOn = new Map<number, string[]>();
  for (const link of note.links) {
    const shown = (link.display ?? link.target.replace(/^.*\//, '').replace(/\.md$/i, '').replace(/#.*$/, '')).trim();
    if (!shown) continue;
    const onLine = shownOn.get(link.line);
    // Pushed, not copied: a line of 100,000 links (a hostile note) made copying quadratic.
    if (onLine) onLine.push(shown);
    else shownOn.set(link.line, [shown]);
  }
  const pointsOnly = (line: number, rest: string): boolean => {
    const first = (sentences(rest)[0]?.text ?? rest).trim().replace(/[.!?]+$/, '').toLowerCase();
    return (shownOn.get(line) ?? []).some((t) => first === t.toLowerCase() || first.startsWith(`${t.toLowerCase()}#`));
  };
  const runsFromLink = (line: number, name: string): boolean =>
    (shownOn.get(line) ?? []).some((t) => name.length > t.length && name.startsWith(t) && /^\s/u.test(name.slice(t.length)));
  // `Ver [[instance store migration]]`: a subject that ends inside a link's text (`Ver instance`, before the
  // cue `store`) has cut a title in two.
  const cutsLink = (line: number, text: string, name: string): boolean => {
    const from = text.indexOf(name);
    if (from < 0) return false;
    const to = from + name.length;
    return (shownOn.get(line) ?? []).some((t) => {
      for (let at = text.indexOf(t); at !== -1; at = text.indexOf(t, at + 1)) {
        if ((at < to && to < at + t.length) || (at < from && from < at + t.length)) return true;
      }
      return false;
    });
  };
  let lastSection = -1;
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li] as (typeof lines)[number];
    const firstOfSection = l.section !== lastSection;
    lastSection = l.section;
    // `Standard deviation` / `: a measure of how spread out …`: a definition list (Pandoc, PHP Markdown Extra) says
    // on the line under a term what it is. (One character read per line: most lines are no such term.)
    const below = lines[li + 1];
    if (below && below.section === l.section && below.line <= l.line + 2 && definitionItem(below.text) && l.text.length <= 80 && !definitionItem(l.text)) {
      // `Chi-square test (χ²)`, `Alternative hypothesis (Hₐ or H₁)`: the bracket gives the term's symbol; the term is before it.
      const name = asName(l.text.trim().replace(/^[*_`]+|[*_`]+$/gu, '').replace(BRACKET_AFTER, ''));
      const gloss = below.text.replace(/^\s{0,3}[:~]\s+/u, '').trim();
      if (name && gloss.split(/\s+/u).length >= 3) found.push({ name, sentence: tidy(`${name}: ${gloss}`), line: below.line, section: l.section, strong: true, said: true, listed: true });
      continue;
    }
    const cues = cuesOf(l.text, words, li);
    const indefinite = INDEFINITE_OPENING.test(l.text);
    if (!firstOfSection && !indefinite && !cueIn(l.text, cues, 0, l.text.length)) continue;
    const colon = l.text.includes(': ') ? COLON.exec(l.text.trim()) : null;
    const colonName = colon?.groups?.name ? asName(colon.groups.name) : null;
    const colonRest = colon?.groups?.rest ?? '';
    // `Type: String` in a parameter table labels a field; a gloss is prose, and an everyday word alone
    // before a colon is such a label (`Nota:`, `Step 1:`, `Type:`).
    const colonOk = colonName !== null && !/^\d/.test(colonRest) && colonRest.split(/\s+/).length >= 3 &&
      !pointsOnly(l.line, colonRest) && !runsFromLink(l.line, colonName) && !participle(colonName) &&
      (colonName.includes(' ') || !everyday(colonName)) && !/\d$/.test(colonName) && !isLabel(colonName);
    if (colon && colonName && colonOk) {
      found.push({ name: colonName, sentence: tidy(l.text.replace(/^\s*[-–•*]\s*/, '')), line: l.line, section: l.section, strong: true });
      continue;
    }
    // The line's sentences, as `sentences` gives them, without an object each.
    let index = -1;
    for (let start = 0; start < l.text.length; ) {
      SENTENCE_END.lastIndex = start;
      const end = SENTENCE_END.test(l.text) ? SENTENCE_END.lastIndex : l.text.length;
      const from = start;
      start = end;
      // Cut out only the sentences the patterns are tried on.
      let k = from;
      while (k < end && isSpaceCode(l.text.charCodeAt(k))) k++;
      if (k === end) continue;
      index++;
      const cued = (index === 0 && firstOfSection) || cueIn(l.text, cues, from, end);
      // A sentence without a cue is read only for `Un X <verb>s …`, which needs the line's indefinite opening:
      // most are left without cutting them out.
      if (!cued && !indefinite) continue;
      const text = l.text.slice(from, end).trim().replace(/^[-–•*]\s*/, '');
      // `Un JOIN combina filas …`, `A resource share specifies …`: any one of a kind doing what it does.
      const doing = (): void => {
        const kind = indefinite ? doesWhat(text, english) : null;
        // What a thing does is not always what it is (`Una instancia accede a S3 …`): the sentence stands in as
        // its definition only where nothing better says what it is.
        if (kind && !runsFromLink(l.line, kind) && !cutsLink(l.line, text, kind)) found.push({ name: kind, sentence: tidy(text), line: l.line, section: l.section, strong: false, generic: true });
      };
      if (!cued) {
        doing();
        continue;
      }
      // `…, un gen es un fragmento de adn …, y el fenotipo es lo que se ve`: talk that runs its definitions on
      // with commas (dictation, fast typing) says what a thing is inside the sentence, after an article.
      if (text.length > 40) clauseDefinitions(text, l, found);
      if (index === 0 && firstOfSection && SUBJECTLESS.test(text)) {
        const heading = note.sections[l.section]?.heading;
        const name = heading ? asName(heading.replace(/[*_`#]+/g, '').replace(/\s*\([^()]*\)\s*$/, '')) : null;
        if (name) found.push({ name, sentence: tidy(text), line: l.line, section: l.section, strong: true });
        continue;
      }
      // Both patterns open with a subject's letter or digit (after an optional article).
      if (!isWordAt(text, 0)) continue;
      const strongMatch = cueCased(STRONG.exec(text));
      const weakMatch = strongMatch ? null : cueCased(WEAK.exec(text));
      const m = strongMatch ?? weakMatch;
      // `Un error frecuente es confundir A con B`, `The goal is to …`: the copula before a verb says what
      // doing something amounts to, not what a thing is.
      if (weakMatch) {
        const after = text.slice(weakMatch[0].length);
        const next = (/^\p{L}+/u.exec(after)?.[0] ?? '').toLowerCase();
        if (after.startsWith('to ') || (/r(?:l[oae]s?|se|me|te|nos)?$/u.test(next) && spanishVerb(next))) continue;
      }
      // `Amazon EC2 refers to the link between A and B as an attachment`: the sentence names something else.
      if (strongMatch && /^\s*refers?\s+to\b.*\sas\s/u.test(text.slice(text.indexOf(strongMatch.groups?.name ?? '') + (strongMatch.groups?.name ?? '').length))) continue;
      const subject = m?.groups?.name?.trim();
      const linkFree = subject && !runsFromLink(l.line, subject) && !cutsLink(l.line, text, subject);
      const also = linkFree && !english ? otherLanguage(subject) : null;
      const name = linkFree ? asName(also ? subject.slice(0, subject.length - also.length).replace(/\s+o\s*$/u, '') : subject) : null;
      if (!name) {
        if (!m) doing();
        continue;
      }
      // `Paging is a …`, `Latency is the …`: a bare subject and the copula say what the word itself means, where
      // `The agent enables …` speaks of one agent.
      const bare = strongMatch !== null && text.startsWith(name) && new RegExp(`^${IS_A}`, 'iu').test(text.slice(name.length));
      // An everyday English word (`A block is …`) is used in its everyday sense all over an English text.
      const generic = strongMatch !== null && /^(?:un|una|an?)\s/iu.test(text) && !name.includes(' ') && !GENERIC_NOUNS.has(plain(name)) &&
        !(english && isCommonWord(foldName(name)));
      found.push({ name, ...(also ? { also } : {}), sentence: tidy(text), line: l.line, section: l.section, strong: strongMatch !== null, ...(bare ? { said: true } : {}), ...(generic ? { generic } : {}) });
    }
  }
  // A lone everyday word (`The instance is stopped`) is a subject in passing, unless the note keeps
  // saying what it is: twice, and in a good share of the times it names it (`Los roles son …` in two of
  // four uses; a guide page says `The instance is …` in a few of fifty).
  const subjectCount = new Map<string, number>();
  const keys = found.map((f) => foldName(f.name));
  for (const key of keys) subjectCount.set(key, (subjectCount.get(key) ?? 0) + 1);
  let plainProse: string | null = null;
  const defines = (key: string, raw: string): boolean => {
    const n = subjectCount.get(key) ?? 0;
    if (n < 2) return false;
    const stem = plain(raw).replace(/(es|s)$/, '');
    const uses = (plainProse ??= plain(lines.map((l) => l.text).join('\n'))).match(new RegExp(`(?<![\\p{L}])${stem.replace(/[^\p{L}\p{N}]/gu, '')}\\p{L}{0,3}(?![\\p{L}])`, 'gu'))?.length ?? n;
    return n / Math.max(n, uses) >= SUBJECT_SHARE;
  };
  const out: ConceptCandidate[] = [];
  const said = new Set<string>();
  for (let k = 0; k < found.length; k++) {
    const f = found[k] as Found;
    // One sentence defines once, whichever pattern read it first (`An Amazon Machine Image (AMI) is …`).
    const where = f.clause ? `${f.line}\t${f.sentence}\t${foldName(f.name)}` : `${f.line}\t${f.sentence}`;
    if (said.has(where)) continue;
    const key = keys[k] as string;
    const single = !key.includes(' ');
    const shaped = /\p{Lu}/u.test(f.name.slice(1)) || /\d/.test(f.name) || /^\p{Lu}{2}/u.test(f.name);
    if (single && !shaped && GENERIC_NOUNS.has(plain(f.name))) continue;
    if (pointsAtText(f.name)) continue;
    if (single && !shaped && !f.generic && !f.listed && (everyday(f.name) || !f.strong) && !defines(key, f.name)) continue;
    // English capitalises labels and buttons: a lone dictionary word there is not a name of its own.
    // A whole sentence saying what an uncommon word is (`Paging is a memory-management scheme …`,
    // `Thrashing is when …`) is no label.
    if (single && !shaped && !f.generic && !f.listed && english && isEnglishWord(f.name.toLowerCase()) && !(f.said && f.strong && !isCommonWord(key))) continue;
    if (documentTitle(f.name.split(/\s+/))) continue;
    said.add(where);
    out.push({
      names: f.also ? [f.name, f.also] : [f.name],
      source: 'definition',
      gloss: f.strong ? 'strong' : 'weak',
      occurrence: { noteId: note.id, line: f.line, sentence: f.sentence, section: f.section },
    });
  }
  return out;
}
