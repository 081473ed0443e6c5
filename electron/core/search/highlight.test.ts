import { describe, expect, it } from 'vitest';
import { foldKey, foldPlainWord } from './fold';
import { Highlighter } from './highlight';

const WORD = /[\p{L}\p{N}]+/gu;

/** The reference: every word whose key is a query key, or whose plain form starts with a typed prefix. */
function naiveRanges(text: string, keys: string[], prefixes: string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (keys.includes(foldKey(w)) || prefixes.some((p) => foldPlainWord(w).startsWith(p))) out.push([m.index, m.index + w.length]);
  }
  return out;
}

const TEXT = 'Las Instancias EC2 arrancan desde una AMI; las AMIs públicas se comparten. Él instaló ÉXITO e instance-store. Instalación: ínstalar.';

describe('Highlighter', () => {
  it('finds the words a query matched: keys folded (case, accents, plurals), prefixes on the plain form', () => {
    const cases: [string[], string[]][] = [
      [['instancia'], []],
      [['ami'], []],
      [['exito', 'el'], []],
      [[], ['inst']],
      [['ec2'], ['publi']],
      [['comparten', 'la'], ['ins']],
    ];
    for (const [keys, prefixes] of cases) {
      const hl = new Highlighter();
      for (const k of keys) hl.addKey(k);
      for (const p of prefixes) hl.addPrefix(p);
      const expected = naiveRanges(TEXT, keys, prefixes);
      expect(expected.length, `${keys} ${prefixes}`).toBeGreaterThan(0);
      expect(hl.ranges(TEXT)).toEqual(expected);
      expect(hl.count(TEXT)).toBe(expected.length);
    }
  });

  it('matches a word whose first letter is accented (folded before it is compared)', () => {
    const hl = new Highlighter();
    hl.addKey('exito');
    expect(hl.count('ÉXITO y éxito, exitos')).toBe(3);
  });

  it('agrees with folding every word on random text: stems inside longer words, accents, case, astral letters', () => {
    const parts = ['inst', 'Inst', 'ÍNST', 'instancias', 'reinstalar', 'polic', 'Policies', 'policy', 'póliza', 'ami', 'AMIs', 'amigo', 'x', 'X', '𝐀inst', 'inst𝐀', 'ec2', 'EC2s', '\u212Aey', 'key', 'de', 'la', 'ñu', '日本'];
    const seps = [' ', '-', ', ', '\n', '', '(', '**', '😀'];
    let seed = 17;
    const rand = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T;
    const queries: [string[], string[]][] = [
      [['instancia'], []],
      [['policy', 'ami'], []],
      [['x'], ['ke']],
      [['ec2'], ['inst']],
      [['de', 'la'], []],
      [['nu'], ['pol']],
      [['日本'], []],
    ];
    for (let i = 0; i < 400; i++) {
      let text = '';
      for (let j = Math.floor(rand() * 25); j > 0; j--) text += pick(parts) + pick(seps);
      const [keys, prefixes] = pick(queries);
      const hl = new Highlighter();
      for (const k of keys) hl.addKey(k);
      for (const p of prefixes) hl.addPrefix(p);
      const expected = naiveRanges(text, keys, prefixes);
      expect(hl.ranges(text), JSON.stringify([text, keys, prefixes])).toEqual(expected);
      expect(hl.count(text)).toBe(expected.length);
    }
  });

  it('highlights a quoted phrase as one run where its words are adjacent, and nowhere else', () => {
    const hl = new Highlighter();
    hl.addPhrase(['de', 'la']);
    const text = 'La cuenta de la organización; de nuevo, la red. DE LA nube, de-la.';
    const got = hl.ranges(text).map(([s, e]) => text.slice(s, e));
    expect(got).toEqual(['de la', 'DE LA', 'de-la']);
    expect(hl.count(text)).toBe(3);
    expect(hl.matchesKey('la')).toBe(true);
  });

  it('finds phrases and words together as folding every word would, on random text', () => {
    // Words holding a phrase's first stem inside them (`ella`, `al`, `calla`) before its second word: a run
    // starts only where the next word starts with the second key's stem.
    const words = ['de', 'la', 'De', 'LA', 'carga', 'Cargas', 'balanceador', 'Balanceadores', 'x', 'ÉXITO', 'exito', 'caída', 'CAIDAS', 'ella', 'al', 'calla', 'cal', 'lados', 'deñ', 'laé', 'está', 'menú', 'ESTÁ'];
    const seps = [' ', '-', ', ', '\n', '. ', '\u00a0', ' — ', '¿', '·'];
    let seed = 5;
    const rand = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T;
    const queries: [string[][], string[]][] = [
      [[['de', 'la']], []],
      [[['balanceador', 'de', 'carga']], ['exi']],
      [[['de', 'la'], ['de', 'la', 'carga']], ['x']],
      [[['la', 'la']], []],
      [[['la', 'caida']], ['carga']],
      [[['x', 'la'], ['la', 'caida']], ['al']],
      [[['esta', 'menu'], ['menu', 'de']], []],
    ];
    for (let i = 0; i < 400; i++) {
      let text = '';
      for (let j = Math.floor(rand() * 25); j > 0; j--) text += pick(words) + pick(seps);
      const [phrases, extra] = pick(queries);
      const hl = new Highlighter();
      for (const p of phrases) hl.addPhrase(p);
      for (const k of extra) hl.addKey(k);
      // Reference: at each word, the longest phrase that starts there, else the word alone if it is a key.
      const ws = [...text.matchAll(WORD)].map((m) => ({ key: foldKey(m[0]), s: m.index, e: m.index + m[0].length }));
      const expected: [number, number][] = [];
      for (let at = 0; at < ws.length; ) {
        const run = [...phrases].sort((a, b) => b.length - a.length).find((p) => p.every((k, j) => ws[at + j]?.key === k));
        if (run) {
          expected.push([ws[at]!.s, ws[at + run.length - 1]!.e]);
          at += run.length;
        } else {
          if (extra.includes(ws[at]!.key)) expected.push([ws[at]!.s, ws[at]!.e]);
          at++;
        }
      }
      expect(hl.ranges(text), JSON.stringify([text, phrases, extra])).toEqual(expected);
      expect(hl.count(text)).toBe(expected.length);
    }
  });

  it('keeps matching after more keys are added', () => {
    const hl = new Highlighter();
    hl.addKey('ami');
    expect(hl.count(TEXT)).toBe(2);
    hl.addKey('instancia');
    expect(hl.count(TEXT)).toBe(3);
    hl.addPrefix('publ');
    expect(hl.count(TEXT)).toBe(4);
  });

  it('matches nothing when empty', () => {
    const hl = new Highlighter();
    expect(hl.empty).toBe(true);
    expect(hl.count(TEXT)).toBe(0);
    expect(hl.ranges(TEXT)).toEqual([]);
  });

  it('tells whether a folded key matches, for title coverage', () => {
    const hl = new Highlighter();
    hl.addKey('balanceador');
    hl.addPrefix('carg');
    expect(hl.matchesKey('balanceador')).toBe(true);
    expect(hl.matchesKey('carga')).toBe(true);
    expect(hl.matchesKey('balance')).toBe(false);
  });
});
