import type { Core, EventObject, NodeSingular } from 'cytoscape';

/**
 * New data (size, label) for nodes Cytoscape holds but does not draw (past EDGE_LAYER_MIN the edge layer paints
 * them; Cytoscape keeps them, transparent, for hover and click), given to Cytoscape only once it draws them
 * (labelled, hovered, selected, near…) or something reads them all (a layout, an export). Giving it a save's
 * new sizes at once made it measure every node again and redraw its layered texture: a 40–80 ms frame after a
 * save that changed node sizes in the AWS guide, for nothing on screen (the layer paints the new sizes).
 */
export class DeferredData {
  private readonly pending = new Map<string, Record<string, unknown>>();
  private cy: Core | null = null;
  private readonly drawn = (event: EventObject): void => {
    const node = event.target as NodeSingular;
    const data = this.pending.get(node.id());
    if (!data) return;
    this.pending.delete(node.id());
    node.data(data);
  };

  /** Watches `cy`'s nodes: one that changes class, selection or data takes what waits for it. */
  watch(cy: Core): void {
    if (this.cy === cy) return;
    this.cy?.off('class select data', 'node', this.drawn);
    this.pending.clear();
    this.cy = cy;
    cy.on('class select data', 'node', this.drawn);
  }

  /** Keeps `data` for a node until Cytoscape draws it. */
  defer(id: string, data: Record<string, unknown>): void {
    this.pending.set(id, data);
  }

  /** Nothing waits for this node any more (it is given its data now, or its data is back to what Cytoscape holds). */
  drop(id: string): void {
    this.pending.delete(id);
  }

  get size(): number {
    return this.pending.size;
  }

  /** Gives Cytoscape everything kept, in one batch (before a layout or an export reads every node). */
  flush(): void {
    const cy = this.cy;
    if (!cy || this.pending.size === 0) return;
    const all = [...this.pending];
    this.pending.clear();
    cy.batch(() => {
      for (const [id, data] of all) cy.getElementById(id).data(data);
    });
  }

  /** A whole render gave every node its data. */
  clear(): void {
    this.pending.clear();
  }

  destroy(): void {
    this.cy?.off('class select data', 'node', this.drawn);
    this.cy = null;
    this.pending.clear();
  }
}
