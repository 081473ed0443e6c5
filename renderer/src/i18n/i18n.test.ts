import { afterEach, describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatDecimal, formatDuration, formatNumber, formatPercent } from './format';
import { setLocale, t, tParts } from './i18n';
import { preferredLocale } from './locales';

afterEach(() => setLocale('en', false));

/** Intl separates with no-break spaces where a line must not break ("87 %"): compared as plain spaces. */
const plain = (text: string): string => text.replace(/\s/g, ' ');

describe('the UI language', () => {
  it("follows the OS or browser's languages, in their order, and falls back to English", () => {
    expect(preferredLocale(['es-MX', 'en-US'])).toBe('es');
    expect(preferredLocale(['fr-FR', 'es-ES'])).toBe('es');
    expect(preferredLocale(['en-GB', 'es'])).toBe('en');
    expect(preferredLocale(['de-DE'])).toBe('en');
    expect(preferredLocale([])).toBe('en');
  });

  it('switches the messages, with plurals of each language', () => {
    setLocale('es', false);
    expect(t('app.status.notes', { count: 1 })).toBe('1 nota');
    expect(t('app.status.notes', { count: 12 })).toBe('12 notas');
    setLocale('en', false);
    expect(t('app.status.notes', { count: 1 })).toBe('1 note');
    expect(t('app.status.notes', { count: 1234 })).toBe('1,234 notes');
  });

  it('keeps emphasis apart from the text it wraps, so no markup is ever built from a note name', () => {
    setLocale('es', false);
    expect(tParts('app.switcher.create', { name: '<img src=x>' })).toEqual([
      { text: 'Intro para crear ', strong: false },
      { text: '<img src=x>', strong: true },
    ]);
  });
});

describe('numbers, sizes, durations and dates', () => {
  it('are written as each language writes them', () => {
    setLocale('es', false);
    expect(plain(formatNumber(12345.5))).toBe('12.345,5');
    expect(plain(formatDecimal(0.8349))).toBe('0,83');
    expect(plain(formatPercent(0.87))).toBe('87 %');
    expect(plain(formatBytes(1536))).toBe('1,5 kB');
    expect(plain(formatDuration(4200))).toBe('4,2 s');
    expect(plain(formatDate(new Date(2026, 11, 6), { dateStyle: 'long' }))).toBe('6 de diciembre de 2026');
    setLocale('en', false);
    expect(plain(formatNumber(12345.5))).toBe('12,345.5');
    expect(plain(formatDecimal(0.8349))).toBe('0.83');
    expect(plain(formatPercent(0.87))).toBe('87%');
    expect(plain(formatBytes(1536))).toBe('1.5 kB');
    expect(plain(formatBytes(3 * 1024 ** 3))).toBe('3 GB');
    expect(plain(formatDuration(4200))).toBe('4.2 sec');
    expect(plain(formatDuration(185_000))).toBe('3 min 5 sec');
    expect(plain(formatDate(new Date(2026, 11, 6), { dateStyle: 'long' }))).toBe('December 6, 2026');
  });
});
