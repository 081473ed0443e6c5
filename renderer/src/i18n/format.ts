import type { FormatNumberOptions } from '@formatjs/intl';
import { intl } from './i18n';

/** Numbers, dates, sizes and durations in the UI's language (`1.234,5` in Spanish, `1,234.5` in English). */

export function formatNumber(value: number, options?: FormatNumberOptions): string {
  return intl().formatNumber(value, options);
}

/** A number with at most `digits` decimals (recall 0.83 → "0,83" in Spanish). */
export function formatDecimal(value: number, digits = 2): string {
  return intl().formatNumber(value, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A fraction as a percentage: 0.873 → "87 %" (es) / "87%" (en). */
export function formatPercent(fraction: number, digits = 0): string {
  return intl().formatNumber(fraction, { style: 'percent', maximumFractionDigits: digits });
}

export type DateInput = Date | number | string;

/** A calendar day: "6 dic 2026" / "Dec 6, 2026". */
export function formatDate(value: DateInput, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  return intl().formatDate(toDate(value), options);
}

/** A moment: day and time of day. */
export function formatDateTime(value: DateInput): string {
  return intl().formatDate(toDate(value), { dateStyle: 'medium', timeStyle: 'short' });
}

const byteUnits = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A file size in the largest unit under 1024 of it: 1536 → "1,5 kB" (es) / "1.5 kB" (en). */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < byteUnits.length - 1) {
    value /= 1024;
    unit++;
  }
  return intl().formatNumber(value, { style: 'unit', unit: byteUnits[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 });
}

/** A duration for people: "850 ms", "4,2 s", "3 min 5 s", "1 h 20 min" (English: "4.2 sec", "1 hr 20 min"). */
export function formatDuration(ms: number): string {
  const unit = (value: number, name: string, digits = 0): string =>
    intl().formatNumber(value, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: digits });
  if (ms < 1000) return unit(ms, 'millisecond', ms < 10 ? 1 : 0);
  if (ms < 60_000) return unit(ms / 1000, 'second', 1);
  const seconds = Math.round(ms / 1000);
  if (seconds < 3600) {
    const [m, s] = [Math.floor(seconds / 60), seconds % 60];
    return s ? `${unit(m, 'minute')} ${unit(s, 'second')}` : unit(m, 'minute');
  }
  const minutes = Math.round(seconds / 60);
  const [h, m] = [Math.floor(minutes / 60), minutes % 60];
  return m ? `${unit(h, 'hour')} ${unit(m, 'minute')}` : unit(h, 'hour');
}

/** "a, b y c" / "a, b, and c". */
export function formatList(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return intl().formatList(items, { type }) as string;
}

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}
