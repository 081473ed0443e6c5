import { plain } from './fold';
import type { Outline } from './outline';
import { SENTENCE_MAX } from './sentence';
import type { ConceptHit, ConceptKey, Occurrence } from './types';

export type VerbRelationName = 'stored in' | 'lives in' | 'runs in' | 'associated with' | 'attached to' | 'part of' | 'needs' | 'uses' | 'launched from' | 'sent to';

/**
 * Verbs that say where a thing is kept, runs or belongs, and what it needs or uses, in Spanish and
 * English, on accent-free lower-cased text. Their object must follow them closely (`se guarda en s3`,
 * `stored in S3`, `necesita una Elastic IP`): a concept further on is seldom what the verb is about.
 */
const VERBS: [string, VerbRelationName][] = [
  ['se (?:guarda|almacena)n? en|(?:guardad|almacenad)[oa]s? en|stored (?:in|on)|saved (?:in|to)|kept in', 'stored in'],
  ['viven? en|residen? en|lives? in|resides? in', 'lives in'],
  ['se ejecutan? (?:en|sobre)|runs? (?:in|on|inside)', 'runs in'],
  ['asociad[oa]s? (?:a|con)|se asocian? (?:a|con)|associated with', 'associated with'],
  ['attached to|se adjuntan? a|adjuntad[oa]s? a|pegad[oa]s? a', 'attached to'],
  ['belongs? to|pertenecen? a|forman? parte de', 'part of'],
  ['necesitan?|requieren?|requires?|needs?|depends? on|dependen? de', 'needs'],
  ['usan?|utilizan?|uses', 'uses'],
  ['se lanzan? (?:desde|a partir de)|lanzad[oa]s? desde|launched from', 'launched from'],
  ['se (?:pueden? )?(?:mandar|enviar|mandan?|envi[aá]n?) a|(?:enviad|mandad)[oa]s? a|sent to|delivered to|published to', 'sent to'],
];
const VERB_PATTERNS: [RegExp, VerbRelationName][] = VERBS.map(([source, name]) => [new RegExp(`\\b(?:${source})\\b`), name]);
/** One test for all verbs, on the sentence as written (most sentences have none, and folding every one cost more than the test). */
const ANY_VERB = new RegExp(`\\b(?:${VERBS.map(([source]) => source).join('|')})\\b`, 'i');

/**
 * Where a clause begins: a comma, colon, semicolon or parenthesis, a definition's arrow or dash, or a
 * conjunction (`Se crea en una public subnet y necesita una Elastic IP`: the subnet needs nothing).
 */
const CLAUSE_BREAK = /[,;:(]|->|=>|→|=|\s[-–—]\s|\s(?:y|e|o|pero|and|or|but|so)\s/g;
/** Words allowed between a verb and its object: an article, a number, an adjective. */
const MAX_GAP_WORDS = 2;
/** A preposition between the verb and a concept makes the concept part of another noun phrase (`capacidad sobrante de AWS`). */
const OF = /\b(?:de|del|of|for|para|con|with|from|desde)\b/;

/**
 * The relations a note's verbs state. The subject is the last concept before the verb in its own clause;
 * a clause without one (`, se guarda en s3`, `(usa PrivateLink)`, an item `vive en una sola AZ` under
 * `**EBS**`) has the term its line opens with, or the term its item is listed under.
 */
export function verbRelations(outline: Outline, hits: readonly ConceptHit[], push: (from: ConceptKey, to: ConceptKey, name: VerbRelationName, evidence: Occurrence) => void): void {
  const cued = new Map<string, boolean>();
  const groups = new Map<string, ConceptHit[]>();
  for (const h of hits) {
    const sentence = h.occurrence.sentence;
    let has = cued.get(sentence);
    if (has === undefined) cued.set(sentence, (has = ANY_VERB.test(sentence)));
    if (!has) continue;
    const k = `${h.occurrence.line}\t${sentence}`;
    const group = groups.get(k);
    if (!group) groups.set(k, [h]);
    else if (!group.some((x) => x.key === h.key)) group.push(h);
  }
  for (const group of groups.values()) {
    const occurrence = itemSentence(outline, (group[0] as ConceptHit).occurrence);
    const lower = plain(occurrence.sentence);
    const placed = group.map((h) => ({ key: h.key, span: outline.spanOf(h.key, lower) })).filter((p): p is { key: ConceptKey; span: [number, number] } => p.span !== null);
    for (const [verb, name] of VERB_PATTERNS) {
      const m = verb.exec(lower);
      if (!m) continue;
      const at = m.index;
      const end = at + m[0].length;
      const object = placed.filter((p) => p.span[0] >= end).sort((a, b) => a.span[0] - b.span[0])[0];
      if (!object || !closeAfter(lower.slice(end, object.span[0]))) continue;
      const clause = clauseStart(lower, at);
      const inClause = placed.filter((p) => p.span[0] >= clause && p.span[1] <= at).sort((a, b) => b.span[0] - a.span[0])[0];
      const subject = inClause?.key ?? impliedSubject(outline, occurrence, lower, clause);
      if (subject !== undefined && subject !== object.key) push(subject, object.key, name, occurrence);
    }
  }
}

/** A list item's own line for its sentence: the section's text drops list markers, so a sentence runs on across items. */
function itemSentence(outline: Outline, occurrence: Occurrence): Occurrence {
  const section = outline.note.sections[occurrence.section];
  const line = section?.listItems ? outline.linesOf(occurrence.section)[occurrence.line - section.startLine] : undefined;
  if (!line?.item) return occurrence;
  const text = line.text.trim().replace(/\s+/g, ' ');
  return { ...occurrence, sentence: text.length > SENTENCE_MAX ? `${text.slice(0, SENTENCE_MAX)}…` : text };
}

function closeAfter(gap: string): boolean {
  if (/[,;:(.!?]/.test(gap) || OF.test(gap)) return false;
  const words = gap.trim();
  return words === '' || words.split(/\s+/).length <= MAX_GAP_WORDS;
}

function clauseStart(lower: string, at: number): number {
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(lower); m && m.index < at; m = CLAUSE_BREAK.exec(lower)) start = m.index + m[0].length;
  return start;
}

/** The subject a clause leaves unsaid: the term its line opens with, or, for the line's first clause, the term the line is listed under. */
function impliedSubject(outline: Outline, occurrence: Occurrence, lower: string, clause: number): ConceptKey | undefined {
  const section = outline.note.sections[occurrence.section];
  if (!section) return undefined;
  const index = occurrence.line - section.startLine;
  const head = outline.head(occurrence.section, index);
  if (head) return head.key;
  const line = outline.linesOf(occurrence.section)[index];
  if (clause !== 0 || !line || !line.lower.trimStart().replace(/^[*_\s]+/, '').startsWith(lower.trimStart().replace(/^[*_\s]+/, '').slice(0, 24))) return undefined;
  const p = outline.parent(occurrence.section, index);
  return p >= 0 ? outline.head(occurrence.section, p)?.key : undefined;
}
