import { promises as fs } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

const DAY = 86_400_000;
const note = (name: string, acronym: string, text: string): string => `---\naliases: [${acronym}, ${name}]\n---\n# ${name}\n\n${text}\n`;

/** A card learnt `ago` days back (an Easy first sight, as FSRS leaves it), due `dueIn` days from now. */
function learnt(now: number, ago: number, dueIn: number): Record<string, unknown> & { lastReview: string } {
  const last = new Date(now - ago * DAY).toISOString();
  return { due: new Date(now + dueIn * DAY).toISOString(), stability: 8.3, difficulty: 1, elapsedDays: 0, scheduledDays: Math.round(ago + dueIn), learningSteps: 0, reps: 1, lapses: 0, state: 'review', lastReview: last };
}

// A history from before the session: ALB's and NLB's concept cards due since an hour, ELB's in four days.
const now = Date.now();
const cards = { 'concept:alb': learnt(now, 8, -1 / 24), 'concept:nlb': learnt(now, 8, -1 / 24), 'concept:elb': learnt(now, 4, 4) };
const history = { version: 1, cards, log: Object.entries(cards).map(([card, s]) => ({ card, grade: 'easy', at: s.lastReview })) };

// ALB and NLB are kinds of ELB; they have nothing to do with each other.
test.use({
  vaultFiles: {
    '.cairn/review.json': JSON.stringify(history),
    'ELB.md': '---\naliases: [Elastic Load Balancing]\n---\n# ELB\n\nElastic Load Balancing (ELB) reparte el tráfico entrante entre varios destinos sanos de AWS.\n',
    'ALB.md': note('Application Load Balancer', 'ALB', 'El Application Load Balancer (ALB) es el balanceador de capa 7 de [[ELB]], y entiende HTTP.'),
    'NLB.md': note('Network Load Balancer', 'NLB', 'El Network Load Balancer (NLB) es el balanceador de capa 4 de [[ELB]], para TCP y UDP.'),
  },
});

test('a hub not yet due is asked first when its recall clears due neighbours, says so, and a Good clears them', async ({ app, vaultDir }) => {
  await app.getByTestId('review-start').click();
  const card = app.getByTestId('review-card');
  await expect(card).toHaveAttribute('data-card-id', 'concept:elb');
  await expect(app.getByTestId('review-card-clears')).toHaveText('Asked before it is due: recalling it also counts for 2 due cards nearby');
  await expect(app.getByTestId('review-counts')).toContainText('2 due');
  if (process.env.CAIRN_SCREENSHOTS) await app.screenshot({ path: path.join(process.env.CAIRN_SCREENSHOTS, 'review-hub.png') });
  await app.getByTestId('review-reveal').click();
  await app.getByTestId('review-grade-good').click();
  // ALB and NLB moved past today: only new cards are left.
  await expect(card).not.toHaveAttribute('data-card-id', 'concept:elb');
  await expect(app.getByTestId('review-counts')).toContainText('0 due');
  const saved = JSON.parse(await fs.readFile(path.join(vaultDir, '.cairn/review.json'), 'utf8')) as { cards: Record<string, { due: string }>; log: { card: string }[] };
  expect(saved.log.map((e) => e.card)).toEqual(['concept:alb', 'concept:nlb', 'concept:elb', 'concept:elb']);
  for (const id of ['concept:alb', 'concept:nlb']) expect(new Date(saved.cards[id]!.due).getTime()).toBeGreaterThan(Date.now());
});
