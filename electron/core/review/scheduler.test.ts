import { describe, expect, it } from 'vitest';
import { Scheduler, formatInterval, type Schedule } from './scheduler';

const day = 86_400_000;
const t0 = new Date('2026-03-01T09:00:00Z');

describe('Scheduler', () => {
  const s = new Scheduler({ fuzz: false });

  it('brings a forgotten card back within minutes and a known one after days', () => {
    const again = s.grade(undefined, 'again', t0);
    const easy = s.grade(undefined, 'easy', t0);
    expect(new Date(again.due).getTime() - t0.getTime()).toBeLessThan(30 * 60_000);
    expect(new Date(easy.due).getTime() - t0.getTime()).toBeGreaterThanOrEqual(day);
    expect(again.state).toBe('learning');
    expect(easy.state).toBe('review');
  });

  it('spaces reviews further apart each time a card is remembered', () => {
    let card: Schedule | undefined;
    let now = t0;
    const gaps: number[] = [];
    for (let i = 0; i < 5; i++) {
      card = s.grade(card, 'good', now);
      const due = new Date(card.due);
      gaps.push(due.getTime() - now.getTime());
      now = due;
    }
    for (let i = 2; i < gaps.length; i++) expect(gaps[i]!).toBeGreaterThan(gaps[i - 1]!);
    expect(card!.reps).toBe(5);
  });

  it('counts a lapse when a learnt card is forgotten', () => {
    let card = s.grade(undefined, 'easy', t0);
    card = s.grade(card, 'again', new Date(card.due));
    expect(card.lapses).toBe(1);
    expect(card.state).toBe('relearning');
  });

  it('previews one interval per grade, growing from again to easy', () => {
    const next = s.preview(undefined, t0);
    const ms = (v: string): number => {
      const n = parseFloat(v);
      return v.endsWith('mo') ? n * 30 * day : v.endsWith('m') ? n * 60_000 : v.endsWith('h') ? n * 3_600_000 : v.endsWith('d') ? n * day : n * 365 * day;
    };
    expect(ms(next.again)).toBeLessThan(ms(next.good));
    expect(ms(next.good)).toBeLessThan(ms(next.easy));
  });

  it('recall is 0 for a new card, high just after a review and lower a month later', () => {
    expect(s.recall(undefined, t0)).toBe(0);
    const card = s.grade(undefined, 'good', t0);
    const soon = s.recall(card, new Date(t0.getTime() + 60_000));
    const later = s.recall(card, new Date(t0.getTime() + 30 * day));
    expect(soon).toBeGreaterThan(0.9);
    expect(later).toBeLessThan(soon);
  });
});

describe('formatInterval', () => {
  it.each([
    [5 * 60_000, '5m'],
    [3 * 3_600_000, '3h'],
    [4 * day, '4d'],
    [90 * day, '3mo'],
    [730 * day, '2y'],
  ])('%i ms → %s', (ms, text) => expect(formatInterval(ms)).toBe(text));
});
