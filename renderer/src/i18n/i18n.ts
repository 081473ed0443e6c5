import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { createSubscriber } from 'svelte/reactivity';
import { catalogues, type MessageKey } from './catalogue';
import { isLocale, preferredLocale, type Locale } from './locales';

export type { MessageKey } from './catalogue';
export { localeNames, locales, type Locale } from './locales';

export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

const storageKey = 'cairn:locale';
const cache = createIntlCache();
const intls = new Map<Locale, IntlShape>();

let current: Locale = 'en';
const listeners = new Set<() => void>();
// Templates and $derived that read the language re-run when it changes, as with any $state.
const track = createSubscriber((update) => {
  listeners.add(update);
  return () => listeners.delete(update);
});

export function intlFor(locale: Locale): IntlShape {
  let intl = intls.get(locale);
  if (!intl) {
    intl = createIntl(
      {
        locale,
        messages: catalogues[locale],
        defaultLocale: 'en',
        // A missing key shows as itself, and the catalogue test fails: nothing to do at run time but say so.
        onError: (error) => console.error(`[i18n ${locale}]`, error.message),
      },
      cache,
    );
    intls.set(locale, intl);
  }
  return intl;
}

/** The UI's language now; reading it from a template or `$derived` follows its changes. */
export function locale(): Locale {
  track();
  return current;
}

/** The formatters of the UI's language (numbers, dates, lists …), following its changes like `locale()`. */
export function intl(): IntlShape {
  return intlFor(locale());
}

/** A message of the UI's language, with its ICU arguments filled in. */
export function t(key: MessageKey, values?: MessageValues): string {
  return intl().formatMessage({ id: key }, values as Record<string, string | number | boolean | Date | null | undefined>) as string;
}

/** Switches the UI's language and remembers the choice for the next start. */
export function setLocale(next: Locale, remember = true): void {
  if (remember) {
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Storage refused (private mode, quota): the switch still holds for this session.
    }
  }
  if (typeof document !== 'undefined') document.documentElement.lang = next;
  if (next === current) return;
  current = next;
  for (const update of [...listeners]) update();
}

/** The remembered choice, else the OS or browser's languages (Electron passes the OS locale the same way). */
export function startingLocale(): Locale {
  let saved: string | null;
  try {
    saved = localStorage.getItem(storageKey);
  } catch {
    saved = null;
  }
  if (isLocale(saved)) return saved;
  const requested = typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];
  return preferredLocale(requested.filter(Boolean));
}

/** Called once before the app mounts. */
export function initLocale(): void {
  setLocale(startingLocale(), false);
}

/** A piece of a message with `<b>…</b>` in it: the view renders text nodes, never HTML. */
export interface MessagePart {
  text: string;
  strong: boolean;
}

/** A message whose words and emphasis the translation places (`Intro para crear <b>{name}</b>`). */
export function tParts(key: MessageKey, values?: MessageValues): MessagePart[] {
  const strong = (chunks: unknown[]): { strong: string } => ({ strong: chunks.join('') });
  const out = intl().formatMessage({ id: key }, { ...values, b: strong } as never) as unknown;
  const list = Array.isArray(out) ? out : [out];
  return list.map((part: unknown) => (typeof part === 'object' && part !== null && 'strong' in part ? { text: String(part.strong), strong: true } : { text: String(part), strong: false }));
}
