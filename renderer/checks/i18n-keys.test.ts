import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { areas, catalogues } from '../src/i18n/catalogue';

const src = path.resolve(import.meta.dirname, '../src');

/** The renderer's code: every .ts and .svelte file but the catalogues and tests. */
function sources(dir = src): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === path.join(src, 'i18n', 'messages') ? [] : sources(full);
    return /\.(ts|svelte)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

// A key is a quoted string starting with an area's name: `t('graph.fit')`, `key="app.switcher.create"`, or
// a map of keys (`{ note: 'graph.kind.note' }`). Keys are never built from pieces, so this finds them all.
const prefixes = areas.map((a) => a.area).join('|');
const quotedKey = new RegExp(`(['"\`])((?:${prefixes})\\.[A-Za-z0-9_.-]+)\\1`, 'g');

const used = new Map<string, string[]>();
for (const file of sources()) {
  for (const match of readFileSync(file, 'utf8').matchAll(quotedKey)) {
    const key = match[2] as string;
    used.set(key, [...(used.get(key) ?? []), path.relative(src, file)]);
  }
}

describe('the keys the code uses', () => {
  it('are all in both catalogues (a missing one would show raw)', () => {
    const missing = [...used].filter(([key]) => !(key in catalogues.en) || !(key in catalogues.es)).map(([key, files]) => `${key} (${files.join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('cover the catalogues: no message is left behind by code that stopped showing it', () => {
    expect(Object.keys(catalogues.en).filter((key) => !used.has(key))).toEqual([]);
  });
});
