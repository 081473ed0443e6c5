import type { Core } from 'cytoscape';
import type { GraphEdgeDTO, GraphNodeDTO } from '../../../../electron/contract';
import type { OverviewPatchHost, OverviewView } from './overview-view';

/** What a patch of the overview asks of the canvas around it. */
export interface PatchRunHost extends Omit<OverviewPatchHost, 'current' | 'done'> {
  /** Bumped by every render: a patch started before it stops. */
  renderGen: () => number;
  cy: () => Core | null;
  container: () => HTMLDivElement | null;
  view: OverviewView;
  visible(): { nodes: GraphNodeDTO[]; edges: GraphEdgeDTO[] };
  /** Whether the overview can be patched now: no local graph, hand-over or layout under way, no threshold crossed. */
  patchable(nodes: readonly GraphNodeDTO[], edges: readonly GraphEdgeDTO[]): boolean;
  /** Nodes were added: they need a place. */
  addedNodes(ids: readonly string[]): void;
  render(): void;
}

/**
 * A delta patched into a graph past EDGE_LAYER_MIN (the AWS guide's 7.6k nodes), one part per task: the
 * visible graph, then the diff and Cytoscape's nodes, then the layer, then the edges Cytoscape holds
 * (OverviewView.patch). In one task they were 50–120 ms after a save at this machine's load; each part is a
 * pass over the graph at most. A delta arriving meanwhile waits for the next patch.
 */
export class OverviewPatchRun {
  /** A patch under way, and whether a delta came in meanwhile. */
  private run: { again: boolean } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly host: PatchRunHost) {}

  /** A delta came in: patched in the turns after this one, or by the next patch if one is under way. */
  request(g: Core): void {
    if (this.run) this.run.again = true;
    else this.start(g);
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.run = null;
  }

  private start(g: Core): void {
    const h = this.host;
    const run = { again: false };
    this.run = run;
    const gen = h.renderGen();
    const on = (): boolean => this.run === run && gen === h.renderGen() && h.cy() === g && !g.destroyed();
    const next = (step: () => void): void => {
      this.timer = setTimeout(() => {
        this.timer = null;
        if (on()) step();
        else end(false);
      }, 0);
    };
    // A delta that came in meanwhile is taken in by another patch, unless a render showed it already.
    const end = (whole: boolean): void => {
      if (this.run === run) this.run = null;
      if (whole) h.render();
      else if (run.again && gen === h.renderGen() && h.cy() === g) this.start(g);
    };
    next(() => {
      const { nodes, edges } = h.visible();
      next(() => {
        const steps = this.steps(g, nodes, edges);
        if (!steps) return end(true);
        const from = (i: number): void => {
          if (i === steps.length) return end(false);
          next(() => (steps[i]!() ? from(i + 1) : end(true)));
        };
        from(0);
      });
    });
  }

  /** The patch's steps (OverviewView.patch), or false when a whole render is needed. */
  private steps(g: Core, nodes: GraphNodeDTO[], edges: GraphEdgeDTO[]): false | (() => boolean)[] {
    const h = this.host;
    const container = h.container();
    if (!container || !h.patchable(nodes, edges)) return false;
    const gen = h.renderGen();
    return h.view.patch(g, container, nodes, edges, {
      groupColour: h.groupColour,
      current: () => gen === h.renderGen() && h.cy() === g,
      nodesPatched: h.nodesPatched,
      edgesPatched: h.edgesPatched,
      done: (added) => {
        if (added.length) h.addedNodes(added);
      },
    });
  }
}
