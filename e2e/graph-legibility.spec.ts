import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { drawnLabels, graph, openGraph, stablePoint } from './graph-page';

// Issue 18: the graph stays legible and usable at a laptop's size and at a small window's.
const sizes = [
  { width: 1440, height: 900 },
  { width: 900, height: 700 },
];

/** The AWS EC2 user guide (553 pages): present on the team's machines, absent from a clean clone. */
const guide = path.resolve(import.meta.dirname, '../../shared/corpora/aws-ec2-user-guide');

async function guideFiles(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of await fs.readdir(guide)) if (f.endsWith('.md')) out[f] = await fs.readFile(path.join(guide, f), 'utf8');
  return out;
}

// `npm run screenshots` writes the README's picture into docs/img; a plain run keeps it with the test's results.
const into = (testInfo: { outputPath(name: string): string }, name: string): string =>
  process.env.CAIRN_SCREENSHOTS === 'docs' ? path.resolve(import.meta.dirname, '../docs/img', name) : testInfo.outputPath(name);

/**
 * Clicks a node where it is drawn once it has stopped moving, as a person would; the pointer then rests on it
 * (hovered). At 900×700 the layout was still settling on a loaded machine, and a click on where the node had
 * been selected nothing (CI, sessions 7 and 8).
 */
async function clickNode(app: Page, id: string): Promise<void> {
  const p = await stablePoint(app, id);
  await app.mouse.click(p.x, p.y);
}

/** How many rings the nodes sit on round `centre` (distinct distances from it, give or take a few units). */
function rings(app: Page, centre: string): Promise<number> {
  return graph<number>(
    app,
    `const c = cy.getElementById(arg).position();
     const radii = cy.nodes().filter((n) => n.id() !== arg).map((n) => Math.hypot(n.position().x - c.x, n.position().y - c.y)).sort((a, b) => a - b);
     let rings = 0, last = -Infinity;
     for (const r of radii) { if (r - last > 5) rings++; last = r; }
     return rings;`,
    centre,
  );
}

/** The names drawn on nodes, and those running past the canvas's left, right or bottom edge. */
function namesDrawn(app: Page): Promise<{ count: number; cut: string[] }> {
  return graph(
    app,
    `const z = cy.zoom(), pan = cy.pan(), W = cy.width(), H = cy.height(), cut = [];
     const named = cy.nodes('.labelled');
     named.forEach((n) => {
       const bb = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
       if (bb.w > 0 && (bb.x1 * z + pan.x < 0 || bb.x2 * z + pan.x > W || bb.y2 * z + pan.y > H)) cut.push(n.data('label'));
     });
     return { count: named.length, cut };`,
  );
}

/** Labels are chosen again a little after the view or the marks change. */
async function expectNoOverlap(app: Page, atLeast: number, mustName: string[] = []): Promise<void> {
  await app.waitForTimeout(700);
  const report = await drawnLabels(app);
  expect(report.overlaps, `overlapping labels among ${report.count}`).toEqual([]);
  expect(report.count).toBeGreaterThanOrEqual(atLeast);
  for (const name of mustName) expect(report.labels).toContain(name);
}

for (const size of sizes) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('labels never overlap on the sample vault: overview, a hub selected and hovered, zoomed in, searching', async ({ app }) => {
      test.setTimeout(120_000);
      await openGraph(app);
      await expectNoOverlap(app, 5);
      const hub = await graph<{ id: string; label: string }>(app, `const n = cy.nodes().max((n) => n.degree()).ele; return { id: n.id(), label: n.data('label') };`);
      await clickNode(app, hub.id);
      await expect.poll(() => graph<string[]>(app, `return cy.nodes(':selected').map((n) => n.id());`)).toContain(hub.id);
      await expectNoOverlap(app, 3, [hub.label]);
      await app.mouse.move(5, 5);
      await expectNoOverlap(app, 5, [hub.label]);
      for (let i = 0; i < 4; i++) await app.getByTitle('Zoom in').click();
      await expectNoOverlap(app, 1);
      await app.getByTestId('graph-fit').click();
      await app.getByTestId('search-input').fill('EC2');
      await expect.poll(async () => Number(await app.getByTestId('graph-canvas').getAttribute('data-highlighted-count'))).toBeGreaterThan(0);
      await expectNoOverlap(app, 1);
    });

    test.describe('the AWS EC2 user guide', () => {
      test.skip(!existsSync(guide), `the AWS guide corpus is not on this machine (${guide})`);
      // Playwright reads a fixture's dependencies from its first parameter's pattern: none here.
      // eslint-disable-next-line no-empty-pattern
      test.use({ vaultFiles: async ({}, use) => use(await guideFiles()) });

      test('labels never overlap with EC2 selected, hovered or not; a local graph round AmazonEBS is capped and in rings', async ({ app }, testInfo) => {
        test.setTimeout(420_000);
        await openGraph(app, 500, 180_000);
        await expectNoOverlap(app, 10);
        await clickNode(app, 'concept:ec2');
        // Clicking EC2 opens its concept pane; the node is selected and named.
        await expect(app.getByTestId('concept-pane')).toBeVisible();
        await expect.poll(() => graph<string[]>(app, `return cy.nodes(':selected').map((n) => n.id());`)).toContain('concept:ec2');
        await expectNoOverlap(app, 5, ['EC2']);
        if (size.width === 1440) await app.screenshot({ path: into(testInfo, 'graph-aws-after.png') });
        await app.mouse.move(5, 5);
        await expectNoOverlap(app, 10, ['EC2']);

        // Depth 1 round AmazonEBS was 222 nodes, depth 2 nearly the whole guide: now the strongest 50, in rings.
        if (await app.getByTestId('sidebar-left').isHidden()) await app.getByTestId('toggle-left').click();
        await app.locator('[data-testid=file-item][data-note-id="AmazonEBS.md"]').click();
        await app.getByTestId('graph-mode-local').click();
        for (const depth of ['1', '2']) {
          await app.getByTestId('graph-depth').fill(depth);
          await app.getByTestId('graph-depth').dispatchEvent('change');
          await expect(app.getByTestId('graph-cap')).toContainText(/The 50 strongest of \d+ nodes/, { timeout: 60_000 });
          await expect(app.getByTestId('graph-canvas')).toHaveAttribute('data-node-count', '50');
          await expect(app.getByTestId('graph-canvas')).toHaveAttribute('data-layout-state', 'done');
          expect(await rings(app, 'note:AmazonEBS.md')).toBeLessThanOrEqual(Number(depth));
          await expectNoOverlap(app, 8, ['AmazonEBS']);
        }
      });
    });

    test('a click selects a node without pinning it; a drag pins it where it is dropped', async ({ app }) => {
      test.setTimeout(120_000);
      await openGraph(app);
      const state = (id: string): Promise<{ selected: boolean; pinned: boolean; locked: boolean }> =>
        graph(app, `const n = cy.getElementById(arg); return { selected: n.selected(), pinned: n.hasClass('pinned'), locked: n.locked() };`, id);
      const id = await graph<string>(app, `return cy.nodes('[noteId]').max((n) => n.degree()).ele.id();`);
      await clickNode(app, id);
      await expect.poll(() => state(id)).toEqual({ selected: true, pinned: false, locked: false });
      // Still selected after the graph is drawn again (a filter changed, an index update came in after the click).
      await app.getByTestId('graph-filters-toggle').click();
      await app.getByTestId('graph-filter-orphans').click();
      await app.getByTestId('graph-filter-orphans').click();
      await app.getByTestId('graph-filters-toggle').click();
      await expect.poll(() => state(id)).toMatchObject({ selected: true, pinned: false });
      // Not pinned after a reload either: a click wrote no pin.
      await openGraph(app);
      expect(await state(id)).toMatchObject({ pinned: false, locked: false });

      // Where the node rests once the reloaded view has settled: a press on a point it has left drags nothing.
      const start = await stablePoint(app, id);
      await app.mouse.move(start.x, start.y);
      await app.mouse.down();
      for (let k = 1; k <= 8; k++) await app.mouse.move(start.x + 6 * k, start.y + 4 * k);
      await app.mouse.up();
      await expect.poll(() => state(id)).toMatchObject({ pinned: true, locked: true });
    });

    test('the side panes fold and stay folded; the graph takes the room and is framed again', async ({ app }) => {
      test.setTimeout(120_000);
      await openGraph(app);
      const left = app.getByTestId('sidebar-left');
      const right = app.getByTestId('sidebar-right');
      // A narrow window starts with the file list folded, so the graph keeps room.
      if (size.width < 1100) await expect(left).toBeHidden();
      else await expect(left).toBeVisible();
      const width = async (): Promise<number> => (await app.getByTestId('graph-canvas').boundingBox())!.width;
      const before = await width();
      if (await left.isVisible()) await app.getByTestId('toggle-left').click();
      await app.getByTestId('toggle-right').click();
      await expect(left).toBeHidden();
      await expect(right).toBeHidden();
      await expect.poll(width).toBeGreaterThan(before + 300);
      // Cytoscape knows its new size, and every node is inside the view again.
      const canvasWidth = await width();
      await expect.poll(() => graph<number>(app, `return cy.width();`)).toBeCloseTo(canvasWidth, 0);
      await expect
        .poll(() => graph<number>(app, `const e = cy.extent(); return cy.nodes().filter((n) => { const p = n.position(); return p.x < e.x1 || p.x > e.x2 || p.y < e.y1 || p.y > e.y2; }).length;`))
        .toBe(0);
      const spread = await graph<number>(app, `const bb = cy.nodes().renderedBoundingBox(); return bb.w / cy.width();`);
      expect(spread).toBeGreaterThan(0.5);

      await openGraph(app);
      await expect(left).toBeHidden();
      await expect(right).toBeHidden();
      await app.getByTestId('toggle-left').click();
      await app.getByTestId('toggle-right').click();
      await expect(left).toBeVisible();
      await expect(right).toBeVisible();
    });

    test('the graph toolbar holds on one row, every button whole', async ({ app }) => {
      await openGraph(app);
      const toolbar = app.getByTestId('graph-toolbar');
      const rows = await toolbar.evaluate((el) => {
        // A row: buttons whose middles line up (their heights differ by a pixel or two).
        const middles = [...el.querySelectorAll('button')].filter((b) => b.offsetParent).map((b) => { const r = b.getBoundingClientRect(); return r.top + r.height / 2; });
        return { rows: Math.max(...middles) - Math.min(...middles) < 6 ? 1 : 2, middles, hidden: el.scrollWidth - el.clientWidth, height: el.getBoundingClientRect().height };
      });
      expect(rows.rows, JSON.stringify(rows.middles)).toBe(1);
      expect(rows.hidden).toBeLessThanOrEqual(1);
      expect(rows.height).toBeLessThan(44);
    });

    test('a framed local graph leaves room at its sides for the names of the nodes on its rim', async ({ app }) => {
      await openGraph(app);
      await app.locator('[data-testid=file-item][data-note-id="aws/almacenamiento/S3.md"]').click({ timeout: 5000 }).catch(async () => {
        await app.getByTestId('toggle-left').click();
        await app.locator('[data-testid=file-item][data-note-id="aws/almacenamiento/S3.md"]').click();
        await app.getByTestId('toggle-left').click();
      });
      await app.getByTestId('graph-mode-local').click();
      const canvas = app.getByTestId('graph-canvas');
      await expect(canvas).toHaveAttribute('data-mode', 'local');
      await expect(canvas).toHaveAttribute('data-layout-state', 'done');
      await app.mouse.move(5, 5);
      await app.waitForTimeout(700);
      // Every name drawn is whole: none runs past the canvas's left or right edge ("ecret Access Key").
      expect((await namesDrawn(app)).cut).toEqual([]);
    });

    test('the global graph is framed with room for the names on its rim: none is cut at the canvas edge', async ({ app }) => {
      await openGraph(app);
      await app.mouse.move(5, 5);
      // Names are chosen a moment after the view is framed: once some are drawn, none is cut.
      await expect.poll(async () => { const d = await namesDrawn(app); return d.count >= 5 ? d.cut : 'waiting for names'; }).toEqual([]);
      // Framed again (the Fit button), the same.
      await app.getByTestId('graph-fit').click();
      await expect.poll(async () => (await namesDrawn(app)).cut).toEqual([]);
    });

    test.describe('in Spanish, whose words are longer', () => {
      test.use({ locale: 'es-ES' });
      test('with the file list and a note open, the local graph toolbar shows every button whole', async ({ app }) => {
        await openGraph(app);
        if (await app.getByTestId('sidebar-left').isHidden()) await app.getByTestId('toggle-left').click();
        await app.locator('[data-testid=file-item][data-note-id="aws/almacenamiento/S3.md"]').click();
        await app.getByTestId('graph-mode-local').click();
        await expect(app.getByTestId('graph-depth')).toBeVisible();
        const cut = await app.getByTestId('graph-toolbar').evaluate((el) => {
          const bar = el.getBoundingClientRect();
          // A button drawn past the toolbar's edges, or hidden in a sideways scroll, is cut for the person looking.
          const outside = [...el.querySelectorAll('button')].filter((b) => b.offsetParent).filter((b) => { const r = b.getBoundingClientRect(); return r.left < bar.left - 0.5 || r.right > bar.right + 0.5; }).map((b) => b.textContent);
          return { outside, scrolled: el.scrollWidth - el.clientWidth };
        });
        expect(cut.outside).toEqual([]);
        expect(cut.scrolled).toBeLessThanOrEqual(1);
      });
    });
  });
}

test('a local graph shows its strongest ties in rings round the note, says so, and shows more on demand', async ({ app }) => {
  test.setTimeout(120_000);
  await openGraph(app);
  // The count read from the cap must be the finished index's: concepts still arriving grew it past the shown 100.
  await expect(app.getByTestId('status-bar')).toHaveAttribute('data-indexing', 'false', { timeout: 60_000 });
  await app.locator('[data-testid=file-item][data-note-id="aws/cómputo/EC2.md"]').click();
  await app.getByTestId('graph-mode-local').click();
  await app.getByTestId('graph-depth').fill('2');
  await app.getByTestId('graph-depth').dispatchEvent('change');
  const cap = app.getByTestId('graph-cap');
  await expect(cap).toContainText(/The 50 strongest of \d+ nodes/);
  const total = Number(/of (\d+)/.exec((await cap.textContent())!)![1]);
  expect(total).toBeGreaterThan(50);
  const canvas = app.getByTestId('graph-canvas');
  await expect(canvas).toHaveAttribute('data-node-count', '50');
  await expect(canvas).toHaveAttribute('data-layout-state', 'done');
  expect(await rings(app, 'note:aws/cómputo/EC2.md')).toBeLessThanOrEqual(2);
  await expectNoOverlap(app, 5, ['EC2']);
  await app.getByTestId('graph-cap-more').click();
  await expect(canvas).toHaveAttribute('data-node-count', String(Math.min(100, total)));
  await expectNoOverlap(app, 5, ['EC2']);
});

test('a note that is itself a concept offers its concept pane', async ({ app }) => {
  await openGraph(app);
  const conceptNote = await graph<{ noteId: string; label: string } | null>(app, `const n = cy.nodes('[kind = "note"]').filter((n) => !!n.data('concept')).max((n) => n.degree()).ele; return n ? { noteId: n.data('noteId'), label: n.data('label') } : null;`);
  expect(conceptNote, 'the sample vault has concept notes').not.toBeNull();
  await app.locator(`[data-testid=file-item][data-note-id="${conceptNote!.noteId}"]`).click();
  await expect(app.getByTestId('note-title')).toBeVisible();
  await app.getByTestId('graph-concept-offer').click();
  await expect(app.getByTestId('concept-pane')).toBeVisible();
  await expect(app.getByTestId('concept-pane')).toContainText(conceptNote!.label);
});

test('round a note that names many concepts, the local graph keeps each node’s strongest shared sections in sight; hovering a node shows all of its', async ({ app }) => {
  test.setTimeout(120_000);
  await openGraph(app);
  await expect(app.getByTestId('status-bar')).toHaveAttribute('data-indexing', 'false', { timeout: 60_000 });
  await app.locator('[data-testid=file-item][data-note-id="ec2-study-notes.md"]').click();
  await app.getByTestId('graph-mode-local').click();
  const canvas = app.getByTestId('graph-canvas');
  await expect(canvas).toHaveAttribute('data-layout-state', 'done');
  const related = (): Promise<{ nodes: number; total: number; plain: number; hub: string; hubTotal: number; hubPlain: number }> =>
    graph(
      app,
      `const rel = cy.edges('[kind = "related"]');
       const plain = (c) => c.filter((e) => e.effectiveOpacity() >= 0.2).length;
       const hub = cy.nodes('[kind = "concept"]').max((n) => n.connectedEdges('[kind = "related"]').length).ele;
       const mine = hub.connectedEdges('[kind = "related"]');
       return { nodes: cy.nodes().length, total: rel.length, plain: plain(rel), hub: hub.id(), hubTotal: mine.length, hubPlain: plain(mine) };`,
    );
  await expect.poll(async () => (await related()).total).toBeGreaterThan(100);
  const before = await related();
  // Each node keeps its two strongest: at most two lines a node, against the several hundred there are.
  expect(before.plain).toBeGreaterThan(0);
  expect(before.plain).toBeLessThanOrEqual(before.nodes);
  expect(before.hubPlain).toBeLessThan(before.hubTotal);
  const p = await stablePoint(app, before.hub);
  await app.mouse.move(p.x + 1, p.y + 1);
  await app.mouse.move(p.x, p.y);
  await expect.poll(async () => (await related()).hubPlain).toBe(before.hubTotal);
});
