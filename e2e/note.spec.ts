import { promises as fs } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

test('editing a note and saving writes it to disk, and the reading view follows', async ({ app, vaultDir }) => {
  await app.locator('[data-testid=file-item][data-note-id="aws/almacenamiento/S3.md"]').click();
  await app.getByTestId('note-edit').click();
  await app.locator('.cm-content').click();
  await app.keyboard.press('Control+End');
  await app.keyboard.type('\nVer también [[CloudWatch]] para métricas.\n');
  await app.keyboard.press('Control+s');
  await expect(app.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await app.getByTestId('mode-reading').click();
  await expect(app.getByTestId('note-body')).toContainText('Ver también');
  const file = await fs.readFile(path.join(vaultDir, 'aws/almacenamiento/S3.md'), 'utf8');
  expect(file).toContain('Ver también [[CloudWatch]] para métricas.');
});

test('a save that would overwrite a change made on disk is refused and the text is kept for comparison', async ({ app, vaultDir }) => {
  await app.locator('[data-testid=file-item][data-note-id="aws/almacenamiento/EFS.md"]').click();
  await app.getByTestId('note-edit').click();
  await app.locator('.cm-content').click();
  await app.keyboard.press('Control+a');
  await app.keyboard.type('mi versión');
  const file = path.join(vaultDir, 'aws/almacenamiento/EFS.md');
  await fs.appendFile(file, '\nCambio hecho en otro editor.\n');
  await app.keyboard.press('Control+s');
  await expect(app.getByTestId('conflict-view')).toContainText(/changed on disk/);
  await expect(app.getByTestId('conflict-merge').locator('.cm-merge-a')).toContainText('mi versión');
  expect(await fs.readFile(file, 'utf8')).toContain('Cambio hecho en otro editor.');
});

test('a wikilink in a note opens its target', async ({ app }) => {
  await app.locator('[data-testid=file-item][data-note-id="aws/cómputo/EC2.md"]').click();
  await app.getByTestId('note-body').locator('a.wikilink[data-note-id="aws/cómputo/AMI.md"]').first().click();
  await expect(app.getByTestId('note-title')).toHaveText('AMI');
});

test('a file changed on disk shows up without reloading', async ({ app, vaultDir }) => {
  await fs.writeFile(path.join(vaultDir, 'Nueva nota.md'), '# Nueva nota\n\nHabla de [[EC2]].\n');
  await expect(app.getByTestId('file-item').filter({ hasText: 'Nueva nota' })).toBeVisible();
});
