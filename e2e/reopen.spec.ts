import { promises as fs } from 'node:fs';
import path from 'node:path';
import { cacheDirOf, expect, startServer, stopServer, test } from './fixtures';

test('a vault reopened opens on its last index, then shows what changed on disk while it was closed', async ({ page, vaultDir }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'Stops and restarts the browser-mode server; the Electron shell opens its vault through the same service.');
  // Two server starts and two index builds, one after the other.
  test.setTimeout(120_000);
  const canvas = page.getByTestId('graph-canvas');
  const nodes = async (): Promise<number> => Number(await canvas.getAttribute('data-node-count'));

  const first = await startServer(vaultDir, cacheDirOf(vaultDir));
  try {
    await page.goto(first.url);
    await expect.poll(nodes).toBeGreaterThan(20);
  } finally {
    await stopServer(first);
  }
  const before = await nodes();
  expect((await fs.readdir(cacheDirOf(vaultDir))).filter((name) => name.endsWith('.cache'))).toHaveLength(1);

  // While the app is closed: a note arrives and one goes.
  await fs.writeFile(path.join(vaultDir, 'Recién llegada.md'), '# Recién llegada\n\nUna nota nueva sobre [[EC2]].\n');
  const gone = 'Índice.md';
  await fs.rm(path.join(vaultDir, gone));

  const second = await startServer(vaultDir, cacheDirOf(vaultDir));
  try {
    // Whether it is still catching up with the disk when it says so depends on the machine's speed.
    await expect.poll(() => second.output()).toMatch(/Opened \d+ notes from the last index/);
    await page.goto(second.url);
    await expect(page.getByTestId('file-item').filter({ hasText: 'Recién llegada' })).toBeVisible();
    await expect(page.locator(`[data-testid=file-item][data-note-id="${gone}"]`)).toHaveCount(0);
    await page.goto(new URL('/?debug=graph', page.url()).href);
    await expect.poll(nodes).toBeGreaterThan(before / 2);
    const has = (id: string): Promise<boolean> =>
      page.evaluate((node) => (window as unknown as { __cairnGraph: { cy: { getElementById(id: string): { length: number } } } }).__cairnGraph.cy.getElementById(node).length === 1, id);
    await expect.poll(() => has('note:Recién llegada.md')).toBe(true);
    await expect.poll(() => has(`note:${gone}`)).toBe(false);
  } finally {
    await stopServer(second);
  }
});
