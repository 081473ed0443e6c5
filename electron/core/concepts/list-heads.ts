import type { ParsedNote } from '../markdown/types';
import { translations } from './bracket-translations';
import { OPPOSED, definedWord, equatedWord, kindAmongKinds } from './defined-words';
import { expansionOf } from './definitions';
import { englishRole } from './english-lexicon';
import { spanishVerb } from './clause-words';
import { VALUES, acronym, allEnglish, boldTerm, notEnglish, plainTerm, termName, words } from './head-terms';
import { plain } from './fold';
import { introName, lineHead, mayOpenWithHead } from './line-head';
import { foldName } from './memo';
import { firstItemSaying, labelName, outlineIntro } from './outline-heads';
import { ITEM_MARKER, outlined } from './outline-labels';
import { parentItems } from './parent-items';
import type { Line } from './prose-lines';
import { hasWholeWord } from './scan';
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

const MARKER = ITEM_MARKER;
const MAX_HEADS = 300;
/** Past this many characters a note's words are put in a set rather than searched. */
const LONG_NOTE = 100_000;
const WORD = /[\p{L}\p{N}]+/gu;
const TWO_WORDS = /[\p{L}\p{N}]\S*\s+\S*[\p{L}\p{N}]/u;
/** `(aka X)`, `(a.k.a. X)`, `(also X)`, `(también X)`: the parenthesis gives another name. */
const ALSO = /^(?:aka|a\.k\.a\.|also(?: called| known as)?|alias|tambi[eé]n(?: llamad[oa]s?)?|o sea)\s+/i;

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

/**
 * `|  | Estrategas de la r | Estrategas de la K |`, `| | SQS | SNS |`: a header row whose first cell is empty heads
 * a comparison, each column one of the things compared (the rows are what they are compared on). A cell that
 * holds a value (`H₀ true`) heads a case, not a thing.
 */
function matrixColumns(noteId: string, header: Line, writtenLower: (word: string) => boolean): ConceptCandidate[] {
  const cells = header.text.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
  if (cells.length < 3 || /\S/.test(cells[0] as string)) return [];
  const out: ConceptCandidate[] = [];
  for (const raw of cells.slice(1)) {
    const cell = raw.replace(/[*_`]+/g, '').replace(/\s*\([^()]*\)\s*$/, '').trim();
    if (!cell || /^\d/.test(cell) || cell.split(/\s+/).some((w) => VALUES.has(plain(w)))) continue;
    // `| | Anticiclón (alta presión, H) | Borrasca / ciclón (baja presión, L) |`: a cell is capitalised by its place,
    // and two names with a slash between are one thing's.
    const names = cell.includes(' / ') ? slashNames(cell, true, writtenLower) : [termName(cell, true, writtenLower) ?? (/^\p{Lu}\p{Ll}+$/u.test(cell) ? termName(cell.toLowerCase(), true, writtenLower) : null)];
    if (names && names[0]) out.push({ names: names as string[], source: 'term', occurrence: { noteId, line: header.line, sentence: tidy(header.text), section: header.section } });
  }
  return out;
}

/** `1 parsec`, `1 año luz`: the number one before a unit's name (letters only after it). */
const ONE_UNIT = /^1 \p{L}[\p{L} -]*$/u;

/**
 * The two names of `A / B` when each side reads as a term by itself; null otherwise. `defined`: a bold head
 * the line goes on to define, whose capitalised word is the term in lower case (`**Ponientes / vientos del oeste**`).
 */
function slashNames(raw: string, defined: boolean, writtenLower: (word: string) => boolean): string[] | null {
  const parts = raw.split(' / ');
  if (parts.length !== 2) return null;
  const names: string[] = [];
  for (const part of parts) {
    const side = part.trim();
    const name = termName(side, defined, writtenLower) ?? (defined && /^\p{Lu}\p{Ll}+$/u.test(side) ? termName(side.toLowerCase(), true, writtenLower) : null);
    if (!name) return null;
    names.push(name);
  }
  return foldName(names[0] as string) === foldName(names[1] as string) ? null : names;
}

/** A paragraph, not an item: dictated or fast-typed prose runs on for lines. */
const SPOKEN_PARAGRAPH = 80;
/** `mutaciones cromosomicas, cambian la estructura …`: a lower-case noun phrase, a comma, and the clause it heads. */
const SPOKEN = /^(\p{Ll}[\p{Ll}\p{N}]*(?: [\p{Ll}\p{N}]+){1,8}?),\s+(\p{Ll}+)\s/u;
/** What opens the clause after a spoken head: an article or `al` + infinitive (`al cruzar …`). */
const CLAUSE_START = new Set(['el', 'la', 'los', 'las', 'un', 'una', 'al', 'the', 'a', 'an']);

/**
 * `mutaciones cromosomicas, cambian la estructura de un cromosoma.`, `primera ley de mendel o ley de la
 * uniformidad, al cruzar …`: a paragraph of lower-case talk (dictation, fast typing) that opens by naming its
 * subject, as a heading would, then a comma and a clause about it (a verb or an article first). The subject,
 * or its two names joined by `o`, each two to five words of a name.
 */
function spokenHead(text: string): string[] | null {
  const m = SPOKEN.exec(text);
  if (!m) return null;
  const next = m[2] as string;
  if (!CLAUSE_START.has(next) && !spanishVerb(next) && englishRole(next) !== 'verb') return null;
  const names: string[] = [];
  for (const part of (m[1] as string).split(' o ')) {
    const n = part.trim().split(' ').length;
    const name = n >= 2 && n <= 5 ? plainTerm(part.trim()) : null;
    if (!name) return null;
    names.push(name);
  }
  return names.length > 0 && names.length <= 2 ? names : null;
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
      if (TABLE_RULE.test(text)) {
        inTable = true;
        const header = lines[li - 1];
        if (header && header.line === l.line - 1) out.push(...matrixColumns(note.id, header, writtenLower));
      }
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
      // `Normalizacion = organizar las tablas … Formas normales:`: a line that says what its head is before it
      // introduces a list is read for its head too.
      if (label !== null || kinds || !/[.!?]\s/.test(text)) continue;
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
    if (text.length >= SPOKEN_PARAGRAPH && text.charCodeAt(0) >= 97 && text.charCodeAt(0) <= 122) {
      const spoken = spokenHead(text);
      if (spoken) {
        out.push({ names: spoken, source: 'term', occurrence: { noteId: note.id, line: l.line, sentence: tidy(text.slice(0, text.indexOf('. ') + 1 || undefined)), section: l.section } });
        continue;
      }
    }
    if (!mayOpenWithHead(text)) continue;
    const head = lineHead(text);
    if (!head) continue;
    // `1 parsec (pc) = 3,26 años luz`, `1 byte = 8 bits`: one of a unit, set equal to its measure, defines the unit.
    const unit = head.name.charCodeAt(0) === 49 && head.equals === true && ONE_UNIT.test(head.name);
    if (unit) head.name = head.name.slice(2);
    // `![[ELB]] Related - …`: a link's text is a name of its own, never the start of a longer head.
    const links = note.links.length ? linksOn(l.line) : undefined;
    if (links && links.length < 200 && links.some((t) => head.name !== t && head.name.includes(t))) continue;
    // A head that is not bold must say something of itself: at least two words after the separator.
    const said = TWO_WORDS.test(head.rest.slice(0, 80)) && !/^\d/.test(head.rest);
    if (!head.bold && !said) continue;
    // `**Count**: Specify the number …`, `**Tenancy** — Choose one …`: a field of a form, and what to do with it.
    if (said && instructs(head.rest)) continue;
    // `**Ponientes / vientos del oeste** (westerlies)`: two names of one thing, a slash between them.
    const sides = head.name.includes(' / ') && !head.outline ? slashNames(head.name, head.bold && said, writtenLower) : null;
    if (sides) {
      const occurrence = { noteId: note.id, line: l.line, sentence: tidy(text.replace(MARKER, '').replace(/(\*\*|__|==|\^\^)/g, '')), section: l.section };
      out.push(said ? { names: sides, source: 'definition', gloss: 'strong', occurrence } : { names: sides, source: 'term', occurrence });
      continue;
    }
    if (unit && said && !head.bold) {
      // The unit's symbol in brackets is its other name (`(pc)`).
      const names = head.paren && /^\p{L}{1,4}$/u.test(head.paren) ? [head.name, head.paren] : [head.name];
      out.push({ names, source: 'definition', gloss: 'strong', occurrence: { noteId: note.id, line: l.line, sentence: tidy(text.replace(MARKER, '')), section: l.section } });
      continue;
    }
    const name = head.outline ? labelName(head.name, noteText) : termName(head.name, head.bold, writtenLower) ??
      (head.bold && said && definedWord(head.name, head.rest, lines, li, head.means) ? head.name.trim() : null) ??
      (said && ((!head.bold && OPPOSED.test(head.rest) && definedWord(head.name, head.rest, lines, li, true)) || (head.bold && kindAmongKinds(head.name, lines, li)) ||
        (head.equals && equatedWord(head.name, head.rest))) ? head.name.trim() : null);
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
    const sentence = tidy(text.replace(MARKER, '').replace(/(\*\*|__|==|\^\^)/g, ''));
    const occurrence = { noteId: note.id, line: l.line, sentence, section: l.section };
    out.push(said ? { names, source: 'definition', gloss: 'strong', occurrence } : { names, source: 'term', occurrence });
  }
  if (note.sections.some((s) => s.listItems !== undefined)) out.push(...parentItems(note, lines, english, (raw) => termName(raw, false, writtenLower)));
  return out;
}
