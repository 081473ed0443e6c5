import type { ParsedNote } from '../markdown/types';
import { escapeRegExp, foldTerm, plain } from './fold';
import type { ConceptHit, ConceptKey, Occurrence } from './types';

/**
 * Typed relations a note states, beyond "shares a section": read from the names themselves, the heading
 * tree and the verbs of a sentence. Each comes with the sentence that states it.
 *
 * - *is a kind of*: a name that ends with another's head (`Application Load Balancer` under the heading
 *   `ELASTIC LOAD BALANCER`, or containing `load balancer` itself);
 * - *feature of*: a name that starts with another concept (`ELB Access Logs`, `EC2 Instance Connect`);
 * - *part of*: an item `X: …` listed under a heading that names Y, or Y's sentence `incluye/includes X`;
 * - *creates*, *used with*, *configured by*, *connects to*: the verb between two concepts of a sentence
 *   (`Sirve para crear AMIs` under EC2 IMAGE BUILDER: the heading is the subject).
 *
 * The cues are the grammar of both languages, not any vault's words.
 */
export type RelationName = 'is a kind of' | 'feature of' | 'part of' | 'creates' | 'used with' | 'configured by' | 'connects to';

export interface TypedRelation {
  from: ConceptKey;
  to: ConceptKey;
  name: RelationName;
  evidence: Occurrence;
}

/** What the relations need of the dictionary: a concept's folded names, and a name's concept. */
export interface RelationDictionary {
  names(key: ConceptKey): readonly string[];
  lookup(text: string): ConceptKey | undefined;
}

const CUES: [RegExp, RelationName, 'forward' | 'backward'][] = [
  [/\b(?:crea[rn]?|genera[rn]?|creates?|builds?|produces?|generates?)\b/i, 'creates', 'forward'],
  // `Y incluye X`: X is part of Y.
  [/\b(?:incluye[n]?|incluyendo|contiene[n]?|consta de|includes?|including|contains?|consists? of)\b/i, 'part of', 'backward'],
  [/\b(?:usar con|utilizar?\b.{0,60}\bcon|compatibles? con|junto (?:a|con)|used with|compatible with|together with|use[sd]? with)\b/i, 'used with', 'forward'],
  [/\b(?:definid[oa]s? por|configurad[oa]s? por|defined by|configured by|set by)\b/i, 'configured by', 'forward'],
  [/\b(?:conectar(?:se)? a|connects? to|se conecta a)\b/i, 'connects to', 'forward'],
];


/** The relations a note states, each pair and name once, in note order. */
export function typedRelations(note: ParsedNote, hits: readonly ConceptHit[], dict: RelationDictionary): TypedRelation[] {
  const out: TypedRelation[] = [];
  const seen = new Set<string>();
  const push = (from: ConceptKey, to: ConceptKey, name: RelationName, evidence: Occurrence): void => {
    if (from === to) return;
    const k = `${from}\t${to}`;
    if (seen.has(k) || seen.has(`${to}\t${from}`)) return;
    seen.add(k);
    out.push({ from, to, name, evidence });
  };
  const firstHit = new Map<ConceptKey, ConceptHit>();
  for (const h of hits) if (!firstHit.has(h.key)) firstHit.set(h.key, h);
  const words = new Map<ConceptKey, string[][]>();
  const namesOf = (key: ConceptKey): string[][] => {
    let w = words.get(key);
    if (!w) words.set(key, (w = dict.names(key).map((n) => n.split(' '))));
    return w;
  };
  const headingKey = new Map<number, ConceptKey | undefined>();
  const headingOf = (section: number): ConceptKey | undefined => {
    if (!headingKey.has(section)) {
      const heading = note.sections[section]?.heading;
      headingKey.set(section, heading ? dict.lookup(heading.replace(/\s*\([^()]*\)\s*$/, '')) : undefined);
    }
    return headingKey.get(section);
  };

  // From the names: one concept's name inside another's. Looked up by the name's own prefixes and
  // suffixes, not pair by pair: a note of 20,000 headings names as many concepts.
  const keys = [...firstHit.keys()];
  const byName = new Map<string, ConceptKey[]>();
  for (const k of keys) {
    for (const w of namesOf(k)) {
      const name = w.join(' ');
      const list = byName.get(name);
      if (!list) byName.set(name, [k]);
      else if (!list.includes(k)) list.push(k);
    }
  }
  for (const a of keys) {
    const ev = (firstHit.get(a) as ConceptHit).occurrence;
    for (const wa of namesOf(a)) {
      for (let n = 1; n < wa.length; n++) {
        const tail = wa.slice(wa.length - n);
        // `Amazon ECS` is ECS by its vendor's name, not a kind of it; `volúmenes EFS` puts its head first.
        const brandOnly = wa.length === n + 1 && n === 1;
        if (!brandOnly) for (const b of byName.get(tail.join(' ')) ?? []) if (b !== a) push(a, b, 'is a kind of', ev);
        for (const b of byName.get(wa.slice(0, n).join(' ')) ?? []) if (b !== a) push(a, b, 'feature of', ev);
      }
    }
  }

  // From the heading tree: what a section about H lists or names with H's head.
  const itemName = new Map<string, string | null>();
  // `X: …` names its item before the colon; folded once per sentence, not once per name of every hit in it.
  const itemOf = (sentence: string): string | null => {
    let name = itemName.get(sentence);
    if (name === undefined) {
      const colon = sentence.indexOf(':');
      name = colon < 0 ? null : foldTerm(sentence.slice(0, colon));
      itemName.set(sentence, name);
    }
    return name;
  };
  for (const h of hits) {
    const head = headingOf(h.occurrence.section);
    if (head === undefined || head === h.key) continue;
    const sentence = h.occurrence.sentence;
    const own = namesOf(h.key);
    const item = itemOf(sentence);
    if (item !== null && own.some((n) => sentence.toLowerCase().startsWith(`${n.join(' ')}:`) || item === n.join(' '))) {
      push(h.key, head, 'part of', h.occurrence);
      continue;
    }
    const shareHead = own.some((wa) => namesOf(head).some((wb) => wa.length > 1 && wb.length > 1 && wa.length >= wb.length && wa[wa.length - 1] === wb[wb.length - 1] && wa.join(' ') !== wb.join(' ') && wa[wa.length - 2] === wb[wb.length - 2]));
    if (shareHead) push(h.key, head, 'is a kind of', h.occurrence);
  }

  // From the verbs: subject, cue, object in one sentence (the heading is the subject of a subjectless
  // first sentence).
  const bySentence = new Map<string, ConceptHit[]>();
  for (const h of hits) {
    const k = `${h.occurrence.line}\t${h.occurrence.sentence}`;
    const list = bySentence.get(k);
    if (list) list.push(h);
    else bySentence.set(k, [h]);
  }
  const firstSentences = new Map<number, string | null>();
  for (const group of bySentence.values()) {
    const occurrence = (group[0] as ConceptHit).occurrence;
    const sentence = occurrence.sentence;
    // A verb needs a concept on each side; one concept alone has its subject only in a section's first
    // sentence, under a heading that names it.
    if (group.length < 2 && headingOf(occurrence.section) === undefined) continue;
    // Most sentences state no relation: one pass for all cues before trying each.
    if (!ANY_CUE.test(sentence)) continue;
    // Where each concept of the sentence stands: found once per sentence, for whichever cues match.
    let placed: (readonly [ConceptHit, number])[] | null = null;
    const placements = (): (readonly [ConceptHit, number])[] => {
      if (placed) return placed;
      const plainLower = plain(sentence);
      const keys = new Set<ConceptKey>();
      placed = [];
      for (const h of group) {
        if (keys.has(h.key)) continue;
        keys.add(h.key);
        let best = -1;
        for (const n of namesOf(h.key)) {
          // Most of a concept's names are not in the sentence: a plain search rules them out before the pattern.
          if (!plainLower.includes(n[0] as string)) continue;
          const i = plainLower.search(namePattern(n));
          if (i >= 0 && (best < 0 || i < best)) best = i;
        }
        if (best >= 0) placed.push([h, best] as const);
      }
      return placed;
    };
    for (const [cue, name, direction] of CUES) {
      const m = cue.exec(sentence);
      if (!m) continue;
      const at = m.index;
      const before = placements().filter(([, p]) => p < at).map(([h]) => h.key);
      const after = placements().filter(([, p]) => p > at).map(([h]) => h.key);
      let subject = before[before.length - 1];
      if (!firstSentences.has(occurrence.section)) firstSentences.set(occurrence.section, firstSentenceOf(note, occurrence.section));
      const first = firstSentences.get(occurrence.section) ?? null;
      if (subject === undefined && name !== 'part of' && first !== null && first.slice(0, 30) === sentence.slice(0, 30)) subject = headingOf(occurrence.section);
      const object = after[0];
      if (subject === undefined || object === undefined) continue;
      if (direction === 'forward') push(subject, object, name, occurrence);
      else push(object, subject, name, occurrence);
    }
  }
  return out;
}

const ANY_CUE = new RegExp(CUES.map(([cue]) => cue.source).join('|'), 'i');

const patterns = new Map<string, RegExp>();
/** A folded name in a lower-cased, accent-free sentence (its words may carry a plural or an -e); compiled once per name. */
function namePattern(words: readonly string[]): RegExp {
  const key = words.join(' ');
  let pattern = patterns.get(key);
  if (!pattern) {
    if (patterns.size > 50_000) patterns.clear();
    const body = words.map((w) => `${escapeRegExp(w)}\\p{L}{0,3}`).join('[\\s-]+');
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${body}`, 'u');
    patterns.set(key, pattern);
  }
  return pattern;
}

function firstSentenceOf(note: ParsedNote, section: number): string | null {
  const s = note.sections[section];
  if (!s) return null;
  const lines = s.text.split('\n').slice(s.heading === null ? 0 : 1);
  const first = lines.find((l) => l.trim())?.trim() ?? '';
  const end = first.search(/[.!?](\s|$)/);
  return end >= 0 ? first.slice(0, end + 1) : first;
}
