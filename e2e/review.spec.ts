import { promises as fs } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

const history = async (vaultDir: string): Promise<{ cards: Record<string, { state: string }>; log: { card: string; grade: string }[] }> =>
  JSON.parse(await fs.readFile(path.join(vaultDir, '.cairn/review.json'), 'utf8'));

test('reviewing: reveal with Space, grade with a key, the next card comes and the grade is saved in the vault', async ({ app, vaultDir }) => {
  await app.getByTestId('review-start').click();
  const card = app.getByTestId('review-card');
  await expect(card).toBeVisible();
  await expect(app.getByTestId('review-counts')).toContainText('0 reviewed today');
  const firstId = await card.getAttribute('data-card-id');
  await expect(app.getByTestId('review-front')).toContainText('CloudWatch');
  await expect(app.getByTestId('review-back')).toHaveCount(0);
  await app.locator('body').press('Space');
  await expect(app.getByTestId('review-back')).toContainText('5 minutos');
  await expect(app.getByTestId('review-grade-good')).toContainText(/\d+(m|h|d)/);
  await app.locator('body').press('3');
  await expect(card).not.toHaveAttribute('data-card-id', firstId!);
  await expect(app.getByTestId('review-back')).toHaveCount(0);
  const saved = await history(vaultDir);
  expect(saved.log).toEqual([expect.objectContaining({ card: firstId, grade: 'good' })]);
  expect(saved.cards[firstId!]!.state).not.toBe('new');

  // Again, with the mouse; then the session ends and the card is no longer new.
  await app.getByTestId('review-reveal').click();
  await app.getByTestId('review-grade-again').click();
  await expect.poll(async () => (await history(vaultDir)).log.length).toBe(2);
  await expect(app.getByTestId('review-counts')).toContainText('2 reviewed today');
});

test('a concept reviewed on its own gets a mastery ring on the graph, which stays after a reload', async ({ app }) => {
  const canvas = app.getByTestId('graph-canvas');
  await expect(canvas).toHaveAttribute('data-mastered-count', '0');
  await app.locator('[data-testid=file-item][data-note-id="aws/cómputo/EC2.md"]').click();
  await expect(app.getByTestId('note-title')).toHaveText('EC2');
  await app.locator('body').press('Control+p');
  await app.getByTestId('palette-input').fill('open note or concept');
  await app.getByTestId('palette-input').press('Enter');
  await expect(app.getByTestId('review-pane')).toContainText('EC2');
  await expect(app.getByTestId('review-front')).toHaveText('EC2');
  await app.getByTestId('review-reveal').click();
  await expect(app.getByTestId('review-back')).toContainText('servidores virtuales');
  await app.getByTestId('review-grade-easy').click();
  await expect(app.getByTestId('review-done')).toBeVisible();
  await expect(canvas).toHaveAttribute('data-mastered-count', '1');
  await app.reload();
  await expect(app.getByTestId('graph-canvas')).toHaveAttribute('data-mastered-count', '1');
});
