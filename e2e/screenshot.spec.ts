import path from 'node:path';
import { expect, pressUntilOpen, test } from './fixtures';

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
});

test('README screenshots of revising ELB and its neighbours, the exam plan and the statistics', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name !== 'browser', 'one screenshot is enough');
  // Some twenty grades, each saved and followed by a new queue: slow on a loaded machine.
  test.setTimeout(240_000);
  await expect(app.getByTestId('graph-canvas')).toHaveAttribute('data-layout-state', 'done', { timeout: 30_000 });
  await app.locator('[data-testid=file-item][data-note-id="aws/redes/Elastic Load Balancer.md"]').click();
  await pressUntilOpen(app, 'Control+p', app.getByTestId('palette-input'));
  await app.getByTestId('palette-input').fill('neighbours (1 hop)');
  await app.getByTestId('palette-input').press('Enter');
  // A session's grades, a few forgotten, so the rings, the plan and the statistics have something to say.
  const grades = ['good', 'easy', 'again', 'good', 'hard', 'good', 'easy', 'again'];
  for (const grade of grades) {
    const id = await app.getByTestId('review-card').getAttribute('data-card-id');
    // A missing-link exercise is answered yes or no; this one, no.
    if ((await app.getByTestId('review-card').getAttribute('data-card-kind')) === 'missing-link') await app.getByTestId('review-link-no').click();
    else {
      await app.getByTestId('review-reveal').click();
      await app.getByTestId(`review-grade-${grade}`).click();
    }
    await expect(app.getByTestId('review-card')).not.toHaveAttribute('data-card-id', id!);
  }
  // The picture shows a question the graph asks, its answer revealed.
  for (let i = 0; i < 10 && (await app.getByTestId('review-card').getAttribute('data-card-kind')) !== 'relation'; i++) {
    const id = await app.getByTestId('review-card').getAttribute('data-card-id');
    if ((await app.getByTestId('review-card').getAttribute('data-card-kind')) === 'missing-link') await app.getByTestId('review-link-no').click();
    else {
      await app.getByTestId('review-reveal').click();
      await app.getByTestId('review-grade-good').click();
    }
    await expect(app.getByTestId('review-card')).not.toHaveAttribute('data-card-id', id!);
  }
  await app.getByTestId('review-reveal').click();
  await expect(app.getByTestId('review-back')).toBeVisible();
  await app.waitForTimeout(500);
  await app.screenshot({ path: into(testInfo, 'img/review.png') });
  await app.getByTestId('review-tab-plan').click();
  // The form takes the saved settings once the plan has come: the date is filled after that.
  await expect(app.getByTestId('review-forecast').locator('canvas')).toHaveCount(1);
  await expect(async () => {
    await app.getByTestId('review-exam-date').fill(new Date(Date.now() + 45 * 86_400_000).toISOString().slice(0, 10));
    await app.getByTestId('review-settings-save').click();
    await expect(app.getByTestId('review-plan')).toContainText('until the exam', { timeout: 3000 });
  }).toPass({ timeout: 30_000 });
  await app.waitForTimeout(300);
  await app.screenshot({ path: into(testInfo, 'img/plan.png') });
  await app.getByTestId('review-retention').evaluate((e) => e.previousElementSibling?.scrollIntoView({ block: 'start' }));
  await app.waitForTimeout(300);
  await app.screenshot({ path: into(testInfo, 'img/stats.png') });
});
