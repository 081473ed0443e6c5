import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { areas, catalogues } from './catalogue';
import { locales } from './locales';

/** Messages that read the same in both languages on purpose (names, symbols, borrowed words). */
const sameInBoth = new Set<string>([
  'graph.global',
  'graph.local',
  'note.concept.source.alias',
  'review.linkNo',
]);

/** Each argument a message takes, and its tags. How a language uses an argument (plain, plural, select) is its own affair. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      into.add(`<${element.value}>`);
      argumentsOf(element.children, into);
      continue;
    }
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

describe('the message catalogues', () => {
  it('hold the same keys in Spanish and English, none empty', () => {
    const en = Object.keys(catalogues.en).sort();
    for (const locale of locales) {
      expect(Object.keys(catalogues[locale]).sort(), `keys of ${locale}`).toEqual(en);
      for (const [key, message] of Object.entries(catalogues[locale])) expect(message.trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it("name every key after its area, so two areas can never shadow each other's keys", () => {
    const seen = new Map<string, string>();
    for (const area of areas) {
      for (const key of Object.keys(area.en)) {
        expect(key.startsWith(`${area.area}.`), `${key} lives in the '${area.area}' area`).toBe(true);
        expect(seen.get(key), `${key} defined twice`).toBeUndefined();
        seen.set(key, area.area);
      }
      expect(Object.keys(area.es).sort(), `Spanish keys of ${area.area}`).toEqual(Object.keys(area.en).sort());
    }
  });

  it('parse as ICU messages taking the same arguments in both languages', () => {
    for (const key of Object.keys(catalogues.en) as (keyof typeof catalogues.en)[]) {
      const [en, es] = [parse(catalogues.en[key]), parse(catalogues.es[key])];
      expect([...argumentsOf(es)].sort(), `arguments of ${key}`).toEqual([...argumentsOf(en)].sort());
    }
  });

  it('translate every message (a Spanish text equal to the English one is a forgotten translation)', () => {
    const untranslated = Object.keys(catalogues.en).filter((key) => catalogues.es[key as keyof typeof catalogues.es] === catalogues.en[key as keyof typeof catalogues.en] && !sameInBoth.has(key));
    expect(untranslated, 'translate these, or list them in sameInBoth (catalogue.test.ts) if they are the same words').toEqual([]);
  });
});
