import { expect, test } from './fixtures';

const filler = Array.from({ length: 50 }, (_, i) => `Párrafo ${i} de relleno, lo bastante largo para empujar lo que sigue fuera de la vista.`).join('\n\n');

test.use({
  vaultFiles: {
    'Redes.md': `# Redes\n\nUna **VPC** (Virtual Private Cloud) es una red privada aislada dentro de AWS. Dentro de la VPC creas subredes.\n\nVer [[Seguridad]], [[Seguridad#Reglas]] y [[Pendiente]].\n\n## Subredes\n\n${filler}\n\n## Tablas de rutas\n\nCada subred usa una tabla de rutas.\n\n${filler}\n`,
    'Seguridad.md': '# Seguridad\n\n## Reglas\n\nUn grupo de seguridad filtra el tráfico de la VPC.\n',
  },
});

test('under a note: an outline that scrolls to a heading, its outgoing links, and the concepts it mentions', async ({ app }) => {
  const pane = app.getByTestId('note-pane');
  await app.locator('[data-testid=file-item][data-note-id="Redes.md"]').click();
  await expect(pane.getByTestId('note-title')).toHaveText('Redes');

  await pane.getByTestId('outline').locator('summary').click();
  await expect(pane.getByTestId('outline-item')).toHaveText(['Redes', 'Subredes', 'Tablas de rutas']);
  await pane.getByTestId('outline-item').filter({ hasText: 'Tablas de rutas' }).click();
  await expect
    .poll(() => app.evaluate(() => {
      const root = document.querySelector('[data-testid=note-pane]') as HTMLElement;
      const heading = root.querySelector('article [data-heading="tablas-de-rutas"]') as HTMLElement;
      return Math.round(heading.getBoundingClientRect().top - root.getBoundingClientRect().top);
    }))
    .toBeLessThan(60);

  // One row per linked note, with its count; a link to a note not written yet says so.
  const rows = pane.getByTestId('outgoing-link');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toHaveText(/Seguridad\s*2/);
  await expect(rows.nth(1)).toHaveText('Pendiente');
  await expect(rows.nth(1)).toHaveClass(/missing/);

  const concept = pane.getByTestId('note-concept').filter({ hasText: /^VPC$/ });
  await expect(concept).toBeVisible();
  await concept.click();
  await expect(app.getByTestId('concept-title')).toContainText('VPC');
  await app.getByTestId('nav-back').click();

  await app.locator('[data-testid=file-item][data-note-id="Redes.md"]').click();
  await pane.getByTestId('outgoing-link').first().click();
  await expect(pane.getByTestId('note-title')).toHaveText('Seguridad');
});

test("a concept's pane quotes its sentences as they read, without the note's Markdown marks", async ({ app }) => {
  await app.locator('[data-testid=file-item][data-note-id="Redes.md"]').click();
  await app.getByTestId('note-pane').getByTestId('note-concept').filter({ hasText: /^VPC$/ }).click();
  const quotes = app.getByTestId('concept-pane').getByTestId('concept-quote');
  await expect(quotes.first()).toBeVisible();
  const texts = await quotes.allTextContents();
  expect(texts.join('\n')).toContain('Una VPC (Virtual Private Cloud) es una red privada');
  for (const text of texts) expect(text).not.toMatch(/\*\*|\[\[|\]\]/);
});
