import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReviewGrade } from '../../contract';
import { CairnService } from '../service';
import { makeTempVault, type TempVault } from '../testing/temp-vault';
import { NodeVaultFs } from '../vault/node-vault-fs';
import { DEFAULT_WEIGHTS, Scheduler, type Schedule } from './scheduler';

const DAY = 86_400_000;

/** A review history of `cards` cards whose learner remembers far longer than FSRS's average person. */
function history(cards: number): { card: string; grade: ReviewGrade; at: string }[] {
  let seed = 11;
  const random = (): number => ((seed = (seed * 16807) % 2147483647), seed / 2147483647);
  const memory = new Scheduler({ fuzz: false, weights: DEFAULT_WEIGHTS.map((w, i) => (i <= 3 ? w * 3 : w)) });
  const scheduler = new Scheduler({ fuzz: false });
  const log: { card: string; grade: ReviewGrade; at: string }[] = [];
  for (let c = 0; c < cards; c++) {
    let t = Date.UTC(2026, 0, 1) + c * 3_600_000;
    let truth: Schedule | undefined;
    let plan: Schedule | undefined;
    for (let k = 0; k < 8; k++) {
      const grade: ReviewGrade = !truth ? (random() < 0.7 ? 'good' : 'again') : random() < memory.recall(truth, new Date(t)) ? 'good' : 'again';
      log.push({ card: `card:${c}`, grade, at: new Date(t).toISOString() });
      truth = memory.grade(truth, grade, new Date(t));
      plan = scheduler.grade(plan, grade, new Date(t));
      t = Math.max(new Date(plan.due).getTime(), t + DAY);
    }
  }
  return log.sort((a, b) => (a.at < b.at ? -1 : 1));
}

describe('fitting FSRS to the person’s history', () => {
  let vault: TempVault;
  let clock: Date;
  const open = async (): Promise<CairnService> => {
    const service = new CairnService(await NodeVaultFs.open(vault.dir), { host: 'test', now: () => clock });
    await service.start();
    return service;
  };

  beforeEach(async () => {
    vault = await makeTempVault({ 'AMI.md': '# AMI\n\nUna Amazon Machine Image (AMI) es la plantilla desde la que se lanza una instancia.\n' });
    clock = new Date('2026-09-01T10:00:00Z');
  });
  afterEach(() => vault.cleanup());

  it('refuses with fewer than 400 reviews, and says how many there are', async () => {
    await vault.write('.cairn/review.json', JSON.stringify({ version: 1, cards: {}, log: history(40) }));
    const service = await open();
    expect((await service.reviewPlan()).reviewsForFit).toEqual({ done: 320, needed: 400 });
    await expect(service.fitReviewParameters()).rejects.toThrow(/at least 400 reviews; there are 320/);
  });

  it('fits parameters that predict the history better, keeps them in the vault and schedules with them', async () => {
    await vault.write('.cairn/review.json', JSON.stringify({ version: 1, cards: {}, log: history(70) }));
    const service = await open();
    // How long a card learnt with two Goods ten minutes apart waits, with the scheduler in use.
    const twoGoods = async (s: CairnService, id: string): Promise<number> => {
      const start = clock;
      await s.gradeCard({ cardId: id, grade: 'good' });
      clock = new Date(start.getTime() + 10 * 60_000);
      const due = new Date((await s.gradeCard({ cardId: id, grade: 'good' })).card.due!).getTime() - clock.getTime();
      clock = start;
      return due;
    };
    const [concept, alias] = (await service.reviewQueue({})).cards;
    const before = await twoGoods(service, concept!.id);
    const fit = await service.fitReviewParameters();
    expect(fit.reviews).toBe(562); // the history and the two grades above
    expect(fit.weights).toHaveLength(21);
    expect(fit.logLossAfter).toBeLessThan(fit.logLossBefore);
    expect(JSON.parse(await vault.read('.cairn/review.json')).fit.weights).toEqual(fit.weights);
    // This learner remembers longer than average: the fit says so, and a card learnt now waits longer.
    expect(fit.weights[2]).toBeGreaterThan(DEFAULT_WEIGHTS[2]!);
    expect(await twoGoods(service, alias!.id)).toBeGreaterThan(before);
    expect((await (await open()).reviewPlan()).fit?.logLossAfter).toBe(fit.logLossAfter);
  });
});
