import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// A long note under front matter: sixty paragraphs, one a line, each named by its number.
const paragraphs = Array.from({ length: 60 }, (_, i) => `Párrafo ${i + 1}: texto de relleno para que la nota sea larga y haya que bajar para leerla entera.`);
test.use({ vaultFiles: { 'Larga.md': `---\ntags: [prueba]\n---\n# Larga\n\n${paragraphs.join('\n\n')}\n` } });

async function open(app: Page): Promise<void> {
  const item = app.locator('[data-testid=file-item][data-note-id="Larga.md"]');
  // The list may still be drawn, or fold for a narrow window, after one look at it (a CI run timed out so):
  // unfold it and click until the click lands.
  await item.waitFor({ state: 'attached' });
  await expect(async () => {
    if (await item.isHidden()) await app.getByTestId('toggle-left').click();
    await item.click({ timeout: 2000 });
  }).toPass({ timeout: 20_000 });
  await expect(app.getByTestId('note-body')).toContainText('Párrafo 60');
}

/** The paragraph `n` first in view, just under the bar at the pane's top, as a person scrolling to it would leave it. */
async function scrollTo(app: Page, n: number): Promise<void> {
  await app.getByTestId('note-body').locator('p', { hasText: `Párrafo ${n}:` }).evaluate((p) => {
    const pane = p.closest('[data-scroll-root]')!;
    const bar = pane.querySelector('[data-reading-top]')!;
    // Once scrolled, the bar holds at the pane's top: measured from there.
    p.scrollIntoView({ block: 'start' });
    pane.scrollTop += p.getBoundingClientRect().top - bar.getBoundingClientRect().bottom;
  });
}

/** What a key typed now changes: the file saved (Ctrl+S), and the line holding the caret. */
async function typeMark(app: Page, file: string): Promise<string> {
  await app.keyboard.type('»');
  await app.keyboard.press('Control+s');
  let line = '';
  await expect.poll(async () => ((line = (await fs.readFile(file, 'utf8')).split('\n').find((l) => l.includes('»')) ?? ''), line)).not.toBe('');
  return line;
}

test('Edit from the reading view puts the caret on the paragraph read at the top, shown at the top of the editor', async ({ app, vaultDir }) => {
  await open(app);
  await scrollTo(app, 40);
  await app.getByTestId('note-edit').click();
  const editor = app.getByTestId('note-editor');
  await expect(editor).toBeVisible();
  // The paragraph read is in view in the editor, near its top, not the title.
  const line = editor.locator('.cm-line', { hasText: 'Párrafo 40:' });
  await expect(line).toBeInViewport();
  const [top, lineTop] = [(await editor.boundingBox())!.y, (await line.boundingBox())!.y];
  expect(lineTop - top).toBeLessThan(80);
  await expect(editor.locator('.cm-line', { hasText: '# Larga' })).not.toBeInViewport();
  expect(await typeMark(app, path.join(vaultDir, 'Larga.md'))).toBe(`»${paragraphs[39]}`);
});

test('Edit after a click on a paragraph puts the caret on that paragraph', async ({ app, vaultDir }) => {
  await open(app);
  await scrollTo(app, 20);
  await app.getByTestId('note-body').locator('p', { hasText: 'Párrafo 23:' }).click();
  await app.keyboard.press('Control+e');
  await expect(app.getByTestId('note-editor')).toBeVisible();
  expect(await typeMark(app, path.join(vaultDir, 'Larga.md'))).toBe(`»${paragraphs[22]}`);
});
