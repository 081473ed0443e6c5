import { describe, expect, it } from 'vitest';
import { countKeys, foldKey, foldPlain, keysOf, tokenize } from './fold';

describe('search folding', () => {
  it('ignores case and accents', () => {
    expect(foldKey('Paginación')).toBe(foldKey('paginacion'));
    expect(foldKey('Balanceador')).toBe('balanceador');
    expect(foldPlain('Cómputo/EC2')).toBe('computo/ec2');
  });

  it('folds Spanish and English plurals onto the singular', () => {
    for (const [a, b] of [['instancias', 'instancia'], ['balanceadores', 'balanceador'], ['images', 'image'], ['roles', 'rol'], ['AMIs', 'AMI'], ['redes', 'red']]) {
      expect(foldKey(a as string)).toBe(foldKey(b as string));
    }
    expect(foldKey('EBS')).toBe('ebs');
  });

  it('splits on hyphens and punctuation and keeps offsets into the original text', () => {
    const text = 'El X-Forwarded-For, según AWS.';
    expect(keysOf(text)).toEqual(['el', 'x', 'forwarded', 'for', 'segun', 'aws']);
    const t = tokenize(text)[4];
    expect(text.slice(t?.start, t?.end)).toBe('según');
  });

  it('gives each word of any text the key folding that word gives, in order, as the word pattern cuts them', () => {
    const WORD = /[\p{L}\p{N}]+/gu;
    const byPattern = (text: string): string[] => [...text.matchAll(WORD)].map((m) => foldKey(m[0]));
    const pool = [...'abcXYZ09 .,-_/\n\táéñÜßsS中文ωЖ٣', '😀', '𝐀', '\u0301', '\ud800', '\udc00', 'Instancias', 'AMIs'];
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    for (let round = 0; round < 400; round++) {
      const text = Array.from({ length: random(60) }, () => pool[random(pool.length)]).join('');
      expect(keysOf(text)).toEqual(byPattern(text));
    }
    // More distinct words than the table of written words holds at once: it starts again, with the same keys.
    const many = Array.from({ length: 300_000 }, (_, i) => `w${i.toString(36)}s Palabras`).join(' ');
    const tf = new Map<string, number>();
    const order: string[] = [];
    const expected = byPattern(many);
    expect(countKeys(many, tf, order)).toBe(expected.length);
    expect(order.slice(0, expected.length)).toEqual(expected);
    expect(tf.get(foldKey('palabras'))).toBe(300_000);
  });
});
