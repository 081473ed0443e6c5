import { edgeKey, type NoteContribution } from './contribution';

/**
 * A note's graph part with some node ids replaced (a note moved: `note:a.md` is now `note:b/a.md`), or null
 * when it names none of them. Nothing is read or matched again: when a renamed hub is named by thousands of
 * notes, re-making each part from its text cost seconds, and only the ids differ.
 */
export function remapContribution(c: NoteContribution, ids: ReadonlyMap<string, string>): NoteContribution | null {
  if (!touches(c, ids)) return null;
  // Made only for a part that names a moved node: every part of the vault is asked (closures for all of
  // them cost ~0.1 s at 10k notes).
  const id = (node: string): string => ids.get(node) ?? node;
  return {
    ...c,
    concept: c.concept === null ? null : id(c.concept),
    refs: c.refs.map((ref) => (ids.has(ref.id) ? { ...ref, id: id(ref.id) } : ref)),
    edges: c.edges.map((edge) => {
      if (!ids.has(edge.source) && !ids.has(edge.target)) return edge;
      const source = id(edge.source);
      const target = id(edge.target);
      return { ...edge, source, target, key: edgeKey(edge.kind, source, target) };
    }),
    related: c.related ? { nodes: c.related.nodes.map(id), pairs: c.related.pairs } : c.related,
  };
}

/** Whether the part names one of the nodes: plain loops, as it runs over every part of the vault. */
function touches(c: NoteContribution, ids: ReadonlyMap<string, string>): boolean {
  if (c.concept !== null && ids.has(c.concept)) return true;
  for (const ref of c.refs) if (ids.has(ref.id)) return true;
  for (const edge of c.edges) if (ids.has(edge.source) || ids.has(edge.target)) return true;
  for (const node of c.related?.nodes ?? []) if (ids.has(node)) return true;
  return false;
}
