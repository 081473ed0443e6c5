/**
 * Scores one extractor's concept graph against the gold lists. Pure functions over plain data, so a toy graph
 * can check them (score.test.ts). A node "stands for a concept" when it is a `concept` node or a note node
 * drawn for a concept; its names are its label, the concept's label and its aliases.
 */
import { fold } from './fold';
import { answerKey, type GoldConcept, type GoldPair, type GoldRelation } from './gold';
import { acceptedTypes } from './relation-types';

export interface ScoredNode {
  id: string;
  label: string;
  names: string[];
  notes: number;
}

export interface ScoredEdge {
  source: string;
  target: string;
  kind: string;
  relation: string | null;
  evidence: string[] | null;
}

export interface Ratio {
  hit: number;
  total: number;
}

/** Folded name → the nodes bearing it. */
export function nameIndex(nodes: readonly ScoredNode[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const node of nodes) {
    for (const name of new Set([node.label, ...node.names].map(fold))) {
      if (!name) continue;
      const set = index.get(name) ?? new Set<string>();
      set.add(node.id);
      index.set(name, set);
    }
  }
  return index;
}

const namesOf = (c: GoldConcept): string[] => [c.canonical, ...c.aliases];

/** The nodes that carry any name of a gold concept. */
export function nodesFor(names: readonly string[], index: Map<string, Set<string>>): Set<string> {
  const out = new Set<string>();
  for (const name of names) for (const id of index.get(fold(name)) ?? []) out.add(id);
  return out;
}

export interface RecallResult {
  must: Ratio;
  all: Ratio;
  missedMust: string[];
  missedOther: string[];
}

export function conceptRecall(gold: readonly GoldConcept[], nodes: readonly ScoredNode[]): RecallResult {
  const index = nameIndex(nodes);
  const result: RecallResult = { must: { hit: 0, total: 0 }, all: { hit: 0, total: 0 }, missedMust: [], missedOther: [] };
  for (const concept of gold) {
    const found = nodesFor(namesOf(concept), index).size > 0;
    result.all.total++;
    if (found) result.all.hit++;
    if (concept.must) {
      result.must.total++;
      if (found) result.must.hit++;
      else result.missedMust.push(concept.canonical);
    } else if (!found) result.missedOther.push(concept.canonical);
  }
  return result;
}

export interface PairResult extends Ratio {
  notMerged: string[];
}

/** A pair is merged when one node bears both of its names. */
export function pairMerging(pairs: readonly GoldPair[], nodes: readonly ScoredNode[]): PairResult {
  const index = nameIndex(nodes);
  const result: PairResult = { hit: 0, total: pairs.length, notMerged: [] };
  for (const pair of pairs) {
    const a = nodesFor([pair.a], index);
    const merged = [...nodesFor([pair.b], index)].some((id) => a.has(id));
    if (merged) result.hit++;
    else result.notMerged.push(`${pair.a} = ${pair.b}`);
  }
  return result;
}

export interface RelationRow {
  a: string;
  b: string;
  expected: string;
  /** The strongest edge found: none, a bare edge, one with evidence, one whose evidence names both, a typed one. */
  found: 'none' | 'edge' | 'evidence' | 'stated' | 'typed';
  relation: string | null;
  /** The evidence sentence that names both, when there is one. */
  sentence: string | null;
  /** Whether a typed edge between the two has a type the gold text reads as (relation-types.ts); null when untyped or unreadable. */
  typeAgrees: boolean | null;
}

export interface RelationResult {
  total: number;
  anyEdge: number;
  /** Some evidence, even a sentence naming neither (a same-section edge's). */
  withEvidence: number;
  /** An evidence sentence names both concepts: the text states something about the two. */
  stated: number;
  typed: number;
  /** Typed with the gold list's own name for it (`is a kind of`, `part of` …; folded, either direction). */
  typedAsGold: number;
  /** The relation figure: typed, or with a sentence that states it. */
  typedOrStated: number;
  /** Rows typed in the graph whose gold text has a reading (relation-types.ts), and those of them typed as it reads. */
  typeJudged: number;
  typeAgrees: number;
  /**
   * Typed edges whose two ends both bear gold concepts' names; those whose pair has a readable gold row; and
   * those whose type no readable row of their pair accepts (a wrong type: `is a kind of` for `contrasts with`).
   */
  goldTypedEdges: number;
  goldTypedJudged: number;
  goldTypedWrong: number;
  /** The wrong ones, `a -[type]- b (gold: …)`, for reading. */
  wrongTypes: string[];
  rows: RelationRow[];
}

/** Edges that only say a note mentions or is tagged with something are not relations between concepts. */
const NOT_RELATIONS = new Set(['mention', 'tagged']);

/** Where a folded text holds each name as whole words: [start, end) spans. */
function spans(hay: string, candidates: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const name of new Set(candidates.map(fold))) {
    if (!name) continue;
    for (let at = hay.indexOf(` ${name} `); at >= 0; at = hay.indexOf(` ${name} `, at + 1)) out.push([at + 1, at + 1 + name.length]);
  }
  return out;
}

/**
 * A sentence names both when a name of each sits in it, the longer name winning where the two sides' names
 * overlap: `CLI` and `pagination` inside `CLI pagination` are one name, not two. (A name inside some third
 * concept's name still counts: `EFS` in `volúmenes de EFS` does name EFS.)
 */
function namesBoth(text: string, a: readonly string[], b: readonly string[]): boolean {
  const hay = ` ${fold(text)} `;
  const all = [...spans(hay, a).map((s) => ({ s, side: 'a' })), ...spans(hay, b).map((s) => ({ s, side: 'b' }))];
  const inside = (x: [number, number], y: [number, number]): boolean => y[0] <= x[0] && x[1] <= y[1] && y[1] - y[0] > x[1] - x[0];
  const kept = all.filter((x) => !all.some((y) => inside(x.s, y.s)));
  return kept.some((x) => x.side === 'a' && kept.some((y) => y.side === 'b' && (x.s[1] <= y.s[0] || y.s[1] <= x.s[0])));
}

export function relationRecall(relations: readonly GoldRelation[], gold: readonly GoldConcept[], nodes: readonly ScoredNode[], edges: readonly ScoredEdge[]): RelationResult {
  const index = nameIndex(nodes);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const goldByName = new Map<string, GoldConcept>();
  for (const concept of gold) for (const name of namesOf(concept)) if (!goldByName.has(fold(name))) goldByName.set(fold(name), concept);
  const endpoint = (name: string): { ids: Set<string>; names: string[] } => {
    const concept = goldByName.get(fold(name));
    const goldNames = concept ? namesOf(concept) : [name];
    const ids = nodesFor(goldNames, index);
    return { ids, names: [...goldNames, ...[...ids].flatMap((id) => byId.get(id)?.names ?? [])] };
  };
  const result: RelationResult = { total: relations.length, anyEdge: 0, withEvidence: 0, stated: 0, typed: 0, typedAsGold: 0, typedOrStated: 0, typeJudged: 0, typeAgrees: 0, goldTypedEdges: 0, goldTypedJudged: 0, goldTypedWrong: 0, wrongTypes: [], rows: [] };
  // Node pair → what its readable gold rows accept, and the rows' own words, for the wrong-type figure.
  const pairKey = (x: string, y: string): string => (x < y ? `${x}\t${y}` : `${y}\t${x}`);
  const pairTypes = new Map<string, { accepted: Set<string>; gold: string[] }>();
  for (const rel of relations) {
    const a = endpoint(rel.a);
    const b = endpoint(rel.b);
    const accepted = acceptedTypes(rel.relation);
    if (accepted) {
      for (const x of a.ids) {
        for (const y of b.ids) {
          if (x === y) continue;
          const entry = pairTypes.get(pairKey(x, y)) ?? { accepted: new Set<string>(), gold: [] };
          for (const name of accepted) entry.accepted.add(name);
          entry.gold.push(rel.relation);
          pairTypes.set(pairKey(x, y), entry);
        }
      }
    }
    const between = edges.filter((e) => !NOT_RELATIONS.has(e.kind) && ((a.ids.has(e.source) && b.ids.has(e.target)) || (b.ids.has(e.source) && a.ids.has(e.target))));
    const typedEdge = between.find((e) => e.relation && fold(e.relation) === fold(rel.relation)) ?? between.find((e) => e.relation);
    const typeAgrees = typedEdge && accepted ? between.some((e) => e.relation !== null && accepted.includes(e.relation as (typeof accepted)[number])) : null;
    if (typeAgrees !== null) result.typeJudged++;
    if (typeAgrees) result.typeAgrees++;
    const evidenced = between.some((e) => (e.evidence?.length ?? 0) > 0);
    const sentence = between.flatMap((e) => e.evidence ?? []).find((text) => namesBoth(text, a.names, b.names)) ?? null;
    const found: RelationRow['found'] = typedEdge ? 'typed' : sentence ? 'stated' : evidenced ? 'evidence' : between.length ? 'edge' : 'none';
    if (between.length) result.anyEdge++;
    if (evidenced) result.withEvidence++;
    if (sentence) result.stated++;
    if (typedEdge) result.typed++;
    if (typedEdge?.relation && fold(typedEdge.relation) === fold(rel.relation)) result.typedAsGold++;
    if (typedEdge || sentence) result.typedOrStated++;
    result.rows.push({ a: rel.a, b: rel.b, expected: rel.relation, found, relation: typedEdge?.relation ?? null, sentence, typeAgrees });
  }
  const goldNodes = nodesFor(gold.flatMap(namesOf), index);
  for (const e of edges) {
    if (NOT_RELATIONS.has(e.kind) || !e.relation || !goldNodes.has(e.source) || !goldNodes.has(e.target)) continue;
    result.goldTypedEdges++;
    const entry = pairTypes.get(pairKey(e.source, e.target));
    if (!entry) continue;
    result.goldTypedJudged++;
    if (entry.accepted.has(e.relation)) continue;
    result.goldTypedWrong++;
    result.wrongTypes.push(`${byId.get(e.source)?.label ?? e.source} -[${e.relation}]- ${byId.get(e.target)?.label ?? e.target} (gold: ${entry.gold.join('; ')})`);
  }
  return result;
}

/** Share of nodes bearing a name of the gold list: the seed's precision, where the list is the whole truth. */
export function precisionByGold(gold: readonly GoldConcept[], nodes: readonly ScoredNode[]): Ratio & { junk: string[] } {
  const names = new Set(gold.flatMap(namesOf).map(fold));
  const junk = nodes.filter((n) => ![n.label, ...n.names].some((name) => names.has(fold(name)))).map((n) => n.label);
  return { hit: nodes.length - junk.length, total: nodes.length, junk };
}

/** The nodes a person sees first: most notes, then by label for a stable order. */
export function topByNotes(nodes: readonly ScoredNode[], n: number): ScoredNode[] {
  return [...nodes].sort((x, y) => y.notes - x.notes || x.label.localeCompare(y.label)).slice(0, n);
}

export interface JudgedPrecision {
  real: number;
  junk: number;
  unjudged: number;
  /** real ÷ (real + junk); unjudged terms are left out, never counted as right. */
  precision: number | null;
  junkTerms: string[];
  unjudgedTerms: string[];
}

/** Precision of the given nodes by a judgement file (folded term → real or junk), by label first, then any name. */
export function precisionByJudgement(nodes: readonly ScoredNode[], judged: ReadonlyMap<string, boolean>): JudgedPrecision {
  const result: JudgedPrecision = { real: 0, junk: 0, unjudged: 0, precision: null, junkTerms: [], unjudgedTerms: [] };
  for (const node of nodes) {
    const verdict = [node.label, ...node.names].map((name) => judged.get(fold(name))).find((v) => v !== undefined);
    if (verdict === true) result.real++;
    else if (verdict === false) {
      result.junk++;
      result.junkTerms.push(node.label);
    } else {
      result.unjudged++;
      result.unjudgedTerms.push(node.label);
    }
  }
  result.precision = result.real + result.junk ? result.real / (result.real + result.junk) : null;
  return result;
}

/** A concept card as the deck serves it: its question, its answer and the graph nodes it asks about. */
export interface ScoredCard {
  front: string;
  back: string;
  nodeIds: string[];
}

/** One card given to a `must` concept, with its judgement: right, wrong, or not judged yet (null). */
export interface CardRow {
  concept: string;
  front: string;
  answer: string;
  right: boolean | null;
}

export interface CardResult {
  /** `must` concepts that are nodes (total) and those of them with a concept card (hit): coverage. */
  coverage: Ratio;
  right: number;
  wrong: number;
  unjudged: number;
  /** right ÷ (right + wrong); unjudged cards are left out, never counted as right. */
  precision: number | null;
  /** `must` concepts that are nodes yet have no concept card. */
  noCard: string[];
  wrongCards: CardRow[];
  unjudgedCards: CardRow[];
}

/**
 * Concept cards of the `must` concepts that are nodes: whether each has one (a card asking about a node that
 * bears one of its names), and whether each card's answer is right by the judgement file (`answerKey` → right).
 */
export function conceptCards(gold: readonly GoldConcept[], nodes: readonly ScoredNode[], cards: readonly ScoredCard[], judged: ReadonlyMap<string, boolean>): CardResult {
  const index = nameIndex(nodes);
  const result: CardResult = { coverage: { hit: 0, total: 0 }, right: 0, wrong: 0, unjudged: 0, precision: null, noCard: [], wrongCards: [], unjudgedCards: [] };
  for (const concept of gold.filter((g) => g.must)) {
    const ids = nodesFor(namesOf(concept), index);
    if (!ids.size) continue;
    result.coverage.total++;
    const own = cards.filter((c) => c.nodeIds.some((id) => ids.has(id)));
    if (!own.length) result.noCard.push(concept.canonical);
    else result.coverage.hit++;
    for (const card of own) {
      const answer = card.back.replace(/\s+/g, ' ').trim();
      const right = judged.get(answerKey(concept.canonical, answer)) ?? null;
      const row: CardRow = { concept: concept.canonical, front: card.front, answer, right };
      if (right === true) result.right++;
      else if (right === false) {
        result.wrong++;
        result.wrongCards.push(row);
      } else {
        result.unjudged++;
        result.unjudgedCards.push(row);
      }
    }
  }
  result.precision = result.right + result.wrong ? result.right / (result.right + result.wrong) : null;
  return result;
}
