import { promises as fs } from 'node:fs';
import path from 'node:path';
import { expect, pressUntilOpen, test } from './fixtures';
import { graph, openGraph } from './graph-page';

test('Ctrl+O finds a note by a fuzzy alias and opens it', async ({ app }) => {
  await pressUntilOpen(app, 'Control+o', app.getByTestId('switcher-input'));
  const input = app.getByTestId('switcher-input');
  await expect(input).toBeFocused();
  await input.fill('amazn machne');
  await expect(app.getByTestId('switcher-item').first()).toContainText('AMI');
  await input.press('Enter');
  await expect(app.getByTestId('note-title')).toHaveText('AMI');
});

test('Ctrl+O finds a concept by an alias (ELB) and opens its pane', async ({ app }) => {
  await pressUntilOpen(app, 'Control+o', app.getByTestId('switcher-input'));
  const input = app.getByTestId('switcher-input');
  await input.fill('ELB');
  const row = app.getByTestId('switcher-item').filter({ has: app.getByTestId('switcher-concept') }).first();
  await expect(row).toContainText('Elastic Load Balancer');
  await expect(row).toContainText('ELB');
  await row.click();
  await expect(app.getByTestId('switcher-input')).toBeHidden();
  await expect(app.getByTestId('concept-pane')).toBeVisible();
  await expect(app.getByTestId('concept-pane')).toContainText('Elastic Load Balancer');
});

test('Ctrl+O lists a concept with no note of its own, and Enter on it opens its pane', async ({ app }) => {
  await openGraph(app, 20);
  // The sample vault's best connected concept drawn as a diamond: no note stands for it.
  const label = await graph<string>(app, `return cy.nodes('[kind = "concept"]').max((n) => n.degree()).ele.data('label');`);
  await pressUntilOpen(app, 'Control+o', app.getByTestId('switcher-input'));
  const input = app.getByTestId('switcher-input');
  await input.fill(label);
  const rows = app.getByTestId('switcher-item');
  await expect(rows.filter({ has: app.getByTestId('switcher-concept') }).first()).toContainText(label);
  // Walk down to the concept's row with the keyboard, as a person would.
  const index = await rows.evaluateAll((els) => els.findIndex((el) => el.querySelector('[data-testid=switcher-concept]')));
  for (let i = 0; i < index; i++) await input.press('ArrowDown');
  await input.press('Enter');
  await expect(app.getByTestId('concept-pane')).toContainText(label);
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
