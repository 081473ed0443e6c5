import { expect, test } from './fixtures';
import { graph, openGraph } from './graph-page';

interface Lit {
  lit: boolean;
  dimmed: boolean;
}

const litState = (app: Parameters<typeof graph>[0], id: string): Promise<Lit> =>
  graph<Lit>(app, `const n = cy.getElementById(arg); return { lit: n.hasClass('highlighted'), dimmed: n.hasClass('dimmed') };`, id);

test('a concept: search lights the concept it names on the graph, the diamond and the concept note alike', async ({ app }) => {
  await openGraph(app, 20);
  // The sample vault's best connected concept drawn as a diamond (no note of its own).
  const diamond = await graph<{ id: string; label: string }>(app, `const n = cy.nodes('[kind = "concept"]').max((n) => n.degree()).ele; return { id: n.id(), label: n.data('label') };`);
  const input = app.getByTestId('search-input');
  await input.fill(`concept:"${diamond.label}"`);
  await expect(app.getByTestId('search-hit').first()).toBeVisible();
  await expect.poll(() => litState(app, diamond.id)).toEqual({ lit: true, dimmed: false });
  await input.press('Escape');
  // Another concept the search does not name steps back with the rest.
  const other = await graph<string>(app, `return cy.nodes('[kind = "concept"]').filter((n) => n.id() !== arg).max((n) => n.degree()).ele.id();`, diamond.id);
  expect(await litState(app, other)).toEqual({ lit: false, dimmed: true });

  // By an acronym of a concept that has its own note: the note that stands for it is lit.
  await input.fill('concept:ELB');
  await expect.poll(() => litState(app, 'note:aws/redes/Elastic Load Balancer.md')).toEqual({ lit: true, dimmed: false });
  await expect.poll(() => litState(app, diamond.id)).toMatchObject({ lit: false });
  // The results fold away (Escape), the search stays: the graph is seen with it.
  await input.press('Escape');
  await expect(app.getByTestId('search-results')).toBeHidden();
  await expect.poll(() => litState(app, 'note:aws/redes/Elastic Load Balancer.md')).toEqual({ lit: true, dimmed: false });
});
