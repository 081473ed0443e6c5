import { expect, test } from './fixtures';
import { graph, openGraph, stablePoint } from './graph-page';

// A link whose sentence is marked up, as notes are: bold, code, an aliased wikilink, and HTML that must stay text.
test.use({
  vaultFiles: {
    'Origen.md': '# Origen\n\nEl **tráfico** pasa por `puerto 443` hacia [[Destino|el destino]] <img src=x onerror="window.__pwned=1"> y vuelve.\n',
    'Destino.md': '# Destino\n\nUna nota sencilla.\n',
  },
});

test('the evidence popup quotes the sentence as it reads, without Markdown marks or live HTML', async ({ app }) => {
  await openGraph(app, 1);
  const edge = await graph<string>(app, `return cy.edges('[kind = "link"]').first().id();`);
  expect(edge).toBeTruthy();
  // Where the edge runs, once its ends have stopped moving.
  const a = await stablePoint(app, 'note:Origen.md');
  const b = await stablePoint(app, 'note:Destino.md');
  await app.mouse.click((a.x + b.x) / 2, (a.y + b.y) / 2);
  const quote = app.getByTestId('edge-evidence-quote').first();
  await expect(quote).toContainText('El tráfico pasa por puerto 443 hacia el destino');
  const text = (await quote.textContent()) ?? '';
  for (const mark of ['**', '`', '[[', ']]', 'Destino|']) expect(text).not.toContain(mark);
  await expect(app.getByTestId('edge-evidence').locator('img')).toHaveCount(0);
  expect(await app.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
