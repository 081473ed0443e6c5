import { expect, test } from './fixtures';
import { openGraph } from './graph-page';
import { rocksNotes } from './rocks-notes';

test.use({ vaultFiles: rocksNotes, locale: 'es-ES' });

// A concept only defined, never named again, showed "Mencionado en (0)" under its definition, while the graph
// drew the note that defines it tied to it: the pane seemed to say no note names it.
test('a concept named only where it is defined shows its definition and no empty list of mentions', async ({ app }) => {
  await openGraph(app, 5);
  await app.keyboard.press('Control+o');
  await app.keyboard.type('Arenisca');
  await app.getByTestId('switcher-concept').filter({ hasText: 'Arenisca' }).first().click();
  const pane = app.getByTestId('concept-pane');
  await expect(app.getByTestId('concept-title')).toHaveText('Arenisca');
  await expect(pane).toContainText('Definido en');
  await expect(pane.getByTestId('concept-quote')).toHaveText(['Arenisca: granos de arena cementados.']);
  await expect(pane).not.toContainText('Mencionado en');

  // A concept the notes name again still lists where.
  await app.keyboard.press('Control+o');
  await app.keyboard.type('Basalto');
  await app.getByTestId('switcher-concept').filter({ hasText: 'Basalto' }).first().click();
  await expect(app.getByTestId('concept-title')).toHaveText('Basalto');
  await expect(pane).toContainText('Mencionado en (2)');
});
