import { isCommonWord } from './common-words';
import { englishRole, isEnglishWord } from './english-lexicon';
import { spanishVerb } from './clause-words';
import { plain } from './fold';
import { FOLDED_GENERIC, FOLDED_JOINERS, isStopword } from './folded-lists';
import { asName, participle } from './glosses';
import { ACRONYM_SHAPE } from './make-concept';
import { foldName, memoised } from './memo';
import { documentTitle } from './prose-terms';
import { isSpanishWord, mayBeSpanishNoun } from './spanish-lexicon';

/**
 * Whether the head of a line (line-head.ts) names a term: a name by its grammar and its ends, not a label of
 * the note's own parts (`Tip`, `Example output`), not a form's value (`None`), not a lone everyday word.
 */

/** Labels of a note's own parts (`Tip:`, `truco examen ->`, `Ojo:`): what a student writes to herself. */
export const LABELS = new Set(['tip', 'tips', 'truco', 'trucos', 'truco examen', 'exam tip', 'ojo', 'nota', 'note', 'duda', 'dudas', 'pregunta', 'importante', 'important', 'warning', 'caution', 'hint', 'pista', 'recuerda', 'recordar', 'remember', 'ejemplo', 'example', 'e g', 'ej', 'def', 'defn', 'ver', 'see', 'fuente', 'source', 'todo', 'pendiente']);

/** Values a form's field takes (`+ **None** — Prevents …`): what to pick, not a thing. */
export const VALUES = new Set(['none', 'ninguno', 'ninguna', 'all', 'todos', 'todas', 'yes', 'si', 'no', 'true', 'false', 'enabled', 'disabled', 'activado', 'desactivado', 'default', 'on', 'off', 'n a', 'other', 'otro', 'otros', 'custom', 'auto', 'automatic', 'automatico', 'maximum', 'minimum', 'average', 'sum', 'total', 'count', 'maximo', 'minimo', 'media', 'promedio']);

/** `Tip`, `truco examen`, `Example output`: a label of the note's own parts, not a term. */
export function isLabel(name: string): boolean {
  const ws = words(name).map((w) => plain(w));
  return LABELS.has(ws.join(' ')) || LABELS.has(ws[0] as string) || LABELS.has(ws[ws.length - 1] as string);
}

export const words = (s: string): string[] => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
export const acronym = (s: string): boolean => ACRONYM_SHAPE.test(s);
/** Not English: some word is neither an English word nor an acronym (`grupo de seguridad`, `IP elastica`). */
export const notEnglish = (name: string): boolean => words(name).some((w) => !acronym(w) && !englishCompound(w.toLowerCase()));
export const allEnglish = (name: string): boolean => words(name).every((w) => acronym(w) || englishCompound(w.toLowerCase()));
/** An English word, or a compound of English words joined by hyphens (`bias-variance`, `cross-entropy`). */
export function englishCompound(lower: string): boolean {
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
  if (ws.length === 0 || ws.length > MAX_BOLD_WORDS + 2) return null;
  // `presión de degeneración de los electrones`: a Spanish name's `de` and articles are no words of its count.
  if (ws.length > MAX_BOLD_WORDS && ws.filter((w) => !isStopword(plain(w))).length > MAX_BOLD_WORDS - 1) return null;
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
export const CONJUNCTIONS = new Set(['y', 'e', 'o', 'u', 'and', 'or', 'ni', 'nor', '&', '+', 'vs', 'versus']);
/** English articles only: Spanish names hold theirs (`rol de la instancia`, `administradas por el cliente`). */
const ARTICLES = new Set(['the', 'a', 'an']);

/** Is `name` a term a head may name (see glosses' asName for the grammar of a name)? `writtenLower` tells whether the note writes a word in lower case. */
export function termName(raw: string, bold: boolean, writtenLower: (word: string) => boolean): string | null {
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
export const boldTerm = memoised((raw: string) => readTerm(raw, true));
export const plainTerm = memoised((raw: string) => readTerm(raw, false));
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
