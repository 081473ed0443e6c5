import { expect, test } from './fixtures';
import { astronomyNote } from './astronomy-note';
import { graph, openGraph } from './graph-page';

test.use({ vaultFiles: astronomyNote, locale: 'es-ES' });

// The concept pane listed mentions and co-occurring concepts, never the typed relations the graph draws:
// a student opening a heading's concept could not read what its kinds are, nor a kind what it is a kind of.
// And a concept opened from the quick switcher or a pane was nowhere to be seen on the graph.
test("a concept's pane names its typed relations, in the reader's language, and each leads to the other concept", async ({ app }) => {
  await openGraph(app, 10);
  const selected = (): Promise<string[]> => graph<string[]>(app, `return cy.nodes(':selected').map((n) => n.data('label'));`);
  await app.keyboard.press('Control+o');
  await app.keyboard.type('Planetas interiores');
  await app.getByTestId('switcher-concept').filter({ hasText: 'Planetas interiores' }).click();
  await expect(app.getByTestId('concept-title')).toHaveText('Planetas interiores');
  // The graph shows which concept the pane is about, as if it had been clicked there.
  await expect.poll(selected).toEqual(['Planetas interiores']);
  const lines = app.getByTestId('concept-pane').getByTestId('concept-relation');
  await expect(lines).toHaveCount(3);
  for (const kind of ['Mercurio', 'Venus', 'Marte']) {
    await expect(lines.filter({ hasText: kind })).toHaveText(`${kind} es un tipo de Planetas interiores`);
  }
  // Nothing left in English.
  await expect(app.getByTestId('concept-relations')).not.toContainText('is a kind of');

  await lines.filter({ hasText: 'Venus' }).getByRole('button').click();
  await expect(app.getByTestId('concept-title')).toHaveText('Venus');
  await expect.poll(selected).toEqual(['Venus']);
  await expect(app.getByTestId('concept-pane').getByTestId('concept-relation')).toHaveText(['Venus es un tipo de Planetas interiores']);
});
