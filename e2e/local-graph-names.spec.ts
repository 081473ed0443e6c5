import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { drawnLabels, graph, openGraph } from './graph-page';

// A student's ecology notes exported from Google Docs (a held-out note of the concept bench).
const dir = path.resolve(import.meta.dirname, '../bench/concepts/heldout/es-ecologia-gdocs');
const ecology = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));

async function moveAway(app: Page): Promise<void> {
  const box = (await app.getByTestId('graph-canvas').boundingBox())!;
  await app.mouse.move(box.x + box.width - 8, box.y + box.height - 8, { steps: 8 });
}

/** Opens the local graph round a concept, reached from the note that holds it. */
async function localRound(app: Page, concept: string): Promise<void> {
  if (await app.getByTestId('sidebar-left').isHidden()) await app.getByTestId('toggle-left').click();
  await app.getByTestId('file-item').first().click();
  await app.getByTestId('graph-mode-local').click();
  await app.keyboard.press('Control+o');
  await app.keyboard.type(concept);
  await app.getByTestId('switcher-concept').filter({ hasText: new RegExp(`^\\W*${concept}$`) }).first().click();
  await expect(app.getByTestId('concept-title')).toHaveText(concept);
  const canvas = app.getByTestId('graph-canvas');
  await expect(canvas).toHaveAttribute('data-mode', 'local');
  await expect(canvas).toHaveAttribute('data-layout-state', 'done');
  await moveAway(app);
}

test.describe('the ecology notes', () => {
  test.use({ vaultFiles: ecology, locale: 'es-ES' });

  // Round Ecosistema fifteen nodes sit on one ring; low on it the names of neighbours side by side took one
  // another's room, and one of them (Ley de la tolerancia) went unnamed.
  test('every node on the ring round a concept is named, and no two names overlap', async ({ app }) => {
    test.setTimeout(90_000);
    await openGraph(app, 5);
    await localRound(app, 'Ecosistema');
    const unnamed = (): Promise<string[]> => graph<string[]>(app, `return cy.nodes(':visible').filter((n) => !n.hasClass('labelled')).map((n) => n.data('label'));`);
    await expect.poll(unnamed).toEqual([]);
    expect(await graph<number>(app, 'return cy.nodes().length;')).toBeGreaterThan(12);
    expect((await drawnLabels(app)).overlaps).toEqual([]);
  });
});

test.describe('the sample vault', () => {
  test.use({ vaultFiles: null, locale: 'es-ES' });

  // Two relations tie Almacenamiento and the EBS note (one each way): drawn on one line, they showed one name.
  test('two relations between the same two nodes are both named round the concept', async ({ app }) => {
    test.setTimeout(90_000);
    await openGraph(app, 20);
    await expect(app.getByTestId('status-bar')).toHaveAttribute('data-indexing', 'false', { timeout: 60_000 });
    await localRound(app, 'Almacenamiento');
    const pair = (): Promise<{ all: number; named: string[] }> =>
      graph(
        app,
        `const rel = cy.getElementById('concept:almacenamiento').edgesWith(cy.getElementById('note:aws/almacenamiento/EBS.md')).filter('[kind = "relation"]');
         return { all: rel.length, named: rel.filter('.labelled').map((e) => e.style('label')).sort() };`,
      );
    await expect.poll(async () => (await pair()).named.length).toBe(2);
    expect((await pair()).all).toBe(2);
    expect((await drawnLabels(app)).overlaps).toEqual([]);
  });
});
