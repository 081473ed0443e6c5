import { promises as fs } from 'node:fs';
import path from 'node:path';
import { expect, pressUntilOpen, test } from './fixtures';

test('Ctrl+O finds a note by a fuzzy alias and opens it', async ({ app }) => {
  await pressUntilOpen(app, 'Control+o', app.getByTestId('switcher-input'));
  const input = app.getByTestId('switcher-input');
  await expect(input).toBeFocused();
  await input.fill('amazn machne');
  await expect(app.getByTestId('switcher-item').first()).toContainText('AMI');
  await input.press('Enter');
  await expect(app.getByTestId('note-title')).toHaveText('AMI');
});

test('Ctrl+O creates a note that does not exist', async ({ app, vaultDir }) => {
  await pressUntilOpen(app, 'Control+o', app.getByTestId('switcher-input'));
  const input = app.getByTestId('switcher-input');
  await input.fill('Zzq Nota inventada');
  await expect(app.getByTestId('switcher-create')).toBeVisible();
  await input.press('Enter');
  await expect(app.getByTestId('note-title')).toHaveText('Zzq Nota inventada');
  expect(await fs.readFile(path.join(vaultDir, 'Zzq Nota inventada.md'), 'utf8')).toContain('# Zzq Nota inventada');
});

test('Ctrl+P runs a command from the palette', async ({ app }) => {
  const before = await app.evaluate(() => document.documentElement.dataset.theme);
  await pressUntilOpen(app, 'Control+p', app.getByTestId('palette-input'));
  await app.getByTestId('palette-input').fill('theme');
  await app.getByTestId('palette-input').press('Enter');
  await expect.poll(() => app.evaluate(() => document.documentElement.dataset.theme)).not.toBe(before);
});
