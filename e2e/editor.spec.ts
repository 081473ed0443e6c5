import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const FILES = {
  'EC2.md': '---\naliases: [Elastic Compute Cloud]\ntags: [aws/compute]\n---\n# EC2\n\n## Conexión\n\nInstancias. ^inst\n',
  'AMI.md': '# AMI\n\nLa plantilla de una instancia. #aws/compute\n',
  'Notas/Diario.md': '# Diario\n\nPrimera línea.\n',
};

test.use({ vaultFiles: FILES });

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (sub: string): Promise<void> => {
    for (const entry of await fs.readdir(path.join(dir, sub), { withFileTypes: true })) {
      const id = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) await walk(id);
      else out[id] = await fs.readFile(path.join(dir, id), 'utf8');
    }
  };
  await walk('');
  return out;
}

/** CodeMirror ignores Enter for a moment after the list changes (so a fast typist's Enter is a newline). */
async function accept(app: Page): Promise<void> {
  await app.waitForTimeout(150);
  await app.keyboard.press('Enter');
}

async function openAndEdit(app: Page, id: string): Promise<void> {
  await app.locator(`[data-testid=file-item][data-note-id="${id}"]`).click();
  // This note's title: the one open before (still being edited) is visible too, and Edit would go to it.
  await expect(app.getByTestId('note-title')).toHaveText(id.split('/').pop()!.replace(/\.md$/, ''));
  await app.getByTestId('note-edit').click();
  await app.locator('.cm-content').click();
  await app.keyboard.press('Control+End');
}

test('typing with [[ completion autosaves the note, and only that note', async ({ app, vaultDir }) => {
  const before = await snapshot(vaultDir);
  await openAndEdit(app, 'Notas/Diario.md');
  await app.keyboard.type('\nVer [[Elas');
  const options = app.locator('.cm-tooltip-autocomplete li');
  await expect(options.first()).toContainText('Elastic Compute Cloud');
  await accept(app);
  await app.keyboard.type(' y [[EC2#Con');
  await expect(options.first()).toContainText('Conexión');
  await accept(app);
  await app.keyboard.type(' y #aws/co');
  await expect(options.first()).toContainText('aws/compute');
  await accept(app);
  await expect(app.getByTestId('save-status')).toHaveAttribute('data-status', 'unsaved');
  // No Ctrl+S: the pause saves it.
  await expect(app.getByTestId('save-status')).toHaveAttribute('data-status', 'saved', { timeout: 5000 });
  const expected = '# Diario\n\nPrimera línea.\n\nVer [[EC2|Elastic Compute Cloud]] y [[EC2#Conexión]] y #aws/compute';
  await expect.poll(() => fs.readFile(path.join(vaultDir, 'Notas/Diario.md'), 'utf8')).toBe(expected);
  const after = await snapshot(vaultDir);
  expect({ ...after, 'Notas/Diario.md': before['Notas/Diario.md'] }).toEqual(before);
  // No draft is left behind once saved.
  await expect.poll(async () => (await fs.readdir(path.join(vaultDir, '.cairn/drafts')).catch(() => [])).length).toBe(0);
});

test('lists and quotes continue on Enter, Tab indents, Ctrl+Z undoes, and Ctrl+S saves at once', async ({ app, vaultDir }) => {
  await openAndEdit(app, 'AMI.md');
  await app.keyboard.type('\n- uno');
  await app.keyboard.press('Enter');
  await app.keyboard.type('dos');
  await app.keyboard.press('Enter');
  await app.keyboard.press('Tab');
  await app.keyboard.type('tres');
  // Typing within half a second is one undo step: pause, then type what Ctrl+Z takes back.
  await app.waitForTimeout(700);
  await app.keyboard.type(' borrar');
  await app.keyboard.press('Control+z');
  await app.keyboard.press('Control+s');
  const ami = path.join(vaultDir, 'AMI.md');
  await expect.poll(() => fs.readFile(ami, 'utf8'), { timeout: 3000 }).toMatch(/#aws\/compute\n\n- uno\n- dos\n {2,4}- tres$/);

  await openAndEdit(app, 'Notas/Diario.md');
  await app.keyboard.type('\n> cita');
  await app.keyboard.press('Enter');
  await app.keyboard.type('sigue');
  await app.keyboard.press('Control+s');
  await expect.poll(() => fs.readFile(path.join(vaultDir, 'Notas/Diario.md'), 'utf8'), { timeout: 3000 }).toMatch(/Primera línea\.\n\n> cita\n> sigue$/);
});

test('search in the note finds text (Ctrl+F)', async ({ app }) => {
  await openAndEdit(app, 'EC2.md');
  await app.keyboard.press('Control+f');
  await app.locator('.cm-search input[name=search]').fill('Instancias');
  await app.keyboard.press('Enter');
  await expect(app.locator('.cm-searchMatch')).toHaveCount(1);
});

test('live preview hides Markdown marks away from the cursor; source shows them', async ({ app }) => {
  await app.locator('[data-testid=file-item][data-note-id="EC2.md"]').click();
  await app.getByTestId('note-edit').click();
  const editor = app.getByTestId('note-editor');
  await expect(editor).toHaveAttribute('data-mode', 'live');
  // The cursor is on the first line: the heading further down reads without its '##'.
  const heading = app.locator('.cm-line', { hasText: 'Conexión' });
  await expect(heading).toHaveText('Conexión');
  await heading.click();
  await expect(heading).toHaveText('## Conexión');
  await app.getByTestId('mode-source').click();
  await expect(editor).toHaveAttribute('data-mode', 'source');
  await app.locator('.cm-line', { hasText: 'Instancias' }).click();
  await expect(app.locator('.cm-line', { hasText: 'Conexión' })).toHaveText('## Conexión');
  await expect(app.locator('.cm-line', { hasText: 'EC2' }).filter({ hasNotText: 'aliases' }).last()).toHaveText('# EC2');
  // Ctrl+E goes back to reading, and again to the editor.
  await app.keyboard.press('Control+e');
  await expect(app.getByTestId('note-body')).toBeVisible();
  await app.keyboard.press('Control+e');
  await expect(app.getByTestId('note-editor')).toBeVisible();
});

test('a change on disk during an unsaved edit opens the comparison at once; keeping mine saves it, and later saves work', async ({ app, vaultDir }) => {
  const file = path.join(vaultDir, 'AMI.md');
  await openAndEdit(app, 'AMI.md');
  await app.keyboard.type('\nMi línea.');
  await fs.appendFile(file, '\nLínea de otro editor.\n');
  const conflict = app.getByTestId('conflict-view');
  await expect(conflict).toBeVisible();
  await expect(app.getByTestId('save-status')).toHaveAttribute('data-status', 'conflict');
  await expect(app.getByTestId('conflict-merge')).toContainText('Mi línea.');
  await expect(app.getByTestId('conflict-merge')).toContainText('Línea de otro editor.');
  // Nothing was overwritten, and my text is kept as a draft meanwhile.
  expect(await fs.readFile(file, 'utf8')).toContain('Línea de otro editor.');
  expect(await fs.readFile(file, 'utf8')).not.toContain('Mi línea.');
  await expect.poll(async () => (await fs.readdir(path.join(vaultDir, '.cairn/drafts')).catch(() => [])).length).toBe(1);
  await app.getByTestId('conflict-keep-mine').click();
  await expect(conflict).toBeHidden();
  await expect.poll(() => fs.readFile(file, 'utf8')).toBe('# AMI\n\nLa plantilla de una instancia. #aws/compute\n\nMi línea.');
  await app.locator('.cm-content').click();
  await app.keyboard.press('Control+End');
  await app.keyboard.type(' Y más.');
  await expect.poll(() => fs.readFile(file, 'utf8'), { timeout: 5000 }).toContain('Mi línea. Y más.');
  await expect(app.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
});

test('in a conflict, merging by hand saves the merge; taking the disk asks first', async ({ app, vaultDir }) => {
  const file = path.join(vaultDir, 'AMI.md');
  await openAndEdit(app, 'AMI.md');
  await app.keyboard.type('\nMía.');
  await fs.writeFile(file, '# AMI\n\nReescrita fuera.\n');
  await expect(app.getByTestId('conflict-view')).toBeVisible();
  // Edit my side of the comparison, then save the merge.
  const mine = app.getByTestId('conflict-merge').locator('.cm-merge-a .cm-content');
  await mine.click();
  await app.keyboard.press('Control+End');
  await app.keyboard.type(' Fusionada.');
  await app.getByTestId('conflict-save-merged').click();
  await expect(app.getByTestId('conflict-view')).toBeHidden();
  await expect.poll(() => fs.readFile(file, 'utf8')).toContain('Mía. Fusionada.');

  // A second conflict, resolved by taking the disk's version: a dismissed question keeps mine.
  await app.locator('.cm-content').click();
  await app.keyboard.press('Control+End');
  await app.keyboard.type(' Otra.');
  await fs.writeFile(file, '# AMI\n\nDel disco.\n');
  await expect(app.getByTestId('conflict-view')).toBeVisible();
  app.once('dialog', (dialog) => void dialog.dismiss());
  await app.getByTestId('conflict-take-disk').click();
  await expect(app.getByTestId('conflict-view')).toBeVisible();
  app.once('dialog', (dialog) => void dialog.accept());
  await app.getByTestId('conflict-take-disk').click();
  await expect(app.getByTestId('conflict-view')).toBeHidden();
  await expect(app.locator('.cm-content')).toContainText('Del disco.');
  expect(await fs.readFile(file, 'utf8')).toBe('# AMI\n\nDel disco.\n');
});

test('a reload brings back unsaved text as a draft to restore', async ({ app, vaultDir }) => {
  await openAndEdit(app, 'AMI.md');
  // The window goes away before its save reaches the disk (as in a crash): saves never answer.
  await app.route(/\/api\/saveNote/, () => undefined);
  await app.keyboard.type('\nSin guardar todavía.');
  const drafts = path.join(vaultDir, '.cairn/drafts');
  await expect
    .poll(async () => {
      const names = await fs.readdir(drafts).catch(() => [] as string[]);
      return names.length ? (await fs.readFile(path.join(drafts, names[0] as string), 'utf8')).includes('Sin guardar todavía.') : false;
    }, { intervals: [25] })
    .toBe(true);
  await app.unroute(/\/api\/saveNote/);
  await app.reload();
  expect(await fs.readFile(path.join(vaultDir, 'AMI.md'), 'utf8')).not.toContain('Sin guardar');
  await app.locator('[data-testid=file-item][data-note-id="AMI.md"]').click();
  const banner = app.getByTestId('draft-banner');
  await expect(banner).toBeVisible();
  await app.getByTestId('draft-restore').click();
  await expect(app.locator('.cm-content')).toContainText('Sin guardar todavía.');
  await expect.poll(() => fs.readFile(path.join(vaultDir, 'AMI.md'), 'utf8'), { timeout: 5000 }).toContain('Sin guardar todavía.');
});
