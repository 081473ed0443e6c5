import type { EvidenceDTO, NoteId } from '../../contract';
import type { ConceptEngine } from '../concepts/engine';
import type { ConceptHit, ConceptKey } from '../concepts/types';
import { noteNodeId, type RelatedPairs } from '../graph/contribution';
import { itemParents } from './item-parents';
import { headingStatement, itemStatement, lineStatement, noteLines, tableStatement } from './line-statements';
import { nodeOfConcept, noteTargets } from './mention-targets';
import { PairCounts } from './pair-counts';

/** Past this many nodes in one section, pairs grow as the square of a list nobody reads: keep the first. */
const MAX_SECTION_NODES = 40;
/** Sentences per note and edge: enough to show why, not a copy of the note. */
const EVIDENCE_PER_NOTE = 2;

/** Past this many nodes in one sentence it is a list, not a statement: its pairs count as the section's only. */
const MAX_SENTENCE_NODES = 12;

/**
 * What one sentence (or one line about its opening term) naming two nodes adds to their count, against 1 for
 * a shared section. More than one: a long section's nodes are capped by id (MAX_SECTION_NODES), and with the
 * same weight a pair one sentence states lost its place among a node's strongest partners to pairs that only
 * share the section and sort first (`execution role = the IAM role that Lambda assumes` lost Lambda to `ALB`).
 */
const STATED = 2;

/** A note's hits as parallel lists of concept, section and sentence start (see ConceptEngine.hitSections). */
export interface HitSections {
  keys: readonly ConceptKey[];
  sections: readonly number[];
  sentences?: readonly number[];
  lines?: readonly number[];
}

interface NoteNodes {
  nodes: string[];
  /** Per section, in order of first hit: the section's nodes (indices into `nodes`), sorted by id and capped. */
  sections: number[][];
  /** Per section: the hit (its index) that first names each node in it, by node index. */
  firsts: Map<number, number>[];
  /** The concept node a note about another note's concept stands for (see `aboutNode`), as an index. */
  about: number | null;
  /** Nodes the note names besides `about`, each once, with the index of its first hit. */
  aboutPartners: [number, number][];
  /** Per hit: the node it names (index into `nodes`), or -1. */
  hitNodes: Int32Array;
}

/** Which nodes the note names in which section: the one walk both the pairs and their evidence come from. */
function noteNodes(title: string, noteId: NoteId, hits: HitSections, concepts: Pick<ConceptEngine, 'conceptInfo' | 'lookup'>, targetOf: (key: ConceptKey) => string | null): NoteNodes {
  const nodes: string[] = [];
  const index = new Map<string, number>();
  const indexOf = (node: string): number => {
    let i = index.get(node);
    if (i === undefined) {
      i = nodes.length;
      nodes.push(node);
      index.set(node, i);
    }
    return i;
  };
  const self = noteNodeId(noteId);
  const target = targetOf;
  const bySection = new Map<number, Map<number, number>>();
  const hitNodes = new Int32Array(hits.keys.length).fill(-1);
  for (let h = 0; h < hits.keys.length; h++) {
    const key = hits.keys[h] as ConceptKey;
    const nodeId = target(key) ?? (concepts.conceptInfo(key)?.noteId === noteId ? self : null);
    if (!nodeId) continue;
    const i = indexOf(nodeId);
    hitNodes[h] = i;
    const section = hits.sections[h] as number;
    let firsts = bySection.get(section);
    if (!firsts) bySection.set(section, (firsts = new Map()));
    if (!firsts.has(i)) firsts.set(i, h);
  }
  const sections: number[][] = [];
  const firsts: Map<number, number>[] = [];
  for (const section of bySection.values()) {
    const members = [...section.keys()].sort((a, b) => ((nodes[a] as string) < (nodes[b] as string) ? -1 : 1));
    if (members.length > MAX_SECTION_NODES) members.length = MAX_SECTION_NODES;
    sections.push(members);
    firsts.push(section);
  }

  // A note whose title names a concept owned elsewhere (the user's "EC2" study note, beside the EC2 concept
  // note) is about that concept: what it discusses relates to that concept, even across its sections.
  let about: number | null = null;
  const aboutPartners: [number, number][] = [];
  const aboutKey = concepts.lookup(title);
  const aboutConcept = aboutKey ? concepts.conceptInfo(aboutKey) : undefined;
  const aboutNode = aboutKey && aboutConcept && aboutConcept.noteId !== noteId ? target(aboutKey) : null;
  if (aboutKey && aboutNode) {
    about = indexOf(aboutNode);
    const seen = new Set<ConceptKey>();
    for (let h = 0; h < hits.keys.length; h++) {
      const key = hits.keys[h] as ConceptKey;
      if (key === aboutKey || seen.has(key)) continue;
      seen.add(key);
      const other = target(key);
      if (other && other !== aboutNode) aboutPartners.push([indexOf(other), h]);
    }
  }
  return { nodes, sections, firsts, about, aboutPartners, hitNodes };
}

/**
 * A note's co-occurrence pairs: nodes sharing a section (one per section they share), and what an "about"
 * note relates to its subject. Counted as numbers only; sentences come from `relatedEvidence` when asked.
 */
export function relatedPairs(title: string, noteId: NoteId, hits: HitSections, concepts: Pick<ConceptEngine, 'conceptInfo' | 'lookup'>, targetOf: (key: ConceptKey) => string | null, parents: ReadonlyMap<number, number> | null = null): RelatedPairs {
  const { nodes, sections, about, aboutPartners, hitNodes } = noteNodes(title, noteId, hits, concepts, targetOf);
  const counts = new PairCounts(nodes.length);
  const count = (a: number, b: number, by = 1): void => counts.add(a, b, by);
  for (const members of sections) {
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) count(members[i] as number, members[j] as number);
  }
  // Two concepts one sentence names are closer than two a section holds: each such sentence counts once
  // more, so they outweigh mere neighbours when a node keeps only its strongest partners (related-index.ts).
  const starts = hits.sentences;
  if (starts) {
    for (let h = 0; h < hitNodes.length; ) {
      let end = h + 1;
      const start = starts[h] as number;
      while (end < hitNodes.length && start >= 0 && starts[end] === start && hits.sections[end] === hits.sections[h]) end++;
      // Most sentences name one node: no pair, and no list made for it (four per sentence of every note).
      const members = end - h > 1 ? sentenceNodes(hitNodes, h, end) : null;
      if (members && members.length <= MAX_SENTENCE_NODES) {
        for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) count(members[i] as number, members[j] as number, STATED);
      }
      h = end;
    }
  }
  // A line of several sentences is about what its first sentence names (`**paging** — … . any page can go in
  // any frame → no external fragmentation`): what the later ones name is stated of it, as one sentence
  // naming both would be (the edge's evidence is that line, line-statements.ts).
  const lines = hits.lines;
  if (starts && lines) {
    for (let h = 0; h < hitNodes.length; ) {
      let end = h + 1;
      while (end < hitNodes.length && lines[end] === lines[h] && hits.sections[end] === hits.sections[h]) end++;
      const first = starts[h] as number;
      // Most lines name one concept, or name them all in one sentence: nothing to add.
      if (end - h > 1 && first >= 0 && starts[end - 1] !== first) {
        const opening: number[] = [];
        const later: number[] = [];
        // Past MAX_SENTENCE_NODES the line is a list, and the lists stay short while being filled (a line of
        // 100,000 links would otherwise be searched 100,000 times over).
        for (let i = h; i < end && opening.length <= MAX_SENTENCE_NODES; i++) {
          const n = hitNodes[i] as number;
          if (n >= 0 && starts[i] === first && !opening.includes(n)) opening.push(n);
        }
        for (let i = h; i < end && opening.length + later.length <= MAX_SENTENCE_NODES; i++) {
          const n = hitNodes[i] as number;
          if (n >= 0 && starts[i] !== first && !opening.includes(n) && !later.includes(n)) later.push(n);
        }
        if (later.length > 0 && opening.length + later.length <= MAX_SENTENCE_NODES) for (const a of opening) for (const b of later) count(a, b, STATED);
      }
      h = end;
    }
  }
  // An outliner's term with its notes under it (`- FIFO queue` over `  - strict ordering + exactly-once
  // processing`): what a nested item names is stated of the term its parent item opens with, as a sentence
  // naming both would be (itemParents; the edge's evidence is the two lines, line-statements.ts).
  if (parents && parents.size > 0 && lines) {
    const opening = new Map<number, number>();
    for (let h = 0; h < hitNodes.length; h++) {
      const n = hitNodes[h] as number;
      if (n >= 0 && !opening.has(lines[h] as number)) opening.set(lines[h] as number, n);
    }
    const counted = new Set<number>();
    for (let h = 0; h < hitNodes.length; h++) {
      const n = hitNodes[h] as number;
      const parent = n >= 0 ? parents.get(lines[h] as number) : undefined;
      const head = parent === undefined ? undefined : opening.get(parent);
      if (head === undefined || head === n || counted.has(head * nodes.length + n)) continue;
      counted.add(head * nodes.length + n);
      count(head, n, STATED);
    }
  }
  if (about !== null) for (const [other] of aboutPartners) count(about, other);
  return { nodes, pairs: counts.take() };
}

/**
 * The nodes hits `[from, to)` name, each once, in order of first hit; past MAX_SENTENCE_NODES the list
 * stops growing (the sentence is a list and gives no pairs), so a line of thousands of links stays cheap.
 */
function sentenceNodes(hitNodes: Int32Array, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to && out.length <= MAX_SENTENCE_NODES; i++) {
    const n = hitNodes[i] as number;
    if (n >= 0 && !out.includes(n)) out.push(n);
  }
  return out;
}

/** Why `a` and `b` are related in this note: the sentences where they share a section or its subject. */
export function relatedEvidence(note: { title: string; headings: readonly { text: string }[] }, noteId: NoteId, concepts: ConceptEngine, a: string, b: string): EvidenceDTO[] {
  const title = note.title;
  const hits = concepts.hitsFor(noteId);
  const keys = { keys: hits.map((h) => h.key), sections: hits.map((h) => h.occurrence.section), definitions: hits.map((h) => h.kind === 'definition') };
  const { nodes, sections, firsts, about, aboutPartners } = noteNodes(title, noteId, keys, concepts, noteTargets(noteId, keys, concepts, note.headings.map((h) => h.text)).targetOf);
  const ia = nodes.indexOf(a);
  const ib = nodes.indexOf(b);
  const out: EvidenceDTO[] = [];
  if (ia === -1 || ib === -1) return out;
  // A sentence that names both says most: it comes first. A definition's occurrence is its candidate's, cut
  // apart from the mentions around it: where the packed hits say which sentence it sits in, that decides,
  // and the sentence shown is a mention's.
  const nodeOf = nodeOfConcept(noteId, concepts, null);
  const packed = concepts.hitSections(noteId).sentences;
  const starts = packed.length === hits.length ? packed : null;
  const inSentence = new Map<string, { nodes: Set<string>; at: ConceptHit['occurrence']; mention: boolean }>();
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i] as ConceptHit;
    const node = nodeOf(h.key);
    if (!node) continue;
    const start = starts?.[i] ?? -1;
    const where = start >= 0 ? `${h.occurrence.section}\t${start}` : `${h.occurrence.line}\t${h.occurrence.sentence}`;
    let group = inSentence.get(where);
    if (!group) inSentence.set(where, (group = { nodes: new Set(), at: h.occurrence, mention: h.kind === 'mention' }));
    else if (!group.mention && h.kind === 'mention') Object.assign(group, { at: h.occurrence, mention: true });
    group.nodes.add(node);
    const at = group.at;
    if (group.nodes.has(a) && group.nodes.has(b) && !out.some((e) => e.line === at.line && e.text === at.sentence)) {
      out.push({ noteId, line: at.line, text: at.sentence });
      if (out.length >= EVIDENCE_PER_NOTE) return out;
    }
  }
  // No sentence names both: a line of several sentences, or a question and its answer, may state it.
  if (out.length === 0) {
    const at = (node: string): ConceptHit['occurrence'][] => hits.filter((h) => nodeOf(h.key) === node).map((h) => h.occurrence);
    const sectionsOf = concepts.parsedNote(noteId)?.sections ?? [];
    const lineText = noteLines(sectionsOf);
    const [atA, atB] = [at(a), at(b)];
    const stated = lineStatement(atA, atB, lineText) ?? headingStatement(atA, atB, sectionsOf) ?? itemStatement(atA, atB, itemParents(sectionsOf), openingLines(hits, nodeOf, a, b)) ?? tableStatement(atA, atB, lineText);
    if (stated && !out.some((e) => e.line === stated.line)) out.push({ noteId, line: stated.line, text: stated.text });
  }
  const later = a < b ? ib : ia;
  const earlier = later === ia ? ib : ia;
  for (let s = 0; s < sections.length && out.length < EVIDENCE_PER_NOTE; s++) {
    const members = sections[s] as number[];
    if (!members.includes(ia) || !members.includes(ib)) continue;
    const first = firsts[s]?.get(later) ?? firsts[s]?.get(earlier);
    const at = first === undefined ? undefined : hits[first]?.occurrence;
    // A line already shown for a sentence naming both would only come again, cut another way.
    if (at && !out.some((e) => e.line === at.line)) out.push({ noteId, line: at.line, text: at.sentence });
  }
  if (about === ia || about === ib) {
    const other = about === ia ? ib : ia;
    for (const [node, h] of aboutPartners) {
      const at = hits[h]?.occurrence;
      if (node === other && at && out.length < EVIDENCE_PER_NOTE) out.push({ noteId, line: at.line, text: at.sentence });
    }
  }
  return out;
}

/** The sentences where `noteId` names what the node `target` stands for: a mention edge's evidence. */
export function mentionEvidence(noteId: NoteId, concepts: ConceptEngine, target: string, cap: number): EvidenceDTO[] {
  const targetOf = nodeOfConcept(noteId, concepts, null);
  const hits = concepts.hitsFor(noteId);
  // A sentence that also names the note's own concept (`En la página de EC2 … el rol`) says how the two
  // meet: those come first.
  const withOwn = new Set<string>();
  for (const h of hits) if (concepts.conceptInfo(h.key)?.noteId === noteId) withOwn.add(`${h.occurrence.line}\t${h.occurrence.sentence}`);
  const mine = hits.filter((hit) => targetOf(hit.key) === target);
  const ranked = [...mine.filter((h) => withOwn.has(`${h.occurrence.line}\t${h.occurrence.sentence}`)), ...mine.filter((h) => !withOwn.has(`${h.occurrence.line}\t${h.occurrence.sentence}`))];
  return ranked.slice(0, cap).map((hit) => ({ noteId, line: hit.occurrence.line, text: hit.occurrence.sentence }));
}

/** Whether `a` (or `b`) is the first node a note names on a line: what an item says things of is its line's first concept. */
function openingLines(hits: readonly ConceptHit[], nodeOf: (key: ConceptKey) => string | null, a: string, b: string): (side: 'a' | 'b', line: number) => boolean {
  const first = new Map<number, string>();
  for (const h of hits) {
    if (first.has(h.occurrence.line)) continue;
    const node = nodeOf(h.key);
    if (node) first.set(h.occurrence.line, node);
  }
  return (side, line) => first.get(line) === (side === 'a' ? a : b);
}
