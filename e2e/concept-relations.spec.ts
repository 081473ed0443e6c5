import { expect, test } from './fixtures';
import { astronomyNote } from './astronomy-note';

test.use({ vaultFiles: astronomyNote, locale: 'es-ES' });

// The concept pane listed mentions and co-occurring concepts, never the typed relations the graph draws:
// a student opening a heading's concept could not read what its kinds are, nor a kind what it is a kind of.
test("a concept's pane names its typed relations, in the reader's language, and each leads to the other concept", async ({ app }) => {
  await expect.poll(async () => Number(await app.getByTestId('graph-canvas').getAttribute('data-node-count'))).toBeGreaterThan(10);
  await app.keyboard.press('Control+o');
  await app.keyboard.type('Planetas interiores');
  await app.getByTestId('switcher-concept').filter({ hasText: 'Planetas interiores' }).click();
  await expect(app.getByTestId('concept-title')).toHaveText('Planetas interiores');
  const lines = app.getByTestId('concept-pane').getByTestId('concept-relation');
  await expect(lines).toHaveCount(3);
  for (const kind of ['Mercurio', 'Venus', 'Marte']) {
    await expect(lines.filter({ hasText: kind })).toHaveText(`${kind} es un tipo de Planetas interiores`);
  }
  // Nothing left in English.
  await expect(app.getByTestId('concept-relations')).not.toContainText('is a kind of');

  await lines.filter({ hasText: 'Venus' }).getByRole('button').click();
  await expect(app.getByTestId('concept-title')).toHaveText('Venus');
  await expect(app.getByTestId('concept-pane').getByTestId('concept-relation')).toHaveText(['Venus es un tipo de Planetas interiores']);
});
