/**
 * A legend of abbreviations, the list a student writes once at the top of their notes:
 * `TS = Tribunal Supremo; STS = sentencia del Tribunal Supremo`, `CE = Constitución Española de 1978.`,
 * `TRLGDCU = Texto Refundido de la Ley General para la Defensa de los … (RDLeg. 1/2007)`. Each entry is an
 * acronym, `=`, and words whose initials spell it, function words skipped or spelled, however long the
 * name (a law's title runs to a dozen words); what follows the name (a year, a citation) is not part of it.
 */
import { clauseWord } from './clause-words';
import { plain } from './fold';
import { isStopword } from './folded-lists';
import type { NamePair } from './name-pairs';
import { nameOf } from './name-shapes';

/** `ABBR = …` opening a line or item, or after a `;` or a `·` that closes the entry before. */
const ENTRY = /(?:^|[;·]\s*)(?:\*\*|__)?([A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,6})(?:\*\*|__)?\s*=\s*([^;·=()\n]{3,160})/gu;
const MAX_WORDS = 16;
/** Words a long name's initials may skip (`Ley sobre Condiciones Generales de la Contratación` = LCGC). */
const MINOR = new Set(['de', 'del', 'la', 'el', 'los', 'las', 'y', 'e', 'en', 'para', 'por', 'sobre', 'con', 'sin', 'a', 'al', 'of', 'and', 'for', 'the', 'in', 'on', 'to', 'by', 'with']);

/**
 * The fewest words opening `words` whose initials spell `acronym` (case aside), a function word giving its
 * initial or none; the name closes on a content word.
 */
function spelledPrefix(acronym: string, words: readonly string[]): number {
  const letters = plain(acronym).toLowerCase();
  const minor = words.map((w) => MINOR.has(plain(w).toLowerCase()) || isStopword(w));
  // best[i][j]: words[0..i) spell letters[0..j).
  let reach = new Set<number>([0]);
  for (let i = 0; i < words.length && reach.size > 0; i++) {
    const w = plain(words[i] as string).toLowerCase();
    const next = new Set<number>();
    for (const j of reach) {
      if (minor[i]) next.add(j);
      if (j < letters.length && w[0] === letters[j]) next.add(j + 1);
    }
    reach = next;
    if (reach.has(letters.length) && !minor[i] && i >= 1) return i + 1;
  }
  return 0;
}

/**
 * `C_V = molar heat capacity at constant volume`: a subscripted symbol heading its line, named in words.
 * Only a symbol with a subscript: `v = velocity`, `F = ma` give a letter's use or a formula.
 */
const SYMBOL = /^([\p{L}]{1,3}_\{?[\p{L}\p{N}]{1,4}\}?)\s*=\s*(\p{Ll}[\p{L}'’ -]{3,80}?)\s*(?:[.,;:(]|$)/u;

function symbolName(body: string): [string, string] | null {
  const m = SYMBOL.exec(body);
  if (!m) return null;
  const words = (m[2] as string).trim().split(/\s+/);
  if (words.length < 2 || words.length > 7 || isStopword(words[0] as string) || isStopword(words[words.length - 1] as string)) return null;
  if (words.some((w) => clauseWord(w.toLowerCase()))) return null;
  return [m[1] as string, words.join(' ')];
}

/**
 * `Abreviaturas mias:`, `Abbreviations:`, `Notación:`: a line that says the list under it is the writer's
 * abbreviations, whose entries need not spell each other (`fund. = fundamental`, `V7 = acorde de septima de
 * dominante`, `T / S / D = funcion de tonica / subdominante / dominante`).
 */
const LEGEND_LABEL = /^[\s#>*_]*(?:(?:mis|my)\s+)?(?:abreviaturas?|abreviaciones|abbreviations?|siglas|acr[oó]nimos|acronyms|notaci[oó]n|notation|s[ií]mbolos|symbols|leyenda|legend)\b[^:=\n]{0,30}:?[*_\s]*$/iu;
const ITEM = /^\s*(?:[-*+•]|\d{1,2}[.)])\s+/u;
/** One side of a labelled entry: short (no space, not a number) or a name. */
const SHORT_SIDE = /^(?:\*\*|__)?(\p{L}[^\s=/,]{0,7})(?:\*\*|__)?$/u;

/** A legend entry's names, side by side or in parallel lists (`T / S / D = … / … / …`). */
function labelledEntry(body: string, at: number, out: NamePair[]): void {
  const eq = body.indexOf(' = ');
  if (eq < 0) return;
  const left = body.slice(0, eq).trim();
  const right = body.slice(eq + 3).replace(/\s*\([^()]*\)\s*[.!]*$/u, '').replace(/[.;]+$/u, '').trim();
  const split = (s: string): string[] => s.split(/\s+\/\s+|,\s+/u).map((p) => p.trim());
  const ls = split(left);
  const rs = split(right);
  const pair = (a: string, b: string): void => {
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    const name = nameOf(long);
    if (SHORT_SIDE.test(short) && name && name.length > short.length) out.push({ names: [name, short.replace(/[*_]+/g, '')], at });
  };
  if (ls.length === rs.length) ls.forEach((l, k) => pair(l, rs[k] as string));
  // `SATB = soprano, contralto, tenor y bajo`: an acronym of a list, a letter for each of its names.
  else if (ls.length === 1 && /^[A-Z]{2,6}$/.test(left) && right.split(/,\s+|\s+(?:y|and|e)\s+/u).length === left.length && right.length <= 80 && !/[()=]/.test(right)) {
    out.push({ names: [right, left], at });
  }
}

export function legendPairs(text: string): NamePair[] {
  const out: NamePair[] = [];
  if (!text.includes('=')) return out;
  let legend = false;
  for (let offset = 0; offset < text.length; ) {
    let end = text.indexOf('\n', offset);
    if (end < 0) end = text.length;
    const line = text.slice(offset, end);
    // The entries follow the label, one a line (a section's text has its list markers already blanked).
    if (legend && line.includes(' = ') && line.length < 300) {
      const body = line.replace(ITEM, '').trimStart();
      labelledEntry(body, offset + line.length - body.length, out);
    } else if (line.trim()) legend = line.length <= 60 && LEGEND_LABEL.test(line);
    if (line.includes('=') && line.length < 2000) {
      const body = line.replace(/^\s*(?:>\s*)*(?:[-*+•]\s+|\d{1,2}[.)]\s+)?/u, '');
      const lead = line.length - body.length;
      const symbol = body.includes('_') ? symbolName(body) : null;
      if (symbol) out.push({ names: symbol, at: offset + lead });
      ENTRY.lastIndex = 0;
      for (let m = ENTRY.exec(body); m; m = ENTRY.exec(body)) {
        const acronym = m[1] as string;
        const words = (m[2] as string).replace(/[*_`"“”]+/g, '').split(/[.,:]\s|[.,:]$/u)[0]?.trim().split(/\s+/) ?? [];
        const upTo: string[] = [];
        for (const w of words) {
          if (!/^\p{L}[\p{L}'’-]*$/u.test(w) || upTo.length >= MAX_WORDS) break;
          upTo.push(w);
        }
        const n = spelledPrefix(acronym, upTo);
        // A name of as many words as letters, at least, less its function words: `CC = Código Civil`.
        if (n >= 2) out.push({ names: [upTo.slice(0, n).join(' '), acronym], at: offset + lead + m.index });
      }
    }
    offset = end + 1;
  }
  return out;
}
