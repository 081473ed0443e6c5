import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { graph, openGraph, stablePoint } from './graph-page';

/** The study note's ring notes link one another (concept notes, the index): over a hundred note-to-note lines. */
const STUDY = 'note:ec2-study-notes.md';

interface Cross {
  /** Links between two ring nodes (neither end the centre), and those drawn plainly. */
  total: number;
  plain: number;
  /** Pairs of ring nodes joined by a plain link (a link and its reverse are one line). */
  plainPairs: number;
  notes: number;
  /** The ring node with most such links, and how many of its are plain. */
  busiest: string;
  busiestTotal: number;
  busiestPlain: number;
}

function crossLinks(app: Page): Promise<Cross> {
  return graph(
    app,
    `const centre = arg;
     const cross = cy.edges('[kind = "link"], [kind = "embed"]').filter((e) => e.source().id() !== centre && e.target().id() !== centre && e.source().id() !== e.target().id());
     const plain = (c) => c.filter((e) => e.effectiveOpacity() >= 0.2);
     const pairs = new Set(plain(cross).map((e) => [e.source().id(), e.target().id()].sort().join(' ')));
     const busiest = cy.nodes().filter((n) => n.id() !== centre).max((n) => n.connectedEdges().intersection(cross).length).ele;
     const mine = busiest.connectedEdges().intersection(cross);
     return { total: cross.length, plain: plain(cross).length, plainPairs: pairs.size, notes: cy.nodes('[kind = "note"]').length, busiest: busiest.id(), busiestTotal: mine.length, busiestPlain: plain(mine).length };`,
    STUDY,
  );
}

/** The pointer onto an empty corner of the canvas, through it as a hand moves: the hovered node lets go. */
async function moveAway(app: Page): Promise<void> {
  const box = (await app.getByTestId('graph-canvas').boundingBox())!;
  await app.mouse.move(box.x + box.width - 8, box.y + box.height - 8, { steps: 8 });
}

test.describe('in Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('round a note whose neighbours link one another, the local graph keeps a line a note among them in sight, says the rest are faded, and shows them on hover or on demand', async ({ app }) => {
    test.setTimeout(120_000);
    await openGraph(app);
    await expect(app.getByTestId('status-bar')).toHaveAttribute('data-indexing', 'false', { timeout: 60_000 });
    if (await app.getByTestId('sidebar-left').isHidden()) await app.getByTestId('toggle-left').click();
    await app.locator('[data-testid=file-item][data-note-id="ec2-study-notes.md"]').click();
    await app.getByTestId('graph-mode-local').click();
    const canvas = app.getByTestId('graph-canvas');
    await expect(canvas).toHaveAttribute('data-mode', 'local');
    await expect(canvas).toHaveAttribute('data-layout-state', 'done');
    await expect.poll(async () => (await crossLinks(app)).total).toBeGreaterThan(60);
    await moveAway(app);

    // Each note among the rings keeps its strongest link to another in sight: at most a line a note.
    const before = await crossLinks(app);
    expect(before.plain).toBeGreaterThan(0);
    expect(before.plainPairs).toBeLessThanOrEqual(before.notes);
    expect(before.busiestPlain).toBeLessThan(before.busiestTotal);

    // The view says so, in the person's language, with the count of faded lines.
    const note = app.getByTestId('graph-faded');
    await expect(note).toBeVisible();
    await expect(note).toContainText('pasa el ratón sobre un nodo');
    expect(Number(await note.getAttribute('data-count'))).toBeGreaterThanOrEqual(before.total - before.plain);

    // Hovering the busiest note shows every one of its links.
    const p = await stablePoint(app, before.busiest);
    await app.mouse.move(p.x + 1, p.y + 1);
    await app.mouse.move(p.x, p.y);
    await expect.poll(async () => (await crossLinks(app)).busiestPlain).toBe(before.busiestTotal);
    // A hand that leaves the canvas in one jump, onto the status bar, lets go of the note too.
    const out = (await app.getByTestId('status-bar').boundingBox())!;
    await app.mouse.move(out.x + 20, out.y + out.height / 2);
    await expect.poll(async () => (await crossLinks(app)).busiestPlain).toBe(before.busiestPlain);
    await moveAway(app);

    // "Show all" draws every line plainly and the note goes; the filters' switch fades them again.
    await app.getByTestId('graph-faded-show').click();
    await expect(note).toBeHidden();
    await moveAway(app);
    await expect.poll(async () => (await crossLinks(app)).plain).toBe(before.total);
    await app.getByTestId('graph-filters-toggle').click();
    await expect(app.getByTestId('graph-filter-fade')).not.toBeChecked();
    await app.getByTestId('graph-filter-fade').check();
    await expect(note).toBeVisible();
    await moveAway(app);
    await expect.poll(async () => (await crossLinks(app)).plain).toBe(before.plain);
  });
});
