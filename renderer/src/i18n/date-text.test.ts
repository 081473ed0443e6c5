import { describe, expect, it } from 'vitest';
import { dayPlaceholder, formatDayText, parseDayText } from './date-text';

describe('a day typed in the UI’s language', () => {
  it('is written day first in Spanish and month first in English', () => {
    expect(formatDayText('2099-06-30', 'es')).toBe('30/06/2099');
    expect(formatDayText('2099-06-30', 'en')).toBe('06/30/2099');
    expect(formatDayText('', 'es')).toBe('');
  });

  it('is read in the language’s order, with any separator', () => {
    expect(parseDayText('30/06/2099', 'es')).toBe('2099-06-30');
    expect(parseDayText('1-7-2099', 'es')).toBe('2099-07-01');
    expect(parseDayText('06/30/2099', 'en')).toBe('2099-06-30');
    expect(parseDayText('1.7.99', 'es')).toBe('2099-07-01');
  });

  it('reads a year-first day whatever the language', () => {
    expect(parseDayText('2099-06-30', 'es')).toBe('2099-06-30');
    expect(parseDayText('2099-06-30', 'en')).toBe('2099-06-30');
  });

  it('refuses what is not a day', () => {
    expect(parseDayText('06/30/2099', 'es')).toBeNull();
    expect(parseDayText('31/02/2099', 'es')).toBeNull();
    expect(parseDayText('30/06', 'es')).toBeNull();
    expect(parseDayText('mañana', 'es')).toBeNull();
  });

  it('hints the order with the language’s letters', () => {
    expect(dayPlaceholder('es', { day: 'd', month: 'm', year: 'a' })).toBe('dd/mm/aaaa');
    expect(dayPlaceholder('en', { day: 'd', month: 'm', year: 'y' })).toBe('mm/dd/yyyy');
  });
});
