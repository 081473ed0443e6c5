import type { LogEntry } from './store';
import type { Schedule, Scheduler } from './scheduler';

const DAY = 86_400_000;
const pad = (n: number): string => String(n).padStart(2, '0');
/** The local calendar day, as the person sees it. */
export const dayKey = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const startOfDay = (d: Date): Date => new Date(d.getFullYear(), d.getMonth(), d.getDate());
const MAX_REVIEWS_PER_CARD = 64;

/**
 * Reviews per day from today for `days` days, if every card is reviewed on the day it is due and
 * remembered (graded Good), and new cards are met `newPerDay` a day (`newToday` today) until none is left.
 */
export function planForecast(
  schedules: readonly (Schedule | undefined)[],
  scheduler: Scheduler,
  now: Date,
  days: number,
  newToday: number,
  newPerDay: number,
): { date: string; due: number; fresh: number }[] {
  const start = startOfDay(now).getTime();
  const end = start + days * DAY;
  const due = new Array<number>(days).fill(0);
  const fresh = new Array<number>(days).fill(0);
  const dayOf = (t: number): number => Math.max(0, Math.floor((t - start) / DAY));
  const follow = (s: Schedule): void => {
    for (let k = 0; k < MAX_REVIEWS_PER_CARD; k++) {
      const t = Math.max(new Date(s.due).getTime(), now.getTime());
      if (t >= end) return;
      due[dayOf(t)]!++;
      s = scheduler.grade(s, 'good', new Date(t));
    }
  };
  let waiting = 0;
  for (const s of schedules) {
    if (!s) waiting++;
    else follow(s);
  }
  for (let d = 0; d < days && waiting > 0; d++) {
    const n = Math.min(waiting, d === 0 ? newToday : newPerDay);
    waiting -= n;
    fresh[d]! += n;
    const at = new Date(Math.max(start + d * DAY + 12 * 3_600_000, now.getTime()));
    for (let i = 0; i < n; i++) follow(scheduler.grade(undefined, 'good', at));
  }
  return due.map((count, d) => ({ date: dayKey(new Date(start + d * DAY + 12 * 3_600_000)), due: count, fresh: fresh[d]! }));
}

/** Grades per day over the last `days` days (implicit reviews not counted), oldest first. */
export function reviewHistory(log: readonly LogEntry[], now: Date, days: number): { date: string; reviews: number; again: number }[] {
  const start = startOfDay(now).getTime() - (days - 1) * DAY;
  const out = Array.from({ length: days }, (_, d) => ({ date: dayKey(new Date(start + d * DAY + 12 * 3_600_000)), reviews: 0, again: 0 }));
  for (const e of log) {
    if (e.via) continue;
    const d = Math.floor((new Date(e.at).getTime() - start) / DAY);
    if (d < 0 || d >= days) continue;
    out[d]!.reviews++;
    if (e.grade === 'again') out[d]!.again++;
  }
  return out;
}
