import { plain } from './fold';
import type { Outline, OutlineLine } from './outline';
import { SENTENCE_MAX } from './sentence';
import { eachSentence, placedIn, type Placed } from './sentence-places';
import { previousSubject } from './verb-relations';
import type { ConceptHit, ConceptKey, Occurrence } from './types';

type Push = (from: ConceptKey, to: ConceptKey, name: 'is a kind of' | 'part of' | 'compared with', evidence: Occurrence) => void;

/**
 * Lists a sentence or a table states, in Spanish and English:
 * - a short lead naming kinds, examples or parts of a concept, then the list: `Hay tres tipos de Service:
 *   ClusterIP, …; NodePort, …; y LoadBalancer`, `Ejemplos de RDBMS: PostgreSQL, MySQL`, `Sus componentes son
 *   A, B y C` (whose: the concept the sentence before opens with), `The parts of X are A and B`;
 * - examples glossing a concept: `cifrado en bloque (block cipher, ej AES)`, `X such as A and B`;
 * - a table whose first column is headed by a kinds word (`| tipo | … |`, `| family | … |`): its rows are kinds
 *   of the concept the lead above or the heading names, and the concepts of an `ejemplo`/`e.g.` column are
 *   kinds of their row's; a table whose header names two concepts sets them side by side (compared with).
 * Only the concepts that open the items of a list count: a concept inside an item's description is not one.
 */
const KINDS = /\b(?:tipos?|clases?|familias?|categorias?|variantes|modalidades|ejemplos?|types?|kinds?|class(?:es)?|famil(?:y|ies)|categor(?:y|ies)|variants?|examples?|flavou?rs)\b/;
const PARTS = /\b(?:componentes|partes|piezas|elementos|components|parts|pieces|elements)\b/;
const POSSESSIVE = /\b(?:sus?|its|their)\b/;
/** Where the lead ends: a colon, or `son`/`are` after a plural kinds or parts noun. */
const LEAD_END = /:\s|\s(?:son|are|include|incluyen)\s/;
const MAX_LEAD_WORDS = 7;
const ANY_LEAD = /\b(?:tipos?|clases?|familias?|categor[ií]as?|variantes|modalidades|ejemplos?|types?|kinds?|class(?:es)?|famil(?:y|ies)|categor(?:y|ies)|variants?|examples?|flavou?rs|componentes|partes|piezas|elementos|components|parts|pieces|elements)\b/i;
const EXAMPLE_CUE = /(?:\(\s*(?:[^()]*,\s*)?(?:ej\.?|e\.\s?g\.?|eg|p\.\s?ej\.?|por ejemplo|for example|for instance|such as|como)[:,]?\s+)|(?:\s+such as\s+)/g;
const GOVERNED = /\b(?:in|on|at|by|to|of|for|from|with|into|than|en|de|del|por|para|con|desde|al|que)\s+(?:(?:a|an|the|this|that|these|those|each|every|your|their|its|our|un|una|el|la|los|las|este|esta|estos|estas|cada|tu|tus|su|sus)\s+)?$/;
const ANY_EXAMPLE = /\b(?:ej|e\.\s?g|eg|p\.\s?ej|por ejemplo|for example|for instance|such as)\b/i;
/** Where a list's next item starts: a comma, a semicolon, a conjunction; then an article or markup. */
const ITEM_START = /(?:[,;+]|\s(?:y|e|o|u|and|or)\s)\s*(?:(?:y|e|and|or|o)\s+)?(?:(?:el|la|los|las|un|una|the|a|an)\s+)?[*_`"']*/y;
const OPENING = /^\s*[*_`"']*(?:(?:el|la|los|las|un|una|the|a|an)\s+)?[*_`"']*/;

export function listRelations(outline: Outline, hits: readonly ConceptHit[], headingOf: (section: number) => ConceptKey | undefined, push: Push): void {
  for (const occurrence of eachSentence(hits)) {
    if (ANY_FAMILY.test(occurrence.sentence)) fromFamily(outline, hits, occurrence, push);
    const lead = ANY_LEAD.test(occurrence.sentence);
    const example = ANY_EXAMPLE.test(occurrence.sentence);
    if (!lead && !example) continue;
    const lower = plain(occurrence.sentence);
    const placed = placedIn(outline, hits, occurrence, lower);
    if (lead) fromLead(outline, occurrence, lower, placed, push);
    if (example) fromExamples(occurrence, lower, placed, push);
  }
  tables(outline, headingOf, push);
}

/** `Hay tres tipos de Service: A, …; B`, `Sus componentes son A, B y C`. */
function fromLead(outline: Outline, occurrence: Occurrence, lower: string, placed: readonly Placed[], push: Push): void {
  const end = LEAD_END.exec(lower);
  if (!end) return;
  const leadText = lower.slice(0, end.index);
  const bare = leadText.replace(/\([^()]*\)/g, ' ');
  if (bare.trim().split(/\s+/).length > MAX_LEAD_WORDS) return;
  const parts = PARTS.test(bare);
  if (!parts && !KINDS.test(bare)) return;
  // `son`/`are` ends a lead only after a plural noun of kinds or parts: `X es un tipo de Y` is a definition.
  if (!end[0].includes(':') && !/s\s*$/.test(bare.trim())) return;
  const listStart = end.index + end[0].length;
  // The lead's own phrase (`Ejemplos de RDBMS`, a heading-like name) is not the genus; the concept it names is.
  const inLead = placed.filter((p) => p.span[1] <= end.index && !KINDS.test(lower.slice(p.span[0], p.span[1])) && !PARTS.test(lower.slice(p.span[0], p.span[1]))).sort((a, b) => b.span[0] - a.span[0]);
  let genus = inLead[0]?.key;
  let evidence = occurrence;
  if (genus === undefined && POSSESSIVE.test(bare)) {
    const before = previousSubject(outline, occurrence, lower);
    if (before) [genus, evidence] = [before.key, { ...occurrence, sentence: before.text }];
  }
  if (genus === undefined) return;
  const members = listFrom(lower, placed, listStart).filter((m) => m.key !== genus);
  if (members.length < 2) return;
  for (const m of members) push(m.key, genus, parts ? 'part of' : 'is a kind of', evidence);
}

/** `cifrado en bloque (block cipher, ej AES)`, `AWS services such as S3 and EBS`: the examples are kinds of the concept they gloss. */
function fromExamples(occurrence: Occurrence, lower: string, placed: readonly Placed[], push: Push): void {
  for (const m of lower.matchAll(EXAMPLE_CUE)) {
    const genus = placed.filter((p) => p.span[1] <= m.index && /^[\s*_`"']*$/.test(lower.slice(p.span[1], m.index))).sort((a, b) => b.span[1] - a.span[1])[0];
    // `the performance of EBS volumes, such as …`, `from an EBS-backed instance (for example …)`: a concept a
    // preposition governs is not what the examples are of.
    if (!genus || GOVERNED.test(lower.slice(Math.max(0, genus.span[0] - 24), genus.span[0]))) continue;
    // `advantage of special hardware extensions such as …`: a name holding `of` is a phrase, not a genus.
    if (/\s(?:of|de|del)\s/.test(lower.slice(genus.span[0], genus.span[1]))) continue;
    const close = m[0].startsWith('(') ? lower.indexOf(')', m.index) : -1;
    const members = listFrom(close > 0 ? lower.slice(0, close) : lower, placed, m.index + m[0].length, true);
    for (const x of members) if (x.key !== genus.key) push(x.key, genus.key, 'is a kind of', occurrence);
  }
}

/**
 * A parenthesis placing the concept before it in a family or a whole: `SHA-256 (de la familia SHA-2)`,
 * `X (un tipo de Y)`, `X (part of Y)`, `X (a kind of Y)`.
 */
const FAMILY = /\(\s*(?:(?:de\s+)?(?:la\s+)?familia(?:\s+de)?|family|(?:es\s+)?(?:un|una)\s+(?:tipo|clase)\s+de|(?:is\s+)?(?:a|an)\s+(?:kind|type)\s+of|(?:de\s+la\s+)?clase|(?:es\s+)?parte\s+del?|(?:is\s+)?part\s+of)\s+(?:(?:el|la|los|las|un|una|the|a|an)\s+)?/g;
const ANY_FAMILY = /\((?:[^()]*\b(?:familia|family|tipo de|kind of|type of|clase|parte del?|part of)\b)/i;

function fromFamily(outline: Outline, hits: readonly ConceptHit[], occurrence: Occurrence, push: Push): void {
  const lower = plain(occurrence.sentence);
  const placed = placedIn(outline, hits, occurrence, lower);
  for (const m of lower.matchAll(FAMILY)) {
    const member = placed.filter((p) => p.span[1] <= m.index && /^[\s*_`"']*$/.test(lower.slice(p.span[1], m.index))).sort((a, b) => b.span[1] - a.span[1])[0];
    const end = m.index + m[0].length;
    const close = lower.indexOf(')', end);
    const genus = placed.find((p) => p.span[0] === end && close >= p.span[1] && /^[\s*_`"']*$/.test(lower.slice(p.span[1], close)));
    if (member && genus && member.key !== genus.key) push(member.key, genus.key, /\bpart/.test(m[0]) ? 'part of' : 'is a kind of', occurrence);
  }
}

/** The concepts that open the items of a list starting at `from`, up to the sentence's end, outside parentheses. */
function listFrom(lower: string, placed: readonly Placed[], from: number, contiguous = false): Placed[] {
  const starts = [from + (OPENING.exec(lower.slice(from))?.[0].length ?? 0)];
  const stop = lower.slice(from).search(/[.!?:](?:\s|$)/);
  const end = stop < 0 ? lower.length : from + stop;
  let depth = 0;
  for (let i = from; i < end; i++) {
    const c = lower[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      ITEM_START.lastIndex = i;
      const m = ITEM_START.exec(lower);
      if (m && m[0].length > 0) {
        starts.push(i + m[0].length);
        i += m[0].length - 1;
      }
    }
  }
  // The list opens with a member, and each member is its item's whole name or its item's start before a
  // comma or a parenthesis (`ClusterIP, que …`): `SSL/TLS certificates` is no list of SSL.
  const out: Placed[] = [];
  for (const [n, s] of starts.entries()) {
    const p = placed.find((x) => x.span[0] === s && x.span[1] <= end && ITEM_END.test(lower.slice(x.span[1], end + 1)));
    if (!p) {
      // Examples run on only while every item is one (`such as SAP HANA, including support for …` ends there).
      if (n === 0) return [];
      if (contiguous) break;
      continue;
    }
    if (!out.some((o) => o.key === p.key)) out.push(p);
  }
  return out;
}

const ITEM_END = /^(?:[*_`"']*\s*(?:[,;:.!?()]|$)|\s+(?:y|e|o|u|and|or|etc)\b)/;

const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
/** Headers of a first column that holds kinds of something: `tipo`, `type`, `family`, `clase`, `option`. */
const KIND_HEADER = /^(?:tipos?|clases?|familias?|categorias?|modalidad(?:es)?|opcion(?:es)?|types?|kinds?|class(?:es)?|famil(?:y|ies)|categor(?:y|ies)|options?|tiers?)$/;
const EXAMPLE_HEADER = /^(?:ejemplos?|ej\.?|examples?|e\.\s?g\.?|p\.\s?ej\.?)$/;

function cells(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = text.indexOf('|') + 1;
  if (start <= 0) return out;
  for (let bar = text.indexOf('|', start); bar >= 0; bar = text.indexOf('|', start)) {
    out.push({ text: text.slice(start, bar), start });
    start = bar + 1;
  }
  return out;
}

function tables(outline: Outline, headingOf: (section: number) => ConceptKey | undefined, push: Push): void {
  const sections = outline.note.sections;
  for (let s = 0; s < sections.length; s++) {
    const section = sections[s];
    if (!section || !section.text.includes('|')) continue;
    const lines = outline.linesOf(s);
    for (let i = 1; i < lines.length; i++) {
      if (!TABLE_RULE.test((lines[i] as OutlineLine).text) || !(lines[i - 1] as OutlineLine).text.includes('|')) continue;
      const header = lines[i - 1] as OutlineLine;
      const heads = cells(header.lower).map((c) => c.text.replace(/[*_`]/g, '').trim());
      const rows: number[] = [];
      for (let j = i + 1; j < lines.length && (lines[j] as OutlineLine).text.includes('|'); j++) rows.push(j);
      const evidence = (at: number, text: string): Occurrence | undefined => {
        const hit = outline.hitsOn(s, at)[0];
        if (!hit) return undefined;
        const sentence = `${cut(header.text)} › ${cut(text)}`;
        return { ...hit.occurrence, sentence: sentence.length > SENTENCE_MAX ? `${sentence.slice(0, SENTENCE_MAX)}…` : sentence };
      };
      // `| | Security Group | NACL |`: two concepts heading the columns are set side by side.
      const named = columnConcepts(outline, s, i - 1);
      if (named.length >= 2 && heads[0] === '') {
        const e = evidence(i - 1, header.text);
        if (e) for (let a = 1; a < named.length; a++) push(named[0] as ConceptKey, named[a] as ConceptKey, 'compared with', e);
      }
      const kinds = KIND_HEADER.test(heads[0] ?? '');
      const genus = kinds ? (tableLead(outline, s, i - 1) ?? headingOf(s)) : undefined;
      const exampleColumn = heads.findIndex((h) => EXAMPLE_HEADER.test(h));
      for (const j of rows) {
        const row = lines[j] as OutlineLine;
        const rowCells = cells(row.lower);
        const first = rowCells[0];
        // `| Latest generation | | |`: a row naming only its first cell labels a group of rows.
        if (!first || rowCells.filter((c) => c.text.trim() !== '').length < 2) continue;
        const rowKey = conceptIn(outline, s, j, row.lower, first.start, first.start + first.text.length);
        if (rowKey === undefined) continue;
        const e = evidence(j, row.text);
        if (!e) continue;
        if (genus !== undefined && genus !== rowKey) push(rowKey, genus, 'is a kind of', e);
        const ex = exampleColumn > 0 ? rowCells[exampleColumn] : undefined;
        if (!ex) continue;
        for (const h of outline.hitsOn(s, j)) {
          const span = outline.spanOf(h.key, row.lower, ex.start);
          if (span && span[1] <= ex.start + ex.text.length && h.key !== rowKey) push(h.key, rowKey, 'is a kind of', e);
        }
      }
    }
  }
}

/** The concept a cell holds (past markup), within [from, to). */
function conceptIn(outline: Outline, section: number, index: number, lower: string, from: number, to: number): ConceptKey | undefined {
  let at = from;
  while (at < to && /[\s*_`]/.test(lower[at] as string)) at++;
  let best: Placed | undefined;
  for (const h of outline.hitsOn(section, index)) {
    const span = outline.spanOf(h.key, lower, at);
    if (span && span[0] === at && span[1] <= to && (!best || span[1] > best.span[1])) best = { key: h.key, span };
  }
  // The whole cell, but for markup and a parenthesis: `iam/info` is no row about IAM.
  return best && /^[\s*_`]*(?:\([^()]*\)[\s*_`]*)?$/.test(lower.slice(best.span[1], to)) ? best.key : undefined;
}

/** The concepts a header row's cells are, after its first. */
function columnConcepts(outline: Outline, section: number, index: number): ConceptKey[] {
  const line = (outline.linesOf(section)[index] as OutlineLine).lower;
  const out: ConceptKey[] = [];
  for (const c of cells(line).slice(1)) {
    const key = conceptIn(outline, section, index, line, c.start, c.start + c.text.length);
    if (key !== undefined && !out.includes(key)) out.push(key);
  }
  return out;
}

/** What the line above a table announces kinds of: `NoSQL … . Tipos:` names NoSQL; else nothing. */
function tableLead(outline: Outline, section: number, header: number): ConceptKey | undefined {
  const lines = outline.linesOf(section);
  let j = header - 1;
  while (j >= 0 && (lines[j] as OutlineLine).blank) j--;
  if (j < 0) return undefined;
  const above = lines[j] as OutlineLine;
  if (!above.text.trimEnd().endsWith(':') || !KINDS.test(above.lower)) return undefined;
  return outline.head(section, j)?.key ?? firstOn(outline, section, j);
}

function firstOn(outline: Outline, section: number, index: number): ConceptKey | undefined {
  const lower = (outline.linesOf(section)[index] as OutlineLine).lower;
  let best: Placed | undefined;
  for (const h of outline.hitsOn(section, index)) {
    const span = outline.spanOf(h.key, lower);
    if (span && (!best || span[0] < best.span[0])) best = { key: h.key, span };
  }
  return best?.key;
}

function cut(text: string): string {
  const t = text.trim().replace(/\*\*/g, '').replace(/\s+/g, ' ');
  return t.length > 110 ? `${t.slice(0, 110)}…` : t;
}
