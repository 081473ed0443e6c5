import { studyWord, vaultPage } from './document-names';
import { foldName, memoised } from './memo';
import { isStopword, rates } from './folded-lists';
import { plain } from './fold';
import { isSpaceCode } from './scan';
import { englishRole, isEnglishWord } from './english-lexicon';
import { isSpanishSpelling, isSpanishVerbOnly, isSpanishWord } from './spanish-lexicon';
import { inMath } from './math-spans';
import { noteLabel } from './note-labels';
import { quantifier } from './phrase-openers';
import { documentTitle } from './prose-terms';
import { SHORTHAND } from './stoplists';
import type { ConceptCandidate } from './types';

/**
 * Names a note's text puts forward that a student would not draw as a concept, told by their shape and the
 * sentence they come from: the note's own machinery (`OJO examen`, `exam traps`, `Tema 3`), a citation
 * (`Crick 1953`), a count or a measure (`2 tipos d cel`, `timeout max 15 min`), a name cut by a
 * parenthesis, a contraction or an initial (`Lambda authorizer (old name`, `Repeat Yourself`, `Robert C`).
 * Grammar and the shapes of study notes, never any vault's words.
 */

/** `1953`, `1838-39`, `1838–1839`: a year, or a span of years. */
const YEAR = /^(1\d{3}|20\d{2})(?:[-–](\d{2}|\d{4}))?$/;
/** Words that join co-authors before a citation's year (`Meselson y Stahl 1958`, `Watson and Crick 1953`). */
const CO_AUTHOR = /(?:^|\s)(?:y|and|&|e)\s+$/u;
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * `Crick 1953`, `Schwann 1838-39`, `Singer y Nicolson 1972`: a surname with the year of a finding is a
 * reference, not an idea. Software names carry years too (`Windows 2000`, `SQL Server 2019`), recent
 * ones: an older year, a span of years or a co-author before the name says citation. From the name alone:
 * 'yes', 'no', or 'recent' (a citation only with a co-author before it in the sentence, see coAuthored).
 */
function citationShape(name: string): 'yes' | 'no' | 'recent' {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 3) return 'no';
  const m = YEAR.exec(words[words.length - 1] ?? '');
  if (!m || !words.slice(0, -1).every((w) => TITLE_WORD.test(w))) return 'no';
  return m[2] !== undefined || Number(m[1]) < 1990 ? 'yes' : 'recent';
}
function coAuthored(name: string, sentence: string): boolean {
  const at = sentence.indexOf(name);
  return at > 0 && CO_AUTHOR.test(sentence.slice(Math.max(0, at - 6), at));
}

/** A bare count opening a lower-case phrase (`2 tipos d cel`, `23 clásicos`): how many of something, not its name (`502 Bad Gateway` is one). */
const COUNT_LED = /^\d+(?:[.,]\d+)?\s+\p{Ll}/u;
/** A number with a unit of time or a share inside a phrase (`integration timeout 29 s`, `timeout max 15 min`): a limit stated, not a name. */
const MEASURE_INSIDE = /(?:^|\s)\d+(?:[.,]\d+)?\s?(?:ms|s|sec|secs|seg|segs|min|mins|h|hrs?|days?|d[ií]as?|%)(?=\s|$)/u;
/** `A-T`, `G-C`: letters paired by a dash (bases, grades, options), not a name. */
const LETTER_PAIR = /^\p{L}(?:[-‐–]\p{L})+$/u;
/** A month, whole or cut to its first letters, in Spanish or English (`oct`, `sept.`, `julio`, `August`). */
const MONTH = '(?:ene(?:ro)?|feb(?:rero|ruary)?|mar(?:zo|ch)?|abr(?:il)?|apr(?:il)?|may(?:o)?|jun(?:io|e)?|jul(?:io|y)?|ago(?:sto)?|aug(?:ust)?|sept?(?:iembre|ember)?|set(?:iembre)?|oct(?:ubre|ober)?|nov(?:iembre|ember)?|dic(?:iembre)?|dec(?:ember)?|jan(?:uary)?)\\.?';
/**
 * `oct 1934`, `jul–nov 1938`, `14 abr 1931`, `March 2020`: a date, as a timeline's first column writes it: when
 * something happened, not what. A month with a year or a day, or a span of months.
 */
const DATE = new RegExp(`^(?:\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+(?:de\\s+)?)?${MONTH}(?:\\s*[-–/]\\s*${MONTH})?(?:\\s+(?:de\\s+)?\\d{4}|\\s+\\d{1,2})$`, 'iu');
/** `ΔQd`, `P > MC`, `MR = MC`: a variable's change or a relation between quantities is a piece of a formula, not a concept. */
const FORMULA = /^[Δ∆∂Σ]|\s[<>=≤≥≠]\s/u;
/** Words that name a part of a student's notes (`Conceptos generales`, `Timeline rápida`, `Review Qs`, `formula sheet`). */
const NOTE_PARTS = new Set(['concepto', 'conceptos', 'concept', 'concepts', 'idea', 'ideas', 'nota', 'notas', 'note', 'notes', 'repaso', 'review',
  'resumen', 'summary', 'recap', 'overview', 'timeline', 'cronologia', 'mapa', 'map', 'esquema', 'outline', 'sheet', 'hoja', 'qs', 'questions',
  'preguntas', 'cosas', 'stuff', 'things', 'puntos', 'points', 'terms', 'terminos', 'cited', 'citadas', 'citados']);
/** What such a part is said to be (quick, general, basic, other, mine), and what a study sheet holds (`formula sheet`). */
const NOTE_PART_WORDS = new Set(['rapido', 'rapida', 'rapidos', 'rapidas', 'quick', 'breve', 'brief', 'short', 'general', 'generales', 'basico',
  'basica', 'basicos', 'basicas', 'basic', 'main', 'principal', 'principales', 'otro', 'otra', 'otros', 'otras', 'other', 'final', 'mi', 'mis', 'my',
  'mio', 'mia', 'formula', 'formulas', 'study', 'estudio', 'clave', 'key', 'practice', 'practica', 'draft', 'borrador',
  // The coursework a note is written for (`Seminar questions`, `Thesis idea`, `Works cited`, `Obras citadas`).
  'seminar', 'seminario', 'thesis', 'tesis', 'essay', 'ensayo', 'works', 'obras', 'reading']);

/**
 * A name made of words that label a part of the notes (NOTE_PARTS) and what that part is said to be
 * (NOTE_PART_WORDS), at least one of the first kind, or a review said to be quick whatever it reviews
 * (`Repaso rápido farmacocinética`): the note's own machinery, in any subject.
 */
function notePart(words: readonly string[]): boolean {
  if (words.length >= 2 && (words[0] === 'repaso' || words[0] === 'review') && NOTE_PART_WORDS.has(words[1] as string)) return true;
  // A lone word (`Map`, `Esquema`, `Timeline`) may name a thing of the subject; the headings' list knows those that never do.
  return words.length >= 2 && words.some((w) => NOTE_PARTS.has(w)) && words.every((w) => NOTE_PARTS.has(w) || NOTE_PART_WORDS.has(w));
}

/** Cues of a mnemonic (`mnemotecnia: "AT 30, CEL 50"`, `regla "GRaSP"`, `mnemonic "ROY G BIV"`). */
const MNEMONIC_CUE = /mnem|nemot|regla\s*[("“«]|rule\s*[("“«]/iu;
/** Is the name written inside quotes in a sentence that calls what it quotes a mnemonic? A memory aid, not a concept. */
function quotedMnemonic(name: string, sentence: string): boolean {
  if (!MNEMONIC_CUE.test(sentence)) return false;
  for (const m of sentence.matchAll(/["“«]([^"”»]{1,60})["”»]/gu)) if ((m[1] as string).includes(name)) return true;
  return false;
}

/** `Monday 8`, `lunes 9`: a day and a time. */
const WEEKDAY_TIME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|miércoles|jueves|viernes|sabado|sábado|domingo)\s+\d/iu;

/**
 * `Tuesday`, `Thurs`, `miércoles`: a day of the week alone says when the student met or must hand in something
 * (`due Thurs`, `Prof said on Tuesday`), never what the subject is. Short forms only where no other word
 * spells them (`Sat` and `Sun` are words of their own).
 */
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|weds|thu|thur|thurs|fri|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\.?$/iu;

const COURSE_NUMBER = /^ \d{3,4}[A-Z]?(?![\p{L}\p{N}])/u;
/**
 * `PHIL 210`, `CHEM 1120`, `CS 310`: capitals the note only ever writes before a course's number name a
 * department's course, not an idea of it (a protocol before its port, `HTTPS 443`, is also written alone).
 */
export function courseCode(name: string, text: string): boolean {
  let seen = false;
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1] as string)) continue;
    const after = text.slice(at + name.length, at + name.length + 7);
    if (/^[\p{L}\p{N}]/u.test(after)) continue;
    if (!COURSE_NUMBER.test(after)) return false;
    seen = true;
  }
  return seen;
}

/** `xlarge`, `2xlarge`: a size of a family, a fragment of the type it sizes (`m5.2xlarge`). */
const SIZE_SUFFIX = /^\d*x+large$/i;
/**
 * Comparatives before a noun (`bigger payloads`, `faster disks`) and Spanish adjectives of size after it
 * (`tablas grandes`, `servidor web pequeño`): a thing compared or described, not a kind of thing.
 */
const COMPARATIVES = new Set(['bigger', 'smaller', 'larger', 'faster', 'slower', 'cheaper', 'longer', 'shorter', 'better', 'worse', 'easier', 'harder', 'newer', 'older']);
const SIZE_AFTER = new Set(['grande', 'grandes', 'pequeno', 'pequena', 'pequenos', 'pequenas', 'enorme', 'enormes']);
/** `Nitro-based`, `EBS-backed`: a compound adjective standing alone, not the name it modifies. */
const ADJECTIVE_COMPOUND = /[-‐](?:based|backed|enabled|driven|aware|like|friendly|intensive)$/i;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SURROGATE = /[\ud800-\udfff]/;
const LETTER = /^\p{L}$/u;

/** The patterns below, made for the one name: for a text with astral characters, where a pattern reads code points. */
function cutByPattern(name: string, sentence: string): boolean {
  const e = escape(name);
  if (new RegExp(`\\p{L}['’]t\\s+${e}`, 'u').test(sentence)) return true;
  if (/\s\p{Lu}$/u.test(name) && new RegExp(`${e}(?:\\.|[*_\\s]*$)`, 'u').test(sentence)) return true;
  if (/\d$/.test(name) && new RegExp(`${e}['’′]`, 'u').test(sentence)) return true;
  return false;
}

/**
 * The name as the sentence cuts it: a capitalised run after a contraction (`Don't Repeat Yourself`, `You
 * Aren't Gonna Need It`) is the rest of a slogan; one ending on an initial (`Robert C. Martin`) is part of
 * a person's name; a number before a prime (`ARN 5'→3'`) is an end of a strand, not part of the name.
 * Read around each place the sentence holds the name: three patterns made for every name read were an
 * eighth of extraction's time at 10k notes (junk.test.ts holds this to them).
 */
export function cutBySentence(name: string, sentence: string): boolean {
  if (!sentence) return false;
  if (!name || SURROGATE.test(sentence) || SURROGATE.test(name)) return cutByPattern(name, sentence);
  const initial = /\s\p{Lu}$/u.test(name);
  const numbered = /\d$/.test(name);
  for (let at = sentence.indexOf(name); at !== -1; at = sentence.indexOf(name, at + 1)) {
    // `…n't Repeat Yourself`: a letter, an apostrophe, a t, then spaces up to the name.
    let q = at;
    while (q > 0 && isSpaceCode(sentence.charCodeAt(q - 1))) q--;
    if (q < at && q >= 3 && sentence[q - 1] === 't' && (sentence[q - 2] === "'" || sentence[q - 2] === '’') && LETTER.test(sentence[q - 3] as string)) return true;
    const end = at + name.length;
    if (initial) {
      // `Robert C. Martin`, or the name is all that is left of the sentence but markup and spaces.
      if (sentence[end] === '.') return true;
      let k = end;
      while (k < sentence.length && (sentence[k] === '*' || sentence[k] === '_' || isSpaceCode(sentence.charCodeAt(k)))) k++;
      if (k === sentence.length) return true;
    }
    if (numbered && (sentence[end] === "'" || sentence[end] === '’' || sentence[end] === '′')) return true;
  }
  return false;
}

/**
 * `1089 CC`, `1257.II CC`, `art. 1255 CC`: an article of a code (the number, then the code's initials) is where
 * a rule is written, cited as the source of what the sentence says, not a concept.
 */
const CODE_ARTICLE = /^(?:arts?\.?\s+)?\d{1,4}(?:\.(?:\d{1,3}|[IVX]{1,4}))*[º°ª]?\s+\p{Lu}{2,6}$/u;
/** `1st`, `0th`, `3rd`, `2º`: an ordinal cut from the thing it numbers (`1st law`). */
const ORDINAL = /^\d+(?:st|nd|rd|th|º|ª)$/iu;
/** `HW 18.27`, `problem 19.42`, `ejercicio 3.2`: an exercise of a book or course, by its number. */
const EXERCISE = /^(?:hw|pset|ps|problems?|exercises?|ejercicios?|ej|tarea|ex)\s+\d+(?:\.\d+)*[a-z]?$/iu;
/** Cardinals in words closing a name (`CC regula dos`): a count the sentence goes on with, not part of a name. */
const CARDINALS = new Set(['dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/**
 * A name the sentence writes as a citation or a piece of a formula: `Ley 7` of `Ley 7/1998` (a law's number
 * and year; `RHEL 7/8` lists versions), `Delta T` of `$\Delta T$` (a LaTeX command's name).
 */
function cutFromCitation(name: string, sentence: string): boolean {
  const at = sentence.indexOf(name);
  if (at < 0) return false;
  if (/\d$/.test(name) && /^\/(?:1[89]|20)\d\d(?!\d)/.test(sentence.slice(at + name.length, at + name.length + 6))) return true;
  return at > 0 && sentence[at - 1] === '\\' && /^\p{L}/u.test(name);
}

/** `CC regula dos`: a cardinal in lower case closing a name straight after a word (not `regla de tres`, `Gang of Four`). */
function countClosing(name: string): boolean {
  const ws = name.split(/\s+/);
  const last = ws[ws.length - 1] as string;
  return /^\p{Ll}+$/u.test(last) && CARDINALS.has(plain(last)) && !/^(?:de|del|of)$/iu.test(ws[ws.length - 2] ?? '');
}

/**
 * `Texto Refundido`, `Ley General` of `Texto Refundido de la Ley General para la Defensa …`: a title-cased run
 * the sentence carries on, past an article after `de`, into more of the same title (Spanish titles keep
 * their articles; an English one, `… for the VPC`, is another name).
 */
const TITLE_RUN = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+$/u;
function titleFragment(name: string, sentence: string): boolean {
  const at = sentence.indexOf(name);
  if (at < 0) return false;
  const after = sentence.slice(at + name.length, at + name.length + 16);
  const before = sentence.slice(Math.max(0, at - 24), at);
  return /^\s(?:de|para)\s(?:la|las|los|el)\s\p{Lu}/u.test(after) || /\p{Lu}\p{Ll}*\s(?:de|para)\s(?:la|las|los|el)\s$/u.test(before);
}

/** What the sentence checks of junkName need to know of the name, where the name alone does not settle it. */
interface NameShape {
  /** A recent year after a surname: a citation when a co-author stands before it. */
  recentCitation: boolean;
  endsInDigit: boolean;
  /** `CC regula`: an acronym, then a word only a Spanish verb spells. */
  acronymVerb: boolean;
  /** Two or more title-cased words (see titleFragment). */
  titleRun: boolean;
  /** Three or more words in capitals (a quoted message?). */
  shouted: boolean;
}

/**
 * junkName's checks that read the name alone, remembered per thread: the filter asks them of every place a
 * name is read, and a vault reads the same names in note after note. True: junk whatever the sentence; false:
 * never junk (nothing left once folded); otherwise what the sentence checks need.
 */
const nameShape = memoised((name: string): boolean | NameShape => {
  const folded = foldName(name);
  if (!folded) return false;
  if (studyWord(name) || vaultPage(name)) return true;
  if (COUNT_LED.test(name) || LETTER_PAIR.test(name) || WEEKDAY_TIME.test(name) || WEEKDAY.test(name) || DATE.test(name) || FORMULA.test(name)) return true;
  if (name.includes(' ') && MEASURE_INSIDE.test(name)) return true;
  const citation = citationShape(name);
  if (citation === 'yes') return true;
  if (CODE_ARTICLE.test(name) || ORDINAL.test(name) || EXERCISE.test(name)) return true;
  const tokens = folded.split(' ');
  if (tokens.length > 1 && countClosing(name)) return true;
  if (SIZE_SUFFIX.test(name)) return true;
  const words = plain(name).split(/\s+/);
  if (notePart(words) || noteLabel(name, words)) return true;
  if (words.length > 1 && (COMPARATIVES.has(words[0] as string) || SIZE_AFTER.has(words[words.length - 1] as string))) return true;
  // `abrevs`, `ppal`: a clipped word of fast typing, not a term.
  if (tokens.length === 1 && name === name.toLowerCase() && SHORTHAND.has(tokens[0] as string)) return true;
  // `usual pattern`: a rating word labels the reader's view of a thing, whatever source read it.
  if (tokens.length > 1 && rates(tokens)) return true;
  return {
    recentCitation: citation === 'recent',
    endsInDigit: /\d$/.test(name),
    acronymVerb: tokens.length === 2 && /^\p{Lu}{2,}\s+\p{Ll}+$/u.test(name) && isSpanishVerbOnly(name.slice(name.indexOf(' ') + 1)),
    titleRun: tokens.length > 1 && TITLE_RUN.test(name),
    shouted: tokens.length >= 3 && name === name.toUpperCase(),
  };
}, 50_000);

/** Is this candidate's name junk (see the top of this file)? */
export function junkName(name: string, sentence: string): boolean {
  const shape = nameShape(name);
  if (typeof shape === 'boolean') return shape;
  if (shape.recentCitation && coAuthored(name, sentence)) return true;
  if ((shape.endsInDigit || sentence.includes('\\')) && cutFromCitation(name, sentence)) return true;
  // `El CC regula dos: …`: an acronym and the verb it is the subject of, going on to its object.
  if (shape.acronymVerb && /^ [\p{L}\p{N}]/u.test(sentence.slice(sentence.indexOf(name) + name.length))) return true;
  if (shape.titleRun && titleFragment(name, sentence)) return true;
  if (quotedMnemonic(name, sentence)) return true;
  // `3R` of `$C_V \approx 3R$`: symbols of a formula.
  if (sentence.includes('$')) {
    const at = sentence.indexOf(name);
    if (at > 0 && inMath(sentence, 0, at)) return true;
  }
  // `"UNPROTECTED PRIVATE KEY FILE"`: a message quoted in capitals, not a name.
  if (shape.shouted && /["“«]\s*$/u.test(sentence.slice(0, Math.max(0, sentence.indexOf(name))))) return true;
  return cutBySentence(name, sentence);
}

/**
 * A capitalised word the note never writes as a name of its own: every time, it is one word of a longer
 * name (`Lynn Margulis`, `Uncle Bob`, `Glacier Flexible Retrieval`). The reader of names meets it alone where
 * the word before it went for opening a sentence or a parenthesis. A function word before it (`The`, `En`)
 * is no part of a name.
 */
export function nameFragment(word: string, text: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const at = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'gu');
  const nameWord = (w: string | undefined): boolean => w !== undefined && !isStopword(w);
  let seen = 0;
  for (let m = at.exec(text); m; m = at.exec(text)) {
    seen++;
    const before = /(\p{Lu}[\p{L}.]*) $/u.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1];
    const after = /^ (\p{Lu}[\p{L}]*)/u.exec(text.slice(m.index + word.length, m.index + word.length + 40))?.[1];
    if (!nameWord(before) && !nameWord(after)) return false;
  }
  return seen > 0;
}

/** What the lone-word rules ask of the whole note, worked out on first use. */
export interface NoteReading {
  text: () => string;
  spanish: () => boolean;
}

/** Words of the phrase an eponym closes: nouns and the `de`/`of` between them (`principio de sustitución de`). */
const EPONYM_HEAD = /((?:\p{L}+ (?:de|d|del|of) ){1,3})$/u;

/**
 * A capitalised word closing a phrase as its possessor (`ciclo de Krebs`, `fragmentos d Okazaki`, `principio
 * de Kerckhoffs`) every time the note writes it alone: a surname, and the concept is the whole phrase, which
 * is given back (from the word's first use). Only a word neither dictionary knows: `el demonio de Docker`
 * names Docker, a word of the English lexicon. Null when the word is no such possessor; empty when it is the
 * possessor of a clause's object (`a partir del manual de Lasarte`), a source cited.
 */
export function eponymPhrase(word: string, text: string): string | null {
  const lower = word.toLowerCase();
  if (isEnglishWord(lower) || isSpanishSpelling(lower)) return null;
  const at = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'gu');
  let phrase: string | null = null;
  // Uses in English order, opening a bracket before a lower-case noun (`(Hadley cell)`, `(Rossby waves)` after
  // `célula de Hadley`): the same eponym translated, which names no other thing.
  let englishOrder = false;
  for (let m = at.exec(text); m; m = at.exec(text)) {
    if (/^ \p{Lu}/u.test(text.slice(m.index + word.length, m.index + word.length + 2))) continue;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (/\p{Lu}[\p{L}.]* $/u.test(before)) continue;
    const head = EPONYM_HEAD.exec(before)?.[1];
    if (!head) {
      if (!before.endsWith('(') || !/^ \p{Ll}{3,}/u.test(text.slice(m.index + word.length, m.index + word.length + 5))) return null;
      englishOrder = true;
      continue;
    }
    // The phrase starts at its first noun: an article or a preposition before it is no part of it.
    const words = head.trim().split(' ');
    while (words.length > 0 && isStopword(words[0] as string)) words.shift();
    if (words.length < 2 || !/^\p{Ll}|^\p{Lu}\p{Ll}*$/u.test(words[0] as string)) return null;
    // `a partir del manual de Lasarte`, `el manual de Mankiw`: a verb opens a clause, a book is a source; the
    // surname is the author cited, no concept.
    if (isSpanishVerbOnly((words[0] as string).toLowerCase()) || documentTitle(words)) return '';
    phrase ??= `${words.join(' ')} ${word}`;
  }
  return englishOrder && phrase === null ? null : phrase;
}

/**
 * A lone capitalised word read from prose that is no name: a fragment of a longer name (see nameFragment),
 * or, in Spanish prose, a word of the Spanish dictionary (`Jugador`,
 * `Calculadora`, `Habitación`): Spanish capitalises no common noun, so one written so is a class of an
 * example, a label or a person's first name, not a term (an English or unknown word is: `Lambda`, `Fargate`),
 * unless the person marks it as one.
 */
function loneJunk(word: string, note: NoteReading): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  if (note.spanish()) {
    const lower = word.toLowerCase();
    // As written: a word the accent a student left out would make Spanish is no Spanish word (`Debian`, `debían`).
    // One the person sets in bold, italics or code is their term (`| **Conmutador** | une los equipos … |`).
    if (isSpanishWord(lower) && !isEnglishWord(lower) && !new RegExp(`([*_\`])${word}\\1`, 'u').test(note.text())) return true;
  }
  return nameFragment(word, note.text());
}

/** `Lambda authorizer (old name`: a name a parenthesis opened inside, cut before it (empty: nothing left). */
export function closedName(name: string): string {
  const open = name.lastIndexOf('(');
  if (open < 0 || name.indexOf(')', open) >= 0) return name;
  return name.slice(0, open).trim();
}

const CAPITALS = /^\p{Lu}{2,5}$/u;

/** Sources whose names the note's text put forward (not the person's own: title, aliases, glossary). */
const READ_FROM_TEXT = new Set(['term', 'definition', 'heading', 'tag']);

/**
 * The candidates without junk names; a name cut by an open parenthesis keeps what comes before it. The
 * note's prose and language are read only when a lone capitalised word needs them (see loneJunk).
 */
export function withoutJunk(candidates: ConceptCandidate[], note: NoteReading): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  let lower: string | null = null;
  const lowerText = (): string => (lower ??= note.text().toLowerCase());
  for (const c of candidates) {
    if (!READ_FROM_TEXT.has(c.source)) {
      out.push(c);
      continue;
    }
    const sentence = c.occurrence?.sentence ?? '';
    if (c.source === 'term' && c.names.length === 1 && /^\p{Ll}/u.test(c.names[0] as string) && insidePhrase(c.names[0] as string, lowerText, note.text, note.spanish)) continue;
    // Only a name read alone inside a sentence: a definition may pair it with the noun it modifies
    // (`range-based (por rango)`), and an item opening its line names one of a list (`Latency-based → …`).
    if (c.source === 'term' && c.names.length === 1 && ADJECTIVE_COMPOUND.test(c.names[0] as string) && !sentence.trimStart().startsWith(c.names[0] as string)) continue;
    if (c.source === 'term' && c.names.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(c.names[0] as string)) {
      if (loneJunk(c.names[0] as string, note)) continue;
      const phrase = eponymPhrase(c.names[0] as string, note.text());
      if (phrase === '') continue;
      if (phrase) {
        out.push({ ...c, names: [phrase] });
        continue;
      }
    }
    const names: string[] = [];
    for (const n of c.names) {
      const closed = closedName(n);
      if (closed && !junkName(closed, sentence) && !(CAPITALS.test(closed) && sentence.includes(`${closed} `) && courseCode(closed, note.text()))) names.push(closed);
    }
    if (names.length === c.names.length && names.every((n, i) => n === c.names[i])) out.push(c);
    else if (names.length > 0) out.push({ ...c, names });
  }
  return out;
}

const LETTERS = /^\p{L}+$/u;
/** A word of letters neither dictionary knows (`servanda`, `dolus`, `nunquam`): a word of a foreign phrase. */
function foreign(word: string): boolean {
  return word.length >= 3 && LETTERS.test(word) && !isStopword(word) && !isEnglishWord(word) && !isSpanishSpelling(word);
}
/** A neighbour that shows a foreign phrase: four letters or more (the lexicon misses short verb forms: `usa`). */
const foreignNeighbour = (word: string): boolean => word.length >= 4 && foreign(word);
/**
 * A word that may head the same longer noun phrase: three letters or more, written in lower case, no function
 * word, no verb (`hace selección de …`), no adjective or participle that only says which or what state
 * (`supported instance types`, `cosas determinadas`): those leave the shorter phrase the term.
 */
function phraseWord(word: string, inForeign: boolean, opensLine = false): boolean {
  if (word.length < 3 || !(/^\p{Ll}+$/u.test(word) || (opensLine && /^\p{Lu}\p{Ll}+$/u.test(word))) || isStopword(word) || quantifier(plain(word))) return false;
  if (inForeign) return true;
  const role = englishRole(word);
  return !isSpanishVerbOnly(word) && role !== 'verb' && role !== 'base-verb' && role !== 'modifier' && !/(?:ed|ing|ad[oa]s?|id[oa]s?)$/u.test(word);
}

/**
 * A lower-case term the note never writes on its own: every use sits inside one longer fixed phrase (C-value's
 * nesting: `patrimonial universal` always after `responsabilidad`, `sunt servanda` after `pacta`, `padre de
 * familia` after `buen`), or, a word no dictionary knows, inside a foreign phrase (`dolus causam dans`,
 * `quod nullum est`) at least every other time. The phrase, where it is a term, comes from the readers of names and heads.
 */
function insidePhrase(name: string, lowerText: () => string, originalText: () => string, spanish: () => boolean): boolean {
  const key = name.toLowerCase();
  const lone = !key.includes(' ');
  if (lone && !foreign(key)) return false;
  // A Latin phrase does not follow Spanish grammar: `pacta sunt servanda` (`pacta` reads as a verb) is one.
  const latin = !lone && key.split(' ').every(foreign);
  // English prose nests its compounds already (repeated-phrases.ts); a Spanish phrase's head noun stands
  // before it, its adjectives after it, where that nesting does not look.
  if (!lone && !latin && !spanish()) return false;
  const text = lowerText();
  const original = originalText();
  // Lower-casing kept every offset (it does for all but a few letters); otherwise neighbours cannot be read.
  if (original.length !== text.length) return false;
  let uses = 0;
  let prev: string | null = null;
  let next: string | null = null;
  let samePrev = true;
  let sameNext = true;
  let inForeign = 0;
  for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + 1)) {
    const end = at + key.length;
    if (LETTER_OR_DIGIT.test(text[at - 1] ?? ' ') || LETTER_OR_DIGIT.test(text[end] ?? ' ')) continue;
    uses++;
    // Neighbours as written: a capitalised or shouted one (`Amazon EFS file systems`) is a name of its own.
    const before = /(\p{L}+) $/u.exec(original.slice(Math.max(0, at - 30), at))?.[1] ?? '';
    const after = /^ (\p{L}+)/u.exec(original.slice(end, end + 30))?.[1] ?? '';
    if (lone) {
      if (foreignNeighbour(before.toLowerCase()) || foreignNeighbour(after.toLowerCase())) inForeign++;
      continue;
    }
    // A capital opening a line, a cell or a sentence is the position's (`| Pacta sunt servanda |`).
    const opens = before !== '' && /(?:^|[\n.|:)>*-])\s*$/u.test(original.slice(Math.max(0, at - before.length - 8), at - before.length - 1));
    const contentBefore = phraseWord(before, latin, opens) ? before.toLowerCase() : '';
    const contentAfter = phraseWord(after, latin) ? after : '';
    if (prev === null) [prev, next] = [contentBefore, contentAfter];
    samePrev &&= contentBefore !== '' && contentBefore === prev;
    sameNext &&= contentAfter !== '' && contentAfter === next;
    if (!samePrev && !sameNext) return false;
  }
  // A foreign word is read in its phrase at least every other time (`dolus causam dans`, `dolus incidens`).
  return lone ? uses > 0 && inForeign * 2 >= uses : uses >= 2;
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** `II`, `III`: a roman numeral numbers a part (`Software II`, `meiosis II`), never a thing alone. */
const ROMAN_PART = /^I{2,3}$/;

/**
 * An acronym the note counts that names no subject: a roman numeral, a study document (`TFG`), a short verb
 * or adjective in capitals for stress (`ADD something pleasant`, `OLD info disrupts …`); shouted markers are
 * in STOP_ACRONYMS, longer shouted words are refused by the counter (acronym-uses.ts).
 */
/* Remembered per thread: every note asks it of each acronym it counts, and notes share their acronyms. */
export const notAnAcronym = memoised((text: string): boolean => ROMAN_PART.test(text) || studyWord(text) || stressed(text));
function stressed(text: string): boolean {
  if (!/^[A-Z]{2,3}$/.test(text)) return false;
  const role = englishRole(text.toLowerCase());
  return role === 'base-verb' || role === 'modifier';
}
