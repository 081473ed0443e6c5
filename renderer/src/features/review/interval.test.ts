import { afterEach, expect, it } from 'vitest';
import { setLocale } from '../../i18n/i18n';
import { formatInterval } from './interval';

afterEach(() => setLocale('en', false));

it("writes the core's next-due intervals on the grade buttons in the UI's language", () => {
  setLocale('en', false);
  expect(['10m', '5h', '3d', '2mo', '1.5y'].map(formatInterval)).toEqual(['10m', '5h', '3d', '2mo', '1.5y']);
  setLocale('es', false);
  expect(['10m', '5h', '3d', '1mo', '2mo', '1.5y'].map(formatInterval)).toEqual(['10 min', '5 h', '3 d', '1 mes', '2 meses', '1,5 años']);
  // Anything else passes through as the core wrote it.
  expect(formatInterval('soon')).toBe('soon');
});
