import type { DeckSpec, NoteId } from '../../contract';
import { noteNodeId } from '../graph/contribution';
import type { Deck, DeckCard } from './deck';

export interface ResolvedDeck {
  label: string;
  /** Null for every card. */
  nodes: Set<string> | null;
  /** Notes whose written cards belong (a tag's, a folder's, a search's). */
  notes: Set<NoteId>;
  /** Hops from the centre, for a deck by hops. */
  distance?: Map<string, number>;
}

export const MAX_HOPS = 3;

const hasTag = (tags: readonly string[], tag: string): boolean => {
  const t = tag.replace(/^#/, '').toLowerCase();
  return tags.some((x) => {
    const v = x.replace(/^#/, '').toLowerCase();
    return v === t || v.startsWith(`${t}/`);
  });
};

const inFolder = (id: NoteId, folder: string): boolean => {
  const f = folder.replace(/^\/+|\/+$/g, '');
  return f === '' || id.startsWith(`${f}/`);
};

/**
 * The nodes and notes a deck covers. By hops: a concept and the concepts within N hops on the concept
 * graph (ELB at 2 hops: ALB, NLB, GWLB, CLB and what they touch). By tag, folder or search: the notes
 * there and the concepts those notes stand for. A selection: the nodes themselves.
 */
export function resolveDeck(spec: DeckSpec, deck: Deck, notes: Iterable<{ id: NoteId; tags: readonly string[] }>, found: readonly NoteId[] = []): ResolvedDeck {
  const label = (id: string): string => deck.labels.get(id) ?? deck.graph.nodes.get(id)?.label ?? id.replace(/^\w+:/, '');
  const fromNotes = (name: string, ids: Iterable<NoteId>): ResolvedDeck => {
    const set = new Set(ids);
    return { label: name, notes: set, nodes: new Set([...set].map(noteNodeId)) };
  };
  switch (spec.kind) {
    case 'all':
      return { label: 'All cards', nodes: null, notes: new Set() };
    case 'hops': {
      const hops = Math.min(Math.max(Math.round(spec.hops), 0), MAX_HOPS);
      const distance = deck.graph.within(spec.nodeId, hops);
      const notes = new Set<NoteId>(spec.nodeId.startsWith('note:') ? [spec.nodeId.slice(5)] : []);
      return { label: hops === 0 ? label(spec.nodeId) : `${label(spec.nodeId)} + ${hops} hop${hops === 1 ? '' : 's'}`, nodes: new Set(distance.keys()), notes, distance };
    }
    case 'tag':
      return fromNotes(`#${spec.tag.replace(/^#/, '')}`, [...notes].filter((n) => hasTag(n.tags, spec.tag)).map((n) => n.id));
    case 'folder':
      return fromNotes(`${spec.folder.replace(/\/+$/, '')}/`, [...notes].filter((n) => inFolder(n.id, spec.folder)).map((n) => n.id));
    case 'query':
      return fromNotes(`“${spec.query}”`, found);
    case 'nodes': {
      const nodes = new Set(spec.nodeIds);
      const ids = spec.nodeIds.filter((n) => n.startsWith('note:')).map((n) => n.slice(5));
      return { label: spec.nodeIds.length === 1 ? label(spec.nodeIds[0]!) : `${spec.nodeIds.length} selected`, nodes, notes: new Set(ids) };
    }
  }
}

export function inDeck(card: { kind: DeckCard['kind']; nodeIds: readonly string[]; source?: DeckCard['source'] }, deck: ResolvedDeck): boolean {
  if (!deck.nodes) return true;
  if ((card.kind === 'note' || card.kind === 'cloze') && card.source && deck.notes.has(card.source.noteId)) return true;
  return card.nodeIds.some((n) => deck.nodes!.has(n));
}
