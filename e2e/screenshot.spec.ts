import path from 'node:path';
import { expect, test } from './fixtures';

// The README's pictures are taken here, from the real app on the sample vault, so they cannot go stale.
// `npm run screenshots` writes them into docs/; a plain test run keeps them with its own results, so
// `npm test` leaves the working tree as it found it.
const into = (testInfo: { outputPath(name: string): string }, name: string): string =>
  process.env.CAIRN_SCREENSHOTS === 'docs' ? path.resolve(import.meta.dirname, '../docs', name) : testInfo.outputPath(name);

test('README screenshots of the sample vault graph, light and dark, and of a review', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name !== 'browser', 'one screenshot is enough');
  const canvas = app.getByTestId('graph-canvas');
  await expect(canvas).toHaveAttribute('data-layout-state', 'done', { timeout: 30_000 });
  await app.getByTestId('file-item').filter({ hasText: 'EC2' }).first().click();
  await expect(app.getByTestId('note-title')).toBeVisible();
  await app.waitForTimeout(500);
  await app.screenshot({ path: into(testInfo, 'screenshot-graph.png') });
  await app.getByTestId('theme-toggle').click();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  await app.waitForTimeout(500);
  await app.screenshot({ path: into(testInfo, 'screenshot-graph-dark.png') });
  await app.getByTestId('theme-toggle').click();
  await app.getByTestId('review-start').click();
  await app.getByTestId('review-reveal').click();
  await expect(app.getByTestId('review-back')).toBeVisible();
  await app.screenshot({ path: into(testInfo, 'screenshot-review.png') });
});
