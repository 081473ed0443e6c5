import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '../src');

/** Attributes a person reads or hears (screen readers), which must come from the catalogues. */
const visibleAttributes = new Set(['title', 'placeholder', 'aria-label', 'aria-description', 'alt', 'label', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext']);

/** Words: two letters in a row. Symbols (← ☾ × ·) and numbers are not language. */
const words = /\p{L}{2,}/u;

function components(dir = src): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? components(full) : entry.name.endsWith('.svelte') ? [full] : [];
  });
}

interface Node {
  type?: string;
  name?: string;
  data?: string;
  value?: unknown;
  start?: number;
  [key: string]: unknown;
}

/** Text written into a component's markup, where the catalogues cannot reach it. */
function rawText(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const ast = parse(source, { modern: true });
  const found: string[] = [];
  const line = (at: number | undefined): number => source.slice(0, at ?? 0).split('\n').length;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if (n.type === 'Text' && typeof n.data === 'string' && words.test(n.data)) found.push(`${line(n.start)}: ${n.data.trim()}`);
    if (n.type === 'Attribute') {
      if (visibleAttributes.has(n.name ?? '') && Array.isArray(n.value)) {
        for (const part of n.value as Node[]) if (part.type === 'Text' && words.test(String(part.data))) found.push(`${line(part.start)}: ${n.name}="${String(part.data)}"`);
      }
      return;
    }
    // Scripts, styles and expressions are code: their strings are checked by the key tests and by review.
    if (n.type === 'Script' || n.type === 'StyleSheet' || n.type === 'ExpressionTag' || n.type?.endsWith('Directive')) return;
    for (const [key, value] of Object.entries(n)) if (key !== 'metadata' && key !== 'expression') visit(value);
  };
  visit(ast.fragment);
  return found;
}

describe('component markup', () => {
  it('holds no words of its own: every visible text, title, placeholder and aria-label comes from the catalogues', () => {
    const offenders = components()
      .map((file) => [path.relative(src, file).split(path.sep).join('/'), rawText(file)] as const)
      .filter(([, words]) => words.length > 0)
      .map(([file, words]) => `${file}\n  ${words.join('\n  ')}`);
    expect(offenders, 'move these strings into renderer/src/i18n/messages/ (Spanish and English) and show them with t()').toEqual([]);
  });
});
