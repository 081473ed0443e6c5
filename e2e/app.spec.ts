import { promises as fs } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

test('the app opens on the vault and shows a graph of its notes', async ({ app, vaultDir }) => {
  const noteFiles = (await fs.readdir(vaultDir, { recursive: true })).filter((f) => String(f).endsWith('.md'));
  await expect(app.getByTestId('file-item')).toHaveCount(noteFiles.length);
  const canvas = app.getByTestId('graph-canvas');
  await expect(canvas).toBeVisible();
  await expect.poll(async () => Number(await canvas.getAttribute('data-node-count'))).toBeGreaterThanOrEqual(noteFiles.length);
  await expect(app.getByTestId('status-bar')).toContainText(String(noteFiles.length));
});

test('clicking a note in the file list opens it', async ({ app }) => {
  await app.getByTestId('file-item').filter({ hasText: 'AMI' }).first().click();
  await expect(app.getByTestId('note-title')).toHaveText('AMI');
  await expect(app.getByTestId('note-body')).toContainText('Amazon Machine Image');
});

test('search finds a note without accents and opens it', async ({ app }) => {
  await app.getByTestId('search-input').fill('paginacion');
  const hit = app.getByTestId('search-hit').first();
  await expect(hit).toBeVisible();
  await expect(hit).toContainText(/Paginación/);
  await hit.click();
  await expect(app.getByTestId('note-title')).toContainText('Paginación');
});

test.describe('a vault with a broken note', () => {
  test.use({
    vaultFiles: {
      'Bien.md': '# Bien\n\n[[Mal]]',
      'Mal.md': '---\ntitle: [unclosed\n---\n# Mal\n',
    },
  });

  test('indexes the malformed note with a visible problem instead of dropping it', async ({ app, vaultDir }) => {
    await app.getByTestId('file-item').filter({ hasText: 'Mal' }).click();
    await expect(app.getByTestId('note-pane')).toContainText(/YAML|front matter/i);
    expect(await fs.readFile(path.join(vaultDir, 'Mal.md'), 'utf8')).toContain('title: [unclosed');
  });
});
