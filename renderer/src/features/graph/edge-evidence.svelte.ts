import type { Core } from 'cytoscape';
import type { EvidenceDTO, GraphEdgeDTO } from '../../../../electron/contract';
import type { CairnClient } from '../../lib/api/types';

export interface EdgeEnd {
  id: string;
  label: string;
}

export interface ShownEvidence {
  edge: GraphEdgeDTO;
  ends: [EdgeEnd, EdgeEnd];
  /** Null while the sentences are asked for (they wait for the index while a vault is first built). */
  items: EvidenceDTO[] | null;
}

/** The clicked edge, its two ends (as nodes, to name and open them) and the sentences behind it. */
export class EdgeEvidenceState {
  shown = $state<ShownEvidence | null>(null);

  /** Shown at once with what the graph knows; the sentences follow. */
  async show(edge: GraphEdgeDTO, cy: Core | null, client: CairnClient): Promise<void> {
    const end = (id: string): EdgeEnd => {
      const n = cy?.getElementById(id);
      return { id, label: n?.nonempty() ? (n.data('label') as string) : id.slice(id.indexOf(':') + 1) };
    };
    const shown: ShownEvidence = { edge, ends: [end(edge.source), end(edge.target)], items: null };
    this.shown = shown;
    const items = await client.getEdgeEvidence(edge.id).catch(() => []);
    if (this.shown?.edge.id === edge.id && this.shown.items === null) this.shown = { ...shown, items };
  }
}
