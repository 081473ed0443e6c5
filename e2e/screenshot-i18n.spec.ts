import path from 'node:path';
import { expect, test } from './fixtures';

// The README's picture of the Spanish UI, from the real app on the sample vault (`npm run screenshots`
// writes it into docs/img/; a plain test run keeps it with its own results). The English one is for
// comparing by eye.
const into = (testInfo: { outputPath(name: string): string }, name: string): string =>
  process.env.CAIRN_SCREENSHOTS === 'docs' ? path.resolve(import.meta.dirname, '../docs/img', name) : testInfo.outputPath(name);

test.describe('in Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('README screenshot of the UI in Spanish, and the same view in English', async ({ app }, testInfo) => {
    test.skip(testInfo.project.name !== 'browser', 'one screenshot is enough');
    test.setTimeout(120_000);
    await expect(app.getByTestId('graph-canvas')).toHaveAttribute('data-layout-state', 'done', { timeout: 30_000 });
    await app.locator('[data-testid=file-item][data-note-id="aws/cómputo/EC2.md"]').click();
    await expect(app.getByTestId('backlinks')).toContainText('Enlaces entrantes');
    await app.getByTestId('unlinked-toggle').click();
    await expect(app.getByTestId('unlinked-mentions')).not.toContainText('Buscando');
    await app.getByTestId('note-pane').evaluate((pane) => (pane.scrollTop = 0));
    await app.waitForTimeout(500);
    await app.screenshot({ path: into(testInfo, 'ui-es.png') });
    await app.getByTestId('language-select').selectOption('en');
    await expect(app.getByTestId('backlinks')).toContainText('Linked from');
    await app.waitForTimeout(300);
    await app.screenshot({ path: testInfo.outputPath('ui-en.png') });
  });
});
