import { promises as fs } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { stablePoint } from './graph-page';

async function withGraphHandle(app: Page): Promise<void> {
  // The debug handle exposes node positions for clicking; the session cookie survives the reload.
  await app.goto(new URL('/?debug=graph', app.url()).href);
  await expect(app.getByTestId('graph-canvas')).toHaveAttribute('data-layout-state', 'done', { timeout: 30_000 });
  await expect.poll(async () => Number(await app.getByTestId('graph-canvas').getAttribute('data-node-count'))).toBeGreaterThan(20);
  // "done" also reads before the graph arrives; once it has, wait for its layout.
  await expect(app.getByTestId('graph-canvas')).toHaveAttribute('data-layout-state', 'done', { timeout: 30_000 });
}

const count = async (app: Page): Promise<number> => Number(await app.getByTestId('graph-canvas').getAttribute('data-node-count'));

test('clicking a node opens its note', async ({ app }) => {
  await withGraphHandle(app);
  await stablePoint(app, 'note:aws/cómputo/AMI.md');
  // The note with the most room around it: the layout is random, and AMI can sit under a bigger node.
  const target = (await app.evaluate(`(() => {
    const nodes = window.__cairnGraph.cy.nodes().toArray();
    let best = null, room = -1;
    for (const n of nodes) {
      if (!n.data('noteId')) continue;
      const p = n.renderedPosition();
      const r = Math.min(...nodes.filter((m) => m !== n).map((m) => { const q = m.renderedPosition(); return Math.hypot(p.x - q.x, p.y - q.y) - m.renderedOuterWidth() / 2; }));
      if (r > room) { room = r; best = { id: n.id(), title: n.data('label') }; }
    }
    return best;
  })()`)) as { id: string; title: string };
  const p = await stablePoint(app, target.id);
  await app.mouse.click(p.x, p.y);
  await expect(app.getByTestId('note-title')).toHaveText(target.title);
});

test('clicking an edge shows the sentences that make it', async ({ app }) => {
  await withGraphHandle(app);
  // Only link edges stay, so the click cannot land where a mention edge crosses the chosen one.
  await app.getByTestId('graph-filters-toggle').click();
  for (const kind of ['embed', 'mention', 'tagged']) await app.getByTestId(`graph-filter-edge-${kind}`).uncheck();
  await app.getByTestId('graph-filters-toggle').click();
  await expect(app.getByTestId('graph-canvas')).toHaveAttribute('data-layout-state', 'done', { timeout: 30_000 });
  await stablePoint(app, 'note:aws/cómputo/EC2.md');
  // The midpoint of a link edge farthest from any node, among those inside the visible canvas
  // (clear of its edges and of the legend in the bottom-left corner), in screen coordinates.
  const box = (await app.getByTestId('graph-canvas').boundingBox())!;
  const target = await app.evaluate(({ width, height }) => {
    type P = { x: number; y: number };
    type El = { id(): string; renderedMidpoint(): P; renderedPosition(): P; source(): El; target(): El };
    const cy = (window as unknown as { __cairnGraph: { cy: { edges(s: string): El[]; nodes(): El[] } } }).__cairnGraph.cy;
    const nodes = [...cy.nodes()].map((n) => n.renderedPosition());
    const inside = (p: P): boolean => p.x > 30 && p.y > 30 && p.x < width - 30 && p.y < height - 60;
    const links = [...cy.edges('[kind = "link"]')];
    // How far `p` is from the segment a–b: another link crossing near the midpoint would take the click.
    const fromSegment = (p: P, a: P, b: P): number => {
      const [dx, dy] = [b.x - a.x, b.y - a.y];
      const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
      return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
    };
    let best: { id: string; at: P; clearance: number } | null = null;
    for (const edge of links) {
      const at = edge.renderedMidpoint();
      if (!inside(at)) continue;
      const others = links.filter((e) => e !== edge).map((e) => fromSegment(at, e.source().renderedPosition(), e.target().renderedPosition()));
      if (others.some((d) => d < 8)) continue;
      const clearance = Math.min(...nodes.map((p) => Math.hypot(p.x - at.x, p.y - at.y)));
      if (!best || clearance > best.clearance) best = { id: edge.id(), at, clearance };
    }
    return best;
  }, { width: box.width, height: box.height });
  expect(target).not.toBeNull();
  await app.mouse.click(box.x + target!.at.x, box.y + target!.at.y);
  const popover = app.getByTestId('edge-evidence');
  await expect(popover).toBeVisible();
  await expect(popover).toContainText(/link/);
  // The quoted line reads as prose: the link's words, not its `[[ ]]` or `[ ](…)` (the sample vault has both kinds).
  const quote = popover.getByTestId('edge-evidence-quote').first();
  await expect(quote).toHaveText(/\p{L}{3}/u);
  await expect(quote).not.toContainText(/\[\[|\]\(/);
  // It names both ends of the edge (in either order: two notes may link each other, one line over the
  // other), and an end opens as its node would (both ends of a link are notes here).
  const ends = await app.evaluate(
    (id) => {
      type El = { source(): { data(k: string): string }; target(): { data(k: string): string } };
      const edge = (window as unknown as { __cairnGraph: { cy: { getElementById(id: string): El } } }).__cairnGraph.cy.getElementById(id);
      return [edge.source().data('label'), edge.target().data('label')];
    },
    target!.id,
  );
  const named = [await popover.getByTestId('edge-evidence-source').textContent(), await popover.getByTestId('edge-evidence-target').textContent()];
  expect([...named].sort()).toEqual([...ends].sort());
  await popover.getByTestId('edge-evidence-source').click();
  await expect(app.getByTestId('note-title')).toHaveText(named[0]!);
});

test('the local graph follows the open note and grows with depth', async ({ app }) => {
  await withGraphHandle(app);
  const global = await count(app);
  await app.locator('[data-testid=file-item][data-note-id="aws/redes/X-Forwarded-For.md"]').click();
  await app.getByTestId('graph-mode-local').click();
  await expect(app.getByTestId('graph-canvas')).toHaveAttribute('data-mode', 'local');
  const depth = app.getByTestId('graph-depth');
  await depth.fill('1');
  await depth.dispatchEvent('change');
  await expect.poll(() => count(app)).toBeLessThan(global);
  const one = await count(app);
  await depth.fill('3');
  await depth.dispatchEvent('change');
  await expect.poll(() => count(app)).toBeGreaterThan(one);
  // Following the open note: another note recentres the local graph.
  await app.locator('[data-testid=file-item][data-note-id="aws/almacenamiento/S3.md"]').click();
  await expect.poll(async () => app.evaluate(() => (window as unknown as { __cairnGraph: { cy: { getElementById(id: string): { length: number } } } }).__cairnGraph.cy.getElementById('note:aws/almacenamiento/S3.md').length)).toBe(1);
});

test('filters by kind and by folder, combined', async ({ app }) => {
  await withGraphHandle(app);
  const all = await count(app);
  await app.getByTestId('graph-filters-toggle').click();
  await app.getByTestId('graph-filter-concept').uncheck();
  await expect.poll(() => count(app)).toBeLessThan(all);
  const noConcepts = await count(app);
  await app.getByTestId('graph-filter-folder').fill('aws/redes');
  await expect.poll(() => count(app)).toBeLessThan(noConcepts);
  await app.getByTestId('graph-filter-concept').check();
  await app.getByTestId('graph-filter-folder').fill('');
  await expect.poll(() => count(app)).toBe(all);
});

test('filters by tag: only nodes carrying the typed tag stay', async ({ app }) => {
  await withGraphHandle(app);
  const all = await count(app);
  const has = (id: string): Promise<number> =>
    app.evaluate((nodeId) => (window as unknown as { __cairnGraph: { cy: { getElementById(id: string): { length: number } } } }).__cairnGraph.cy.getElementById(nodeId).length, id);
  await app.getByTestId('graph-filters-toggle').click();
  await app.getByTestId('graph-filter-tag-text').fill('#aws/storage');
  await expect.poll(() => count(app)).toBeLessThan(all);
  await expect.poll(() => has('note:aws/almacenamiento/S3.md')).toBe(1);
  expect(await has('note:aws/cómputo/User data.md')).toBe(0);
  await app.getByTestId('graph-filter-tag-text').fill('');
  await expect.poll(() => count(app)).toBe(all);
});

test('exports the view as PNG and SVG and the graph as JSON', async ({ app }) => {
  await withGraphHandle(app);
  for (const [button, name] of [['graph-export-png', 'cairn-graph.png'], ['graph-export-svg', 'cairn-graph.svg'], ['graph-export-json', 'cairn-graph.json']] as const) {
    const download = app.waitForEvent('download');
    await app.getByTestId(button).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(name);
    const data = await fs.readFile((await file.path())!);
    if (name.endsWith('.png')) expect(data.subarray(1, 4).toString()).toBe('PNG');
    if (name.endsWith('.svg')) expect(data.toString()).toMatch(/^<svg[\s\S]*<circle[\s\S]*<\/svg>$/);
    if (name.endsWith('.json')) {
      const graph = JSON.parse(data.toString()) as { nodes: { id: string; position: { x: number } }[]; edges: unknown[] };
      expect(graph.nodes.length).toBe(await count(app));
      expect(typeof graph.nodes[0]?.position.x).toBe('number');
      expect(graph.edges.length).toBeGreaterThan(0);
    }
  }
});
