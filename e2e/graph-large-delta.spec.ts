import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { generateVault } from '../bench/vault/generate';
import { expect, test as base } from './fixtures';

/**
 * A change to a vault whose graph is past the edge layer's threshold (2,400 generated notes, as in
 * graph-large.spec.ts) reaches the view as a patch: the new note's node and edge appear, and nothing else is
 * taken out of Cytoscape and put back. Redrawing all of it (the AWS guide's 7.6k nodes) blocked the page for
 * seconds after every save.
 */
const NOTES = 2400;

const test = base.extend({
  vaultDir: async ({ vaultDir }, use) => {
    await generateVault(vaultDir, NOTES);
    await use(vaultDir);
  },
});

test.use({ vaultFiles: {} });

function graph<T>(app: Page, body: string): Promise<T> {
  return app.evaluate(`(() => { const cy = window.__cairnGraph.cy; ${body} })()`) as Promise<T>;
}

test('a note written beside a large graph joins it without the graph being drawn again', async ({ app, vaultDir }) => {
  test.setTimeout(400_000);
  await app.goto(new URL('/?debug=graph', app.url()).href);
  const canvas = app.getByTestId('graph-canvas');
  await expect.poll(async () => Number(await canvas.getAttribute('data-node-count')), { timeout: 90_000 }).toBeGreaterThanOrEqual(2500);
  // The window opens on the notes and links, then draws the whole graph once the index is built, and lays
  // out the concepts it brings: after all that, when the graph has held still for a few seconds.
  await expect(app.getByTestId('index-progress')).toBeHidden({ timeout: 150_000 });
  // Concept nodes come with the whole graph (the first picture has notes and links only).
  const concepts = (): Promise<number> => graph<number>(app, `return cy.nodes().filter((n) => n.data('kind') === 'concept').length;`);
  const state = async (): Promise<string> => `${await canvas.getAttribute('data-layout-state')} ${await canvas.getAttribute('data-node-count')} ${(await concepts()) > 0}`;
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await state();
        const still = now === last && now.startsWith('done') && now.endsWith('true');
        last = now;
        return still;
      },
      { timeout: 200_000, intervals: [4000] },
    )
    .toBe(true);
  await expect(app.getByTestId('graph-edge-layer')).toHaveCount(1);
  const edges = Number(await canvas.getAttribute('data-edge-count'));
  // One read: the node, where it is, and a count of what Cytoscape lets go of from now on.
  const { target, before } = await graph<{ target: string; before: { x: number; y: number } }>(
    app,
    `const n = cy.nodes().filter((x) => x.data('kind') === 'note')[0]; window.__removed = 0; cy.on('remove', () => { window.__removed++; }); const p = n.position(); return { target: n.id(), before: { x: p.x, y: p.y } };`,
  );

  const name = target.slice('note:'.length).replace(/\.md$/, '');
  await fs.writeFile(path.join(vaultDir, 'Nota nueva del test.md'), `# Nota nueva del test\n\nEnlaza con [[${name}]].\n`);

  await expect.poll(() => graph<number>(app, `return cy.getElementById('note:Nota nueva del test.md').length;`), { timeout: 30_000 }).toBe(1);
  // Its link is drawn by the layer with the rest (a new edge counted), and nothing was taken out of Cytoscape.
  await expect.poll(async () => Number(await canvas.getAttribute('data-edge-count')), { timeout: 10_000 }).toBeGreaterThan(edges);
  expect(await graph<number>(app, `return window.__removed;`)).toBe(0);
  const after = await graph<{ x: number; y: number }>(app, `const p = cy.getElementById(${JSON.stringify(target)}).position(); return { x: p.x, y: p.y };`);
  expect(after).toEqual(before);
});
