import { promises as fs } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

/*
 * A note of 12.5 MB (50-deep quotes) once crashed the tab. The reading view shows its start as plain text and
 * says why; the editor opens all of it as plain text (a Markdown parse of it took the tab ~100 s), takes
 * keystrokes, and a save writes back every byte plus the edit.
 */
const quoteLine = `${'> '.repeat(50)}quote text here\n`;
const HUGE = `# Deep quotes\n\n${quoteLine.repeat(Math.ceil(12_500_000 / quoteLine.length))}`;

test.use({ vaultFiles: { 'Huge.md': HUGE, 'Small.md': '# Small\n\nA note.\n' } });

test('a 12.5 MB note opens as plain text with the reason, and can still be edited and saved whole', async ({ app, vaultDir }) => {
  test.setTimeout(180_000);
  await app.locator('[data-testid=file-item][data-note-id="Huge.md"]').click();
  await expect(app.getByTestId('note-title')).toHaveText('Huge', { timeout: 30_000 });
  await expect(app.getByTestId('render-too-large')).toContainText('million characters', { timeout: 30_000 });
  await expect(app.locator('pre.raw')).toContainText('quote text here');

  await app.getByTestId('note-edit').click();
  await expect(app.getByTestId('editor-large')).toContainText('plain text', { timeout: 30_000 });
  await expect(app.getByTestId('note-editor')).toHaveAttribute('data-mode', 'plain');
  await app.locator('.cm-content').click();
  await app.keyboard.press('Control+End');
  await app.keyboard.type('\nThe last word.');
  await app.keyboard.press('Control+s');
  await expect(app.getByTestId('save-status')).toHaveAttribute('data-status', 'saved', { timeout: 60_000 });
  await expect.poll(async () => (await fs.stat(path.join(vaultDir, 'Huge.md'))).size, { timeout: 30_000 }).toBe(Buffer.byteLength(HUGE) + '\nThe last word.'.length);
  const saved = await fs.readFile(path.join(vaultDir, 'Huge.md'), 'utf8');
  expect(saved.startsWith(HUGE)).toBe(true);
  expect(saved.endsWith('quote text here\n\nThe last word.')).toBe(true);
});
