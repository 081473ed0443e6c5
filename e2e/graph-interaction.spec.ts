import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

type P = { x: number; y: number };

/**
 * Runs `body` against the Cytoscape instance the debug handle (`?debug=graph`) exposes. A string
 * expression, because the app's CSP forbids building functions from strings inside the page.
 */
function graph<T>(app: Page, body: string, arg?: unknown): Promise<T> {
  return app.evaluate(`(() => { const cy = window.__cairnGraph.cy; const arg = ${JSON.stringify(arg ?? null)}; ${body} })()`) as Promise<T>;
}

async function openGraph(app: Page): Promise<void> {
  await app.goto(new URL('/?debug=graph', app.url()).href);
  await expect(app.getByTestId('graph-canvas')).toHaveAttribute('data-layout-state', 'done', { timeout: 30_000 });
  await expect.poll(async () => Number(await app.getByTestId('graph-canvas').getAttribute('data-node-count'))).toBeGreaterThan(3);
  // "done" also reads before the graph arrives; once it has, wait for its layout.
  await expect(app.getByTestId('graph-canvas')).toHaveAttribute('data-layout-state', 'done', { timeout: 30_000 });
}

const positions = (app: Page): Promise<Record<string, P>> =>
  graph(app, `const out = {}; cy.nodes().forEach((n) => { out[n.id()] = { ...n.position() }; }); return out;`);

/** Waits until no node moves between two reads, so a finished layout's last frame has landed. */
async function settled(app: Page): Promise<Record<string, P>> {
  let last = await positions(app);
  for (let i = 0; i < 30; i++) {
    await app.waitForTimeout(150);
    const next = await positions(app);
    if (Object.keys(next).length === Object.keys(last).length && Object.entries(next).every(([id, p]) => last[id] && Math.hypot(p.x - last[id]!.x, p.y - last[id]!.y) < 0.5)) return next;
    last = next;
  }
  return last;
}

async function screenPoint(app: Page, id: string): Promise<P> {
  const box = (await app.getByTestId('graph-canvas').boundingBox())!;
  const p = await graph<P | null>(app, `const n = cy.getElementById(arg); return n.length ? n.renderedPosition() : null;`, id);
  if (!p) throw new Error(`${id} is not in the graph`);
  return { x: box.x + p.x, y: box.y + p.y };
}

const farthest = (a: Record<string, P>, b: Record<string, P>): number =>
  Math.max(0, ...Object.keys(a).filter((id) => b[id]).map((id) => Math.hypot(a[id]!.x - b[id]!.x, a[id]!.y - b[id]!.y)));

const EC2 = 'note:aws/cómputo/EC2.md';

/**
 * A connected note with the most room around it on screen, so a pointer aimed at it cannot land on a
 * neighbour drawn on top (the layout is random; EC2 sometimes sits under the index note).
 */
async function clearNote(app: Page): Promise<string> {
  let id: string | null = null;
  await expect.poll(async () => (id = await roomiest(app))).not.toBeNull();
  return id!;
}

const roomiest = (app: Page): Promise<string | null> =>
  graph<string | null>(
    app,
    `const nodes = cy.nodes().toArray();
     let best = null, room = -1;
     for (const n of nodes) {
       if (!n.data('noteId') || n.degree() < 2) continue;
       const p = n.renderedPosition();
       const r = Math.min(...nodes.filter((m) => m !== n).map((m) => { const q = m.renderedPosition(); return Math.hypot(p.x - q.x, p.y - q.y) - m.renderedOuterWidth() / 2; }));
       if (r > room) { room = r; best = n.id(); }
     }
     return best;`,
  );

test('hovering a node lights up its neighbourhood and dims the rest', async ({ app }) => {
  await openGraph(app);
  await settled(app);
  const id = await clearNote(app);
  const read = `
    const node = cy.getElementById(arg);
    const hood = node.closedNeighborhood();
    const op = (e) => Number(e.style('opacity'));
    return { hood: hood.map(op), rest: cy.elements().not(hood).map(op) };`;
  // Hovered where the node is now: on a loaded machine the view can still be framed after positions settle.
  await expect
    .poll(async () => {
      const p = await screenPoint(app, id);
      await app.mouse.move(p.x + 1, p.y + 1);
      await app.mouse.move(p.x, p.y);
      return (await graph<{ rest: number[] }>(app, read, id)).rest.every((o) => o < 0.2);
    })
    .toBe(true);
  const lit = await graph<{ hood: number[]; rest: number[] }>(app, read, id);
  expect(lit.hood.length).toBeGreaterThan(2);
  expect(lit.rest.length).toBeGreaterThan(0);
  expect(Math.min(...lit.hood)).toBeGreaterThan(0.3);
  // Moving off the node brings everything back.
  const box = (await app.getByTestId('graph-canvas').boundingBox())!;
  await app.mouse.move(box.x + 3, box.y + 3);
  await expect.poll(async () => Math.min(...(await graph<{ rest: number[] }>(app, read, id)).rest)).toBeGreaterThan(0.3);
});

test('arrow keys move between neighbours and Enter opens the chosen note', async ({ app }) => {
  await openGraph(app);
  // Notes only, so every neighbour the keys can reach opens as a note.
  await app.getByTestId('graph-filters-toggle').click();
  for (const kind of ['concept', 'missing']) await app.getByTestId(`graph-filter-${kind}`).uncheck();
  await app.getByTestId('graph-filters-toggle').click();
  await app.locator('[data-testid=file-item][data-note-id="aws/cómputo/EC2.md"]').click();
  await expect(app.getByTestId('note-title')).toHaveText('EC2');
  await expect(app.getByTestId('graph-canvas')).toHaveAttribute('data-layout-state', 'done', { timeout: 30_000 });
  const at = await settled(app);
  const neighbours = await graph<string[]>(app, `return cy.getElementById(arg).neighborhood('node').map((n) => n.id());`, EC2);
  expect(neighbours.length).toBeGreaterThan(0);
  // A direction in which EC2 has a neighbour, read from the layout on screen.
  const keys = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] } as const;
  const from = at[EC2]!;
  const way = Object.entries(keys).find(([, d]) => neighbours.some((id) => (at[id]!.x - from.x) * d[0] + (at[id]!.y - from.y) * d[1] > 0));
  expect(way, 'EC2 has a neighbour on screen in some direction').toBeDefined();
  const [key, dir] = way!;
  await app.getByTestId('graph-canvas').focus();
  await app.keyboard.press(key);
  const chosen = await graph<{ id: string; label: string; x: number; y: number } | null>(
    app,
    `const s = cy.nodes(':selected'); return s.length === 1 ? { id: s.id(), label: s.data('label'), ...s.position() } : null;`,
  );
  expect(chosen).not.toBeNull();
  expect(neighbours).toContain(chosen!.id);
  expect((chosen!.x - from.x) * dir[0] + (chosen!.y - from.y) * dir[1]).toBeGreaterThan(0);
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('note-title')).toHaveText(chosen!.label);
});

test('a dragged node stays pinned where it was dropped, through a re-layout and a reload', async ({ app }) => {
  await openGraph(app);
  const before = await settled(app);
  const id = await clearNote(app);
  const start = await screenPoint(app, id);
  await app.mouse.move(start.x, start.y);
  await app.mouse.down();
  for (let k = 1; k <= 10; k++) await app.mouse.move(start.x + 12 * k, start.y + 8 * k);
  await app.mouse.up();
  const dropped = await graph<{ p: P; pinned: boolean; locked: boolean }>(app, `const n = cy.getElementById(arg); return { p: { ...n.position() }, pinned: n.hasClass('pinned'), locked: n.locked() };`, id);
  expect(dropped.pinned).toBe(true);
  expect(dropped.locked).toBe(true);
  expect(Math.hypot(dropped.p.x - before[id]!.x, dropped.p.y - before[id]!.y)).toBeGreaterThan(20);

  await app.getByRole('button', { name: 'Re-layout' }).click();
  await expect(app.getByTestId('graph-canvas')).toHaveAttribute('data-layout-state', 'done', { timeout: 30_000 });
  const after = await settled(app);
  // The layout ran (other nodes moved) and left the pinned one where it was dropped.
  expect(farthest(before, after)).toBeGreaterThan(5);
  expect(Math.hypot(after[id]!.x - dropped.p.x, after[id]!.y - dropped.p.y)).toBeLessThan(1);

  await openGraph(app);
  const reloaded = await graph<{ p: P; pinned: boolean }>(app, `const n = cy.getElementById(arg); return { p: { ...n.position() }, pinned: n.hasClass('pinned') && n.locked() };`, id);
  expect(reloaded.pinned).toBe(true);
  expect(Math.hypot(reloaded.p.x - dropped.p.x, reloaded.p.y - dropped.p.y)).toBeLessThan(1);
});

test('the graph opens where it was left: positions are kept per vault across a reload', async ({ app }) => {
  await openGraph(app);
  const first = await settled(app);
  expect(Object.keys(first).length).toBeGreaterThan(3);
  await openGraph(app);
  const again = await settled(app);
  expect(Object.keys(again).sort()).toEqual(Object.keys(first).sort());
  // Saved positions are rounded to whole pixels.
  expect(farthest(first, again)).toBeLessThan(1);
  // And the view is framed on them: every node on screen, not the default viewport's corner.
  const offScreen = await graph<string[]>(app, `const w = cy.width(), h = cy.height(); return cy.nodes().filter((n) => { const p = n.renderedPosition(); return p.x < 0 || p.y < 0 || p.x > w || p.y > h; }).map((n) => n.id());`);
  expect(offScreen).toEqual([]);
});

test('a new note joins next to what it links to, and nothing else moves', async ({ app, vaultDir }) => {
  await openGraph(app);
  const before = await settled(app);
  const count = Number(await app.getByTestId('graph-canvas').getAttribute('data-node-count'));
  await fs.writeFile(path.join(vaultDir, 'Recién llegada.md'), 'Una nota nueva sobre [[EC2]].\n');
  const fresh = 'note:Recién llegada.md';
  await expect.poll(async () => graph<number>(app, `return cy.getElementById(arg).length;`, fresh), { timeout: 20_000 }).toBe(1);
  expect(Number(await app.getByTestId('graph-canvas').getAttribute('data-node-count'))).toBeGreaterThan(count);
  const after = await settled(app);
  expect(farthest(before, after)).toBeLessThan(1);
  const ec2 = after[EC2]!;
  const added = after[fresh]!;
  // Within reach of its neighbour: much closer than the graph is wide.
  const xs = Object.values(before).map((p) => p.x);
  const width = Math.max(...xs) - Math.min(...xs);
  expect(Math.hypot(added.x - ec2.x, added.y - ec2.y)).toBeLessThan(Math.max(80, width / 4));
});
