import { promises as fs } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

test('typing a query shows highlighted results, dims the graph, and opens a hit with the keyboard', async ({ app }) => {
  const canvas = app.getByTestId('graph-canvas');
  await expect.poll(async () => Number(await canvas.getAttribute('data-node-count'))).toBeGreaterThan(20);
  const input = app.getByTestId('search-input');
  await input.pressSequentially('balanceador', { delay: 20 });
  // Typing answers each pause; the hits below must be the whole word's, not a prefix's answer arriving late.
  await expect(app.getByTestId('search-results')).toHaveAttribute('data-query', 'balanceador');
  const hits = app.getByTestId('search-hit');
  await expect(hits.first()).toBeVisible();
  await expect(hits.first().locator('mark').first()).toHaveText(/balanceador/i);
  // Each result says how many times the note matched.
  await expect(hits.first().locator('.matches')).toHaveText(/^[1-9]\d*$/);
  const count = await hits.count();
  expect(count).toBeGreaterThan(1);
  // The graph shows the same matches: some nodes highlighted, not all.
  await expect.poll(async () => Number(await canvas.getAttribute('data-highlighted-count'))).toBe(count);
  const second = await hits.nth(1).getAttribute('data-note-id');
  await input.press('ArrowDown');
  await input.press('Enter');
  await expect(app.getByTestId('note-title')).toBeVisible();
  const title = await app.getByTestId('note-title').textContent();
  expect(second).toContain(title?.trim());
  await input.press('Escape');
});

test('search works without accents and with Obsidian operators', async ({ app, vaultDir }) => {
  const input = app.getByTestId('search-input');
  await input.fill('configuracion');
  await expect(app.getByTestId('search-hit').first()).toBeVisible();
  const files = (await fs.readdir(vaultDir, { recursive: true })).map(String).filter((f) => f.endsWith('.md'));
  const tagged = [];
  for (const f of files) if ((await fs.readFile(path.join(vaultDir, f), 'utf8')).includes('aws/networking')) tagged.push(f);
  expect(tagged.length).toBeGreaterThan(1);
  await input.fill('tag:#aws/networking');
  // The previous query's hits stay on screen until the new answer arrives: wait for the answer, not for any hit.
  const ids = async (): Promise<string[]> => (await app.getByTestId('search-hit').evaluateAll((els) => els.map((e) => e.getAttribute('data-note-id') ?? ''))).sort();
  await expect.poll(ids).toEqual(tagged.sort());
  await input.fill('"unclosed phrase');
  await expect(app.getByTestId('search-error')).toContainText(/quote|comilla|"/i);
  await input.press('Escape');
  await input.press('Escape');
  await expect(app.getByTestId('search-results')).toHaveCount(0);
});

test('Escape folds the results away and keeps the query in view while it lights the graph; Escape again clears both', async ({ app }) => {
  const canvas = app.getByTestId('graph-canvas');
  await expect.poll(async () => Number(await canvas.getAttribute('data-node-count'))).toBeGreaterThan(20);
  const input = app.getByTestId('search-input');
  await input.fill('balanceador');
  await expect(app.getByTestId('search-hit').first()).toBeVisible();
  await expect.poll(async () => Number(await canvas.getAttribute('data-highlighted-count'))).toBeGreaterThan(0);
  await input.press('Escape');
  await expect(app.getByTestId('search-results')).toHaveCount(0);
  // The graph is still lit by the query, and the box still says which.
  await expect(input).toHaveValue('balanceador');
  expect(Number(await canvas.getAttribute('data-highlighted-count'))).toBeGreaterThan(0);
  await input.press('Escape');
  await expect(input).toHaveValue('');
  await expect.poll(async () => Number(await canvas.getAttribute('data-highlighted-count'))).toBe(0);
});

test('the search hint’s tag example is the vault’s own most used tag, not the sample vault’s', async ({ app, vaultDir }) => {
  const input = app.getByTestId('search-input');
  await expect(input).toHaveAttribute('placeholder', /tag:#\S+/);
  const before = (await input.getAttribute('placeholder'))!.match(/tag:#(\S+)/)![1]!;
  // More notes tagged #botanica than the vault's most used tag has: the hint follows.
  const files = (await fs.readdir(vaultDir, { recursive: true })).map(String).filter((f) => f.endsWith('.md'));
  await fs.mkdir(path.join(vaultDir, 'plantas'));
  for (let i = 0; i <= files.length; i++) await fs.writeFile(path.join(vaultDir, 'plantas', `Planta ${i}.md`), `# Planta ${i}\n\nUna hoja. #botanica/hojas\n`);
  await expect(input).toHaveAttribute('placeholder', /tag:#botanica /, { timeout: 20_000 });
  expect(before).not.toBe('botanica');
});
