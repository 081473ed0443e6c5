import type { ParsedNote } from '../markdown/types';
import { clauseWord } from './clause-words';
import { englishRole } from './english-lexicon';
import { plain } from './fold';
import { FOLDED_DESCRIPTIVE, FOLDED_GENERIC, FOLDED_JOINERS, isStopword } from './folded-lists';
import { foldName } from './memo';
import { blankHtml } from './tokens';
import type { ConceptCandidate } from './types';

/**
 * The members of a list a term introduces on its own line: `**IPC** — inter-process communication: pipes,
 * message passing, shared memory, sockets`, `Coffman conditions - all 4 must hold: mutual exclusion, hold
 * and wait, no preemption, circular wait`. The line states what the term is made of or what its kinds are,
 * so each member is a name even when it is one everyday word written once (enumerations.ts asks more of an
 * unannounced list). The term must open the line (bold, or before a definition's sign), the list must be
 * all that follows the colon, and every member a bare noun phrase: a clause or a sentence there is a
 * description, not a list. relations.ts then reads each member as part (or a kind) of the term.
 */

/** A line that opens with a term: list marker, emphasis, the term, then a definition's sign. */
const TERM_LINE = /^\s*(?:[-*+]\s+|\d{1,2}[.)]\s+)?(?:\*\*[^*\n]{1,60}\*\*|__[^_\n]{1,60}__|[^\s:=—–>][^:=—–>\n]{0,58}?)\s*(?:\([^()\n]{0,60}\)\s*)?(?:—|–|\s-\s|=>|->|→|:|=)/u;
const COMMA = /\s*,\s*/u;
/** The conjunction before the last member. */
const LAST_JOIN = /\s+(?:y|e|and|or|o|u)\s+/u;
/** A member's words: letters, digits inside a word, hyphens, apostrophes. */
const WORD = /^[\p{L}][\p{L}\p{N}'’-]*$/u;
const ARTICLES = new Set(['the', 'a', 'an', 'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas']);
const NEGATIONS = new Set(['no', 'non']);
const INNER_AND = new Set(['and', 'y']);
/** Longest member, in words. */
const MAX_WORDS = 3;
/** Fewest members: two could be a pair of alternatives in a sentence (`fast: cheap and small`). */
const MIN_MEMBERS = 3;
const MAX_MEMBERS = 12;

/** Longest unmarked term that opens a line, in words. */
const MAX_LEAD_WORDS = 4;

/**
 * Whether what opens the line is a term: in bold, or a few words without a function word (`Protocolos que no
 * son HTTP:` is a sentence).
 */
function termLead(opening: string): boolean {
  if (/\*\*|__/.test(opening)) return true;
  const words = opening.replace(/^\s*(?:[-*+]\s+|\d{1,2}[.)]\s+)?/, '').replace(/\([^()]*\)/g, ' ').replace(/(?:—|–|\s-\s|=>|->|→|:|=)\s*$/, '').trim().split(/\s+/).map((w) => plain(w));
  return words.length <= MAX_LEAD_WORDS && !words.some((w) => isStopword(w) && !FOLDED_JOINERS.has(w));
}

/** Common Spanish adjectives of quality, and adjective endings: a list of them describes, it names nothing. */
const QUALITIES = new Set(['rapido', 'lento', 'barato', 'caro', 'facil', 'dificil', 'simple', 'seguro', 'alto', 'bajo', 'grande', 'pequeno', 'nuevo', 'viejo', 'bueno', 'malo', 'mejor', 'peor', 'mayor', 'menor', 'util', 'comun', 'gratis', 'fiable']);
const ADJECTIVE_ENDING = /(?:ble|ivo|iva|oso|osa|ado|ada|ido|ida)s?$/;

function quality(lower: string): boolean {
  // `cheapest`, `fastest`: a superlative ranks the term, it names nothing.
  return englishRole(lower) === 'modifier' || (/[^aeiou]est$/.test(lower) && englishRole(lower) !== 'noun') || QUALITIES.has(lower) || (englishRole(lower) === 'unknown' && ADJECTIVE_ENDING.test(lower));
}

/** Each member of the list a term's line ends with, as written, or [] when the line holds none. */
export function introducedMembers(line: string): string[] {
  // A heading (`# BBDD: SQL vs NoSQL, índices, …`) lists a note's topics; a property line (`tags:: a, b`) its metadata.
  if (line.includes('::') || line.includes('|') || /^\s*#/.test(line)) return [];
  const opened = TERM_LINE.exec(line);
  if (!opened || !termLead(opened[0])) return [];
  const colon = line.lastIndexOf(': ');
  // The list is the term's own sentence's: after a full stop the line has gone on to something else (`rds = … .
  // bases de datos gestionadas: mysql, …`).
  if (colon < 0 || /[.!?]\s/.test(line.slice(0, colon))) return [];
  // The list runs to the line's end, or to a full stop closing it (`…: a, b, c. More prose`, not allowed: one sentence).
  let tail = line.slice(colon + 2).replace(/\([^()]*\)/g, ' ').trim();
  tail = tail.replace(/[.;!]\s*$/, '').replace(/[*_`]/g, '').trim();
  if (!tail || /[.;:!?=→<>[\]{}$\\/"“”]/.test(tail) || /\d/.test(tail)) return [];
  // Commas part the members; a conjunction only the last two (`hold and wait` inside the list is one name).
  const parts = tail.split(COMMA).map((p) => p.trim());
  const last = parts.pop() ?? '';
  const join = LAST_JOIN.exec(last);
  if (join && parts.length > 0) parts.push(last.slice(0, join.index), last.slice(join.index + join[0].length));
  else parts.push(last);
  if (parts.length > 0 && /^(?:y|e|and|or|o|u)\s/.test(parts[parts.length - 1] as string)) parts[parts.length - 1] = (parts[parts.length - 1] as string).replace(/^\S+\s+/, '');
  if (parts.length < MIN_MEMBERS || parts.length > MAX_MEMBERS) return [];
  const out: string[] = [];
  for (const part of parts) {
    const words = part.split(/\s+/).filter(Boolean);
    if (words.length > 0 && ARTICLES.has(plain(words[0] as string))) words.shift();
    if (words.length === 0 || words.length > MAX_WORDS || !words.every((w) => WORD.test(w))) return [];
    const lower = words.map((w) => plain(w));
    if (lower.some((w) => w === 'vs' || w === 'versus')) return [];
    // A member that is a clause or a quality (`fast`, `se borra`, `is cheap`) makes the line a description.
    if (lower.some((w, i) => clauseWord(w) && !(i > 0 && isStopword(w)) && !(i === 0 && NEGATIONS.has(w)))) return [];
    // Inside a name only `de`/`of` and `and` join words (`hold and wait`); `used for SPF` is a clause.
    if (lower.some((w, i) => i > 0 && isStopword(w) && !FOLDED_JOINERS.has(w) && !INNER_AND.has(w))) return [];
    if (words.length === 1 && quality(lower[0] as string)) return [];
    // `no repudio`, `no preemption`: a negation opens a name of two words or more.
    if ((isStopword(lower[0] as string) && !(NEGATIONS.has(lower[0] as string) && lower.length > 1)) || isStopword(lower[lower.length - 1] as string)) return [];
    out.push(words.join(' '));
  }
  // A list of lone words is as often what the term has or does (`métricas, logs y alarmas`, `default, custom,
  // partner`) as the names of its parts; a name of several words among them makes it a list of names.
  if (!out.some((m) => m.includes(' '))) return [];
  return out;
}

/** Candidates for the members of every list a term introduces in the note (see introducedMembers). */
export function listedMembers(note: ParsedNote): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  const seen = new Set<string>();
  note.sections.forEach((section, index) => {
    if (!section.text.includes(': ')) return;
    const lines = blankHtml(section.text).split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string;
      if (!line.includes(': ') || !line.includes(',')) continue;
      const members = introducedMembers(line);
      if (members.length === 0) continue;
      const occurrence = { noteId: note.id, line: section.startLine + i, sentence: line.trim().replace(/\s+/g, ' '), section: index };
      for (const m of members) {
        const key = foldName(m);
        if (!key || seen.has(key) || FOLDED_GENERIC.has(key) || FOLDED_DESCRIPTIVE.has(key.split(' ')[0] as string)) continue;
        seen.add(key);
        out.push({ names: [m], source: 'term', occurrence });
      }
    }
  });
  return out;
}
