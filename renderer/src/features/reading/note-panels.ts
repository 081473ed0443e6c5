import type { GraphDTO, HeadingDTO, LinkDTO, NoteId } from '../../../../electron/contract';
import { plainText } from './plain-text';
import { missingName } from './render/links';

export interface OutgoingLink {
  /** The note or attachment linked, or null when it does not exist yet. */
  resolved: NoteId | null;
  /** What a click on a missing one creates: the target as written. */
  target: string;
  label: string;
  count: number;
  embed: boolean;
}

/**
 * A note's links as one row per target (embeds included), in the order they first appear. A missing one is
 * named as the graph names it (`[x](../Idea.md)` and `[[Idea]]` are one row, `Idea`), from the note `from`.
 */
export function groupOutgoing(links: readonly LinkDTO[], titleOf: (id: NoteId) => string, from: NoteId = ''): OutgoingLink[] {
  const rows = new Map<string, OutgoingLink>();
  for (const link of links) {
    if (!link.target) continue;
    const target = link.resolved ? link.target : missingName(from, link.target);
    const key = link.resolved ?? `missing:${target.toLowerCase()}`;
    const row = rows.get(key);
    if (row) {
      row.count++;
      row.embed &&= link.embed;
    } else rows.set(key, { resolved: link.resolved, target, label: link.resolved ? titleOf(link.resolved) : target, count: 1, embed: link.embed });
  }
  return [...rows.values()];
}

export interface OutlineEntry {
  level: number;
  text: string;
  /** Depth under the note's top heading level, for indenting. */
  indent: number;
}

/** The headings as a person reads them (no `**` or `[[ ]]`), indented from the shallowest level. */
export function outlineOf(headings: readonly HeadingDTO[]): OutlineEntry[] {
  const top = Math.min(...headings.map((h) => h.level));
  return headings.map((h) => ({ level: h.level, text: plainText(h.text) || h.text, indent: h.level - top }));
}

export interface MentionedConcept {
  /** `concept:<key>`, the id the concept pane opens. */
  id: string;
  label: string;
  weight: number;
}

/** The concepts a note mentions: the far ends of its `mention` edges in its local graph, most mentioned first. */
export function mentionedConcepts(graph: GraphDTO, noteId: NoteId): MentionedConcept[] {
  const self = `note:${noteId}`;
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const out = new Map<string, MentionedConcept>();
  for (const edge of graph.edges) {
    if (edge.kind !== 'mention') continue;
    const other = edge.source === self ? edge.target : edge.target === self ? edge.source : null;
    const node = other ? nodes.get(other) : undefined;
    const id = node?.concept ?? (node?.kind === 'concept' ? node.id : null);
    if (!node || !id) continue;
    const seen = out.get(id);
    if (!seen || seen.weight < edge.weight) out.set(id, { id, label: node.label, weight: edge.weight });
  }
  return [...out.values()].sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label));
}
