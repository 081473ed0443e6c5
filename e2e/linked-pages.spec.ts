import { promises as fs } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { graph, openGraph } from './graph-page';

// A Logseq page: `[[Entropía]]` names a page no note holds yet; the date and the property value do not.
test.use({
  vaultFiles: {
    'pages/Física___Termodinámica.md': 'curso:: [[FIS 2210]]\n\n- [[Entropía]] mide el desorden de un sistema aislado.\n- repaso el [[Nov 2nd, 2026]]\n',
    'journals/2026_11_02.md': '- leí sobre [[Entropía]] en [[Física/Termodinámica]]\n',
  },
});

test('a link to a page not yet written is a concept on the graph, found by search, whose pane writes the note', async ({ app, vaultDir }) => {
  await openGraph(app, 3);
  const kindOf = (id: string): Promise<string | null> => graph<string | null>(app, 'const n = cy.getElementById(arg); return n.length ? n.data("kind") : null;', id);
  const entropy = await graph<string>(app, 'return cy.nodes(\'[kind = "concept"]\').filter((n) => n.data("label") === "Entropía").id();');
  expect(await kindOf('missing:entropía')).toBeNull();
  // The journal's date and the page's property stay links to missing notes.
  expect(await kindOf('missing:nov 2nd, 2026')).toBe('missing');
  expect(await kindOf('missing:fis 2210')).toBe('missing');
  // The namespaced page is found by its page name.
  expect(await graph<boolean>(app, 'return cy.edges(\'[kind = "link"]\').some((e) => e.source().id() === "note:journals/2026_11_02.md" && e.target().id() === arg);', 'note:pages/Física___Termodinámica.md')).toBe(true);

  await app.getByTestId('search-input').fill('concept:Entropía');
  await expect(app.getByTestId('search-hit')).toHaveCount(2);
  await app.getByTestId('search-input').press('Escape');

  await app.evaluate(`void window.__cairnGraph.cy.getElementById(${JSON.stringify(entropy)}).emit('tap')`);
  await expect(app.getByTestId('concept-title')).toHaveText('Entropía');
  await app.getByTestId('concept-create-note').click();
  await expect(app.getByTestId('file-dialog')).toContainText('Entropía');
  await app.getByTestId('file-dialog-confirm').click();
  await expect(app.getByTestId('note-title')).toHaveText('Entropía');
  expect(await fs.readFile(path.join(vaultDir, 'Entropía.md'), 'utf8')).toBe('# Entropía\n\n');
  // The links now reach the note: the concept node gives way to it.
  await expect.poll(() => kindOf('note:Entropía.md')).toBe('note');
  await expect.poll(() => kindOf(entropy)).toBeNull();
});
