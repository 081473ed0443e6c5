import type { SearchDoc } from '../../electron/core/search/types';
import { rng } from './synthetic';

export type Kind = 'one-word' | 'prefix' | 'phrase' | 'operator';
export const KINDS: Kind[] = ['one-word', 'prefix', 'phrase', 'operator'];

const WORD = /[\p{L}][\p{L}\p{N}]{3,}/gu;

/** Words of the vault by frequency, as written (lower case): what people type. */
function vocabularyOf(docs: SearchDoc[]): string[] {
  const freq = new Map<string, number>();
  for (const d of docs) for (const s of d.sections) for (const m of s.text.toLowerCase().matchAll(WORD)) freq.set(m[0], (freq.get(m[0]) ?? 0) + 1);
  return [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

function commonTag(docs: SearchDoc[]): string {
  const freq = new Map<string, number>();
  for (const d of docs) for (const t of d.tags) freq.set(t, (freq.get(t) ?? 0) + 1);
  return [...freq].sort((a, b) => b[1] - a[1])[5]?.[0] ?? 'aws';
}

export function queriesFor(docs: SearchDoc[], seed: number): Record<Kind, string[]> {
  const vocabulary = vocabularyOf(docs);
  const tag = commonTag(docs);
  const rand = rng(seed);
  const word = (lo: number, hi: number): string => vocabulary[Math.min(vocabulary.length - 1, lo + Math.floor(rand() * (hi - lo)))] as string;
  const out: Record<Kind, string[]> = { 'one-word': [], prefix: [], phrase: [], operator: [] };
  for (let i = 0; i < 60; i++) {
    // Mix of common (top 200) and mid-frequency words, as people type both.
    out['one-word'].push(i % 2 ? word(5, 200) : word(200, 5000));
    const w = word(5, 3000);
    out.prefix.push(w.slice(0, Math.max(3, Math.ceil(w.length / 2))));
    const doc = docs[Math.floor(rand() * docs.length)];
    const text = doc?.sections[1]?.text ?? doc?.sections[0]?.text ?? '';
    const ws = text.match(/[\p{L}\p{N}]+/gu) ?? [];
    const at = Math.floor(rand() * Math.max(1, ws.length - 2));
    out.phrase.push(`"${ws.slice(at, at + 2).join(' ') || 'instancia ec2'}"`);
    out.operator.push(`${word(5, 500)} tag:${tag} -${word(5, 100)}`);
  }
  return out;
}
