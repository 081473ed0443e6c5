import { plain } from './fold';
import type { Outline } from './outline';
import { SENTENCE_MAX } from './sentence';
import type { ConceptHit, ConceptKey, Occurrence } from './types';

export type VerbRelationName = 'stored in' | 'lives in' | 'runs in' | 'associated with' | 'attached to' | 'part of' | 'needs' | 'uses' | 'launched from' | 'sent to' | 'alternative to';

/**
 * Verbs that say where a thing is kept, runs or belongs, and what it needs or uses, in Spanish and
 * English, on accent-free lower-cased text. Their object must follow them closely (`se guarda en s3`,
 * `stored in S3`, `necesita una Elastic IP`): a concept further on is seldom what the verb is about.
 */
const VERBS: [string, VerbRelationName][] = [
  ['se (?:guarda|almacena)n? en|(?:guardad|almacenad)[oa]s? en|stored (?:in|on)|saved (?:in|to)|kept in', 'stored in'],
  // Where a thing is made or deployed is where it then lives (`se crea en una public subnet`, `is created in the AZ`).
  ['viven? (?:en|dentro de)|residen? en|lives? (?:in|inside)|resides? (?:in|inside)|se (?:crean?|despliegan?) (?:en|dentro de)|(?:is|are) (?:created|deployed) (?:in|into|inside)|est[aá]n? dentro de', 'lives in'],
  ['se ejecutan? (?:en|sobre|dentro de)|runs? (?:in|on|inside)', 'runs in'],
  ['asociad[oa]s? (?:a|con)|se asocian? (?:a|con)|associated with', 'associated with'],
  ['attached to|se adjuntan? a|adjuntad[oa]s? a|pegad[oa]s? a', 'attached to'],
  ['belongs? to|pertenecen? a|forman? parte de|(?:es|son) parte de|(?:is|are) (?:an? )?part of', 'part of'],
  ['necesitan?|requieren?|requires?|needs?|depends? on|dependen? de', 'needs'],
  ['usan?|utilizan?|uses', 'uses'],
  ['se lanzan? (?:desde|a partir de)|lanzad[oa]s? desde|launched from', 'launched from'],
  ['se (?:pueden? )?(?:mandar|enviar|mandan?|envi[aá]n?) a|(?:enviad|mandad)[oa]s? a|sent to|delivered to|published to', 'sent to'],
  ['alternativas? a|alternatives? to|en (?:lugar|vez) de|instead of', 'alternative to'],
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
/** Words allowed between a subject and its verb: `X that are attached to`, `X is still attached to`. */
const MAX_SUBJECT_GAP_WORDS = 4;
const NEGATION_BEFORE = /\b(?:not|n't|never|no|nunca|ni|tampoco)\s+(?:\w+\s+)?$/;
const DETERMINER_BEFORE = /\b(?:your|their|our|my|his|her|its|the|these|those|specific|own|tus|sus|mis|nuestras?|nuestros?|las|los)\s+$/;
/**
 * What may follow the object: the sentence's end, a mark, or a function word. Another word makes the
 * concept the first word of a longer noun (`belong to other AWS accounts`, `attached to users and AWS resources`).
 */
const ENDS_PHRASE = /^(?:[^\p{L}\p{N}\s-]|\s*$|\s+(?:in|on|at|of|for|to|with|and|or|by|from|that|which|when|if|as|is|are|was|were|be|can|will|so|but|y|e|o|u|en|de|del|con|para|por|que|a|al|el|la|los|las|un|una|se|es|son|sin|pero|cuando|si|donde|where)\b)/u;
/** A preposition (and a determiner) right before a concept: it is that preposition's object. */
const GOVERNED = /\b(?:in|on|at|by|to|of|for|from|with|into|en|de|del|por|para|con|desde|al)\s+(?:(?:a|an|the|your|their|its|un|una|el|la|los|las|tu|tus|su|sus)\s+)?$/;
/** A preposition between the verb and a concept makes the concept part of another noun phrase (`capacidad sobrante de AWS`). */
const OF = /\b(?:de|del|of|for|para|con|with|from|desde)\b/;

/**
 * The relations a note's verbs state. The subject is the last concept before the verb in its own clause;
 * a clause without one (`, se guarda en s3`, `(usa PrivateLink)`, an item `vive en una sola AZ` under
 * `**EBS**`) has the term its line opens with, or the term its item is listed under.
 */
export function verbRelations(outline: Outline, hits: readonly ConceptHit[], push: (from: ConceptKey, to: ConceptKey, name: VerbRelationName, evidence: Occurrence) => void): void {
  // One verb test per sentence string (the hits of a sentence share it), then the cued hits grouped by
  // sentence and line. A sentence naming one concept can only have it as the object, and then needs a
  // subject from the outline (a line's term, an item's parent), which only a list or an indented line gives.
  const cued = new Map<string, ConceptHit[][] | null>();
  const groups: ConceptHit[][] = [];
  for (const h of hits) {
    const sentence = h.occurrence.sentence;
    let sentenceGroups = cued.get(sentence);
    if (sentenceGroups === undefined) cued.set(sentence, (sentenceGroups = ANY_VERB.test(sentence) ? [] : null));
    if (sentenceGroups === null) continue;
    const group = sentenceGroups.find((g) => (g[0] as ConceptHit).occurrence.line === h.occurrence.line);
    if (!group) {
      const fresh = [h];
      sentenceGroups.push(fresh);
      groups.push(fresh);
    } else if (!group.some((x) => x.key === h.key)) group.push(h);
  }
  for (const group of groups) {
    const first = (group[0] as ConceptHit).occurrence;
    if (group.length < 2 && !outline.hasStructure(first.section) && !SUBJECTLESS.test(first.sentence)) continue;
    const occurrence = itemSentence(outline, first);
    const lower = plain(occurrence.sentence);
    const placed = group.map((h) => ({ key: h.key, span: outline.spanOf(h.key, lower) })).filter((p): p is { key: ConceptKey; span: [number, number] } => p.span !== null);
    for (const [verb, name] of VERB_PATTERNS) {
      const m = verb.exec(lower);
      if (!m) continue;
      const at = m.index;
      const end = at + m[0].length;
      // `your needs`, `the uses of`: after a determiner the verb is a noun.
      if (DETERMINER_BEFORE.test(lower.slice(Math.max(0, at - 12), at))) continue;
      // `do not require`, `no necesita`: a negated verb states the opposite relation.
      if (NEGATION_BEFORE.test(lower.slice(Math.max(0, at - 16), at))) continue;
      const object = placed.filter((p) => p.span[0] >= end).sort((a, b) => a.span[0] - b.span[0])[0];
      if (!object || !closeAfter(lower.slice(end, object.span[0])) || !ENDS_PHRASE.test(lower.slice(object.span[1]))) continue;
      const clause = clauseStart(lower, at);
      const inClause = placed.filter((p) => p.span[0] >= clause && p.span[1] <= at).sort((a, b) => b.span[0] - a.span[0])[0];
      // A concept further from the verb than a few words is seldom its subject; nor is the line's term then.
      if (inClause && !closeAfter(lower.slice(inClause.span[1], at), MAX_SUBJECT_GAP_WORDS)) continue;
      // `Los access logs del Elastic Load Balancer se guardan en S3`, `a parameter in a launch template instead
      // of an AMI ID`: what a preposition governs is not the verb's subject.
      if (inClause && GOVERNED.test(lower.slice(Math.max(0, inClause.span[0] - 24), inClause.span[0]))) continue;
      let subject = inClause?.key ?? impliedSubject(outline, occurrence, lower, clause);
      let evidence = occurrence;
      if (subject === undefined && sharesSentenceSubject(lower, clause)) {
        // The sentence that names the subject comes with it: the verb's own sentence does not say whose it is.
        const before = previousSubject(outline, occurrence, lower);
        if (before) [subject, evidence] = [before.key, { ...occurrence, sentence: before.text }];
      }
      if (subject !== undefined && subject !== object.key) push(subject, object.key, name, evidence);
    }
  }
}

/**
 * A sentence that leaves its subject unsaid: it opens with its verb (`Se crea en una public subnet y
 * necesita una Elastic IP.`, `Necesita …`) or with a pronoun (`It is stored in S3.`). Its subject is the
 * previous sentence's.
 */
const SUBJECTLESS = new RegExp(`^[\\s*_>]*(?:(?:se|it|they|also|then|tambi[eé]n|adem[aá]s|luego|solo)\\b|(?:${VERBS.map(([source]) => source).join('|')})\\b)`, 'i');
/** A clause joined by `y`/`and` shares its sentence's subject: `Se crea en X y necesita Y`. */
const COORDINATED = /\s(?:y|e|and|but|pero)\s$/;
/** What may stand before a sentence's subject: markup and a determiner. */
const BEFORE_SUBJECT = /^[\s*_>`-]*(?:(?:el|la|los|las|un|una|cada|este|esta|estos|estas|the|a|an|each|every|this|these)\s+)?/;
const SENTENCE_END = /[.!?]\s+/g;

/** Whether the verb's clause is the subjectless opening of its sentence, or joined to it by a conjunction. */
function sharesSentenceSubject(lower: string, clause: number): boolean {
  return SUBJECTLESS.test(lower) && (clause === 0 || COORDINATED.test(lower.slice(0, clause)));
}

/**
 * The subject a subjectless sentence takes from the one before it on its line (a paragraph): the concept
 * that opens that sentence (`El NAT Gateway permite … . Se crea en …`), looking back past other subjectless
 * sentences; none when the sentence before opens with anything else.
 */
function previousSubject(outline: Outline, occurrence: Occurrence, lower: string): { key: ConceptKey; text: string } | undefined {
  const section = outline.note.sections[occurrence.section];
  const line = section ? outline.linesOf(occurrence.section)[occurrence.line - section.startLine] : undefined;
  if (!line) return undefined;
  const text = line.lower;
  let end = text.indexOf(lower.slice(0, 30));
  for (let back = 0; back < 3 && end > 0; back++) {
    let start = 0;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(text); m && m.index + m[0].length < end; m = SENTENCE_END.exec(text)) start = m.index + m[0].length;
    const sentence = text.slice(start, end);
    if (!SUBJECTLESS.test(sentence)) {
      const at = start + (BEFORE_SUBJECT.exec(sentence)?.[0].length ?? 0);
      let best: [ConceptKey, number] | undefined;
      for (const h of outline.hitsOn(occurrence.section, occurrence.line - (section as { startLine: number }).startLine)) {
        const span = outline.spanOf(h.key, text, at);
        if (span && span[0] === at && (!best || span[1] > best[1])) best = [h.key, span[1]];
      }
      if (!best) return undefined;
      // The subject's sentence (its start, as written), then this one.
      const written = line.text.length === text.length ? line.text : text;
      const named = written.slice(start, end).trim().replace(/\s+/g, ' ');
      return { key: best[0], text: `${named.length > 90 ? `${named.slice(0, 90)}…` : named} ${occurrence.sentence}` };
    }
    end = start;
  }
  return undefined;
}

/** A list item's own line for its sentence: the section's text drops list markers, so a sentence runs on across items. */
function itemSentence(outline: Outline, occurrence: Occurrence): Occurrence {
  const section = outline.note.sections[occurrence.section];
  const line = section?.listItems ? outline.linesOf(occurrence.section)[occurrence.line - section.startLine] : undefined;
  if (!line?.item) return occurrence;
  const text = line.text.trim().replace(/\s+/g, ' ');
  return { ...occurrence, sentence: text.length > SENTENCE_MAX ? `${text.slice(0, SENTENCE_MAX)}…` : text };
}

function closeAfter(gap: string, most = MAX_GAP_WORDS): boolean {
  if (/[,;:(.!?]/.test(gap) || OF.test(gap)) return false;
  const words = gap.trim();
  return words === '' || words.split(/\s+/).length <= most;
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
