import path from 'node:path';
import { expect, test } from './fixtures';

// The README's picture is taken here, from the real app on the sample vault, so it cannot go stale.
test('README screenshot of the sample vault graph', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name !== 'browser', 'one screenshot is enough');
  const canvas = app.getByTestId('graph-canvas');
  await expect(canvas).toHaveAttribute('data-layout-state', 'done', { timeout: 30_000 });
  await app.getByTestId('file-item').filter({ hasText: 'EC2' }).first().click();
  await expect(app.getByTestId('note-title')).toBeVisible();
  await app.waitForTimeout(500);
  await app.screenshot({ path: path.resolve(import.meta.dirname, '../docs/screenshot-graph.png') });
});
