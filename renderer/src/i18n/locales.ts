import { match } from '@formatjs/intl-localematcher';

/** The UI's languages, each named in itself (a person looks for their own language's name). */
export const locales = ['es', 'en'] as const;
export type Locale = (typeof locales)[number];
export const localeNames: Record<Locale, string> = { es: 'Español', en: 'English' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The best of our languages for what the OS or browser asks for (`es-MX` → es), English when none fits. */
export function preferredLocale(requested: readonly string[]): Locale {
  try {
    const best = match(requested, locales, 'en');
    return isLocale(best) ? best : 'en';
  } catch {
    // A malformed tag from the environment must not keep the UI from starting.
    return 'en';
  }
}
