import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../testing/prng';
import { spanHash } from './span-table';
import { tokenize } from './tokens';

/** The tokens as the pattern the scan replaced found them, possessive `s` dropped, with their lines. */
function byPattern(text: string): [string, number, number][] {
  const out: [string, number, number][] = [];
  let prevEnd = -1;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = m.index;
    if (out.length > 0 && (m[0] === 's' || m[0] === 'S') && prevEnd === start - 1 && (text[start - 1] === "'" || text[start - 1] === '’')) continue;
    out.push([m[0], start, text.slice(0, start).split('\n').length - 1]);
    prevEnd = start + m[0].length;
  }
  return out;
}

function byScan(text: string): [string, number, number][] {
  const t = tokenize(text);
  const out: [string, number, number][] = [];
  for (let k = 0; k < t.length; k++) {
    const [a, b] = [t.start[k] as number, t.end[k] as number];
    expect(t.hash[k]).toBe(spanHash(text, a, b));
    out.push([text.slice(a, b), a, t.line[k] as number]);
  }
  return out;
}

describe('tokenize', () => {
  it('finds the tokens of /[\\p{L}\\p{N}]+/u, astral letters and lone surrogates included', () => {
    const samples = [
      "the instance's role, EC2's AMIs and t2.micro; X-Forwarded-For",
      'Los volúmenes EBS cuestan 0,08 $/GB-mes\nen eu-west-1. Ñandú ǅemal ⅧX ١٢٣',
      'emoji 😀Word 𝐀lpha 𝟙2 𐐀𐐨 \ud835 lone \udc00 high’s s',
      '',
      "'s s's",
    ];
    const rand = mulberry32(11);
    const alphabet = ['a', 'Z', 'é', 'ñ', '1', ' ', '-', '.', "'", '’', 's', 'S', '\n', '𝐀', '😀', '٣', '\ud835', '\udc00', '*', '/'];
    for (let i = 0; i < 400; i++) samples.push(Array.from({ length: 1 + Math.floor(rand() * 30) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join(''));
    for (const text of samples) expect(byScan(text), text).toEqual(byPattern(text));
  });

  it('joins tokens across soft separators only', () => {
    const t = tokenize('EC2 Image-Builder. Load\nBalancer, t2.micro');
    expect(Array.from(t.joins.subarray(0, t.length))).toEqual([1, 1, 0, 0, 0, 1, 0]);
  });
});
