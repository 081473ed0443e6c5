import type { ParsedNote } from '../markdown/types';
import { isCommonWord } from './common-words';
import { expansionOf } from './definitions';
import { englishRole, isEnglishWord } from './english-lexicon';
import { spanishVerb } from './clause-words';
import { plain } from './fold';
import { FOLDED_GENERIC, FOLDED_JOINERS, isStopword } from './folded-lists';
import { GENERIC_NOUNS, asName, participle } from './glosses';
import { ACRONYM_SHAPE } from './make-concept';
import { foldName, memoised } from './memo';
import type { Line } from './prose-lines';
import { documentTitle } from './prose-terms';
import { ITEM_MARKER, labelTerm, nounLabel, outlined } from './outline-labels';
import { parentItems } from './parent-items';
import { hasWholeWord } from './scan';
import { isSpanishWord, mayBeSpanishNoun } from './spanish-lexicon';
import { tidy } from './sentence';
import type { ConceptCandidate } from './types';

/**
 * Students mark their terms by layout as much as by grammar: a list item or a line that opens with a term in
 * bold (`- **grupo de seguridad** (security group) -> firewall …`), or with a term and a separator
 * (`Launch template - saved config …`, `Graviton = AWS's own ARM CPUs`, `EC2 -> servicio de computo`,
 * `1. Target tracking -> keep a metric …`). The head is the term and what follows the separator says what
 * it is. A parenthesis right after the head names the same thing when it says so (`(aka deregistration
 * delay)`), when it is an acronym a Spanish head translates (`**instancias reservadas** (RI)`), or when it
 * is the head in the other language (`(security group)`); a head that is an acronym followed by words that
 * spell it (`AZ = Availability Zone`) is spelled out. These are the layouts of notes, not any vault's words.
 */

/** A list marker: a bullet, a number, or an outline's hand-written `a)`, `1.2.` (outline-labels.ts). */
const MARKER = ITEM_MARKER;
/** `**term**`, `__term__` or a highlight, `==term==` (Obsidian's mark, which students use as bold), opening the line. */
const BOLD = /^(\*\*|__|==)(?!\s)([^*_=\n]{1,60}?)\1/;
/**
 * `**Demand** refers to the quantity …`, `==Tax incidence== refers to who …`, `**Oferta** se refiere a …`: a
 * bold head the sentence goes on to define with a verb of meaning, not a separator.
 */
const MEANS = /^\s+(?:refers?\s+to|means|is\s+defined\s+as|se\s+refieren?\s+a|significan?|se\s+definen?\s+como)\s+(?=\S)/iu;
/** What parts a head from what it says: an arrow, `=`, a dash between spaces, an em dash, a colon. */
const SEPARATOR = /\s+(?:->|→|=>|=|-|–|—)\s+|—|:\s+/;
/** Lines opening with one of these are quick to rule out: most prose lines hold no separator near their start. */
const HEAD_REACH = 70;
/** Five words and a parenthesis of two (`Connection draining (aka deregistration delay)`). */
const MAX_HEAD_SPACES = 7;
const MAX_HEADS = 300;
/** Past this many characters a note's words are put in a set rather than searched. */
const LONG_NOTE = 100_000;
const WORD = /[\p{L}\p{N}]+/gu;
const TWO_WORDS = /[\p{L}\p{N}]\S*\s+\S*[\p{L}\p{N}]/u;
/** `(aka X)`, `(a.k.a. X)`, `(also X)`, `(también X)`: the parenthesis gives another name. */
const ALSO = /^(?:aka|a\.k\.a\.|also(?: called| known as)?|alias|tambi[eé]n(?: llamad[oa]s?)?|o sea)\s+/i;
/** Labels of a note's own parts (`Tip:`, `truco examen ->`, `Ojo:`): what a student writes to herself. */
const LABELS = new Set(['tip', 'tips', 'truco', 'trucos', 'truco examen', 'exam tip', 'ojo', 'nota', 'note', 'duda', 'dudas', 'pregunta', 'importante', 'important', 'warning', 'caution', 'hint', 'pista', 'recuerda', 'recordar', 'remember', 'ejemplo', 'example', 'e g', 'ej', 'ver', 'see', 'fuente', 'source', 'todo', 'pendiente']);

/** Values a form's field takes (`+ **None** — Prevents …`): what to pick, not a thing. */
const VALUES = new Set(['none', 'ninguno', 'ninguna', 'all', 'todos', 'todas', 'yes', 'si', 'no', 'true', 'false', 'enabled', 'disabled', 'activado', 'desactivado', 'default', 'on', 'off', 'n a', 'other', 'otro', 'otros', 'custom', 'auto', 'automatic', 'automatico', 'maximum', 'minimum', 'average', 'sum', 'total', 'count', 'maximo', 'minimo', 'media', 'promedio']);

/** `Tip`, `truco examen`, `Example output`: a label of the note's own parts, not a term. */
export function isLabel(name: string): boolean {
  const ws = words(name).map((w) => plain(w));
  return LABELS.has(ws.join(' ')) || LABELS.has(ws[0] as string) || LABELS.has(ws[ws.length - 1] as string);
}

interface Head {
  name: string;
  /** Text inside a parenthesis right after the head, if any. */
  paren: string | null;
  /** What follows the separator (empty when the head stands alone). */
  rest: string;
  bold: boolean;
  /** The line opens with an outline's hand-written marker (`a)`, `1.2.`): its head is a label. */
  outline?: boolean;
  /** A verb of meaning follows the bold head (`**Demand** refers to …`, MEANS): the line defines it. */
  means?: boolean;
}

/** The head of a line, or null when the line does not open with one. */
export function lineHead(text: string): Head | null {
  const marker = MARKER.exec(text);
  const body = marker ? text.slice(marker[0].length) : text.trimStart();
  const bold = BOLD.exec(body);
  if (bold) {
    let after = body.slice(bold[0].length);
    let paren: string | null = null;
    const p = /^\s*\(([^()]{1,60})\)/.exec(after);
    if (p) {
      paren = (p[1] as string).trim();
      after = after.slice(p[0].length);
    }
    const sep = /^\s*(?:->|→|=>|=|-|–|—|:)\s*/.exec(after);
    const name = (bold[2] as string).replace(/[:\s]+$/, '').trim();
    // `**Spot total** / **vCPU-hours**`: a head that goes on with more text and no separator is part of a sentence.
    if (!sep && after.trim() && !/^[\s,.;]/.test(after)) return null;
    const means = sep ? null : MEANS.exec(after);
    if (means) return { name, paren, rest: after.slice(means[0].length).trim(), bold: true, means: true };
    return { name, paren, rest: sep ? after.slice(sep[0].length).trim() : '', bold: true };
  }
  const window = body.slice(0, HEAD_REACH);
  const sep = SEPARATOR.exec(window);
  if (!sep || sep.index === 0) return null;
  const outline = marker !== null && outlined(text);
  // An outline's label carries its citations and marks in brackets (`Autonomía de la voluntad (art. 1255 CC) (!)`).
  let head = outline ? body.slice(0, sep.index).replace(/\s*\([^()]*\)/g, '').trim() : body.slice(0, sep.index).trim();
  // A head is a name, a few words: a longer stretch before the separator is a sentence.
  let spaces = 0;
  for (let i = head.indexOf(' '); i !== -1 && spaces <= MAX_HEAD_SPACES; i = head.indexOf(' ', i + 1)) spaces++;
  if (spaces > MAX_HEAD_SPACES) return null;
  let paren: string | null = null;
  const p = /\s*\(([^()]{1,60})\)$/.exec(head);
  if (p) {
    paren = (p[1] as string).trim();
    head = head.slice(0, p.index).trim();
  }
  const rest = body.slice(sep.index + sep[0].length).trim();
  if (outline) {
    // `b) Obligación solidaria: …`, `5.2.3. La mora o retraso: …`: the label's term, without its article.
    const term = labelTerm(head);
    return term ? { name: term, paren, rest, bold: false, outline: true } : null;
  }
  return { name: head, paren, rest, bold: false };
}

const words = (s: string): string[] => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
const acronym = (s: string): boolean => ACRONYM_SHAPE.test(s);
/** Not English: some word is neither an English word nor an acronym (`grupo de seguridad`, `IP elastica`). */
const notEnglish = (name: string): boolean => words(name).some((w) => !acronym(w) && !englishCompound(w.toLowerCase()));
const allEnglish = (name: string): boolean => words(name).every((w) => acronym(w) || englishCompound(w.toLowerCase()));
/** An English word, or a compound of English words joined by hyphens (`bias-variance`, `cross-entropy`). */
function englishCompound(lower: string): boolean {
  if (isEnglishWord(lower)) return true;
  return lower.includes('-') && lower.split('-').every((p) => p.length > 0 && isEnglishWord(p));
}

/**
 * Bold marks where a name starts and ends, so it may hold what a subject read from a sentence may not: a
 * preposition inside (`instancias bajo demanda`), a partitive head (`grupo de seguridad`), an adjective that
 * is also a verb form (`IP publica`). Its ends and its first word still say whether it is a name.
 */
function boldName(raw: string): string | null {
  const name = raw.trim();
  if (/[.!?;,]\s/.test(name)) return null;
  const ws = name.split(/\s+/);
  if (ws.length === 0 || ws.length > MAX_BOLD_WORDS) return null;
  const first = plain(ws[0] as string);
  const last = plain(ws[ws.length - 1] as string);
  if (isStopword(first) || isStopword(last) || FOLDED_JOINERS.has(first) || FOLDED_JOINERS.has(last)) return null;
  const lower = (ws[0] as string).toLowerCase();
  if (!acronym(ws[0] as string) && (spanishVerb(lower) || englishRole(lower) === 'base-verb')) return null;
  // An article inside makes a phrase of it (`Terminate an instance`), not a name; a conjunction joins two
  // things under one label (`Red y permisos`).
  if (ws.some((w) => ARTICLES.has(plain(w)) || CONJUNCTIONS.has(plain(w)))) return null;
  return name;
}
const MAX_BOLD_WORDS = 5;
const CONJUNCTIONS = new Set(['y', 'e', 'o', 'u', 'and', 'or', 'ni', 'nor', '&', '+', 'vs', 'versus']);
/** English articles only: Spanish names hold theirs (`rol de la instancia`, `administradas por el cliente`). */
const ARTICLES = new Set(['the', 'a', 'an']);

/** Is `name` a term a head may name (see glosses' asName for the grammar of a name)? `writtenLower` tells whether the note writes a word in lower case. */
function termName(raw: string, bold: boolean, writtenLower: (word: string) => boolean): string | null {
  const name = bold ? boldTerm(raw) : plainTerm(raw);
  // A word the note writes in lower case elsewhere is capitalised here by its place (`**Host**`, `Inverse -`);
  // in bold, a word no dictionary knows (`**Farmacocinética** = …`) is a term whatever its case.
  if (name !== null && !name.includes(' ') && /^\p{Lu}\p{Ll}*$/u.test(name) && writtenLower(name.toLowerCase()) && (!bold || dictionaryWord(name.toLowerCase()))) return null;
  return name;
}
/**
 * An adverb (`Usually`, `Rápidamente`): a Spanish -mente, or an English -ly word the lexicon reads as an adverb
 * or adjective; not a noun that ends so (`Monopoly`, `Supply`, `Assembly`).
 */
export function adverb(lower: string): boolean {
  if (lower.endsWith('mente')) return true;
  if (!lower.endsWith('ly')) return false;
  const role = englishRole(lower);
  return role === 'other' || role === 'modifier';
}
const dictionaryWord = (lower: string): boolean => isEnglishWord(lower) || isSpanishWord(lower) || mayBeSpanishNoun(lower);
/** The same heads recur across a vault's notes (`Note`, `Type`, `Instance type`): read once each. */
const boldTerm = memoised((raw: string) => readTerm(raw, true));
const plainTerm = memoised((raw: string) => readTerm(raw, false));
/** Does bold text read as a term (see readTerm)? */
export const isBoldTerm = (raw: string): boolean => boldTerm(raw) !== null;

function readTerm(raw: string, bold: boolean): string | null {
  const stripped = raw.replace(/[*_`]+/g, '').trim();
  // `(empty)`, `[XFS file system]`: a value shown, not a name.
  if (!/^[\p{L}\p{N}]/u.test(stripped) || !/[\p{L}\p{N}]$/u.test(stripped) || !/\p{L}/u.test(stripped)) return null;
  // Bold (or a bracket) delimits the name: all of it is the name (`**AWS managed policies**` is not `AWS`).
  const name = bold ? boldName(stripped) : asName(stripped);
  if (!name || !/[\p{L}\p{N}]{2}/u.test(name) || /\s[/|+&]\s/.test(name)) return null;
  const folded = foldName(name);
  // The label and value lists are of plain words (foldName stems: `none` → `non`).
  const ws = words(name).map((w) => plain(w));
  const bare = ws.join(' ');
  if (folded.length < 2 || FOLDED_GENERIC.has(folded) || LABELS.has(bare) || participle(name) || documentTitle(words(name))) return null;
  // `Example 10`, `Example output`, `Troubleshooting tip`: a label of the note's own parts; `None`, `Enabled`: a field's value.
  if (LABELS.has(ws[0] as string) || LABELS.has(ws[ws.length - 1] as string) || VALUES.has(bare)) return null;
  if (ws.length === 2 && /^\d+$/.test(ws[1] as string) && /^(?:step|paso|part|parte)$/.test(ws[0] as string)) return null;
  const shaped = /\p{Lu}/u.test(name.slice(1)) || /\d/.test(name) || /[-.]/.test(name);
  if (!name.includes(' ') && !shaped) {
    // A lone everyday word (`Details`, `Savings`, `Usuario`) would match that word everywhere: a label, not a term.
    if (isCommonWord(folded) || adverb(plain(name))) return null;
    // Without bold, a lone lower-case word opening a line is too weak (`cluster -> todas juntas`).
    if (!bold && /^\p{Ll}/u.test(name)) return null;
  }
  return name;
}

/** `- **Rol**: identidad con …`: a line (a list item, its marker gone) of a bold head and what it says. */
const BOLD_ITEM = /^\s*(?:(?:[-*+•]|\d{1,2}[.)])\s+)?(\*\*|__|==)[^*_=\n]{1,60}?\1(?:\s*\([^()\n]{1,60}\))?\s*(?:->|→|=>|=|-|–|—|:)\s*\S/;
/**
 * A participle (see glosses' participle) that a verb makes: `Relacionado` (relacionar), `Recommended`; not a
 * noun that only ends like one (`bactericida`, `insecticida`: no `bactericir`).
 */
function verbParticiple(word: string): boolean {
  if (!participle(word)) return false;
  const lower = plain(word);
  const m = /^(\p{L}+?)(a|i)d[oa]s?$/u.exec(lower);
  if (!m) return true;
  const stem = m[1] as string;
  return m[2] === 'a' ? isSpanishWord(`${stem}ar`) : isSpanishWord(`${stem}er`) || isSpanishWord(`${stem}ir`);
}

/** Indefinite articles: `una persona o aplicación` says what kind of thing the head is. */
const INDEFINITE = new Set(['un', 'una', 'a', 'an']);

/**
 * `- **Usuario**: una persona o aplicación …` among `- **Grupo**: conjunto de usuarios …`: an everyday word a
 * student sets in bold at the head of a list item, in a list of such items, and defines by its genus (a noun
 * phrase: an indefinite article or a noun, not a verb, not `the details of …` naming the head again) is a term
 * of that note, however common the word (readTerm drops a lone everyday word as a label otherwise).
 */
function definedWord(raw: string, rest: string, lines: readonly Line[], li: number, means = false): boolean {
  const word = raw.replace(/[*_`:\s]+$/, '').trim();
  if (!/^\p{L}[\p{L}-]+$/u.test(word) || boldTerm(`${word} x`) === null) return false;
  const f = plain(word);
  if (isStopword(f) || LABELS.has(f) || VALUES.has(f) || GENERIC_NOUNS.has(f) || verbParticiple(word) || adverb(f)) return false;
  const lower = word.toLowerCase();
  if (spanishVerb(lower) || englishRole(lower) === 'base-verb' || englishRole(lower) === 'verb' || englishRole(lower) === 'modifier') return false;
  // `**Demand** refers to the quantity …`: a verb of meaning says the word is being defined, alone or in a list.
  if (means) return true;
  const [, first = '', second = ''] = /^(\p{L}+)(?![\p{N}_-])(?:\s+(\p{L}+))?/u.exec(rest) ?? [];
  const firstLower = first.toLowerCase();
  const key = foldName(word);
  // One bold everyday word alone may stress it; two or more in a row define a set of terms. A word beyond the
  // everyday one (`**Monopoly** — a single seller …`) given its genus is defined alone as well.
  const sibling = (k: number): boolean => k >= 0 && k < lines.length && BOLD_ITEM.test((lines[k] as Line).text);
  const genus = INDEFINITE.has(plain(firstLower));
  if (!sibling(li - 1) && !sibling(li + 1) && !(genus && !isCommonWord(key))) return false;
  // `**Name**: A name for the new AMI`: a field named again by its own word is a form's field, not a genus.
  if (genus) return foldName(second) !== key;
  if (!/^\p{Ll}/u.test(first) || isStopword(firstLower) || foldName(first) === key) return false;
  // `familia y tamaño`: two bare nouns list what the head covers (a facet of something), not what it is.
  if (CONJUNCTIONS.has(second.toLowerCase())) return false;
  const role = englishRole(firstLower);
  return !spanishVerb(firstLower) && role !== 'base-verb' && role !== 'verb' && role !== 'modifier' && !adverb(firstLower);
}

/**
 * `bactericida → mata la bacteria ; bacteriostático → inhibe …`, `agonista = se une … / antagonista = …`: a
 * line that sets a second head against the first, each with what it does, contrasts two terms; a lone
 * lower-case word there is one of them (see definedWord), not a weak head.
 */
const OPPOSED = /(?:;|\s\/)\s*\p{Ll}[\p{L}-]*\s*(?:->|→|=>|=|:)\s/u;

/**
 * `**Reforma agraria**` over `**Reforma militar**`, `**Reforma religiosa**`: bold heads of neighbouring items
 * that share their first word and differ after it name kinds of one thing, and the shared word is their noun
 * even where the dictionary reads only a verb's form (`reforma`, `pago`). Two to four words, none a function word.
 */
function kindAmongKinds(name: string, lines: readonly Line[], li: number): boolean {
  const ws = name.split(/\s+/);
  if (ws.length < 2 || ws.length > 4 || ws.some((w) => !/^\p{L}[\p{L}-]*$/u.test(w) || (isStopword(w) && !FOLDED_JOINERS.has(plain(w))))) return false;
  if (FOLDED_JOINERS.has(plain(ws[ws.length - 1] as string)) || FOLDED_GENERIC.has(foldName(name)) || isLabel(name)) return false;
  const first = plain(ws[0] as string);
  const kin = (k: number): boolean => {
    const line = lines[k];
    if (!line || !BOLD_ITEM.test(line.text)) return false;
    const other = lineHead(line.text)?.name ?? '';
    return other !== name && other.includes(' ') && plain(other.slice(0, other.indexOf(' '))) === first;
  };
  return kin(li - 1) || kin(li + 1);
}

/** Another name the parenthesis after a head gives it, or null. */
function parenName(name: string, paren: string): string | null {
  const also = ALSO.exec(paren);
  if (also) return boldTerm(paren.slice(also[0].length));
  if (acronym(paren)) {
    // `Amazon Machine Image (AMI)` is definitions.ts's; a Spanish head over an English acronym is not spelled by it.
    return !acronym(name) && notEnglish(name) ? paren : null;
  }
  const other = boldTerm(paren);
  if (!other || acronym(name) || /\d/.test(paren) || words(other).length > 4) return null;
  // The same thing in the other language: one side English, the other not.
  return (notEnglish(name) && allEnglish(other)) || (allEnglish(name) && notEnglish(other)) ? other : null;
}

/** Does the text open with an order (`Choose …`, `Specify …`, `(Optional) Enter …`, `Elige …`)? */
function instructs(text: string): boolean {
  if (/^\(optional\)/i.test(text)) return true;
  const first = /^\p{L}+/u.exec(text)?.[0] ?? '';
  const lower = first.toLowerCase();
  return /^\p{Lu}/u.test(first) && (UI_VERBS.has(lower) || englishRole(lower) === 'base-verb' || (spanishVerb(lower) && /[ae]$/.test(lower)));
}
/** What a form asks of its reader, in both languages (the lexicons read `enter` and `select` as modifiers). */
const UI_VERBS = new Set(['enter', 'select', 'choose', 'specify', 'click', 'type', 'open', 'set', 'turn', 'clear', 'reserve', 'elige', 'selecciona', 'pulsa', 'haz', 'escribe', 'introduce', 'marca', 'indica']);

/**
 * A quick look before any pattern, since most lines of prose have no head: bold near the start, or a
 * separator (`->`, `=`, ` - `, an en or em dash, `: `) within HEAD_REACH characters.
 */
function mayOpenWithHead(text: string): boolean {
  const end = Math.min(text.length, HEAD_REACH + 6);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 95) {
      if (text.charCodeAt(i + 1) === c && i < 12) return true;
    } else if (c === 45) {
      const next = text.charCodeAt(i + 1);
      if (i > 0 && text.charCodeAt(i - 1) === 32 && (next === 32 || next === 62)) return true;
    } else if (c === 61 || c === 0x2192 || c === 0x2013 || c === 0x2014) return true;
    else if (c === 58 && text.charCodeAt(i + 1) === 32) return true;
  }
  return false;
}

/**
 * A list's intro (`Scaling policy types:`, `Routing policies:` after a sentence, `Tipos de políticas:`) names
 * the category its items belong to: the name without `types`, `tipos de`.
 */
export function introName(text: string): string | null {
  const line = text.trimEnd().slice(0, -1);
  const cut = Math.max(line.lastIndexOf('. '), line.lastIndexOf('! '), line.lastIndexOf('? '));
  const last = line.slice(cut + 1).replace(/[*_]+/g, '').trim();
  if (!last || last.length > HEAD_REACH || /[:;,()]/.test(last)) return null;
  return /^(?:tipos?|clases?|familias?|types?|kinds?|classes)\s+(?:de|of)\s+(.+)$/i.exec(last)?.[1] ?? /^(.+?)\s+(?:types?|kinds?|classes|families)$/i.exec(last)?.[1] ?? last;
}

const TRANSLATION = /\(([^()]{3,60})\)/g;
/** Two to four words of letters (a hyphen or an apostrophe inside). */
const BRACKET_WORDS = /^[\p{L}][\p{L}'’-]*(?: [\p{L}][\p{L}'’-]*){1,3}$/u;
const englishWords = memoised(allEnglish);
/** Words that end the noun phrase before a parenthesis (an article, a verb's preposition, a clause word). */
const PHRASE_STOPS = new Set(['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'que', 'con', 'para', 'por', 'en', 'sin', 'a', 'al', 'y', 'o', 'e', 'es', 'son', 'su', 'sus', 'este', 'esta', 'como', 'entre', 'sobre', 'desde', 'vs', 'versus']);
/** Prepositions a Spanish name may hold where English puts a modifier (`cifrado en bloque`, block cipher). */
const INNER_PREPOSITIONS = new Set(['en', 'a', 'sin', 'con', 'por']);
const EXAMPLE_OPENERS = new Set(['un', 'una', 'unos', 'unas', 'el', 'la', 'los', 'las', 'a', 'an', 'the', 'otro', 'otra', 'another']);
/** Where a bracket's first name ends: a comma, a semicolon, `o`/`or`, `ej`/`e.g.` (what follows is another name or an example). */
const FIRST_NAME_END = /\s*(?:[,;/]|\s(?:o|or|u|e\.?g\.?|ej\.?)\s)/u;

/**
 * `un rol de ejecución (execution role) para …`: a Spanish noun phrase followed by its English name in
 * brackets names one thing twice. The phrase runs back from the bracket to an article, a preposition other
 * than `de`, or punctuation; the bracket holds two to four English words and the phrase is not English.
 */
function translations(note: ParsedNote, l: Line): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  const text = l.text;
  TRANSLATION.lastIndex = 0;
  for (let m = TRANSLATION.exec(text); m; m = TRANSLATION.exec(text)) {
    // Cheap tests first (most brackets hold examples, values or code): two to four words of letters, after a
    // word and a space.
    // `(block cipher, ej AES)`, `(cross-entropy o log loss)`: the first name, before other names or examples.
    const whole = (m[1] as string).trim();
    const cut = FIRST_NAME_END.exec(whole);
    const inner = cut ? whole.slice(0, cut.index).trim() : whole;
    // `(google authenticator o una llave física)`: things an article introduces are examples, not another name.
    if (cut && EXAMPLE_OPENERS.has(plain(/^\p{L}+/u.exec(whole.slice(cut.index + cut[0].length))?.[0] ?? ''))) continue;
    if (!(BRACKET_WORDS.test(inner) || /^\p{L}+(?:-\p{L}+)+$/u.test(inner)) || !/\p{L} $/u.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    if (!englishWords(inner)) {
      const named = englishFirst(text, m.index, inner);
      if (named) out.push({ names: named, source: 'term', occurrence: { noteId: note.id, line: l.line, sentence: tidy(text), section: l.section } });
      continue;
    }
    const before = text.slice(Math.max(0, m.index - 80), m.index).replace(/[*_]+\s*$/, '').trimEnd();
    const tokens = before.split(/\s+/);
    const phrase: string[] = [];
    // A line that is only `X (Y)` (an item of a list) is delimited by the line: X may hold a preposition.
    const alone = m.index + m[0].length === text.trimEnd().length && tokens.length <= 6 && before.length < 80 && tokens.every((t) => /^[\p{L}\p{N}*_]/u.test(t));
    if (alone) phrase.push(...tokens.filter((t) => /[\p{L}\p{N}]/u.test(t)));
    const english = inner.split(/\s+/).length;
    for (let i = tokens.length - 1; !alone && i >= 0 && phrase.length < 5; i--) {
      const t = tokens[i] as string;
      if (!/^[\p{L}\p{N}][\p{L}\p{N}-]*$/u.test(t)) break;
      if (PHRASE_STOPS.has(plain(t))) {
        // Past a preposition only while the Spanish side has fewer words than the English one it translates.
        if (!INNER_PREPOSITIONS.has(plain(t)) || phrase.length >= english || i === 0 || PHRASE_STOPS.has(plain(tokens[i - 1] as string))) break;
      }
      phrase.unshift(t);
    }
    // The Spanish side is prose: some word of it is a lower-case word no English dictionary knows (`ejecución`), not a brand (`Xeon`).
    if (phrase.length < 2 || !phrase.some((w) => /^\p{Ll}+$/u.test(w) && !FOLDED_JOINERS.has(plain(w)) && !INNER_PREPOSITIONS.has(w) && !isEnglishWord(w))) continue;
    // `cdn de aws (content delivery network)`: the bracket spells out one word of the phrase, an acronym.
    const initials = inner.split(/[\s-]+/).map((w) => w.charAt(0)).join('').toLowerCase();
    if (phrase.some((w) => w.toLowerCase() === initials)) continue;
    const name = boldTerm(phrase.join(' '));
    const other = boldTerm(inner);
    if (!name || !other) continue;
    out.push({ names: [name, other], source: 'term', occurrence: { noteId: note.id, line: l.line, sentence: tidy(text), section: l.section } });
  }
  return out;
}

/** Endings of Spanish nouns and adjectives, for words typed without their accents (`politicas`, `enrutamiento`). */
const SPANISH_ENDING = /(?:ci[oó]n|ciones|miento|mientos|dad|dades|aje|ajes|ura|uras|ic[oa]s?|[ií][oa]s?)$/u;
/** Words that end an English noun phrase read back from a bracket: articles, prepositions, conjunctions, the copula. */
const ENGLISH_STOPS = new Set(['the', 'a', 'an', 'and', 'or', 'to', 'for', 'with', 'in', 'on', 'by', 'from', 'at', 'is', 'are', 'vs', 'de', 'la', 'el', 'los', 'las', 'un', 'una', 'y', 'o', 'con', 'en', 'que', 'es', 'son']);

/**
 * `storage classes (clases de almacenamiento)`, `routing policies (políticas de enrutamiento)`: a Spanish
 * note keeps the English term and glosses it in Spanish. The English words run back from the bracket to a
 * stop word or a word no English dictionary knows; the bracket is Spanish prose (a lower-case word that is not
 * English).
 */
function englishFirst(text: string, at: number, inner: string): string[] | null {
  const innerWords = inner.split(/\s+/);
  if (!innerWords.some((w) => /^\p{Ll}{3,}$/u.test(w) && !ENGLISH_STOPS.has(w) && !isStopword(w) && !isEnglishWord(w) && (isSpanishWord(w) || SPANISH_ENDING.test(w)))) return null;
  const tokens = text.slice(Math.max(0, at - 60), at).trimEnd().split(/\s+/);
  const phrase: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && phrase.length < innerWords.length; i--) {
    const t = tokens[i] as string;
    if (!/^[\p{L}][\p{L}-]*$/u.test(t) || ENGLISH_STOPS.has(t.toLowerCase()) || !englishCompound(t.toLowerCase())) break;
    phrase.unshift(t);
  }
  if (phrase.length < 2) return null;
  const name = boldTerm(phrase.join(' '));
  const other = boldTerm(inner);
  return name && other && foldName(name) !== foldName(other) ? [name, other] : null;
}

/** A list item's opening words, up to a comma, a bracket or a separator: up to four words of letters. */
const KIND_ITEM = /^((?:[\p{L}][\p{L}\p{N}-]*)(?: [\p{L}][\p{L}\p{N}-]*){1,3}?)\s*(?:,|\(|:|\s[-–—=]\s|->|→|$)/u;

const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
/** The first cell of a table row, without its bracketed part (`Reserved Instances (RI)`), if it can be a name. */
function firstCell(row: string): string | null {
  const from = row.indexOf('|');
  const to = row.indexOf('|', from + 1);
  const cell = (to < 0 ? null : row.slice(from + 1, to))?.replace(/\s*\([^()]*\)\s*$/, '').replace(/[*_`]+/g, '').trim() ?? '';
  // `16 KiB`, `2 x 64 GB`: a quantity in the first column is a value, not a name.
  return cell && /\p{L}/u.test(cell) && !/^\d/.test(cell) && cell.split(/\s+/).length <= 5 ? cell : null;
}

/** `5.2.3. La mora o retraso (arts. 1100 CC):` → `mora`: an outline's label ending its line, without marker and asides. */
function outlineIntro(text: string): string | null {
  const label = text.replace(ITEM_MARKER, '').replace(/:\s*$/, '').replace(/\s*\([^()]*\)/g, '').replace(/[*_]+/g, '').trim();
  // A sentence before the colon (`Se distinguen tres tipos de elementos:`) introduces a list; it names nothing.
  if (!label || /[.;:,]/.test(label) || label.split(/\s+/).length > 6) return null;
  return labelTerm(label);
}

/** The item right under an outline's label that says what its term is (`…, la causa es …`), or null. */
function firstItemSaying(term: string, lines: readonly Line[], li: number): Line | null {
  const next = lines[li + 1];
  const here = lines[li] as Line;
  if (!next || next.section !== here.section || next.line > here.line + 2) return null;
  const t = term.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${t}\\s+(?:es|son|is|are|means?|significa)\\s`, 'iu').test(next.text) ? next : null;
}

/**
 * An outline label's term (see outline-labels.ts). Its capital is the outline's, so a word the note writes
 * in lower case is no less a term here; a lone word must read as a noun (`Pago`, `Condonación`, not `Posible`).
 */
function labelName(label: string, text: () => string): string | null {
  const name = label.trim();
  if (name.includes(' ')) {
    // `Autonomía de la voluntad`, `Dación en pago`, `Culpa in contrahendo`: the label bounds the name, so the
    // article a Spanish complement takes after `de`, and a preposition inside, are part of it.
    const bare = name.replace(/\s(de|a)\s(?:la|las|los|el)\s/giu, ' $1 ').replace(/\s(?:en|sin|con|por|a|in)\s(?=\p{L})/giu, ' de ');
    return plainTerm(bare) === null ? null : bare === name ? plainTerm(name) : name;
  }
  const f = plain(name);
  if (!/^\p{L}[\p{L}-]+$/u.test(name) || isStopword(f) || FOLDED_GENERIC.has(foldName(name)) || LABELS.has(f) || VALUES.has(f) || participle(name)) return null;
  const lower = name.toLowerCase();
  const role = englishRole(lower);
  if (role === 'modifier' || role === 'base-verb' || role === 'verb' || adverb(f)) return null;
  return nounLabel(name, text) ? name : null;
}

/** Candidates from the heads of a note's lines (`lines` as proseLines gives them). */
export function listHeads(note: ParsedNote, lines: readonly Line[], english: boolean): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  let shown: Map<number, string[]> | null = null;
  const linksOn = (line: number): string[] | undefined => {
    if (!shown) {
      shown = new Map();
      for (const link of note.links) {
        const t = (link.display ?? link.target.replace(/^.*\//, '').replace(/\.md$/i, '')).trim();
        if (!t) continue;
        // Pushed, not copied: a hostile note has 100,000 links on one line.
        const onLine = shown.get(link.line);
        if (onLine) onLine.push(t);
        else shown.set(link.line, [t]);
      }
    }
    return shown.get(line);
  };
  // Whether the note writes a word (as given) elsewhere: a search of its text for the few words asked about,
  // or, in a long note, a set of its words made once (thousands of heads must not each search it).
  const lookIn = (text: () => string): ((word: string) => boolean) => {
    let all: string | null = null;
    let set: Set<string> | null = null;
    return (word) => {
      all ??= text();
      if (all.length < LONG_NOTE) return hasWholeWord(all, word);
      if (!set) {
        set = new Set();
        for (const w of all.match(WORD) ?? []) set.add(w);
      }
      return set.has(word);
    };
  };
  let joined: string | null = null;
  const noteText = (): string => (joined ??= lines.map((x) => x.text).join('\n'));
  const writtenLower = lookIn(noteText);
  const inProse = lookIn(() => lines.filter((x) => x.text.charCodeAt(0) !== 124).map((x) => x.text).join('\n'));
  // Rows of a table after its header and `| --- |` line: the first cell is what the row is about.
  let inTable = false;
  /** The category a `types:` line introduced (folded) and the last line of its list so far. */
  let kinds: { of: string; line: number } | null = null;
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li] as Line;
    // A person's note puts forward tens of heads; a generated one (thousands of `term - x` lines) is a list, not a glossary of concepts.
    if (out.length >= MAX_HEADS) break;
    const text = l.text;
    if (text.charCodeAt(0) === 124 /* | */ || (inTable && text.trimStart().startsWith('|'))) {
      if (!english && text.includes('(')) out.push(...translations(note, l));
      if (TABLE_RULE.test(text)) inTable = true;
      else if (inTable) {
        const cell = firstCell(text);
        // A lone word in a cell (`Maximum`, `Sum`, `Spot`) is a term only where the note's prose names it too.
        const name = cell === null || (!cell.includes(' ') && !inProse(cell)) ? null : termName(cell, false, writtenLower);
        if (name) out.push({ names: [name], source: 'term', occurrence: { noteId: note.id, line: l.line, sentence: tidy(text), section: l.section } });
      }
      continue;
    }
    inTable = false;
    // A translation in brackets is a Spanish (or mixed) note's habit; in English prose a bracket after a name is an example or a code name.
    if (!english && text.includes('(')) out.push(...translations(note, l));
    // `6.2.1. El consentimiento:`, `5.2.3. La mora o retraso:`: an outline's label over its items; an outline's
    // item that says something first (`3.3. Enriquecimiento injusto: … Requisitos:`) is read as a head below.
    const outline = (text.charCodeAt(text.length - 1) === 58 || text.trimEnd().endsWith(':')) && outlined(text);
    const label = outline ? outlineIntro(text) : null;
    if ((text.charCodeAt(text.length - 1) === 58 || text.trimEnd().endsWith(':')) && (!outline || label !== null)) {
      const intro = introName(text);
      const name = label !== null ? labelName(label, noteText) : intro === null ? null : termName(intro, false, writtenLower);
      // `6.2.3. La causa (…):` over `- En los contratos onerosos, la causa es para cada parte …`: the label's
      // first item that says what the term is defines it there, however everyday the word.
      const said = name && label !== null ? firstItemSaying(name, lines, li) : null;
      if (said) out.push({ names: [name as string], source: 'definition', gloss: 'strong', occurrence: { noteId: note.id, line: said.line, sentence: tidy(said.text.replace(MARKER, '')), section: said.section } });
      else if (name) out.push({ names: [name], source: 'term', occurrence: { noteId: note.id, line: l.line, sentence: tidy(text), section: l.section } });
      kinds = intro !== null && /^(?:tipos?|clases?|types?|kinds?)\s|\s(?:types?|kinds?)\s*:?$/iu.test(text.trim().replace(/[*_:]+$/u, '').trim()) ? { of: foldName(intro), line: l.line } : null;
      continue;
    }
    // `Tipos de políticas:` / `3. políticas inline, pegadas a …`: an item naming a kind by the category's noun
    // and what sets it apart names that kind, up to the comma that goes on to say what it is.
    if (kinds && l.line === kinds.line + 1) {
      kinds.line = l.line;
      const kind = KIND_ITEM.exec(text)?.[1];
      const folded = kind && kind.includes(' ') ? foldName(kind) : '';
      // Spanish names the category first (`políticas inline`), English last (`write-through cache`).
      const named = kind && (folded.startsWith(`${kinds.of} `) || folded.endsWith(` ${kinds.of}`)) ? termName(kind, false, writtenLower) : null;
      if (named) out.push({ names: [named], source: 'term', occurrence: { noteId: note.id, line: l.line, sentence: tidy(text), section: l.section } });
    } else kinds = null;
    if (!mayOpenWithHead(text)) continue;
    const head = lineHead(text);
    if (!head) continue;
    // `![[ELB]] Related - …`: a link's text is a name of its own, never the start of a longer head.
    const links = note.links.length ? linksOn(l.line) : undefined;
    if (links && links.length < 200 && links.some((t) => head.name !== t && head.name.includes(t))) continue;
    // A head that is not bold must say something of itself: at least two words after the separator.
    const said = TWO_WORDS.test(head.rest.slice(0, 80)) && !/^\d/.test(head.rest);
    if (!head.bold && !said) continue;
    // `**Count**: Specify the number …`, `**Tenancy** — Choose one …`: a field of a form, and what to do with it.
    if (said && instructs(head.rest)) continue;
    const name = head.outline ? labelName(head.name, noteText) : termName(head.name, head.bold, writtenLower) ??
      (head.bold && said && definedWord(head.name, head.rest, lines, li, head.means) ? head.name.trim() : null) ??
      (said && ((!head.bold && OPPOSED.test(head.rest) && definedWord(head.name, head.rest, lines, li, true)) || (head.bold && kindAmongKinds(head.name, lines, li))) ? head.name.trim() : null);
    if (!name) continue;
    // `**Inbound**` alone on its line is a heading of sorts; a lone plain word there is a label (see headings).
    if (!said && !head.paren && !/[\s\d.-]|\p{Lu}.*\p{Lu}/u.test(name)) continue;
    const names = [name];
    const other = head.paren && !english ? parenName(name, head.paren) : head.paren && ALSO.test(head.paren) ? parenName(name, head.paren) : null;
    if (other && foldName(other) !== foldName(name)) names.push(other);
    if (acronym(name) && head.rest) {
      const long = expansionOf(name, head.rest);
      if (long) names.push(long);
    }
    const sentence = tidy(text.replace(MARKER, '').replace(/(\*\*|__|==)/g, ''));
    const occurrence = { noteId: note.id, line: l.line, sentence, section: l.section };
    out.push(said ? { names, source: 'definition', gloss: 'strong', occurrence } : { names, source: 'term', occurrence });
  }
  if (note.sections.some((s) => s.listItems !== undefined)) out.push(...parentItems(note, lines, english, (raw) => termName(raw, false, writtenLower)));
  return out;
}
