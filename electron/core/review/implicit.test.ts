import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CairnService } from '../service';
import { makeTempVault, type TempVault } from '../testing/temp-vault';
import { NodeVaultFs } from '../vault/node-vault-fs';
import { DEFAULT_CREDIT_RATE } from './implicit';

const DAY = 86_400_000;
const HOUR = 3_600_000;

const FILES = {
  'ELB.md': '---\naliases: [Elastic Load Balancing]\n---\n# ELB\n\nElastic Load Balancing (ELB) reparte el tráfico entrante entre varios destinos sanos de AWS.\n',
  'ALB.md': '---\naliases: [ALB, Application Load Balancer]\n---\n# Application Load Balancer\n\nEl Application Load Balancer (ALB) es el balanceador de capa 7 de [[ELB]], y entiende HTTP.\n',
  'S3.md': '---\naliases: [S3, Simple Storage Service]\n---\n# S3\n\nAmazon S3 (Simple Storage Service) es un almacenamiento de objetos con buckets.\n',
  'repaso.md': '---\ntags: [flashcards]\n---\n# Repaso\n\n- ¿Capa del ALB?::7\n- ¿Qué protocolo entiende el ALB?::HTTP y HTTPS\n- ¿Enruta el ALB por ruta?::Sí, con reglas\n- ¿Qué usa el ALB para escuchar?::Listeners\n',
};

describe('implicit repetition through the graph', () => {
  let vault: TempVault;
  let clock: Date;
  let service: CairnService;

  beforeEach(async () => {
    vault = await makeTempVault(FILES);
    clock = new Date('2026-05-04T10:00:00Z');
    service = new CairnService(await NodeVaultFs.open(vault.dir), { host: 'test', now: () => clock });
    await service.start();
  });
  afterEach(() => vault.cleanup());

  const cards = async (): Promise<Awaited<ReturnType<CairnService['reviewQueue']>>['cards']> => {
    await service.setReviewSettings({ newPerDay: 100 });
    return (await service.reviewQueue({ limit: 100 })).cards;
  };
  const byFront = async (front: string): Promise<string> => (await cards()).find((c) => c.front === front && c.kind === 'note')!.id;
  const conceptCard = async (nodeId: string): Promise<string> => (await cards()).find((c) => c.nodeId === nodeId && c.kind === 'concept')!.id;
  const history = async (): Promise<{ cards: Record<string, { due: string; lastReview: string | null }>; log: { card: string }[] }> =>
    JSON.parse(await vault.read('.cairn/review.json'));

  it('a recalled ALB question moves ELB’s next review later, by a fraction of the time since ELB’s last review', async () => {
    const elb = await conceptCard('note:ELB.md');
    const albIds = await Promise.all(['¿Capa del ALB?', '¿Qué protocolo entiende el ALB?'].map((f) => byFront(f)));
    // The ALB questions name ALB only; ELB is ALB's neighbour by a link.
    expect((await cards()).find((c) => c.id === albIds[0])!.nodeIds).toEqual(['note:ALB.md']);
    const learnt = await service.gradeCard({ cardId: elb, grade: 'easy' });
    const due = (): number => new Date(learnt.card.due!).getTime();
    const elapsed = due() - 2 * DAY - clock.getTime();
    clock = new Date(due() - 2 * DAY);
    const good = await service.gradeCard({ cardId: albIds[0]!, grade: 'good' });
    expect(good.implicit.credited).toEqual([elb]);
    // The default rate 0.2 (no answers to fit it on yet) × 0.6 for a link: ELB moves by 12 % of its 'age'.
    const moved = new Date((await history()).cards[elb]!.due).getTime() - due();
    expect(moved / elapsed).toBeCloseTo(DEFAULT_CREDIT_RATE * 0.6, 3);
    expect(good.mastery['note:ELB.md']).toBeGreaterThan(0);
    // Credit is not a grade: the log holds the two grades given, and today counts the one given today.
    expect((await history()).log.map((e) => e.card)).toEqual([elb, albIds[0]]);
    expect((await service.reviewQueue({})).reviewedToday).toBe(1);
    // A hard recall exercises ELB half as much; Again, not at all.
    const before = new Date((await history()).cards[elb]!.due).getTime();
    const hard = await service.gradeCard({ cardId: albIds[1]!, grade: 'hard' });
    expect(hard.implicit.credited).toEqual([elb]);
    const again = await service.gradeCard({ cardId: await byFront('¿Enruta el ALB por ruta?'), grade: 'again' });
    expect(again.implicit.credited).toEqual([]);
    const shifted = new Date((await history()).cards[elb]!.due).getTime() - before;
    expect(shifted / (clock.getTime() - new Date((await history()).cards[elb]!.lastReview!).getTime() + shifted)).toBeCloseTo(DEFAULT_CREDIT_RATE * 0.6 * 0.5, 3);
  });

  it('a card that is still fresh gains almost nothing from its neighbours', async () => {
    const elb = await conceptCard('note:ELB.md');
    const learnt = await service.gradeCard({ cardId: elb, grade: 'easy' });
    clock = new Date(clock.getTime() + HOUR);
    await service.gradeCard({ cardId: await byFront('¿Capa del ALB?'), grade: 'good' });
    const moved = new Date((await history()).cards[elb]!.due).getTime() - new Date(learnt.card.due!).getTime();
    expect(moved).toBeLessThan(0.15 * HOUR);
  });

  it('a lapse on an ALB question pulls ELB’s soon-due card forward to today (a weak spot); a first miss does not', async () => {
    const elb = await conceptCard('note:ELB.md');
    const s3 = await conceptCard('note:S3.md');
    const q = await byFront('¿Capa del ALB?');
    const first = await service.gradeCard({ cardId: elb, grade: 'easy' });
    await service.gradeCard({ cardId: s3, grade: 'easy' });
    // Missed at first sight: never learnt, so it says nothing about ELB.
    expect((await service.gradeCard({ cardId: await byFront('¿Enruta el ALB por ruta?'), grade: 'again' })).implicit.pulledForward).toEqual([]);
    await service.gradeCard({ cardId: q, grade: 'easy' });
    clock = new Date(new Date(first.card.due!).getTime() - DAY);
    expect((await service.reviewQueue({})).cards.map((c) => c.id)).not.toContain(elb);
    const failed = await service.gradeCard({ cardId: q, grade: 'again' });
    expect(failed.implicit.pulledForward).toContain(elb);
    expect(failed.implicit.pulledForward).not.toContain(s3);
    const queue = await service.reviewQueue({});
    expect(queue.cards.find((c) => c.id === elb)?.state).toBe('review');
  });

  it('the queue takes first the review whose credit clears another due card', async () => {
    const s3 = await conceptCard('note:S3.md');
    const elb = await conceptCard('note:ELB.md');
    const q1 = await byFront('¿Capa del ALB?');
    await service.gradeCard({ cardId: s3, grade: 'easy' });
    clock = new Date(clock.getTime() + 3 * DAY);
    await service.gradeCard({ cardId: q1, grade: 'easy' });
    clock = new Date(clock.getTime() + 2 * DAY);
    const learnt = await service.gradeCard({ cardId: elb, grade: 'easy' });
    // Just due: a recall of q1 moves ELB past now, while S3 and q1 are older and due.
    clock = new Date(new Date(learnt.card.due!).getTime() + HOUR);
    const due = (await service.reviewQueue({})).cards.filter((c) => c.state === 'review').map((c) => c.id);
    // S3 is the most overdue, but q1 clears ELB as well: q1 first, ELB last.
    expect(due).toEqual([q1, s3, elb]);
  });
});

describe('a hub asked before it is due', () => {
  let vault: TempVault;
  let clock: Date;
  let service: CairnService;

  beforeEach(async () => {
    // NLB, like ALB, is a kind of ELB; ALB and NLB have nothing to do with each other.
    const nlb = '---\naliases: [NLB, Network Load Balancer]\n---\n# Network Load Balancer\n\nEl Network Load Balancer (NLB) es el balanceador de capa 4 de [[ELB]], para TCP y UDP.\n';
    vault = await makeTempVault({ ...FILES, 'NLB.md': nlb });
    clock = new Date('2026-05-04T10:00:00Z');
    service = new CairnService(await NodeVaultFs.open(vault.dir), { host: 'test', now: () => clock });
    await service.start();
    await service.setReviewSettings({ newPerDay: 100 });
  });
  afterEach(() => vault.cleanup());

  it('ELB, not yet due, comes first when its recall would clear the due ALB and NLB cards, and the card says so', async () => {
    const all = (await service.reviewQueue({ limit: 100 })).cards;
    const concept = (node: string): string => all.find((c) => c.nodeId === node && c.kind === 'concept')!.id;
    const [alb, nlb, elb] = [concept('note:ALB.md'), concept('note:NLB.md'), concept('note:ELB.md')];
    for (const id of [alb, nlb]) await service.gradeCard({ cardId: id, grade: 'easy' });
    // ELB learnt later, so it falls due well after ALB and NLB (whose due days its recall moves a little).
    clock = new Date(clock.getTime() + 3 * DAY);
    await service.gradeCard({ cardId: elb, grade: 'easy' });
    const saved = JSON.parse(await vault.read('.cairn/review.json')) as { cards: Record<string, { due: string }> };
    clock = new Date(Math.max(new Date(saved.cards[alb]!.due).getTime(), new Date(saved.cards[nlb]!.due).getTime()) + HOUR);
    expect(new Date(saved.cards[elb]!.due).getTime()).toBeGreaterThan(clock.getTime());
    const queue = await service.reviewQueue({});
    const reviews = queue.cards.filter((c) => c.state === 'review');
    expect(queue.dueCount).toBe(2);
    expect(reviews[0]!.id).toBe(elb);
    expect(reviews[0]!.clears).toBe(2);
    expect(reviews.slice(1).map((c) => c.id).sort()).toEqual([alb, nlb].sort());
    expect(reviews.slice(1).every((c) => c.clears === undefined)).toBe(true);
    // Recalled, ELB moves both past today: they leave the queue.
    const graded = await service.gradeCard({ cardId: elb, grade: 'good' });
    expect(graded.implicit.credited).toEqual(expect.arrayContaining([alb, nlb]));
    expect((await service.reviewQueue({})).cards.filter((c) => c.state === 'review')).toEqual([]);
  });
});

describe('the daily queue', () => {
  let vault: TempVault;
  let clock: Date;

  beforeEach(async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`c/Concepto ${i}.md`] = `# Concepto ${i}\n\nEl Concepto ${i} es una idea de prueba número ${i} con su propia definición.\n`;
    vault = await makeTempVault(files);
    clock = new Date('2026-05-04T10:00:00Z');
  });
  afterEach(() => vault.cleanup());

  it('meets at most the day’s new cards and reviews, and counts what was done today against them', async () => {
    const service = new CairnService(await NodeVaultFs.open(vault.dir), { host: 'test', now: () => clock });
    await service.start();
    const first = await service.reviewQueue({ limit: 500 });
    expect(first.newCount).toBe(30);
    expect(first.settings.newPerDay).toBe(20);
    expect(first.cards).toHaveLength(20);
    for (const card of first.cards.slice(0, 5)) await service.gradeCard({ cardId: card.id, grade: 'easy' });
    const later = await service.reviewQueue({ limit: 500 });
    expect(later.newToday).toBe(5);
    expect(later.cards).toHaveLength(15);
    await service.setReviewSettings({ newPerDay: 0, reviewsPerDay: 2 });
    clock = new Date(clock.getTime() + 60 * DAY);
    const reviews = await service.reviewQueue({ limit: 500 });
    expect(reviews.dueCount).toBe(5);
    expect(reviews.cards).toHaveLength(2);
    expect(JSON.parse(await vault.read('.cairn/review.json')).settings).toEqual({ examDate: null, newPerDay: 0, reviewsPerDay: 2 });
    await expect(service.setReviewSettings({ newPerDay: -1 })).rejects.toThrow(/newPerDay/);
    await expect(service.setReviewSettings({ examDate: 'soon' })).rejects.toThrow(/examDate/);
  });

  it('the exam plan: mastery at the exam date, a forecast up to it, every concept weakest first', async () => {
    const service = new CairnService(await NodeVaultFs.open(vault.dir), { host: 'test', now: () => clock });
    await service.start();
    const [a, b] = (await service.reviewQueue({})).cards;
    await service.gradeCard({ cardId: a!.id, grade: 'easy' });
    await service.gradeCard({ cardId: b!.id, grade: 'again' });
    const week = (await service.getMastery()).nodes[a!.nodeId]!;
    await service.setReviewSettings({ examDate: '2026-07-04' });
    const atExam = await service.getMastery();
    expect(atExam.horizon.slice(0, 10)).toBe('2026-07-04');
    expect(atExam.nodes[a!.nodeId]!).toBeLessThan(week);
    const plan = await service.reviewPlan();
    expect(plan.examDate).toBe('2026-07-04');
    expect(plan.forecast[0]!.date).toBe('2026-05-04');
    expect(plan.forecast.at(-1)!.date).toBe('2026-07-04');
    // 28 cards still new: 18 more today, then 10 tomorrow.
    expect(plan.forecast.slice(0, 2).map((d) => d.fresh)).toEqual([18, 10]);
    expect(plan.forecast.reduce((n, d) => n + d.due, 0)).toBeGreaterThan(30);
    expect(plan.concepts[0]!.recall).toBe(0);
    const graded = plan.concepts.filter((c) => c.reviewed > 0);
    expect(graded.map((c) => c.nodeId)).toEqual([b!.nodeId, a!.nodeId]);
    expect(plan.history.at(-1)).toEqual({ date: '2026-05-04', reviews: 2, again: 1 });
  });
});
