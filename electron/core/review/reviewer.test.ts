import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CairnService } from '../service';
import { makeTempVault, type TempVault } from '../testing/temp-vault';
import { NodeVaultFs } from '../vault/node-vault-fs';

const DAY = 86_400_000;

const FILES = {
  'repaso.md': '---\ntags: [flashcards]\n---\n# Repaso\n\n- ¿Puerto de SSH?::22\nEC2:::Elastic Compute Cloud\n\n```\nno::card\n```\n',
  'EC2.md': '---\naliases: [Elastic Compute Cloud]\n---\n# EC2\n\nAmazon EC2 runs virtual servers in the AWS cloud, billed by the second. It boots from an [[AMI]].\n',
  'AMI.md': '# AMI\n\nAn Amazon Machine Image (AMI) holds the root volume and the launch permissions of an instance.\n',
  'plain.md': '# Plain\n\nstatus:: draft, a Dataview field and not a card\n',
};

describe('review', () => {
  let vault: TempVault;
  let clock: Date;
  const open = async (): Promise<CairnService> => {
    const service = new CairnService(await NodeVaultFs.open(vault.dir), { host: 'test', now: () => clock });
    await service.start();
    return service;
  };

  beforeEach(async () => {
    vault = await makeTempVault(FILES);
    clock = new Date('2026-05-04T10:00:00Z');
  });
  afterEach(() => vault.cleanup());

  it('queues the cards people wrote first, then concept cards answered from the notes', async () => {
    const service = await open();
    const queue = await service.reviewQueue({});
    const written = queue.cards.filter((c) => c.kind === 'note');
    expect(written.map((c) => [c.front, c.back])).toEqual([
      ['¿Puerto de SSH?', '22'],
      ['EC2', 'Elastic Compute Cloud'],
      ['Elastic Compute Cloud', 'EC2'],
    ]);
    expect(queue.cards.slice(0, 3).every((c) => c.kind === 'note')).toBe(true);
    expect(written[0]!.source).toEqual({ noteId: 'repaso.md', line: 6 });
    const ami = queue.cards.find((c) => c.kind === 'concept' && c.front === 'AMI');
    expect(ami?.back).toMatch(/Amazon Machine Image \(AMI\) holds the root volume/);
    const ec2 = queue.cards.find((c) => c.kind === 'concept' && c.front === 'EC2');
    expect(ec2?.back).toMatch(/^Amazon EC2 runs virtual servers/);
    expect(ec2?.nodeId).toBe('note:EC2.md');
    expect(queue.cards.some((c) => c.kind === 'note' && c.source?.noteId !== 'repaso.md')).toBe(false);
    expect(queue.cards.some((c) => c.front === 'no' || c.front === 'Repaso')).toBe(false);
    expect(queue.newCount).toBe(queue.cards.length);
    expect(queue.dueCount).toBe(0);
    expect(queue.cards[0]!.state).toBe('new');
  });

  it('a graded card leaves the queue until it is due, and the schedule survives a restart', async () => {
    let service = await open();
    const [first] = (await service.reviewQueue({})).cards;
    const result = await service.gradeCard({ cardId: first!.id, grade: 'good' });
    expect(result.card.state).not.toBe('new');
    const due = new Date(result.card.due!);
    expect(due.getTime()).toBeGreaterThan(clock.getTime());
    expect((await service.reviewQueue({})).cards.map((c) => c.id)).not.toContain(first!.id);
    expect((await service.reviewQueue({})).reviewedToday).toBe(1);

    const saved = JSON.parse(await vault.read('.cairn/review.json')) as { cards: Record<string, unknown>; log: unknown[] };
    expect(Object.keys(saved.cards)).toEqual([first!.id]);
    expect(saved.log).toHaveLength(1);

    clock = new Date(due.getTime() + 60_000);
    service = await open();
    const later = await service.reviewQueue({});
    expect(later.cards[0]!.id).toBe(first!.id);
    expect(later.dueCount).toBe(1);
    expect(later.cards[0]!.state).toBe(result.card.state);
  });

  it('mastery is predicted recall a week ahead: high after an easy review, lower after Again, fading over the weeks', async () => {
    const service = await open();
    expect((await service.getMastery()).nodes).toEqual({});
    const ec2 = (await service.reviewQueue({ nodeId: 'note:EC2.md' })).cards;
    // The concept card, its acronym, and the written `EC2:::Elastic Compute Cloud` both ways: they name EC2.
    expect(ec2.map((c) => c.kind).sort()).toEqual(['alias', 'concept', 'note', 'note']);
    const concept = ec2.find((c) => c.kind === 'concept')!;
    const graded = await service.gradeCard({ cardId: concept.id, grade: 'easy' });
    const easy = graded.mastery['note:EC2.md']!;
    expect(easy).toBeGreaterThan(0.85);
    expect(easy).toBeLessThan(1);
    const mastery = await service.getMastery();
    expect(new Date(mastery.horizon).getTime() - clock.getTime()).toBe(7 * DAY);
    expect(mastery.coverage['note:EC2.md']).toEqual([1, 4]);
    // Two failed cards of the same concept: the node must not look mastered.
    for (const card of ec2.filter((c) => c.kind === 'note')) await service.gradeCard({ cardId: card.id, grade: 'again' });
    const failed = (await service.getMastery()).nodes['note:EC2.md']!;
    expect(failed).toBeLessThan(easy - 0.2);
    clock = new Date(clock.getTime() + 90 * DAY);
    const faded = (await service.getMastery()).nodes['note:EC2.md']!;
    expect(faded).toBeLessThan(failed);
    expect(faded).toBeGreaterThan(0);
  });

  it('a note scope holds the cards written in that note', async () => {
    const service = await open();
    const cards = (await service.reviewQueue({ nodeId: 'note:repaso.md' })).cards;
    expect(cards.map((c) => c.front)).toEqual(['¿Puerto de SSH?', 'EC2', 'Elastic Compute Cloud']);
  });

  it('follows edits: a new card appears, a removed one goes', async () => {
    const service = await open();
    await vault.write('repaso.md', '---\ntags: [flashcards]\n---\n# Repaso\n\nCapa del ALB::7\n');
    await service.filesChanged(['repaso.md']);
    const fronts = (await service.reviewQueue({ nodeId: 'note:repaso.md' })).cards.map((c) => c.front);
    expect(fronts).toEqual(['Capa del ALB']);
  });

  it('an unreadable history is kept aside, never overwritten', async () => {
    await vault.write('.cairn/review.json', '{ this is not json');
    const service = await open();
    const queue = await service.reviewQueue({});
    expect(queue.problem).toMatch(/could not be read/);
    await service.gradeCard({ cardId: queue.cards[0]!.id, grade: 'again' });
    const aside = (await fs.readdir(path.join(vault.dir, '.cairn'))).filter((f) => f.startsWith('review.unreadable-'));
    expect(aside).toHaveLength(1);
    expect(await vault.read(`.cairn/${aside[0]}`)).toBe('{ this is not json');
    expect(JSON.parse(await vault.read('.cairn/review.json')).log).toHaveLength(1);
    expect((await service.reviewQueue({})).problem).toBeNull();
  });

  it('a grade that cannot be saved is refused and not recorded', async () => {
    await fs.mkdir(path.join(vault.dir, '.cairn/review.json'), { recursive: true });
    const service = await open();
    const [card] = (await service.reviewQueue({})).cards;
    await expect(service.gradeCard({ cardId: card!.id, grade: 'good' })).rejects.toThrow();
    const again = await service.reviewQueue({});
    expect(again.cards[0]!.id).toBe(card!.id);
    expect(again.cards[0]!.state).toBe('new');
    expect(again.reviewedToday).toBe(0);
  });

  it('refuses unknown cards and bad grades with a reason', async () => {
    const service = await open();
    await expect(service.gradeCard({ cardId: 'concept:nope', grade: 'good' })).rejects.toThrow(/No such card/);
    await expect(service.gradeCard({ cardId: 'x', grade: 'perfect' as never })).rejects.toThrow(/grade must be/);
    await expect(service.reviewQueue({ limit: 0 })).rejects.toThrow(/limit/);
  });
});

describe('concept answers', () => {
  it.each([
    ['a sentence that says what it is, over a heading', ['Amazon Machine Images (AMI)', 'An Amazon Machine Image (AMI) is an image that holds what an instance needs to launch.'], 1],
    ['over a table row', ['| Dedicated | 2016 | You can run Spot Instances in a virtual private cloud (VPC). |', 'A virtual private cloud (VPC) is a virtual network in your own isolated area of the AWS Cloud.'], 1],
    ['never one that does not name it', ['The size of a volume is constrained by the physics of block storage.', 'Pick the operating system (OS) here.'], 1, ['OS', 'operating system']],
    ['over a step that names it in passing', ['If Amazon Elastic Compute Cloud (Amazon EC2) is not listed, choose AWS services and search for it.', 'Amazon Elastic Compute Cloud (Amazon EC2) is the AWS service that runs virtual servers.'], 1],
    // A label repeated under each section is that section's field (side effects of each drug), not what it is.
    ['over a label repeated section after section', ['Effects: nausea (the first drug is a laxative), rash', 'Effects: headache, dizziness, dry mouth', 'Effects = any harm a medicine does at a normal dose'], 2, ['Effects']],
  ] as [string, string[], number, string[]?][])('%s', async (_name, sentences, expected, names) => {
    const { bestDefinition } = await import('./deck');
    const defs = sentences.map((sentence, line) => ({ noteId: 'a.md', line, sentence }));
    expect(bestDefinition(defs, names)?.line).toBe(expected);
  });
});
