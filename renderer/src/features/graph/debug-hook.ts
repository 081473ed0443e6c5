import type { Core } from 'cytoscape';
import type { EdgeLayer } from './edge-layer';

/**
 * `?debug=graph` (and dev builds) put the view's Cytoscape on `window.__cairnGraph`, for e2e tests and the
 * curious; `setEdgeBudget` lets a test thin a graph smaller than EDGE_BUDGET (edge-thinning.ts).
 */
export function exposeForDebug(g: Core, layer: () => EdgeLayer | null): void {
  if (new URLSearchParams(location.search).get('debug') !== 'graph' && !import.meta.env.DEV) return;
  const setEdgeBudget = (budget: number): void => {
    const l = layer();
    if (!l) return;
    l.edgeBudget = budget;
    l.schedule();
  };
  (window as unknown as { __cairnGraph: unknown }).__cairnGraph = { cy: g, nodePosition: (id: string) => g.getElementById(id).renderedPosition(), setEdgeBudget };
}
