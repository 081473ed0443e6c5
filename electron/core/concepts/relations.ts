import type { RelationName as ContractRelationName } from '../../contract';
import type { ParsedNote } from '../markdown/types';
import { englishRole, isEnglishWord, type EnglishRole } from './english-lexicon';
import { isSpanishSpelling } from './spanish-lexicon';
import { foldTerm, plain } from './fold';
import { arrowRelations } from './arrow-relations';
import { comparisonRelations } from './comparison-relations';
import { elidedComparisons } from './elided-comparisons';
import { genusRelations } from './genus-relations';
import { headingName } from './heading-names';
import { introducedRelations } from './introduced-relations';
import { listRelations } from './list-relations';
import { placeRelations } from './place-relations';
import { findName } from './name-find';
import { Outline } from './outline';
import { headingTreeRelations, namesKinds, outlineRelations, type OutlineRelationName } from './outline-relations';
import { verbRelations, type VerbRelationName } from './verb-relations';
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
 *   (`Sirve para crear AMIs` under EC2 IMAGE BUILDER: the heading is the subject);
 * - what the outline states: kinds listed under `tipos:` or a kinds heading, a term listed under another,
 *   `X vs Y` (outline-relations.ts);
 * - *stored in*, *lives in*, *needs*, *uses* …: a verb whose subject may be the term its line opens with
 *   (`**snapshot** -> copia de seguridad …, se guarda en s3`; verb-relations.ts).
 *
 * The cues are the grammar of both languages, not any vault's words.
 */
export type RelationName = InContract<'is a kind of' | 'feature of' | 'part of' | 'creates' | 'used with' | 'configured by' | 'connects to' | 'leads to' | OutlineRelationName | VerbRelationName>;

/** A relation name the contract does not list would reach the window untranslated: refused when type-checked. */
type InContract<T extends ContractRelationName> = T;

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
  /** The concepts one of whose folded names is exactly `folded`. */
  keysNamed(folded: string): readonly ConceptKey[];
}

const CUES: [RegExp, RelationName, 'forward' | 'backward'][] = [
  [/\b(?:crea[rn]?|genera[rn]?|creates?|builds?|produces?|generates?)\b/i, 'creates', 'forward'],
  // `Y incluye X`: X is part of Y.
  [/\b(?:incluye[n]?|incluyendo|contiene[n]?|consta de|includes?|including|contains?|consists? of)\b/i, 'part of', 'backward'],
  [/\b(?:usar con|utilizar?\b.{0,60}\bcon|compatibles? con|junto (?:a|con)|used with|compatible with|together with|use[sd]? with)\b/i, 'used with', 'forward'],
  [/\b(?:definid[oa]s? por|configurad[oa]s? por|defined by|configured by|set by)\b/i, 'configured by', 'forward'],
  [/\b(?:conectar(?:se)? a|connects? to|se conecta a)\b/i, 'connects to', 'forward'],
];

/** Concepts named inside another's name (one name of theirs), found from the names alone. */
interface NameLink {
  to: readonly ConceptKey[];
  name: 'is a kind of' | 'feature of';
}

/**
 * What the names alone say, per dictionary: which concepts each one's names end or start with, and which
 * pairs share a head. Worked out once per concept and dictionary, not once per note that names it: at
 * 10k notes the same few thousand concepts were split and joined again for every note.
 */
class NameRelations {
  private readonly words = new Map<ConceptKey, string[][]>();
  private readonly links = new Map<ConceptKey, NameLink[]>();
  private readonly heads = new Map<ConceptKey, Map<ConceptKey, boolean>>();

  constructor(private readonly dict: RelationDictionary) {}

  wordsOf(key: ConceptKey): string[][] {
    let w = this.words.get(key);
    if (!w) this.words.set(key, (w = this.dict.names(key).map((n) => n.split(' '))));
    return w;
  }

  /** `a`'s names that end with another concept's name (a kind of it) or start with one (a feature of it), in name order. */
  linksOf(a: ConceptKey): readonly NameLink[] {
    let out = this.links.get(a);
    if (out) return out;
    out = [];
    const add = (name: string, relation: NameLink['name']): void => {
      const to = this.dict.keysNamed(name).filter((b) => b !== a);
      if (to.length > 0) (out as NameLink[]).push({ to, name: relation });
    };
    for (const wa of this.wordsOf(a)) {
      for (let n = 1; n < wa.length; n++) {
        // `Amazon ECS` is ECS by its vendor's name, not a kind of it; `volúmenes EFS` puts its head first. A
        // word of the English lexicon before a noun makes a compound that is a kind of it (`public subnet`,
        // `ready queue`, `key policy`); a name the lexicon does not know (`Amazon`, `AWS`) is a brand.
        const brandOnly = wa.length === n + 1 && n === 1 && !COMPOUND_MODIFIER.has(englishRole(wa[0] as string));
        // After a preposition the end of a name is its complement, not its head: `DNS de AWS`, `políticas
        // administradas por AWS` are no kinds of AWS; `FSx for Lustre` is a kind of FSx, not a feature of it.
        if (!brandOnly && !complementAt(wa, wa.length - n)) add(wa.slice(wa.length - n).join(' '), 'is a kind of');
        // A Spanish noun that opens a name is its head (`cadencia plagal`, `comunidad clímax`): a kind of it.
        // So is a name followed by Spanish adjectives only (`ARN mensajero`, `Subnet pública`, `TLS mutuo`): in
        // Spanish the modifier follows its noun, where English `EC2 Instance Connect` names a feature of EC2.
        add(wa.slice(0, n).join(' '), PREPOSITIONS.has(wa[n] as string) || (n === 1 && spanishHead(wa[0] as string)) || wa.slice(n).every((w) => w.length > 3 && spanishHead(w)) ? 'is a kind of' : 'feature of');
      }
    }
    this.links.set(a, out);
    return out;
  }

  /**
   * Whether a name of `a`, of two words or more, has the head noun of one of `b`'s: its last word in English
   * (`Gateway endpoint`, `VPC Endpoints`), its first in Spanish (`nicho fundamental`, `nicho ecológico`;
   * `ciclo del carbono`, `ciclos biogeoquímicos`). A last word after a preposition is a complement, not a
   * head: `fijación del nitrógeno` is no kind of `ciclo del nitrógeno`.
   */
  sharesLastWord(a: ConceptKey, b: ConceptKey): boolean {
    const others = this.wordsOf(b);
    return this.wordsOf(a).some((wa) => wa.length > 1 && others.some((wb) => wb.join(' ') !== wa.join(' ') && (sameLastHead(wa, wb) || sameFirstHead(wa, wb))));
  }

  /** Whether a name of `a` is a longer name with the head of one of `head`'s (`Application Load Balancer`, `Elastic Load Balancer`). */
  sharesHead(a: ConceptKey, head: ConceptKey): boolean {
    let byHead = this.heads.get(head);
    if (!byHead) this.heads.set(head, (byHead = new Map()));
    let shared = byHead.get(a);
    if (shared === undefined) {
      const heads = this.wordsOf(head);
      shared = this.wordsOf(a).some((wa) => heads.some((wb) => wa.length > 1 && wb.length > 1 && wa.length >= wb.length && wa[wa.length - 1] === wb[wb.length - 1] && wa.join(' ') !== wb.join(' ') && wa[wa.length - 2] === wb[wb.length - 2]));
      byHead.set(a, shared);
    }
    return shared;
  }
}

/**
 * Words that join a name's head to its complement, folded (accent-free, lower case), in both languages
 * (`d` is a hurried note's `de`: `ARN d transferencia`).
 * Not `on`, `in`, `to`: a name's words are split at hyphens, and those sit inside compounds (`On-Demand`,
 * `point-in-time`, `Site-to-Site`).
 */
const PREPOSITIONS = new Set(['de', 'd', 'del', 'en', 'por', 'para', 'con', 'sin', 'sobre', 'entre', 'al', 'of', 'for', 'by', 'with', 'from', 'y', 'and', 'or']);

const COMPOUND_MODIFIER = new Set<EnglishRole>(['noun', 'modifier']);

/**
 * The same last word, a head in both names: not the complement of a preposition in either, and not the
 * adjective after a Spanish noun (`cadena trófica` is no kind of `estructura trófica`).
 */
function sameLastHead(wa: readonly string[], wb: readonly string[]): boolean {
  return wb[wb.length - 1] === wa[wa.length - 1] && !complementAt(wa, wa.length - 1) && !complementAt(wb, wb.length - 1) && !spanishHead(wa[0] as string);
}

/** Whether the words from `at` on follow a preposition, maybe with an article: `regulación de las poblaciones`. */
function complementAt(words: readonly string[], at: number): boolean {
  const before = words[at - 1];
  if (before === undefined) return false;
  return PREPOSITIONS.has(before) || (ARTICLES.has(before) && PREPOSITIONS.has(words[at - 2] ?? ''));
}

const ARTICLES = new Set(['el', 'la', 'lo', 'los', 'las', 'un', 'una', 'the', 'a', 'an']);

/** A Spanish noun, which heads the words after it: a word of Spanish and none of English (`type`, `data`, `cloud` open English compounds). */
function spanishHead(word: string): boolean {
  return !isEnglishWord(word) && isSpanishSpelling(word);
}

/**
 * The same first word, a Spanish noun (no English word: `type`, `data`, `cloud` open English compounds whose
 * head is last), and the genus is that noun alone, with one adjective, or a category in the plural: `nicho
 * fundamental` under `nicho ecológico`, `sucesión primaria` under `sucesión ecológica`. Not a genus with its
 * own complement (`tasa intrínseca de crecimiento` is no genus of `tasa de natalidad`).
 */
function sameFirstHead(wa: readonly string[], wb: readonly string[]): boolean {
  const first = wa[0] as string;
  if (wb[0] !== first || wb.length > 2 || (wb.length === 2 && PREPOSITIONS.has(wb[1] as string))) return false;
  return spanishHead(first);
}

const nameRelations = new WeakMap<RelationDictionary, NameRelations>();

/**
 * The relations a note states, each pair and name once, in note order. Pass the same `dict` object for as
 * long as the dictionary does not change: what the names alone say is kept with it.
 */
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
  let names = nameRelations.get(dict);
  if (!names) nameRelations.set(dict, (names = new NameRelations(dict)));
  const namesOf = (key: ConceptKey): string[][] => (names as NameRelations).wordsOf(key);
  const firstHit = new Map<ConceptKey, ConceptHit>();
  for (const h of hits) if (!firstHit.has(h.key)) firstHit.set(h.key, h);
  const headingKey = new Map<number, ConceptKey | undefined>();
  const headingOf = (section: number): ConceptKey | undefined => {
    if (!headingKey.has(section)) {
      const heading = note.sections[section]?.heading;
      // `3.2 TCP (transport)`: an outline's number and a closing parenthesis are no part of the name.
      headingKey.set(section, heading ? dict.lookup(headingName(heading)) : undefined);
    }
    return headingKey.get(section);
  };

  // From the names: one concept's name inside another's, both named in this note. Not the note's own
  // concept in its own note: a title names what the note is about (`ec2-opciones-de-compra`, `EC2 cheat
  // sheet`), and other notes that name it and its parts state the same relations from a sentence.
  const own = dict.lookup(note.title);
  let order: Map<ConceptKey, number> | null = null;
  for (const [a, first] of firstHit) {
    if (a === own) continue;
    for (const link of names.linksOf(a)) {
      if (link.to.length === 1) {
        const b = link.to[0] as ConceptKey;
        if (firstHit.has(b)) push(a, b, link.name, first.occurrence);
        continue;
      }
      // A name two concepts share: in the order the note names them.
      if (!order) order = new Map([...firstHit.keys()].map((k, i) => [k, i]));
      const at = order;
      const present = link.to.filter((b) => at.has(b)).sort((x, y) => (at.get(x) ?? 0) - (at.get(y) ?? 0));
      for (const b of present) push(a, b, link.name, first.occurrence);
    }
  }

  // From the outline: what a list or an indented line sets under a term, a kinds line, `X vs Y`.
  const outline = new Outline(note, hits, namesOf);
  const nr = names;
  outlineRelations(outline, headingOf, (a, b) => nr.sharesLastWord(a, b), push);
  introducedRelations(outline, hits, (a, b) => nr.sharesLastWord(a, b), push);
  genusRelations(outline, hits, push);
  placeRelations(outline, hits, push);
  comparisonRelations(outline, hits, push);
  elidedComparisons(note, hits, namesOf, (text) => dict.lookup(text), push);
  listRelations(outline, hits, headingOf, push);
  arrowRelations(outline, hits, push);
  headingTreeRelations(outline, headingOf, (a, b) => nr.sharesLastWord(a, b), push);

  // From the heading tree: what a section about H lists or names with H's head.
  const kindsHeadings = new Map<number, boolean>();
  const kindsHeading = (section: number): boolean => {
    let kinds = kindsHeadings.get(section);
    if (kinds === undefined) kindsHeadings.set(section, (kinds = namesKinds(plain(headingName(note.sections[section]?.heading ?? '')))));
    return kinds;
  };
  const itemName = new Map<string, { item: string | null; lower: string | null }>();
  // `X: …` names its item before the colon; folded once per sentence, not once per name of every hit in it.
  const itemOf = (sentence: string): { item: string | null; lower: string | null } => {
    let entry = itemName.get(sentence);
    if (entry === undefined) {
      const colon = sentence.indexOf(':');
      entry = colon < 0 ? { item: null, lower: null } : { item: foldTerm(sentence.slice(0, colon)), lower: sentence.toLowerCase() };
      itemName.set(sentence, entry);
    }
    return entry;
  };
  for (const h of hits) {
    const head = headingOf(h.occurrence.section);
    if (head === undefined || head === h.key) continue;
    const sentence = h.occurrence.sentence;
    const { item, lower } = itemOf(sentence);
    if (item !== null && lower !== null && dict.names(h.key).some((n) => lower.startsWith(`${n}:`) || item === n)) {
      // Under a heading that names a set of kinds (`#### record types` over `A record: …`) an item is one of them.
      push(h.key, head, names.sharesLastWord(h.key, head) || kindsHeading(h.occurrence.section) ? 'is a kind of' : 'part of', h.occurrence);
      continue;
    }
    // Under the note's own title a name sharing its head is a sibling or the genus (`Elastic Load Balancer` in
    // the note `Application Load Balancer`), not one of its kinds.
    if (head !== own && names.sharesHead(h.key, head)) push(h.key, head, 'is a kind of', h.occurrence);
  }

  // From the verbs: subject, cue, object in one sentence (the heading is the subject of a subjectless
  // first sentence). Most sentences state no relation: one test for all cues per sentence, before any
  // grouping (a sentence's hits share its string, so the test is cached by it).
  const cued = new Map<string, boolean>();
  const bySentence = new Map<string, Map<number, ConceptHit[]>>();
  const groups: ConceptHit[][] = [];
  for (const h of hits) {
    const sentence = h.occurrence.sentence;
    let has = cued.get(sentence);
    if (has === undefined) cued.set(sentence, (has = ANY_CUE.test(sentence)));
    if (!has) continue;
    let byLine = bySentence.get(sentence);
    if (!byLine) bySentence.set(sentence, (byLine = new Map()));
    const list = byLine.get(h.occurrence.line);
    if (list) list.push(h);
    else {
      const group = [h];
      byLine.set(h.occurrence.line, group);
      groups.push(group);
    }
  }
  const firstSentences = new Map<number, string | null>();
  for (const group of groups) {
    const occurrence = (group[0] as ConceptHit).occurrence;
    const sentence = occurrence.sentence;
    // A verb needs a concept on each side; one concept alone has its subject only in a section's first
    // sentence, under a heading that names it.
    if (group.length < 2 && headingOf(occurrence.section) === undefined) continue;
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
          const i = findName(plainLower, n);
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
      if (name === 'creates' && !actsForSubject(sentence, at, m[0])) continue;
      const before = placements().filter(([, p]) => p < at).map(([h]) => h.key);
      const after = placements().filter(([, p]) => p > at).map(([h]) => h.key);
      let subject = before[before.length - 1];
      if (!firstSentences.has(occurrence.section)) firstSentences.set(occurrence.section, firstSentenceOf(note, occurrence.section));
      const first = firstSentences.get(occurrence.section) ?? null;
      if (subject === undefined && name !== 'part of' && first !== null && first.slice(0, 30) === sentence.slice(0, 30)) subject = headingOf(occurrence.section);
      const object = after[0];
      if (subject === undefined || object === undefined) continue;
      // `KMS: create and control encryption keys, integrated with S3`: what a maker makes follows its verb
      // closely; a concept past a comma or a few words on is another clause's.
      if (name === 'creates') {
        const objectAt = Math.min(...placements().filter(([h]) => h.key === object).map(([, p]) => p));
        const gap = sentence.slice(at + m[0].length, objectAt);
        if (/[,;:.!?()]/.test(gap) || gap.trim().split(/\s+/).length > MAX_CREATES_GAP_WORDS) continue;
      }
      if (direction === 'forward') push(subject, object, name, occurrence);
      else push(object, subject, name, occurrence);
    }
  }
  verbRelations(outline, hits, push);
  return out;
}

/**
 * Whether a `creates` verb has the concept before it as its subject. An infinitive has none of its own
 * (`al crear un usuario en IAM`, `instalar Apache y crear un documento HTML`) unless it says what the
 * subject is for (`sirve para crear AMIs`), and a Spanish passive (`se crea en`) has no maker; an English bare verb after `and`, `or` or a comma is an
 * instruction (`install Apache and create a page`), not what the concept before it does.
 */
function actsForSubject(sentence: string, at: number, verb: string): boolean {
  const v = verb.toLowerCase();
  const before = sentence.slice(Math.max(0, at - 12), at).toLowerCase();
  // `se crea en Y`: a passive says where something is made, not what its subject makes.
  if (/\bse\s+$/.test(before)) return false;
  if (v.endsWith('r')) return /\bpara\s+$/.test(before);
  if (/^(?:create|build|produce|generate)$/.test(v)) return !/(?:\b(?:and|or)\s+|,\s*)$/.test(before) && before.trim() !== '';
  return true;
}

/** Words that may stand between `creates` and what it makes: articles, a number, an adjective or two. */
const MAX_CREATES_GAP_WORDS = 3;

const ANY_CUE = new RegExp(CUES.map(([cue]) => cue.source).join('|'), 'i');

export { findName };

function firstSentenceOf(note: ParsedNote, section: number): string | null {
  const s = note.sections[section];
  if (!s) return null;
  const lines = s.text.split('\n').slice(s.heading === null ? 0 : 1);
  const first = lines.find((l) => l.trim())?.trim() ?? '';
  const end = first.search(/[.!?](\s|$)/);
  return end >= 0 ? first.slice(0, end + 1) : first;
}
