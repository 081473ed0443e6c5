/**
 * A calendar day written and read in the UI's language: "30/06/2099" in Spanish, "06/30/2099" in English.
 * The browser's own date field writes the day in the OS's order whatever the UI's language is, so a
 * Spanish UI on an English system asked for mm/dd/yyyy.
 */

export type DayPart = 'day' | 'month' | 'year';

/** The order of day, month and year in a language's short dates, and what stands between them. */
export function dayOrder(locale: string): { order: DayPart[]; separator: string } {
  const parts = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).formatToParts(Date.UTC(2001, 10, 22));
  const order = parts.map((p) => p.type).filter((t): t is DayPart => t === 'day' || t === 'month' || t === 'year');
  const separator = parts.find((p) => p.type === 'literal')?.value.trim() || '/';
  return { order, separator };
}

/** An ISO day (`2099-06-30`) as the language writes it short, or '' for none. */
export function formatDayText(iso: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return '';
  const value: Record<DayPart, string> = { year: m[1]!, month: m[2]!, day: m[3]! };
  const { order, separator } = dayOrder(locale);
  return order.map((p) => value[p]).join(separator);
}

/**
 * What a person typed as an ISO day, or null when it is not one. The language's order is read, with any
 * separator; a text starting with a four-digit year is read as year-month-day (as pasted from elsewhere).
 * A two-digit year is this century's.
 */
export function parseDayText(text: string, locale: string): string | null {
  const numbers = text.trim().split(/[^\d]+/).filter(Boolean);
  if (numbers.length !== 3) return null;
  const order: DayPart[] = numbers[0]!.length === 4 ? ['year', 'month', 'day'] : dayOrder(locale).order;
  const value = Object.fromEntries(order.map((p, i) => [p, Number(numbers[i])])) as Record<DayPart, number>;
  const year = numbers[order.indexOf('year')]!.length <= 2 ? 2000 + value.year : value.year;
  const date = new Date(Date.UTC(year, value.month - 1, value.day));
  // Out of range parts roll over (31/02 → 3 March): such a day was not meant.
  if (year < 1000 || date.getUTCFullYear() !== year || date.getUTCMonth() !== value.month - 1 || date.getUTCDate() !== value.day) return null;
  return `${String(year).padStart(4, '0')}-${String(value.month).padStart(2, '0')}-${String(value.day).padStart(2, '0')}`;
}

/** The field's hint in the language's order, from the letters its words start with: "dd/mm/aaaa", "mm/dd/yyyy". */
export function dayPlaceholder(locale: string, letters: Record<DayPart, string>): string {
  const { order, separator } = dayOrder(locale);
  return order.map((p) => letters[p].repeat(p === 'year' ? 4 : 2)).join(separator);
}
