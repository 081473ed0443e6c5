import type { DeckCard } from './deck';
import type { Schedule } from './scheduler';

export const DEFAULT_HORIZON_DAYS = 7;
const DAY = 86_400_000;

/** The day mastery is predicted for: the exam when one is set and still ahead, else a week from now. */
export function horizonOf(examDate: string | null, now: Date): Date {
  if (examDate) {
    const exam = new Date(`${examDate}T12:00:00`);
    if (!Number.isNaN(exam.getTime()) && exam.getTime() > now.getTime()) return exam;
  }
  return new Date(now.getTime() + DEFAULT_HORIZON_DAYS * DAY);
}

/**
 * Mastery of each graph node: the predicted recall of its reviewed cards at the horizon, averaged. Recall
 * *now* is 1 right after any review, a failed one too; recall a week (or an exam) ahead is what a failed
 * card has lost: its stability is short, so Again pulls the node down.
 */
export function masteryAt(
  cards: readonly DeckCard[],
  schedule: (id: string) => Schedule | undefined,
  recallAt: (s: Schedule, at: Date) => number,
  horizon: Date,
  only?: ReadonlySet<string>,
): { nodes: Record<string, number>; coverage: Record<string, [number, number]> } {
  const sums = new Map<string, { sum: number; reviewed: number; total: number }>();
  for (const card of cards) {
    const s = schedule(card.id);
    const recall = s && s.state !== 'new' ? recallAt(s, horizon) : null;
    for (const node of card.nodeIds) {
      if (only && !only.has(node)) continue;
      const acc = sums.get(node) ?? { sum: 0, reviewed: 0, total: 0 };
      acc.total++;
      if (recall !== null) {
        acc.sum += recall;
        acc.reviewed++;
      }
      sums.set(node, acc);
    }
  }
  const nodes: Record<string, number> = {};
  const coverage: Record<string, [number, number]> = {};
  for (const [node, { sum, reviewed, total }] of sums) {
    if (reviewed === 0) continue;
    nodes[node] = Math.round((sum / reviewed) * 1000) / 1000;
    coverage[node] = [reviewed, total];
  }
  return { nodes, coverage };
}
