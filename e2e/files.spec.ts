import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const FILES = {
  'aws/EC2.md': '# EC2\n\n## Conexión\n\nServidores virtuales. Ver [[Nueva idea]].\n',
  'Índice.md': '# Índice\n\n- [[EC2]]\n- [[EC2|la instancia]] y [[EC2#Conexión]]\n- ![[EC2]]\n- [como Markdown](aws/EC2.md)\n',
  'notas/Diario.md': '# Diario\n\nHoy miré [EC2](../aws/EC2.md).\n',
};

test.use({ vaultFiles: FILES });

const read = (dir: string, id: string): Promise<string> => fs.readFile(path.join(dir, id), 'utf8');
const exists = (dir: string, id: string): Promise<boolean> => fs.access(path.join(dir, id)).then(() => true, () => false);

async function menu(app: Page, id: string, item: string): Promise<void> {
  await app.locator(`[data-testid=file-item][data-note-id="${id}"]`).click({ button: 'right' });
  await app.getByTestId(item).click();
}

test('renaming a note from the file tree rewrites every link to it, and Undo puts everything back', async ({ app, vaultDir }) => {
  const before = { index: await read(vaultDir, 'Índice.md'), diary: await read(vaultDir, 'notas/Diario.md') };
  await menu(app, 'aws/EC2.md', 'menu-rename');
  await app.getByTestId('file-dialog-input').fill('Elastic Compute');
  await app.getByTestId('file-dialog-confirm').click();
  await expect(app.getByTestId('file-op-toast')).toContainText('links updated in 2 notes');
  // The message stays until dismissed: it must not sit over the graph's legend.
  const toast = (await app.getByTestId('file-op-toast').boundingBox())!;
  const legend = (await app.getByTestId('graph-legend').boundingBox())!;
  const apart = toast.x >= legend.x + legend.width || legend.x >= toast.x + toast.width || toast.y >= legend.y + legend.height || legend.y >= toast.y + toast.height;
  expect(apart, `toast ${JSON.stringify(toast)} over legend ${JSON.stringify(legend)}`).toBe(true);
  await expect(app.locator('[data-testid=file-item][data-note-id="aws/Elastic Compute.md"]')).toBeVisible();
  await expect(app.locator('[data-testid=file-item][data-note-id="aws/EC2.md"]')).toHaveCount(0);
  expect(await read(vaultDir, 'Índice.md')).toBe(
    '# Índice\n\n- [[Elastic Compute]]\n- [[Elastic Compute|la instancia]] y [[Elastic Compute#Conexión]]\n- ![[Elastic Compute]]\n- [como Markdown](aws/Elastic%20Compute.md)\n',
  );
  expect(await read(vaultDir, 'notas/Diario.md')).toBe('# Diario\n\nHoy miré [EC2](../aws/Elastic%20Compute.md).\n');
  // The reading view of a linking note follows the new name.
  await app.locator('[data-testid=file-item][data-note-id="Índice.md"]').click();
  await expect(app.getByTestId('note-body')).toContainText('la instancia');
  await expect(app.getByTestId('note-body').locator('a[data-note-id="aws/Elastic Compute.md"]').first()).toBeVisible();
  await expect(app.getByTestId('note-body').locator('.missing', { hasText: /EC2|Elastic Compute/ })).toHaveCount(0);

  await app.getByTestId('file-op-undo').click();
  await expect(app.getByTestId('file-op-toast')).toContainText('Undone');
  await expect(app.locator('[data-testid=file-item][data-note-id="aws/EC2.md"]')).toBeVisible();
  expect(await exists(vaultDir, 'aws/Elastic Compute.md')).toBe(false);
  expect({ index: await read(vaultDir, 'Índice.md'), diary: await read(vaultDir, 'notas/Diario.md') }).toEqual(before);
});

test('renaming the open note from its title keeps it open under the new name, links included', async ({ app, vaultDir }) => {
  await app.locator('[data-testid=file-item][data-note-id="aws/EC2.md"]').click();
  await app.getByTestId('note-title').click();
  await app.getByTestId('note-title-input').fill('Cómputo elástico');
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('note-title')).toHaveText('Cómputo elástico');
  await expect(app.locator('[data-testid=file-item][data-note-id="aws/Cómputo elástico.md"]')).toHaveClass(/active/);
  expect(await read(vaultDir, 'aws/Cómputo elástico.md')).toContain('Servidores virtuales.');
  expect(await read(vaultDir, 'Índice.md')).toContain('- [[Cómputo elástico]]');
});

test('moving a note to another folder fixes relative Markdown links', async ({ app, vaultDir }) => {
  await menu(app, 'notas/Diario.md', 'menu-move');
  await app.getByTestId('file-dialog-input').fill('archivo/2026');
  await app.getByTestId('file-dialog-confirm').click();
  await expect(app.locator('[data-testid=file-item][data-note-id="archivo/2026/Diario.md"]')).toBeVisible();
  // The tree shows the note as soon as the file is there; its links are rewritten just after, then Undo is offered.
  await expect(app.getByTestId('file-op-undo')).toBeVisible();
  expect(await read(vaultDir, 'archivo/2026/Diario.md')).toBe('# Diario\n\nHoy miré [EC2](../../aws/EC2.md).\n');
});

test('deleting asks first, moves the note to the vault trash, and Undo brings it back', async ({ app, vaultDir }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'The desktop app deletes to the system trash (next test), not to the vault’s .trash folder.');
  await app.locator('[data-testid=file-item][data-note-id="notas/Diario.md"]').click();
  await menu(app, 'notas/Diario.md', 'menu-delete');
  await expect(app.getByTestId('file-dialog')).toContainText('.trash');
  // Cancel keeps it.
  await app.getByRole('button', { name: 'Cancel' }).click();
  expect(await exists(vaultDir, 'notas/Diario.md')).toBe(true);
  await menu(app, 'notas/Diario.md', 'menu-delete');
  await app.getByTestId('file-dialog-confirm').click();
  await expect(app.locator('[data-testid=file-item][data-note-id="notas/Diario.md"]')).toHaveCount(0);
  expect(await exists(vaultDir, 'notas/Diario.md')).toBe(false);
  expect(await read(vaultDir, '.trash/notas/Diario.md')).toBe(FILES['notas/Diario.md']);
  await app.getByTestId('file-op-undo').click();
  await expect(app.locator('[data-testid=file-item][data-note-id="notas/Diario.md"]')).toBeVisible();
  expect(await read(vaultDir, 'notas/Diario.md')).toBe(FILES['notas/Diario.md']);
});

test('in the desktop app, deleting asks first and moves the note to the system trash, not into the vault', async ({ app, vaultDir }, testInfo) => {
  test.skip(testInfo.project.name !== 'electron', 'Only the desktop app has the system trash (Electron shell.trashItem); browser mode uses the vault’s .trash folder (test above).');
  await app.locator('[data-testid=file-item][data-note-id="notas/Diario.md"]').click();
  await menu(app, 'notas/Diario.md', 'menu-delete');
  await expect(app.getByTestId('file-dialog')).toContainText('system trash');
  await app.getByTestId('file-dialog-confirm').click();
  await expect(app.locator('[data-testid=file-item][data-note-id="notas/Diario.md"]')).toHaveCount(0);
  expect(await exists(vaultDir, 'notas/Diario.md')).toBe(false);
  expect(await exists(vaultDir, '.trash/notas/Diario.md')).toBe(false);
  await expect(app.getByTestId('file-op-undo')).toHaveCount(0);
});

test('a new note and a new folder are made from the sidebar and open to write, the caret under the title', async ({ app, vaultDir }) => {
  await app.getByTestId('new-folder').click();
  await app.getByTestId('file-dialog-input').fill('Proyectos');
  await app.getByTestId('file-dialog-confirm').click();
  await app.getByTestId('file-dialog-input').fill('Plan');
  await app.getByTestId('file-dialog-confirm').click();
  await expect(app.getByTestId('note-editor')).toBeVisible();
  // Typed at once, as a student does: the text goes under the title, not in front of it.
  await app.keyboard.type('Primer paso.');
  await expect.poll(() => read(vaultDir, 'Proyectos/Plan.md'), { timeout: 5000 }).toBe('# Plan\n\nPrimer paso.');
  await expect(app.locator('[data-testid=file-item][data-note-id="Proyectos/Plan.md"]')).toBeVisible();
});

test('a name that would leave the vault is refused with a reason, and nothing moves', async ({ app, vaultDir }) => {
  await menu(app, 'notas/Diario.md', 'menu-move');
  await app.getByTestId('file-dialog-input').fill('../../fuera');
  await app.getByTestId('file-dialog-confirm').click();
  await expect(app.getByTestId('file-op-error')).toContainText(/leaves the vault/);
  expect(await exists(vaultDir, 'notas/Diario.md')).toBe(true);
});

test('a click on a link to a missing note offers to create it, and opens it to write under its title', async ({ app, vaultDir }) => {
  await app.locator('[data-testid=file-item][data-note-id="aws/EC2.md"]').click();
  await app.getByTestId('note-body').locator('a.missing', { hasText: 'Nueva idea' }).click();
  await expect(app.getByTestId('file-dialog')).toContainText('Nueva idea');
  await app.getByTestId('file-dialog-confirm').click();
  await expect(app.getByTestId('note-editor')).toBeVisible();
  await expect(app.getByTestId('note-title')).toHaveText('Nueva idea');
  expect(await read(vaultDir, 'Nueva idea.md')).toBe('# Nueva idea\n\n');
  await app.keyboard.type('Una idea.');
  await expect.poll(() => read(vaultDir, 'Nueva idea.md'), { timeout: 5000 }).toBe('# Nueva idea\n\nUna idea.');
});

test('renaming a note linked from the note being edited saves that note first, then shows its rewritten link', async ({ app, vaultDir }) => {
  await app.locator('[data-testid=file-item][data-note-id="Índice.md"]').click();
  await app.getByTestId('note-edit').click();
  await app.locator('.cm-content').click();
  await app.keyboard.press('Control+End');
  await app.keyboard.type('- escrito antes de renombrar');
  await menu(app, 'aws/EC2.md', 'menu-rename');
  await app.getByTestId('file-dialog-input').fill('EC2 nuevo');
  await app.getByTestId('file-dialog-confirm').click();
  await expect(app.getByTestId('file-op-toast')).toContainText('links updated');
  await expect(app.locator('.cm-content')).toContainText('EC2 nuevo#Conexión');
  await expect(app.getByTestId('conflict-view')).toHaveCount(0);
  const text = await read(vaultDir, 'Índice.md');
  expect(text).toContain('- [[EC2 nuevo]]');
  expect(text).toContain('- escrito antes de renombrar');
});

test('a note renamed outside Cairn keeps its links: they are rewritten, the open note follows, and Undo is offered', async ({ app, vaultDir }) => {
  await app.locator('[data-testid=file-item][data-note-id="aws/EC2.md"]').click();
  await expect(app.getByTestId('note-title')).toHaveText('EC2');
  await fs.rename(path.join(vaultDir, 'aws/EC2.md'), path.join(vaultDir, 'aws/Cómputo.md'));
  await expect(app.getByTestId('file-op-toast')).toContainText('renamed outside Cairn');
  await expect(app.getByTestId('note-title')).toHaveText('Cómputo');
  expect(await read(vaultDir, 'Índice.md')).toBe('# Índice\n\n- [[Cómputo]]\n- [[Cómputo|la instancia]] y [[Cómputo#Conexión]]\n- ![[Cómputo]]\n- [como Markdown](aws/Cómputo.md)\n');
  expect(await read(vaultDir, 'notas/Diario.md')).toBe('# Diario\n\nHoy miré [EC2](../aws/Cómputo.md).\n');
});

test('a Markdown link to a missing note offers to create it as a wikilink does, where the link points', async ({ app, vaultDir }) => {
  await fs.writeFile(path.join(vaultDir, 'notas/Plan.md'), '# Plan\n\nPreparar [la charla](../Charla%20de%20marzo.md) y [[Charla de marzo]].\n');
  await app.locator('[data-testid=file-item][data-note-id="notas/Plan.md"]').click();
  await app.getByTestId('note-body').locator('a.missing', { hasText: 'la charla' }).click();
  await expect(app.getByTestId('file-dialog')).toContainText('Charla de marzo');
  await app.getByTestId('file-dialog-confirm').click();
  await expect(app.getByTestId('note-title')).toHaveText('Charla de marzo');
  expect(await exists(vaultDir, 'Charla de marzo.md')).toBe(true);
});
