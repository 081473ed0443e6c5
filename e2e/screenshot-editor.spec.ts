import { promises as fs } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

// The README's pictures of writing: the editor in live preview with `[[` completion open, the same note
// in source mode, and the comparison a conflict opens. `npm run build && CAIRN_SCREENSHOTS=docs npx playwright test
// e2e/screenshot-editor.spec.ts --project browser` writes them into docs/. Also two notes side by side.
const into = (testInfo: { outputPath(name: string): string }, name: string): string =>
  process.env.CAIRN_SCREENSHOTS === 'docs' ? path.resolve(import.meta.dirname, '../docs', name) : testInfo.outputPath(name);

test('README screenshots of the editor: live preview with completion, source, and a conflict', async ({ app, vaultDir }, testInfo) => {
  test.skip(testInfo.project.name !== 'browser', 'one screenshot is enough');
  await app.setViewportSize({ width: 1440, height: 900 });
  await app.locator('[data-testid=file-item][data-note-id="aws/cómputo/EC2.md"]').click();
  await app.getByTestId('note-edit').click();
  await app.locator('.cm-content').click();
  await app.keyboard.press('Control+End');
  await app.keyboard.type('\n\n## Seguridad\n\nVer también [[Gru');
  await expect(app.locator('.cm-tooltip-autocomplete li').first()).toBeVisible();
  await app.waitForTimeout(300);
  await app.screenshot({ path: into(testInfo, 'screenshot-editor-live.png') });
  await app.keyboard.press('Escape');
  await app.getByTestId('mode-source').click();
  await app.locator('.cm-line', { hasText: 'Piezas de una instancia' }).click();
  await app.waitForTimeout(300);
  await app.screenshot({ path: into(testInfo, 'screenshot-editor-source.png') });
  await app.getByTestId('note-edit').click();
  await app.locator('.cm-content').click();
  await app.keyboard.press('Control+End');
  await app.keyboard.type(' Mi versión.');
  await fs.appendFile(path.join(vaultDir, 'aws/cómputo/EC2.md'), '\nUna línea añadida desde otro editor.\n');
  await expect(app.getByTestId('conflict-view')).toBeVisible();
  await app.waitForTimeout(300);
  await app.screenshot({ path: into(testInfo, 'screenshot-editor-conflict.png') });
});

test('README screenshot of two notes written side by side, with the panels under a note', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name !== 'browser', 'one screenshot is enough');
  await app.setViewportSize({ width: 1440, height: 900 });
  await app.locator('[data-testid=file-item][data-note-id="aws/cómputo/EC2.md"]').click();
  await app.locator('[data-testid=file-item][data-note-id="aws/cómputo/AMI.md"]').click({ modifiers: ['Control'] });
  const side = app.getByTestId('side-note-pane');
  await side.getByTestId('note-edit').click();
  await side.locator('.cm-content').click();
  await app.keyboard.press('Control+End');
  await app.keyboard.type('\n\nUna AMI se lanza como [[EC2]].');
  await app.getByTestId('note-pane').getByTestId('outline').locator('summary').click();
  await app.waitForTimeout(600);
  await app.screenshot({ path: into(testInfo, 'screenshot-beside.png') });
});
