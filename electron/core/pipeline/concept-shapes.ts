import type { NoteId } from '../../contract';
import type { ConceptEngine } from '../concepts/engine';

export interface ConceptShape {
  label: string;
  noteId: NoteId | null;
  /** Label, owner, sources and names: what the graph shows of a concept, and what relations read from its names. */
  sig: string;
}

export function conceptShapes(engine: ConceptEngine): Map<string, ConceptShape> {
  const out = new Map<string, ConceptShape>();
  for (const c of engine.conceptInfos()) out.set(c.key, { label: c.label, noteId: c.noteId, sig: `${c.label}\u0000${c.noteId ?? ''}\u0000${c.sources.join(',')}\u0000${c.aliases.join('\u0001')}` });
  return out;
}
