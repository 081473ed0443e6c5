import type { EdgeKind, EvidenceDTO, GraphDTO, GraphDelta, GraphEdgeDTO, GraphNodeDTO, GraphQuery, NodeKind, NoteId } from '../../contract';
import { MAX_EVIDENCE_PER_EDGE, edgeKey, noteNodeId, sameContribution, type EdgeContribution, type NodeRef, type NoteContribution, type RelatedPairs } from './contribution';
import { RelatedIndex, type RelatedChange, type RelatedState } from './related-index';
import { remapContribution } from './remap';
import { nextTurn } from '../turn';

interface EdgeState {
  id: string;
  kind: EdgeKind;
  source: string;
  target: string;
  weight: number;
  /** The DTO handed out last; replaced, never mutated, when the weight changes (views may hold it). */
  dto: GraphEdgeDTO | null;
  /**
   * Contributions by note, so replacing a note's part subtracts exactly what it added. Nearly every edge
   * has one (a note's links, mentions and tags start at that note): it sits inline, a Map only past one.
   * None for `related`, which the RelatedIndex sums.
   */
  firstNote: NoteId | null;
  firstPart: EdgeContribution | null;
  moreParts: Map<NoteId, EdgeContribution> | null;
}

/** What the edges say about a node: kept apart from nodes, since an edge may reach a note before that note's own contribution arrives. */
interface NodeStats {
  /**
   * The edges themselves, not their keys: a Set of objects needs no string hashing (a quarter of a load).
   * While a whole vault loads, an array: pushing costs a fraction of a Set's add, and most nodes' edges are
   * never read before an edit reaches them. A Set from the first change outside a load.
   */
  edges: Set<EdgeState> | EdgeState[];
  weight: number;
}

const degreeOf = (stats: NodeStats): number => (Array.isArray(stats.edges) ? stats.edges.length : stats.edges.size);

function edgeSet(stats: NodeStats): Set<EdgeState> {
  if (Array.isArray(stats.edges)) stats.edges = new Set(stats.edges);
  return stats.edges;
}

/**
 * Finds the evidence of the edges the model keeps none for: `related` and `mention` come from concept
 * hits, which already hold line and sentence; copying them per edge cost ~0.7M objects at 10k notes.
 */
export type EvidenceSource = (edge: GraphEdgeDTO) => EvidenceDTO[];

interface NodeState {
  dto: GraphNodeDTO;
  /** Non-note nodes live while something refers to them. */
  refs: number;
  /** How each referring note spells the node (`[[Auto Scaling]]`, `[[auto scaling]]`), to pick a label that does not depend on the order notes arrived in. */
  labels?: Map<string, number>;
}

/**
 * The concept graph, kept as per-note contributions so one changed note costs work proportional to
 * what it touches, and every change comes out as a delta for the views.
 */
export class GraphModel {
  private readonly contributions = new Map<NoteId, NoteContribution>();
  private readonly nodes = new Map<string, NodeState>();
  private readonly edges = new Map<string, EdgeState>();
  private readonly stats = new Map<string, NodeStats>();
  /** Off while loading a whole vault: nobody wants that delta, and recording it cost a set entry per edge. */
  private tracking = true;
  private touchedNodes = new Set<string>();
  private touchedEdges = new Set<string>();
  private readonly related = new RelatedIndex();
  /**
   * Whether a note ever gave one edge two parts (summed into a new object): then an edge's stored part is
   * not always the note's own, and `moveNotes` looks through every note's edges. Parts made from notes
   * never repeat an edge.
   */
  private summedParts = false;
  private evidenceSource: EvidenceSource | null = null;

  get nodeCount(): number {
    return this.nodes.size;
  }

  get edgeCount(): number {
    this.settle();
    return this.edges.size;
  }

  setEvidenceSource(source: EvidenceSource | null): void {
    this.evidenceSource = source;
  }

  /** Replaces (or removes, with null) one note's contribution. Call `flush()` to get the delta. */
  setNote(noteId: NoteId, contribution: NoteContribution | null): void {
    const old = this.contributions.get(noteId);
    if (old && contribution && sameContribution(old, contribution)) return;
    if (old) this.unapply(old);
    if (contribution) {
      this.contributions.set(noteId, contribution);
      this.apply(contribution);
    } else {
      this.contributions.delete(noteId);
    }
  }

  /**
   * Gives nodes new ids in the part of every note that names them (a note moved), except the notes in
   * `skip`, which the caller makes again from their text. Returns the notes whose parts changed.
   */
  remapNodes(ids: ReadonlyMap<string, string>, skip: ReadonlySet<NoteId>): NoteId[] {
    const changed: NoteId[] = [];
    // The co-occurrence counts keep their sums under the new ids (see RelatedIndex.rename); else each
    // note's pairs naming a moved node are taken back and added again below.
    const renamed = this.skipRelated ? null : this.related.rename(ids);
    if (renamed) for (const change of renamed) this.applyRelated(change);
    for (const [noteId, c] of this.contributions) {
      if (skip.has(noteId)) continue;
      const next = remapContribution(c, ids);
      if (!next) continue;
      // Only what names a moved node is taken back and given again (a hub is named by thousands of notes,
      // each with dozens of edges: replacing whole parts cost ~4.5 s at 10k notes).
      c.edges.forEach((edge, i) => {
        const now = next.edges[i] as EdgeContribution;
        if (now === edge || (renamed && edge.kind === 'related')) return;
        this.removeEdge(noteId, edge);
        this.addEdge(noteId, now);
      });
      c.refs.forEach((ref, i) => {
        const now = next.refs[i] as NodeRef;
        if (now === ref) return;
        this.unref(ref);
        this.ref(now);
      });
      if (c.related && next.related && !this.skipRelated && !renamed) {
        const moved = movedPairs(c.related, ids);
        this.related.addPairs(c.related.nodes, moved, -1);
        this.related.addPairs(next.related.nodes, moved, 1);
      }
      this.contributions.set(noteId, next);
      changed.push(noteId);
    }
    return changed;
  }

  /**
   * Notes moved (renamed): each moved note keeps its part under its new id, and every edge, co-occurrence
   * pair and part that names a moved note's node takes the new node id in place. An edge is moved in the
   * edge map once, whatever number of notes assert it, and no part is taken back or given again: a hub
   * named by ~5,300 notes cost ~0.3 s of re-pointing part by part (`remapNodes`), and as much again choosing
   * its partners' co-occurrence edges anew when its own part was remade. Nothing is read or matched: the
   * moved notes' labels and folders come after (`describeNote`), and a part may differ from one made from
   * the text afterwards (ties between mentions break by node id), so the caller makes them again later.
   * Returns the notes whose parts changed, by their ids after the move; null, with nothing changed, when a
   * new id is already in use or is itself moved (the caller then moves the parts note by note).
   */
  moveNotes(moves: ReadonlyMap<NoteId, NoteId>): NoteId[] | null {
    const notes = new Map([...moves].filter(([from, to]) => from !== to));
    const ids = new Map([...notes].map(([from, to]) => [noteNodeId(from), noteNodeId(to)]));
    if (this.skipRelated) return null;
    for (const [from, to] of notes) {
      const node = noteNodeId(to);
      if (notes.has(to) || this.contributions.has(to) || this.nodes.has(node) || this.stats.has(node) || !this.contributions.has(from) !== !this.nodes.has(noteNodeId(from))) return null;
    }
    const renamed = this.related.rename(ids);
    if (!renamed) return null;
    // Shown co-occurrence edges first leave their old ends (and their old ends' stats) ...
    for (const change of renamed) if (change.weight === 0) this.applyRelated(change);
    // ... then every part names the new ids, while which parts named the old ones can still be told. An
    // edge's parts are the notes' own objects (unless two parts of one note were summed): renamed through
    // the edges at the moved nodes instead of looking through every edge of every note.
    const naming = new Set<NoteId>();
    if (this.summedParts) {
      for (const c of this.contributions.values()) for (const edge of c.edges) if (renamePart(edge, ids)) naming.add(c.noteId);
    } else {
      for (const from of ids.keys()) {
        for (const edge of this.stats.get(from)?.edges ?? []) {
          if (edge.firstNote !== null && edge.firstPart && renamePart(edge.firstPart, ids)) naming.add(edge.firstNote);
          for (const [noteId, part] of edge.moreParts ?? []) if (renamePart(part, ids)) naming.add(noteId);
        }
      }
    }
    const own: NoteContribution[] = [];
    for (const c of this.contributions.values()) {
      const nodes = c.related?.nodes;
      if (nodes) {
        for (let i = 0; i < nodes.length; i++) {
          const now = ids.get(nodes[i] as string);
          if (now === undefined) continue;
          nodes[i] = now;
          naming.add(c.noteId);
        }
      }
      if (notes.has(c.noteId)) own.push(c);
    }
    const changed = [...naming].filter((noteId) => !notes.has(noteId));
    for (const [from, to] of ids) {
      const stats = this.stats.get(from);
      if (stats) {
        for (const edge of [...stats.edges]) this.rekey(edge, ids);
        this.stats.delete(from);
        this.stats.set(to, stats);
      }
      const node = this.nodes.get(from);
      if (node) {
        this.nodes.delete(from);
        this.touchNode(from);
        node.dto = { ...node.dto, id: to, noteId: notes.get(node.dto.noteId as NoteId) ?? node.dto.noteId };
        this.nodes.set(to, node);
        this.touchNode(to);
      }
    }
    // A moved note's own part: its id, the note its evidence quotes, and the edges it asserts (some join
    // two other nodes, a typed relation between concepts) know it by its new id.
    for (const c of own) {
      const from = c.noteId;
      const to = notes.get(from) as NoteId;
      this.contributions.delete(from);
      c.noteId = to;
      this.contributions.set(to, c);
      for (const part of c.edges) {
        part.evidence = part.evidence.map((e) => (e.noteId === from ? { ...e, noteId: to } : e));
        const edge = this.edges.get(part.key ?? edgeKey(part.kind, part.source, part.target));
        if (!edge || part.source === part.target) continue;
        if (edge.firstNote === from) {
          edge.firstNote = to;
          if (edge.firstPart !== part && edge.firstPart) edge.firstPart = { ...edge.firstPart, evidence: edge.firstPart.evidence.map((e) => (e.noteId === from ? { ...e, noteId: to } : e)) };
        } else {
          const stored = edge.moreParts?.get(from);
          if (stored) {
            edge.moreParts?.delete(from);
            edge.moreParts?.set(to, stored === part ? part : { ...stored, evidence: stored.evidence.map((e) => (e.noteId === from ? { ...e, noteId: to } : e)) });
          }
        }
      }
      changed.push(to);
    }
    for (const change of renamed) if (change.weight !== 0) this.applyRelated(change);
    return changed;
  }

  /** A note's label and folder changed while its part stayed (a moved note: see `moveNotes`). */
  describeNote(noteId: NoteId, label: string, folder: string): void {
    const c = this.contributions.get(noteId);
    if (!c || (c.label === label && c.folder === folder)) return;
    c.label = label;
    c.folder = folder;
    const id = noteNodeId(noteId);
    const node = this.nodes.get(id);
    if (!node) return;
    node.dto = { ...node.dto, label, folder };
    this.touchNode(id);
  }

  /** An edge whose end moved takes its new key in the edge map (its parts are the notes' own, renamed with them). */
  private rekey(edge: EdgeState, ids: ReadonlyMap<string, string>): void {
    let source = ids.get(edge.source) ?? edge.source;
    let target = ids.get(edge.target) ?? edge.target;
    if (edge.kind === 'related' && target < source) [source, target] = [target, source];
    const key = edgeKey(edge.kind, source, target);
    if (key === edge.id) return;
    this.edges.delete(edge.id);
    this.touchEdge(edge.id);
    edge.id = key;
    edge.source = source;
    edge.target = target;
    edge.dto = null;
    this.edges.set(key, edge);
    this.touchEdge(key);
  }

  /**
   * Sets many notes at once without recording a delta (a fresh build: views ask for a snapshot). With
   * `related`, the co-occurrence sums `relatedState()` gave for exactly these contributions, into an empty
   * model: their pairs are then not added one note at a time (most of a warm start's graph work).
   */
  load(entries: Iterable<[NoteId, NoteContribution | null]>, related?: RelatedState): void {
    const sums = this.startLoad(related);
    try {
      for (const [noteId, contribution] of entries) this.setNote(noteId, contribution);
      this.finishLoad(sums);
    } finally {
      this.endLoad();
    }
  }

  /**
   * `load`, giving the event loop a turn every `slice` notes. A warm start loads the graph while the worker
   * answers from the cache's snapshot: in one block, at 10k notes, the window's first graph waited ~1 s
   * behind it (2–2.5 s beside a busy renderer). Nothing else may change the model meanwhile.
   */
  async loadInTurns(entries: Iterable<[NoteId, NoteContribution | null]>, related?: RelatedState, slice = 500): Promise<void> {
    const sums = this.startLoad(related);
    try {
      let done = 0;
      for (const [noteId, contribution] of entries) {
        this.setNote(noteId, contribution);
        if (++done % slice === 0) await nextTurn();
      }
      this.finishLoad(sums);
    } finally {
      this.endLoad();
    }
  }

  /**
   * `load`, fed one note at a time by a caller that gives the event loop its turns itself: a cold build
   * loads each graph part as soon as it and every part before it are made, while helper threads make the
   * rest. `finish` settles the model as `load` does; `end` (always, in a `finally`) closes the load.
   */
  startLoading(): { add(noteId: NoteId, contribution: NoteContribution | null): void; finish(): void; end(): void } {
    const sums = this.startLoad(undefined);
    return {
      add: (noteId, contribution) => this.setNote(noteId, contribution),
      finish: () => this.finishLoad(sums),
      end: () => this.endLoad(),
    };
  }

  private startLoad(related: RelatedState | undefined): RelatedState | undefined {
    this.tracking = false;
    const sums = related && this.contributions.size === 0 ? related : undefined;
    this.skipRelated = sums !== undefined;
    return sums;
  }

  private finishLoad(sums: RelatedState | undefined): void {
    if (sums) this.related.importState(sums);
    this.settle();
  }

  private endLoad(): void {
    this.tracking = true;
    this.skipRelated = false;
  }

  /** The co-occurrence sums of the current contributions, for `load`. */
  relatedState(): RelatedState {
    return this.related.exportState();
  }

  private skipRelated = false;

  private touchNode(id: string): void {
    if (this.tracking) this.touchedNodes.add(id);
  }

  private touchEdge(id: string): void {
    if (this.tracking) this.touchedEdges.add(id);
  }

  /** Relabels non-note nodes (a concept's label can change when another note defines it). */
  relabel(id: string, label: string): void {
    const node = this.nodes.get(id);
    if (node && node.dto.label !== label) {
      node.dto = { ...node.dto, label };
      this.touchNode(id);
    }
  }

  flush(): GraphDelta {
    this.settle();
    const delta: GraphDelta = { upsertNodes: [], removeNodes: [], upsertEdges: [], removeEdges: [] };
    for (const id of this.touchedNodes) {
      const node = this.nodes.get(id);
      if (node) delta.upsertNodes.push(this.withStats(node.dto));
      else delta.removeNodes.push(id);
    }
    for (const key of this.touchedEdges) {
      const edge = this.edges.get(key);
      if (edge) delta.upsertEdges.push(dtoOf(edge));
      else delta.removeEdges.push(key);
    }
    this.touchedNodes = new Set();
    this.touchedEdges = new Set();
    return delta;
  }

  node(id: string): GraphNodeDTO | undefined {
    this.settle();
    const node = this.nodes.get(id);
    return node ? this.withStats(node.dto) : undefined;
  }

  private withStats(dto: GraphNodeDTO): GraphNodeDTO {
    const stats = this.stats.get(dto.id);
    return { ...dto, weight: stats?.weight ?? 0, degree: stats ? degreeOf(stats) : 0 };
  }

  contribution(noteId: NoteId): NoteContribution | undefined {
    return this.contributions.get(noteId);
  }

  /** Every note's part, to cache: loading them back gives this graph without recomputing any. */
  allContributions(): NoteContribution[] {
    return [...this.contributions.values()];
  }

  evidence(edgeId: string): EvidenceDTO[] | undefined {
    this.settle();
    const edge = this.edges.get(edgeId);
    if (!edge) return undefined;
    if (edge.kind === 'related' || edge.kind === 'mention') return (this.evidenceSource?.(dtoOf(edge)) ?? []).slice(0, MAX_EVIDENCE_PER_EDGE);
    const all: EvidenceDTO[] = [...(edge.firstPart?.evidence ?? [])];
    for (const part of edge.moreParts?.values() ?? []) all.push(...part.evidence);
    return all.slice(0, MAX_EVIDENCE_PER_EDGE);
  }

  incident(nodeId: string): GraphEdgeDTO[] {
    this.settle();
    const out: GraphEdgeDTO[] = [];
    for (const edge of this.stats.get(nodeId)?.edges ?? []) out.push(dtoOf(edge));
    return out;
  }

  snapshot(query: GraphQuery = {}): GraphDTO {
    this.settle();
    const kinds = query.kinds ? new Set<NodeKind>(query.kinds) : null;
    const minWeight = query.minWeight ?? 0;
    const nodeOk = (node: GraphNodeDTO): boolean => !kinds || kinds.has(node.kind);
    const edgeOk = (edge: EdgeState): boolean => edge.weight >= minWeight;
    let allowed: Set<string> | null = null;
    if (query.center !== undefined) {
      allowed = this.neighbourhood(query.center, Math.min(Math.max(query.depth ?? 1, 1), 3), nodeOk, edgeOk);
    }
    const nodes: GraphNodeDTO[] = [];
    for (const { dto } of this.nodes.values()) {
      if (nodeOk(dto) && (!allowed || allowed.has(dto.id))) nodes.push(this.withStats(dto));
    }
    const present = new Set(nodes.map((node) => node.id));
    const edges: GraphEdgeDTO[] = [];
    for (const edge of this.edges.values()) {
      if (edgeOk(edge) && present.has(edge.source) && present.has(edge.target)) edges.push(dtoOf(edge));
    }
    return { nodes, edges };
  }

  private neighbourhood(center: string, depth: number, nodeOk: (n: GraphNodeDTO) => boolean, edgeOk: (e: EdgeState) => boolean): Set<string> {
    const seen = new Set<string>();
    if (!this.nodes.has(center)) return seen;
    seen.add(center);
    let frontier = [center];
    for (let level = 0; level < depth; level++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const edge of this.stats.get(id)?.edges ?? []) {
          if (!edgeOk(edge)) continue;
          const other = edge.source === id ? edge.target : edge.source;
          const otherNode = this.nodes.get(other);
          if (seen.has(other) || !otherNode || !nodeOk(otherNode.dto)) continue;
          seen.add(other);
          next.push(other);
        }
      }
      frontier = next;
    }
    return seen;
  }

  private apply(c: NoteContribution): void {
    const id = noteNodeId(c.noteId);
    const existing = this.nodes.get(id);
    this.nodes.set(id, {
      refs: existing?.refs ?? 0,
      dto: {
        id,
        kind: 'note',
        label: c.label,
        noteId: c.noteId,
        concept: c.concept,
        folder: c.folder,
        tags: c.tags,
        weight: 0,
        degree: 0,
      },
    });
    this.touchNode(id);
    for (const ref of c.refs) this.ref(ref);
    for (const edge of c.edges) this.addEdge(c.noteId, edge);
    this.addRelated(c, 1);
  }

  private unapply(c: NoteContribution): void {
    this.addRelated(c, -1);
    for (const edge of c.edges) this.removeEdge(c.noteId, edge);
    for (const ref of c.refs) this.unref(ref);
    const id = noteNodeId(c.noteId);
    const node = this.nodes.get(id);
    // A note node can outlive its contribution only while the same note is being re-applied.
    if (node) {
      this.nodes.delete(id);
      this.touchNode(id);
    }
  }

  private ref(ref: NodeRef): void {
    const node = this.nodes.get(ref.id);
    if (node) {
      node.refs++;
      if (node.labels) {
        node.labels.set(ref.label, (node.labels.get(ref.label) ?? 0) + 1);
        this.setLabel(ref.id, node);
      }
      return;
    }
    this.nodes.set(ref.id, {
      refs: 1,
      labels: new Map([[ref.label, 1]]),
      dto: { id: ref.id, kind: ref.kind, label: ref.label, noteId: null, concept: ref.concept, folder: null, tags: [], weight: 0, degree: 0 },
    });
    this.touchNode(ref.id);
  }

  /** The spelling most notes use, then the first in code-point order. */
  private setLabel(id: string, node: NodeState): void {
    let best: string | null = null;
    let bestCount = 0;
    for (const [label, count] of node.labels ?? []) {
      if (count > bestCount || (count === bestCount && best !== null && label < best)) {
        best = label;
        bestCount = count;
      }
    }
    if (best !== null && best !== node.dto.label) {
      node.dto = { ...node.dto, label: best };
      this.touchNode(id);
    }
  }

  private unref(ref: NodeRef): void {
    const id = ref.id;
    const node = this.nodes.get(id);
    if (!node || node.dto.kind === 'note') return;
    node.refs--;
    if (node.refs <= 0) {
      this.nodes.delete(id);
      this.touchNode(id);
      return;
    }
    const count = (node.labels?.get(ref.label) ?? 0) - 1;
    if (count > 0) node.labels?.set(ref.label, count);
    else node.labels?.delete(ref.label);
    this.setLabel(id, node);
  }

  private addEdge(noteId: NoteId, part: EdgeContribution): void {
    if (part.source === part.target) return;
    if (part.kind === 'related') {
      this.related.add(part.source, part.target, part.weight);
      return;
    }
    const key = part.key ?? edgeKey(part.kind, part.source, part.target);
    let edge = this.edges.get(key);
    if (!edge) {
      edge = { id: key, kind: part.kind, source: part.source, target: part.target, weight: 0, dto: null, firstNote: null, firstPart: null, moreParts: null };
      this.edges.set(key, edge);
      this.link(edge.source, edge);
      this.link(edge.target, edge);
    }
    if (edge.firstNote === null || edge.firstNote === noteId) {
      if (edge.firstPart && edge.firstNote === noteId) this.summedParts = true;
      edge.firstPart = edge.firstPart && edge.firstNote === noteId ? mergeParts(edge.firstPart, part) : part;
      edge.firstNote = noteId;
    } else {
      edge.moreParts ??= new Map();
      const previous = edge.moreParts.get(noteId);
      if (previous) this.summedParts = true;
      edge.moreParts.set(noteId, previous ? mergeParts(previous, part) : part);
    }
    this.reweigh(edge, part.weight);
  }

  private removeEdge(noteId: NoteId, part: EdgeContribution): void {
    if (part.source === part.target) return;
    if (part.kind === 'related') {
      this.related.add(part.source, part.target, -part.weight);
      return;
    }
    const key = part.key ?? edgeKey(part.kind, part.source, part.target);
    const edge = this.edges.get(key);
    if (!edge) return;
    if (edge.firstNote === noteId) {
      const next = edge.moreParts?.entries().next();
      if (next && !next.done) {
        const [otherNote, otherPart] = next.value;
        edge.moreParts?.delete(otherNote);
        edge.firstNote = otherNote;
        edge.firstPart = otherPart;
      } else {
        edge.firstNote = null;
        edge.firstPart = null;
      }
    } else if (!edge.moreParts?.delete(noteId)) {
      return;
    }
    this.reweigh(edge, -part.weight);
    if (edge.firstNote === null) this.dropEdge(edge);
  }

  private reweigh(edge: EdgeState, by: number): void {
    edge.weight += by;
    edge.dto = null;
    this.bumpWeight(edge.source, by);
    this.bumpWeight(edge.target, by);
    this.touchEdge(edge.id);
  }

  private dropEdge(edge: EdgeState): void {
    this.edges.delete(edge.id);
    this.unlink(edge.source, edge);
    this.unlink(edge.target, edge);
    this.touchEdge(edge.id);
  }

  private addRelated(c: NoteContribution, sign: 1 | -1): void {
    if (c.related && !this.skipRelated) this.related.addPairs(c.related.nodes, c.related.pairs, sign);
  }

  /** Brings `related` edges in line with the co-occurrence counts; reads and flushes call it first. */
  private settle(): void {
    if (!this.related.pending) return;
    for (const change of this.related.settle()) this.applyRelated(change);
  }

  private applyRelated(change: RelatedChange): void {
    const [source, target] = change.a < change.b ? [change.a, change.b] : [change.b, change.a];
    const key = edgeKey('related', source, target);
    let edge = this.edges.get(key);
    if (!edge) {
      if (change.weight === 0) return;
      edge = { id: key, kind: 'related', source, target, weight: 0, dto: null, firstNote: null, firstPart: null, moreParts: null };
      this.edges.set(key, edge);
      this.link(source, edge);
      this.link(target, edge);
    }
    this.reweigh(edge, change.weight - edge.weight);
    if (change.weight === 0) this.dropEdge(edge);
  }

  private link(nodeId: string, edge: EdgeState): void {
    // While loading nothing is tracked: skip the lookup (twice per edge endpoint on a 10k-note load).
    if (this.tracking && this.nodes.has(nodeId)) this.touchNode(nodeId);
    let stats = this.stats.get(nodeId);
    if (!stats) this.stats.set(nodeId, (stats = { edges: this.tracking ? new Set() : [], weight: 0 }));
    // A new edge is linked once to each end: the array never holds one twice.
    if (!this.tracking && Array.isArray(stats.edges)) stats.edges.push(edge);
    else edgeSet(stats).add(edge);
  }

  private unlink(nodeId: string, edge: EdgeState): void {
    const stats = this.stats.get(nodeId);
    if (!stats) return;
    edgeSet(stats).delete(edge);
    this.forgetIfEmpty(nodeId, stats);
    if (this.nodes.has(nodeId)) this.touchNode(nodeId);
  }

  private bumpWeight(nodeId: string, by: number): void {
    const stats = this.stats.get(nodeId);
    if (!stats) return;
    stats.weight += by;
    if (Math.abs(stats.weight) < 1e-9) stats.weight = 0;
    this.forgetIfEmpty(nodeId, stats);
    if (this.tracking && this.nodes.has(nodeId)) this.touchNode(nodeId);
  }

  private forgetIfEmpty(nodeId: string, stats: NodeStats): void {
    if (degreeOf(stats) === 0 && stats.weight === 0) this.stats.delete(nodeId);
  }
}

function dtoOf(edge: EdgeState): GraphEdgeDTO {
  const relation = edge.kind === 'relation' ? edge.firstPart?.relation : undefined;
  edge.dto ??= { id: edge.id, source: edge.source, target: edge.target, kind: edge.kind, weight: edge.weight, ...(relation ? { relation } : {}) };
  return edge.dto;
}

function mergeParts(a: EdgeContribution, b: EdgeContribution): EdgeContribution {
  return { ...a, weight: a.weight + b.weight, evidence: [...a.evidence, ...b.evidence].slice(0, MAX_EVIDENCE_PER_EDGE) };
}

/** Gives an edge part the new ids of its moved ends, in place; whether it named one. */
function renamePart(part: EdgeContribution, ids: ReadonlyMap<string, string>): boolean {
  const source = ids.get(part.source);
  const target = ids.get(part.target);
  if (source === undefined && target === undefined) return false;
  part.source = source ?? part.source;
  part.target = target ?? part.target;
  part.key = edgeKey(part.kind, part.source, part.target);
  return true;
}

/** The (i, j, weight) triples of `related` that touch a node in `ids`. */
function movedPairs(related: RelatedPairs, ids: ReadonlyMap<string, string>): Int32Array {
  const out: number[] = [];
  const { nodes, pairs } = related;
  for (let p = 0; p + 2 < pairs.length; p += 3) {
    if (ids.has(nodes[pairs[p] as number] as string) || ids.has(nodes[pairs[p + 1] as number] as string)) out.push(pairs[p] as number, pairs[p + 1] as number, pairs[p + 2] as number);
  }
  return Int32Array.from(out);
}
