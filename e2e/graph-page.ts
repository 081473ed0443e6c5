import { expect, type Page } from '@playwright/test';

export type P = { x: number; y: number };

/**
 * Runs `body` against the Cytoscape instance the debug handle (`?debug=graph`) exposes. A string
 * expression, because the app's CSP forbids building functions from strings inside the page.
 */
export function graph<T>(app: Page, body: string, arg?: unknown): Promise<T> {
  return app.evaluate(`(() => { const cy = window.__cairnGraph.cy; const arg = ${JSON.stringify(arg ?? null)}; ${body} })()`) as Promise<T>;
}

/** Reloads with the debug handle and waits for the first graph to be laid out. */
export async function openGraph(app: Page, minNodes = 3, timeout = 30_000): Promise<void> {
  await app.goto(new URL('/?debug=graph', app.url()).href);
  const canvas = app.getByTestId('graph-canvas');
  await expect.poll(async () => Number(await canvas.getAttribute('data-node-count')), { timeout }).toBeGreaterThan(minNodes);
  await expect(canvas).toHaveAttribute('data-layout-state', 'done', { timeout });
}

/** Where a node is on the page. */
export async function screenPoint(app: Page, id: string): Promise<P> {
  const box = (await app.getByTestId('graph-canvas').boundingBox())!;
  const p = await graph<P | null>(app, `const n = cy.getElementById(arg); return n.length ? n.renderedPosition() : null;`, id);
  if (!p) throw new Error(`${id} is not in the graph`);
  return { x: box.x + p.x, y: box.y + p.y };
}

/** Where a node is once it stops moving (the layout done, nothing re-rendering): two reads 150 ms apart agree. */
export async function stablePoint(app: Page, id: string): Promise<P> {
  let last = await screenPoint(app, id);
  for (let i = 0; i < 20; i++) {
    await app.waitForTimeout(150);
    const next = await screenPoint(app, id);
    if (Math.abs(next.x - last.x) < 0.5 && Math.abs(next.y - last.y) < 0.5) return next;
    last = next;
  }
  return last;
}

export interface LabelReport {
  /** Labels drawn inside the view. */
  count: number;
  labels: string[];
  /** Pairs of drawn labels whose boxes (as Cytoscape measures them) overlap by more than a pixel. */
  overlaps: string[];
}

/**
 * Every label Cytoscape draws in view — nodes' and edges' alike, whatever chose them — with the box
 * Cytoscape itself computes for it, and the pairs that overlap.
 */
export function drawnLabels(app: Page): Promise<LabelReport> {
  return graph<LabelReport>(
    app,
    `const z = cy.zoom(), pan = cy.pan(), W = cy.width(), H = cy.height();
     const boxes = [];
     cy.elements().forEach((el) => {
       if (!el.visible() || el.effectiveOpacity() === 0) return;
       const text = el.style('label');
       if (!text) return;
       if (parseFloat(el.style('font-size')) * z < parseFloat(el.style('min-zoomed-font-size'))) return;
       const bb = el.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false });
       if (!(bb.w > 0)) return;
       const b = { x1: bb.x1 * z + pan.x, y1: bb.y1 * z + pan.y, x2: bb.x2 * z + pan.x, y2: bb.y2 * z + pan.y };
       if (b.x2 < 0 || b.x1 > W || b.y2 < 0 || b.y1 > H) return;
       boxes.push({ text: el.isEdge() ? el.data('relation') : el.data('label'), ...b });
     });
     const overlaps = [];
     for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
       const a = boxes[i], b = boxes[j];
       const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1), h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
       if (w > 1 && h > 1) overlaps.push(a.text + ' × ' + b.text);
     }
     return { count: boxes.length, labels: boxes.map((b) => b.text), overlaps: overlaps.slice(0, 10) };`,
  );
}
