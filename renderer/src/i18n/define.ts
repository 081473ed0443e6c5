/**
 * One area's messages (ICU MessageFormat), both languages side by side: TypeScript refuses a Spanish
 * catalogue that lacks or adds a key of the English one. Keys start with the area's name (checked by test).
 */
export function defineMessages<const K extends string>(area: string, en: Record<K, string>, es: NoInfer<Record<K, string>>): Messages<K> {
  return { area, en, es };
}

export interface Messages<K extends string = string> {
  area: string;
  en: Record<K, string>;
  es: Record<K, string>;
}
