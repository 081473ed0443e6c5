import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeckSpec, EvidenceDTO, GraphDTO, NoteId, ReviewQueueDTO } from '../../contract';
import { generateVault } from '../../../bench/vault/generate';
import { noteNodeId } from '../graph/contribution';
import { isFlashcardTag } from '../markdown/cards';
import { CairnService } from '../service';
import { NodeVaultFs } from '../vault/node-vault-fs';
import { CreditFit } from './credit-fit';
import { deckSteps, shortHash, type Deck, type DeckCard, type DeckSource } from './deck';
import { inDeck, resolveDeck } from './decks';
import { indexCards } from './implicit';
import { indexDeckSource } from './index-source';
import { horizonOf, masteryAt } from './mastery';
import { findMention } from './missing-links';
import { buildQueue } from './queue';
import { CREDIT_FIT_WINDOW } from './reviewer';
import { Scheduler, type Schedule } from './scheduler';
import { drain } from './steps';
import { ReviewStore } from './store';

/*
 * Mastery and queues read the deck without confirming every missing-link exercise against its note (that
 * re-read and re-matched every note that mentions a concept note: seconds on a large vault). A person must
 * see exactly what the full computation showed: the same mastery, the same cards in the same order. The
 * full computation is written out here as it was before, and compared on the sample vault and on a
 * generated one, after weeks of grades, an answered link exercise and an edit.
 */

const DAY = 86_400_000;
const notes = path.resolve(import.meta.dirname, '../../../notes');

/** The missing-link exercises as the deck made them before: every mention edge confirmed at once, in edge order. */
function everyMissingLink(graph: GraphDTO, evidence: (edgeId: string) => EvidenceDTO[], namesOf: (target: NoteId) => string[] | null, skip: ReadonlySet<NoteId>, lineOf: (noteId: NoteId, line: number) => string | undefined): DeckCard[] {
  const linked = new Set<string>();
  for (const e of graph.edges) if (e.kind === 'link' || e.kind === 'embed') linked.add(`${e.source}\n${e.target}`);
  const labels = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const out: DeckCard[] = [];
  for (const e of graph.edges) {
    if (e.kind !== 'mention' || !e.source.startsWith('note:') || !e.target.startsWith('note:')) continue;
    if (linked.has(`${e.source}\n${e.target}`)) continue;
    const from = e.source.slice(5);
    const target = e.target.slice(5);
    if (skip.has(from) || from === target) continue;
    const names = namesOf(target);
    const sentence = evidence(e.id).find((x) => x.noteId === from);
    if (!names || !sentence) continue;
    const line = lineOf(from, sentence.line);
    if (line === undefined || !findMention(line, names)) continue;
    const text = sentence.text;
    let [a, b] = [labels.get(e.source) ?? from, labels.get(e.target) ?? target];
    if (a === b) [a, b] = [from.replace(/\.md$/, ''), target.replace(/\.md$/, '')];
    out.push({ id: `link:${shortHash(`${from}\n${target}`)}`, kind: 'missing-link', front: `${a} → ${b}`, nodeIds: [e.target, noteNodeId(from)], source: { noteId: from, line: sentence.line }, link: { noteId: from, line: sentence.line, target, names }, answer: () => text });
  }
  return out;
}

/** Every card, missing-link exercises confirmed, as the reviewer held them before. */
function fullDeck(source: DeckSource): Deck {
  const deck = drain(deckSteps(source));
  const flashcardNotes = new Set([...source.notes()].filter((n) => n.tags.some(isFlashcardTag)).map((n) => n.id));
  const names = new Map<NoteId, string[]>();
  for (const c of source.concepts()) if (c.noteId && !flashcardNotes.has(c.noteId)) names.set(c.noteId, [...(names.get(c.noteId) ?? []), c.label, ...c.aliases]);
  const lineOf = (id: NoteId, line: number): string | undefined => {
    const note = source.text(id);
    return note ? note.body.split(/\r?\n/)[line - note.bodyStartLine] : undefined;
  };
  return { ...deck, cards: [...deck.cards, ...everyMissingLink(source.graph(), (id) => source.evidence(id), (t) => names.get(t) ?? null, flashcardNotes, lineOf)] };
}

const shown = (c: { id: string; kind: string; front: string; back: string; nodeIds: string[]; source: unknown; options?: string[]; clears?: number }): unknown[] => [c.id, c.kind, c.front, c.back, c.nodeIds, c.source, c.options, c.clears];

interface Expected {
  study: DeckCard[];
  mastery: { nodes: Record<string, number>; coverage: Record<string, [number, number]> };
  queue(spec: DeckSpec, limit: number): { cards: unknown[][]; dueCount: number; newCount: number; totalCount: number };
}

/** What the reviewer showed before, computed in full from the index and the review file. */
async function expected(service: CairnService, now: Date): Promise<Expected> {
  const source = indexDeckSource(service.index);
  const deck = fullDeck(source);
  const store = await ReviewStore.open(service.vault);
  const scheduler = new Scheduler();
  const study = deck.cards.filter((c) => c.kind !== 'missing-link');
  const byId = new Map(deck.cards.map((c) => [c.id, c]));
  const scheduleOf = (id: string): Schedule | undefined => {
    const card = byId.get(id);
    return card ? (store.schedule(card.id) ?? (card.legacyId ? store.schedule(card.legacyId) : undefined)) : undefined;
  };
  const index = indexCards(study, deck.graph);
  const fit = new CreditFit(index, scheduler);
  const byOldId = new Map(study.flatMap((c) => (c.legacyId ? [[c.legacyId, c] as const] : [])));
  for (const e of store.log.slice(Math.max(0, store.log.length - CREDIT_FIT_WINDOW))) {
    const card = byId.get(e.card) ?? byOldId.get(e.card);
    if (!e.via && card && card.kind !== 'missing-link') fit.record(card, e.grade, new Date(e.at));
  }
  const mastery = masteryAt(study, scheduleOf, (s, at) => scheduler.recallAt(s, at), horizonOf(store.settings.examDate, now));
  const today = store.reviewedSince(new Date(now.getFullYear(), now.getMonth(), now.getDate()));
  return {
    study,
    mastery,
    queue(spec, limit) {
      const resolved = resolveDeck(spec, deck, source.notes());
      const all = deck.cards.filter((c) => inDeck(c, resolved));
      const cards = all.filter((c) => c.kind !== 'missing-link');
      const links = all.filter((c) => c.kind === 'missing-link' && !store.linkAnswer(c.id)).slice(0, 2);
      const q = buildQueue({
        cards,
        schedule: scheduleOf,
        credit: fit.model(),
        now,
        index,
        depth: deck.graph.depths(),
        distance: resolved.distance,
        newLeft: store.settings.newPerDay - today.fresh,
        reviewsLeft: store.settings.reviewsPerDay - (today.reviews - today.fresh),
      });
      const ordered = [...q.reviews, ...q.fresh];
      const shownCards = [...ordered.slice(0, 5), ...links, ...ordered.slice(5)].slice(0, limit);
      return {
        cards: shownCards.map((c) => shown({ ...c, back: c.answer(), clears: q.hubs.get(c.id) })),
        dueCount: q.dueCount,
        newCount: q.newCount,
        totalCount: cards.length,
      };
    },
  };
}

const seen = (q: ReviewQueueDTO): { cards: unknown[][]; dueCount: number; newCount: number; totalCount: number } => ({
  cards: q.cards.map((c) => shown({ ...c, source: c.source, clears: c.clears })),
  dueCount: q.dueCount,
  newCount: q.newCount,
  totalCount: q.totalCount,
});

const GRADES = ['good', 'again', 'good', 'easy', 'hard', 'good', 'good'] as const;

describe.each([
  ['the sample vault', (dir: string) => fs.cp(notes, dir, { recursive: true })],
  ['a generated vault of 400 notes', (dir: string) => generateVault(dir, 400).then(() => undefined)],
])('%s: mastery and queues read lazily show what the full deck showed', { timeout: 240_000 }, (_name, fill) => {
  let dir: string;
  let service: CairnService;
  let clock = new Date('2026-03-02T09:00:00').getTime();
  const now = (): Date => new Date(clock);

  const compare = async (): Promise<void> => {
    const want = await expected(service, now());
    expect(await service.getMastery()).toEqual({ ...want.mastery, horizon: horizonOf(null, now()).toISOString() });
    const graph = await service.getGraph({});
    // The concept nodes with the most cards: the decks a person opens by hops.
    const counts = new Map<string, number>();
    for (const c of want.study) for (const n of c.nodeIds) counts.set(n, (counts.get(n) ?? 0) + 1);
    const centres = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map(([n]) => n);
    const tag = graph.nodes.find((n) => n.kind === 'tag')?.label.replace(/^#/, '');
    const folder = graph.nodes.find((n) => n.folder)?.folder;
    const specs: DeckSpec[] = [{ kind: 'all' }, ...centres.map((nodeId): DeckSpec => ({ kind: 'hops', nodeId, hops: 2 })), ...(tag ? [{ kind: 'tag', tag } as const] : []), ...(folder ? [{ kind: 'folder', folder } as const] : [])];
    let links = 0;
    for (const deck of specs) {
      for (const limit of [20, 500]) {
        const queue = seen(await service.reviewQueue({ deck, limit }));
        expect(queue, JSON.stringify(deck)).toEqual(want.queue(deck, limit));
        links += queue.cards.filter((c) => c[1] === 'missing-link').length;
      }
    }
    // The comparison covers link exercises, not only the cards around them.
    expect(links).toBeGreaterThan(0);
  };

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-full-deck-'));
    await fill(dir);
    service = new CairnService(await NodeVaultFs.open(dir), { host: 'test', now });
    await service.start();
    await service.setReviewSettings({ newPerDay: 25 });
    // Three weeks of reviews, some forgotten, and one link exercise declined.
    let n = 0;
    for (let day = 0; day < 21; day++) {
      const queue = await service.reviewQueue({ limit: 30 });
      for (const card of queue.cards) {
        clock += 30_000;
        if (card.kind === 'missing-link') {
          if (day === 1) await service.answerLinkSuggestion({ cardId: card.id, accept: false });
        } else await service.gradeCard({ cardId: card.id, grade: GRADES[n++ % GRADES.length]! });
      }
      clock += DAY - queue.cards.length * 30_000;
    }
    expect(n).toBeGreaterThan(200);
  }, 240_000);

  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('the same mastery, the same cards in the same order, for every kind of deck', async () => {
    await compare();
  });

  it('…after a grade, and after an edit that changes the graph', async () => {
    const queue = await service.reviewQueue({ limit: 10 });
    const card = queue.cards.find((c) => c.kind !== 'missing-link')!;
    const graded = await service.gradeCard({ cardId: card.id, grade: 'again' });
    const want = await expected(service, now());
    for (const [node, recall] of Object.entries(graded.mastery)) expect(recall).toBe(want.mastery.nodes[node]);
    const link = queue.cards.find((c) => c.kind === 'missing-link');
    if (link) await service.answerLinkSuggestion({ cardId: link.id, accept: false });
    const id = (await service.listNotes()).find((n) => !n.id.startsWith('repaso/'))!.id;
    const note = await service.readNote(id);
    await service.saveNote({ id, content: `${note.content}\n\nOtra nota sobre ${(await service.getGraph({})).nodes.find((n) => n.kind === 'note' && n.concept && n.noteId !== id)!.label} y su uso.\n`, baseHash: note.hash });
    await compare();
  });
});
