import { clauseWord } from './clause-words';
import { isEnglishWord } from './english-lexicon';
import { plain } from './fold';
import { isSpanishWord } from './spanish-lexicon';
import type { Outline } from './outline';
import { SENTENCE_MAX } from './sentence';
import type { ConceptHit, ConceptKey, Occurrence } from './types';

export type VerbRelationName =
  | 'stored in'
  | 'lives in'
  | 'runs in'
  | 'runs over'
  | 'associated with'
  | 'attached to'
  | 'part of'
  | 'needs'
  | 'uses'
  | 'used for'
  | 'launched from'
  | 'sent to'
  | 'alternative to'
  | 'causes'
  | 'prevents'
  | 'points to'
  | 'identified by'
  | 'replaces'
  | 'manages'
  | 'has'
  | 'built from';

/**
 * A verb family: its forms in Spanish and English, on accent-free lower-cased text, the relation it
 * states, and which way. `backward` is a passive or a converse (`caused by`, `replaced by`, `lo usa X`,
 * `consists of`): the concept after the verb is the relation's source. `list`: every concept of a list
 * right after the verb is an object (`se compone de A, B y C`).
 */
interface VerbFamily {
  forms: string;
  name: VerbRelationName;
  backward?: boolean;
  list?: boolean;
}

/**
 * Their object must follow them closely (`se guarda en s3`, `stored in S3`, `necesita una Elastic IP`): a
 * concept further on is seldom what the verb is about.
 */
const FAMILIES: VerbFamily[] = [
  { forms: 'se (?:guarda|almacena)n? en|(?:guardad|almacenad)[oa]s? en|stored (?:in|on)|saved (?:in|to)|kept in', name: 'stored in' },
  // Where a thing is made or deployed is where it then lives (`se crea en una public subnet`, `is created in the AZ`).
  { forms: 'viven? (?:en|dentro de)|residen? en|lives? (?:in|inside)|resides? (?:in|inside)|se (?:crean?|despliegan?|ponen?|colocan?|ubican?) (?:en|dentro de)|(?:is|are) (?:created|deployed|placed|located) (?:in|into|inside)|est[aá]n? dentro de', name: 'lives in' },
  { forms: 'se ejecutan? (?:en|sobre|dentro de)|runs? (?:in|on|inside)', name: 'runs in' },
  // A protocol or layer carried by another: `HTTP runs over TCP`, `funciona sobre UDP`, `on top of TCP`.
  { forms: 'runs? (?:over|on top of)|(?:is|are) (?:built|layered) on top of|funcionan? (?:sobre|encima de)|va(?:n)? sobre', name: 'runs over' },
  { forms: 'asociad[oa]s? (?:a|con)|se asocian? (?:a|con)|associated with', name: 'associated with' },
  { forms: 'attached to|se adjuntan? a|adjuntad[oa]s? a|pegad[oa]s? a', name: 'attached to' },
  { forms: 'belongs? to|pertenecen? a|forman? parte de|(?:es|son) parte de|(?:is|are) (?:an? )?part of', name: 'part of' },
  // A whole named first, its parts listed after the verb.
  { forms: 'consists? of|(?:is|are) made (?:up )?of|(?:is|are) composed of|comprises|constan? de|se componen? de|(?:esta|estan) (?:formad|compuest)[oa]s? (?:por|de)|(?:formad|compuest)[oa]s? (?:por|de)', name: 'part of', backward: true, list: true },
  { forms: 'necesitan?|requieren?|requires?|needs?|depends? on|dependen? de|relies on|rely on|se basan? en', name: 'needs' },
  { forms: 'usan?|utilizan?|uses', name: 'uses' },
  // `lo usa TLS`, `is used by`: the user comes after the verb.
  { forms: 'l[oa]s? (?:usan?|utilizan?)|(?:is|are) used by|(?:usad|utilizad)[oa]s? por', name: 'uses', backward: true },
  { forms: 'se (?:usan?|utilizan?) para|(?:is|are) used for|(?:usad|utilizad)[oa]s? para|sirven? para|used for', name: 'used for' },
  // `Un registro es un servidor donde se guardan las imágenes`: what is kept in the place the clause is on.
  { forms: 'donde se (?:guarda|almacena)n?(?: y (?:se )?\\w+)?', name: 'stored in', backward: true },
  { forms: 'se lanzan? (?:desde|a partir de)|lanzad[oa]s? desde|launched from', name: 'launched from' },
  { forms: 'se (?:pueden? )?(?:mandar|enviar|mandan?|envi[aá]n?) a|(?:enviad|mandad)[oa]s? a|sent to|delivered to|published to', name: 'sent to' },
  { forms: 'alternativas? a|alternatives? to|en (?:lugar|vez) de|instead of', name: 'alternative to' },
  { forms: 'causan?|provocan?|causes|cause|leads? to|results? in|da(?:n)? lugar a|conducen? a|inducen?|induces|triggers|desencadenan?', name: 'causes' },
  { forms: 'causad[oa]s? por|provocad[oa]s? por|caused by|due to|debid[oa]s? a|se deben? a|inducid[oa]s? por|induced by|triggered by|desencadenad[oa]s? por', name: 'causes', backward: true },
  // `las quinolonas inhiben la ADN girasa`, `ACE inhibitors block …`: what stops another's work prevents it.
  { forms: 'evitan?|previenen?|impiden?|prevents?|avoids?|protects? against|protegen? (?:contra|de)|inhiben?|inhibits?|inhibit|bloquean?|blocks', name: 'prevents' },
  // A pointer is named by what it points to: `HEAD = puntero al commit`, `a pointer to a commit`.
  { forms: 'apuntan? (?:a|al|hacia)|points? to|refers? to|hacen? referencia a|punteros? (?:\\w+ )?(?:a|al)|pointers? to|references', name: 'points to' },
  { forms: 'se identifican? (?:por|con|mediante)|identificad[oa]s? (?:por|con|mediante)|identified by|keyed by', name: 'identified by' },
  { forms: 'reemplazan?(?: a)?|sustituyen?(?: a)?|replaces|supersedes|sucesor(?:a|es)? de|successors? (?:of|to)', name: 'replaces' },
  { forms: 'reemplazad[oa]s? por|sustituid[oa]s? por|replaced by|superseded by|predecesor(?:a|es)? de|predecessors? (?:of|to)', name: 'replaces', backward: true },
  { forms: 'gestionan?|administran?|manages|orchestrates|orquestan?', name: 'manages' },
  { forms: 'gestionad[oa]s? por|administrad[oa]s? por|managed by|orchestrated by|orquestad[oa]s? por', name: 'manages', backward: true },
  // What a thing owns or carries: `cada imagen tiene una etiqueta`, `each topic has subscriptions`. Not
  // `tiene que` (must): its object is no concept.
  { forms: 'tienen?(?: asociad[oa]s?)?|has|have', name: 'has' },
  { forms: 'se (?:construyen?|crean?|generan?) a partir de|(?:construid|cread|generad)[oa]s? a partir de|(?:is|are) (?:built|created|generated) from|built from', name: 'built from' },
];
const VERB_PATTERNS: [RegExp, VerbFamily][] = FAMILIES.map((f) => [new RegExp(`\\b(?:${f.forms})\\b`, 'g'), f]);
/** One test for all verbs, on the sentence as written (most sentences have none, and folding every one cost more than the test). */
const ANY_VERB = new RegExp(`\\b(?:${FAMILIES.map((f) => f.forms).join('|')})\\b`, 'i');

/**
 * Where a clause begins: a comma, colon, semicolon or parenthesis, a definition's arrow or dash, or a
 * conjunction (`Se crea en una public subnet y necesita una Elastic IP`: the subnet needs nothing).
 */
const CLAUSE_BREAK = /[,;:(]|[.!?](?=\s)|->|=>|→|=|\s[-–—]\s|\s(?:y|e|o|pero|and|or|but|so)\s/g;
/** Words allowed between a verb and its object: an article, a number, an adjective. */
const MAX_GAP_WORDS = 2;
/** Words allowed between a subject and its verb: `X that are attached to`, `X is still attached to`. */
const MAX_SUBJECT_GAP_WORDS = 4;
const NEGATION_BEFORE = /(?:\b(?:not|never|no|nunca|ni|tampoco)|n't)\s+(?:\w+\s+)?$/;
const DETERMINER_BEFORE = /\b(?:your|their|our|my|his|her|its|the|these|those|specific|own|tus|sus|mis|nuestras?|nuestros?|las|los)\s+$/;
/**
 * What may follow the object: the sentence's end, a mark, or a function word. Another word makes the
 * concept the first word of a longer noun (`belong to other AWS accounts`, `attached to users and AWS resources`).
 */
const ENDS_PHRASE = /^(?:\s*[^\p{L}\p{N}\s-]|\s*$|\s+(?:in|on|at|of|for|to|with|and|or|by|from|that|which|when|if|as|is|are|was|were|be|can|will|so|but|y|e|o|u|en|de|del|con|para|por|que|a|al|el|la|los|las|un|una|se|es|son|sin|pero|cuando|si|donde|where)\b)/u;
/**
 * Whether the object's noun phrase ends where its name does. In Spanish an adjective may follow the noun
 * (`apunta a un inode concreto`); an English noun there makes the name a modifier of it.
 */
function endsPhrase(lower: string, end: number): boolean {
  const rest = lower.slice(end);
  if (ENDS_PHRASE.test(rest)) return true;
  const next = /^\s+([\p{L}]+)(?=[\s.,;:)]|$)/u.exec(rest)?.[1];
  return next !== undefined && !clauseWord(next) && isSpanishWord(next) && !isEnglishWord(next);
}

/** A preposition (and a determiner) right before a concept: it is that preposition's object. */
const GOVERNED = /\b(?:in|on|at|by|to|of|for|from|with|into|en|de|del|por|para|con|desde|al)\s+(?:(?:a|an|the|this|that|these|those|each|every|your|their|its|our|un|una|el|la|los|las|este|esta|estos|estas|cada|tu|tus|su|sus)\s+)?$/;
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
    // One concept alone is an object; its subject must come from the outline: a list, an indented line, a
    // line that opens with its term (`**segmentation** — … causes external fragmentation.`), or the sentence before.
    if (group.length < 2 && !outline.hasStructure(first.section) && !SUBJECTLESS.test(first.sentence) && !lineHead(outline, first)) continue;
    const occurrence = itemSentence(outline, first);
    const lower = plain(occurrence.sentence);
    const placed = group.map((h) => ({ key: h.key, span: outline.spanOf(h.key, lower) })).filter((p): p is { key: ConceptKey; span: [number, number] } => p.span !== null);
    for (const [verb, family] of VERB_PATTERNS) {
      verb.lastIndex = 0;
      for (let m = verb.exec(lower); m; m = verb.exec(lower)) {
        const at = m.index;
        const end = at + m[0].length;
        // A verb inside a concept's own name (`políticas administradas por AWS`) states nothing.
        if (placed.some((p) => p.span[0] <= at && p.span[1] >= end)) continue;
        // `your needs`, `the uses of`: after a determiner the verb is a noun.
        if (DETERMINER_BEFORE.test(lower.slice(Math.max(0, at - 12), at))) continue;
        // `do not require`, `no necesita`: a negated verb states the opposite relation.
        if (NEGATION_BEFORE.test(lower.slice(Math.max(0, at - 16), at))) continue;
        const object = placed.filter((p) => p.span[0] >= end).sort((x, y) => x.span[0] - y.span[0])[0];
        if (!object || !closeAfter(lower.slice(end, object.span[0])) || !endsPhrase(lower, object.span[1])) continue;
        const clause = clauseStart(lower, at);
        const inClause = placed.filter((p) => p.span[0] >= clause && p.span[1] <= at).sort((x, y) => y.span[0] - x.span[0])[0];
        // A concept further from the verb than a few words is seldom its subject; nor is the line's term then.
        const gap = inClause ? lower.slice(inClause.span[1], at) : '';
        if (inClause && !subjectGap(gap) && !RELATIVE_ON_GENUS.test(gap)) continue;
        // `Los access logs del Elastic Load Balancer se guardan en S3`, `a parameter in a launch template instead
        // of an AMI ID`: what a preposition governs is not the verb's subject.
        if (inClause && GOVERNED.test(lower.slice(Math.max(0, inClause.span[0] - 24), inClause.span[0]))) continue;
        let subject = inClause?.key;
        let evidence = occurrence;
        // A clause that names no subject before its verb takes one from the outline, unless some other noun
        // stands there (`the OS pretends …`, `los access logs se guardan …`): that noun is its subject.
        if (subject === undefined && opensWithVerb(lower.slice(clause, at))) {
          subject = impliedSubject(outline, occurrence, lower, clause);
          if (subject !== undefined && outline.spanOf(subject, lower) === null) evidence = withHead(outline, occurrence);
        }
        if (subject === undefined && sharesSentenceSubject(lower, clause)) {
          // The sentence that names the subject comes with it: the verb's own sentence does not say whose it is.
          const before = previousSubject(outline, occurrence, lower);
          if (before) [subject, evidence] = [before.key, { ...occurrence, sentence: before.text }];
        }
        if (subject === undefined) {
          // `Una foreign key es una columna que apunta a …`, `Cada fila es un registro y se identifica por …`:
          // a relative clause on the genus, or a clause joined by `y`/`and`, says more of the sentence's subject.
          const opening = openingConcept(placed, lower);
          if (opening && opening.span[1] <= at && (RELATIVE_ON_GENUS.test(lower.slice(opening.span[1], at)) || (opening.span[1] <= clause && COORDINATED.test(lower.slice(0, clause)) && opensWithVerb(lower.slice(clause, at)) && !/[,;:]/.test(lower.slice(opening.span[1], clause).replace(/\([^()]*\)/g, ''))))) subject = opening.key;
        }
        if (subject === undefined) continue;
        const objects = family.list ? [object, ...listAfter(lower, placed, object)] : [object];
        for (const o of objects) {
          if (o.key === subject) continue;
          if (family.backward) push(o.key, subject, family.name, evidence);
          else push(subject, o.key, family.name, evidence);
        }
      }
    }
  }
}

/**
 * After a sentence's subject: its copula, a genus of a few words, then a relative pronoun or a participle's
 * verb (`X is a tool used for Y`, `X es un servidor donde se guardan Y`).
 */
const RELATIVE_ON_GENUS = /^\s*(?:\([^()]*\)\s*)?(?:es|son|is|are)\s+(?:(?:un|una|unos|unas|a|an|el|la|los|las|the)\s+)?(?:[\p{L}\d/-]+\s+){1,3}(?:(?:que|that|which|who)\s+)?$/u;

/** The concept a sentence opens with (past markup and a determiner), the longest name there. */
function openingConcept(placed: readonly { key: ConceptKey; span: [number, number] }[], lower: string): { key: ConceptKey; span: [number, number] } | undefined {
  const start = BEFORE_SUBJECT.exec(lower)?.[0].length ?? 0;
  let best: { key: ConceptKey; span: [number, number] } | undefined;
  for (const p of placed) if (p.span[0] === start && (!best || p.span[1] > best.span[1])) best = p;
  return best;
}

/** Words that may stand between a clause's start and its verb when the clause leaves its subject unsaid. */
const UNSAID_SUBJECT = /^[\s*_>`"'-]*(?:(?:se|it|they|also|then|often|usually|normally|tambien|ademas|luego|solo|tb|normalmente|and|y|but|pero)\s+)*$/;

function opensWithVerb(gap: string): boolean {
  return UNSAID_SUBJECT.test(gap);
}

/** The concept a sentence's line opens with (`**term** — …`, `Term: …`), when the line has one. */
function lineHead(outline: Outline, occurrence: Occurrence): boolean {
  const section = outline.note.sections[occurrence.section];
  return !!section && outline.head(occurrence.section, occurrence.line - section.startLine) !== null;
}

/**
 * The evidence of a relation whose subject is the term the line opens with, when the verb's sentence does
 * not name it: the line's opening up to its first sentence's end, then the verb's sentence.
 */
function withHead(outline: Outline, occurrence: Occurrence): Occurrence {
  const section = outline.note.sections[occurrence.section];
  const line = section ? outline.linesOf(occurrence.section)[occurrence.line - section.startLine] : undefined;
  if (!line) return occurrence;
  const text = line.text.trim().replace(/\s+/g, ' ');
  if (text.length <= SENTENCE_MAX) return { ...occurrence, sentence: text };
  const firstEnd = text.search(/[.;!?](\s|$)/);
  const opening = firstEnd >= 0 && firstEnd < 90 ? text.slice(0, firstEnd + 1) : `${text.slice(0, 90)}…`;
  return { ...occurrence, sentence: `${opening} … ${occurrence.sentence}`.slice(0, SENTENCE_MAX) };
}

/** The concepts of a list that goes on after `first` (`A, B y C`, `A and B`): each opens its own item. */
function listAfter(lower: string, placed: readonly { key: ConceptKey; span: [number, number] }[], first: { span: [number, number] }): { key: ConceptKey; span: [number, number] }[] {
  const out: { key: ConceptKey; span: [number, number] }[] = [];
  let end = first.span[1];
  const after = placed.filter((p) => p.span[0] >= end).sort((x, y) => x.span[0] - y.span[0]);
  for (const p of after) {
    if (p.span[0] < end) continue;
    if (!LIST_GAP.test(lower.slice(end, p.span[0]))) break;
    out.push(p);
    end = p.span[1];
  }
  return out;
}

/** What parts two items of a list: a comma or a conjunction, an article, and a parenthesis glossing the item before. */
const LIST_GAP = /^(?:\s*\([^()]*\))?\s*(?:,|\+|,?\s+(?:y|e|and|or|o|u))\s+(?:(?:el|la|los|las|un|una|unos|unas|varios|varias|the|a|an|some|several)\s+)?[*_`]*$/;

/**
 * A sentence that leaves its subject unsaid: it opens with its verb (`Se crea en una public subnet y
 * necesita una Elastic IP.`, `Necesita …`) or with a pronoun (`It is stored in S3.`). Its subject is the
 * previous sentence's.
 */
const SUBJECTLESS = new RegExp(`^[\\s*_>]*(?:(?:se|it|they|also|then|tambi[eé]n|adem[aá]s|luego|solo)\\b|(?:${FAMILIES.map((f) => f.forms).join('|')})\\b)`, 'i');
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
export function previousSubject(outline: Outline, occurrence: Occurrence, lower: string): { key: ConceptKey; text: string } | undefined {
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

/**
 * What may stand between a subject and its verb: an auxiliary, a relative pronoun, an adverb (`X that are
 * attached to`, `X is still attached to`, `X también usa`). A noun there is the verb's real subject, the
 * concept only its modifier (`tenancy changes results in`, `Systems Manager parameter that points to`).
 */
function subjectGap(gap: string): boolean {
  if (!closeAfter(gap, MAX_SUBJECT_GAP_WORDS)) return false;
  const words = gap.trim().split(/\s+/).filter((w) => w !== '');
  return words.every((w) => SUBJECT_GAP_WORD.test(w) || /(?:ly|mente)$/.test(w));
}

const SUBJECT_GAP_WORD = /^(?:that|which|who|that's|it's|a|an|the|un|una|esta|estan|es|son|fue|fueron|era|eran|sera|seran|ha|han|habia|puede|pueden|debe|deben|suele|suelen|sigue|siguen|is|are|was|were|be|been|being|can|could|may|might|will|would|shall|should|must|do|does|did|has|have|had|also|still|then|only|just|often|usually|always|never|generally|typically|itself|themselves|que|se|ya|tambien|solo|siempre|normalmente|a|veces|tb|lo|la|los|las|le|les|no)$/;

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
