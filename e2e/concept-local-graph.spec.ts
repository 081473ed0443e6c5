import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { drawnLabels, graph, openGraph, stablePoint } from './graph-page';
import { rocksNotes } from './rocks-notes';

test.use({ vaultFiles: rocksNotes, locale: 'es-ES' });

const CENTRE = 'concept:basalto';

interface Lines {
  /** Edges drawn plainly (not faded to a trace), as "source target kind". */
  plain: string[];
  /** Plain edges that do not touch the centre. */
  offStar: string[];
  /** Edges in view, all kinds. */
  total: number;
  /** Relation names written on edges. */
  names: string[];
}

function lines(app: Page): Promise<Lines> {
  return graph<Lines>(
    app,
    `const plain = cy.edges().filter((e) => e.effectiveOpacity() >= 0.2);
     const say = (e) => e.source().id() + ' ' + e.target().id() + ' ' + e.data('kind');
     return {
       plain: plain.map(say),
       offStar: plain.filter((e) => e.source().id() !== arg && e.target().id() !== arg).map(say),
       total: cy.edges().length,
       names: cy.edges('.labelled').map((e) => e.style('label')),
     };`,
    CENTRE,
  );
}

async function moveAway(app: Page): Promise<void> {
  const box = (await app.getByTestId('graph-canvas').boundingBox())!;
  await app.mouse.move(box.x + box.width - 8, box.y + box.height - 8, { steps: 8 });
}

// A concept's local graph drew, besides the concept's own ties, every line among the nodes round it: each note's
// mentions of the other rocks, the rocks' shared sections and their relations to other concepts. The concept's
// few ties were lost in them, and its relation names showed only once zoomed in.
test("a concept's local graph draws the concept's own ties, names its relations at any zoom, and fades the lines among its neighbours till one is hovered", async ({ app }) => {
  test.setTimeout(90_000);
  await openGraph(app, 5);
  if (await app.getByTestId('sidebar-left').isHidden()) await app.getByTestId('toggle-left').click();
  await app.locator('[data-testid=file-item][data-note-id="Volcanes.md"]').click();
  await app.getByTestId('graph-mode-local').click();
  await app.keyboard.press('Control+o');
  await app.keyboard.type('Basalto');
  await app.getByTestId('switcher-concept').filter({ hasText: 'Basalto' }).first().click();
  await expect(app.getByTestId('concept-title')).toHaveText('Basalto');
  const canvas = app.getByTestId('graph-canvas');
  await expect(canvas).toHaveAttribute('data-mode', 'local');
  await expect(canvas).toHaveAttribute('data-layout-state', 'done');
  await expect.poll(async () => graph<boolean>(app, `return cy.getElementById(arg).selected();`, CENTRE)).toBe(true);
  await moveAway(app);

  // Both notes that mention it and what it is a kind of are drawn; nothing else is.
  await expect.poll(async () => (await lines(app)).offStar).toEqual([]);
  const shown = await lines(app);
  expect(shown.total).toBeGreaterThan(shown.plain.length + 3);
  for (const note of ['note:Rocas.md', 'note:Volcanes.md']) expect(shown.plain).toContain(`${note} ${CENTRE} mention`);
  expect(shown.plain.some((l) => l.startsWith(`${CENTRE} `) && l.endsWith(' relation'))).toBe(true);

  // Its relation is named on its edge, in Spanish, even zoomed out; no two names overlap.
  for (let i = 0; i < 8 && (await graph<number>(app, 'return cy.zoom();')) >= 1.2; i++) {
    await app.getByTitle('Alejar').click();
    await app.waitForTimeout(500);
  }
  expect(await graph<number>(app, 'return cy.zoom();')).toBeLessThan(1.2);
  await expect.poll(async () => (await lines(app)).names).toContain('es un tipo de');
  expect((await drawnLabels(app)).overlaps).toEqual([]);

  // The view says how many lines are faded; hovering the other note brings its lines back.
  await expect(app.getByTestId('graph-faded')).toContainText('líneas atenuadas');
  const p = await stablePoint(app, 'note:Rocas.md');
  await app.mouse.move(p.x + 1, p.y + 1);
  await app.mouse.move(p.x, p.y);
  await expect.poll(async () => (await lines(app)).offStar.filter((l) => l.startsWith('note:Rocas.md ')).length).toBeGreaterThan(1);
});

test.describe('the sample vault', () => {
  test.use({ vaultFiles: null });

  // Round a concept with many relations, the names on its edges took the room of the names of the nodes round
  // it (two of the study note's load balancers went unnamed), and a long relation name was cut ("es una
  // característic…"). A relation's name now slides along its edge to where there is room.
  test("round a concept with many relations, each of its relation lines and the node at its other end are named, in full and apart", async ({ app }) => {
    test.setTimeout(90_000);
    await openGraph(app, 20);
    await expect(app.getByTestId('status-bar')).toHaveAttribute('data-indexing', 'false', { timeout: 60_000 });
    const hub = await graph<{ id: string; label: string; note: string }>(
      app,
      `const c = cy.nodes('[kind = "concept"]').filter((n) => n.degree() <= 20).max((n) => n.connectedEdges('[kind = "relation"]').length).ele;
       const note = c.connectedEdges('[kind = "mention"]').sources().filter((n) => n.data('noteId')).first();
       return { id: c.id(), label: c.data('label'), note: note.data('noteId') };`,
    );
    if (await app.getByTestId('sidebar-left').isHidden()) await app.getByTestId('toggle-left').click();
    await app.locator(`[data-testid=file-item][data-note-id="${hub.note}"]`).click();
    await app.getByTestId('graph-mode-local').click();
    await app.keyboard.press('Control+o');
    await app.keyboard.type(hub.label);
    await app.getByTestId('switcher-concept').filter({ hasText: new RegExp(`^\\W*${hub.label}$`) }).first().click();
    const canvas = app.getByTestId('graph-canvas');
    await expect(canvas).toHaveAttribute('data-layout-state', 'done');
    await expect.poll(async () => graph<boolean>(app, `return cy.getElementById(arg).selected();`, hub.id)).toBe(true);
    await moveAway(app);

    const named = (): Promise<{ relations: number; unnamed: string[]; cut: string[] }> =>
      graph(
        app,
        `const c = cy.getElementById(arg);
         const rel = c.connectedEdges('[kind = "relation"]');
         // Two relations between the same two nodes are drawn as one line: one name on it is enough.
         const line = (e) => [e.source().id(), e.target().id()].sort().join(' ');
         const named = new Set(rel.filter((e) => e.hasClass('labelled')).map(line));
         const unnamed = rel.connectedNodes().filter((n) => !n.hasClass('labelled')).map((n) => n.data('label'))
           .concat(rel.filter((e) => !named.has(line(e))).map((e) => e.source().data('label') + ' → ' + e.target().data('label')));
         const cut = rel.filter((e) => e.hasClass('labelled') && e.style('text-wrap') === 'ellipsis' && parseFloat(e.style('text-max-width')) * cy.zoom() < 190).map((e) => e.style('label'));
         return { relations: rel.length, unnamed, cut };`,
        hub.id,
      );
    await expect.poll(async () => (await named()).unnamed).toEqual([]);
    const { relations, cut } = await named();
    expect(relations).toBeGreaterThan(4);
    expect(cut).toEqual([]);
    expect((await drawnLabels(app)).overlaps).toEqual([]);
  });
});

// In the global graph a selected concept's relations were named only once zoomed in past 1.2: at the vault's
// overview a student who picked a concept could not read what it is a kind or part of.
test("in the global graph, a selected concept's relations are named at any zoom", async ({ app }) => {
  await openGraph(app, 5);
  await app.keyboard.press('Control+o');
  await app.keyboard.type('Basalto');
  await app.getByTestId('switcher-concept').filter({ hasText: 'Basalto' }).first().click();
  await expect(app.getByTestId('concept-title')).toHaveText('Basalto');
  await expect(app.getByTestId('graph-canvas')).toHaveAttribute('data-mode', 'global');
  await expect.poll(async () => graph<boolean>(app, `return cy.getElementById(arg).selected();`, CENTRE)).toBe(true);
  for (let i = 0; i < 8 && (await graph<number>(app, 'return cy.zoom();')) >= 1.2; i++) {
    await app.getByTitle('Alejar').click();
    await app.waitForTimeout(500);
  }
  expect(await graph<number>(app, 'return cy.zoom();')).toBeLessThan(1.2);
  await moveAway(app);
  const own = (): Promise<string[]> => graph<string[]>(app, `return cy.getElementById(arg).connectedEdges('[kind = "relation"].labelled').map((e) => e.style('label'));`, CENTRE);
  await expect.poll(own).toEqual(['es un tipo de']);
  expect((await drawnLabels(app)).overlaps).toEqual([]);
});

// Where the layout left the selected concept's one relation on a short edge, the names of its two ends took its
// middle and the relation went unnamed (1 run in 16 of the test above), or its name was drawn over the name
// under the node beside it. The other end is put at places round the concept, near enough for that.
test("a selected concept's relation on a short edge is still named, clear of the names at its ends", async ({ app }) => {
  test.setTimeout(90_000);
  await openGraph(app, 5);
  await app.keyboard.press('Control+o');
  await app.keyboard.type('Basalto');
  await app.getByTestId('switcher-concept').filter({ hasText: 'Basalto' }).first().click();
  await expect.poll(async () => graph<boolean>(app, `return cy.getElementById(arg).selected();`, CENTRE)).toBe(true);
  await moveAway(app);
  const named = (): Promise<string[]> => graph<string[]>(app, `return cy.getElementById(arg).connectedEdges('[kind = "relation"].labelled').map((e) => e.style('label'));`, CENTRE);
  await expect.poll(named).toEqual(['es un tipo de']);
  const missed: string[] = [];
  for (const px of [60, 80]) {
    for (let k = 0; k < 8; k++) {
      const angle = (k * Math.PI) / 4 + Math.PI / 6;
      // Moved in the model, then the view nudged: labels are chosen again as it moves.
      await graph(
        app,
        `const c = cy.getElementById(arg.id);
         const other = c.connectedEdges('[kind = "relation"]').connectedNodes().filter((n) => n.id() !== arg.id);
         const z = cy.zoom();
         other.position({ x: c.position().x + Math.cos(arg.angle) * arg.px / z, y: c.position().y + Math.sin(arg.angle) * arg.px / z });
         cy.panBy({ x: 1, y: 0 });
         return null;`,
        { id: CENTRE, angle, px },
      );
      await app.waitForTimeout(300);
      const where = `${px} px at ${Math.round((angle * 180) / Math.PI)}°`;
      if ((await named()).length !== 1) missed.push(`${where}: unnamed`);
      const { overlaps } = await drawnLabels(app);
      if (overlaps.length) missed.push(`${where}: ${overlaps.join(', ')}`);
    }
  }
  expect(missed).toEqual([]);
});
