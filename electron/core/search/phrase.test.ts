import { describe, expect, it } from 'vitest';
import { keysOf } from './fold';
import { containsPhrase, phrasePrefilter } from './phrase';
import { mulberry32 as rng } from '../testing/prng';

/** The reference: the folded words of the text, in order, hold the keys in a row. */
function naive(text: string, keys: string[]): boolean {
  const hay = keysOf(text);
  outer: for (let i = 0; i + keys.length <= hay.length; i++) {
    for (let j = 0; j < keys.length; j++) if (hay[i + j] !== keys[j]) continue outer;
    return true;
  }
  return false;
}

const WORDS = ['Instancias', 'instance', 'EC2', 'AMIs', 'ami', 'de', 'la', 'roles', 'Rol', 'políticas', 'POLICIES', 'policy', 'Balanceadores', 'carga', 'load', 'balancer', 'Cómputo', 'año', 'Ñandú', 'está', 'menú', 'ROLES', 'images', 'image', 'x', '2024'];
// Non-ASCII separators too (no-break space, dashes, Spanish marks): the prefilter's gaps are ASCII classes.
const SEPS = [' ', ' ', ', ', '-', '\n', ' (', '. ', ' **', '/', '\u00a0', ' — ', ' ¿', '·', '»'];

function randomText(rand: () => number, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += (WORDS[Math.floor(rand() * WORDS.length)] as string) + (SEPS[Math.floor(rand() * SEPS.length)] as string);
  return out;
}

describe('containsPhrase', () => {
  it('matches folded words in a row: case, accents and plurals, across punctuation', () => {
    expect(containsPhrase('Los Balanceadores de Carga reparten', keysOf('balanceador de carga'))).toBe(true);
    expect(containsPhrase('the load-balancer, here', keysOf('load balancer'))).toBe(true);
    expect(containsPhrase('balancer load', keysOf('load balancer'))).toBe(false);
    expect(containsPhrase('load the balancer', keysOf('load balancer'))).toBe(false);
    // A run that starts inside an earlier false start.
    expect(containsPhrase('load load balancer', keysOf('load balancer'))).toBe(true);
    expect(containsPhrase('a a a b', ['a', 'a', 'b'])).toBe(true);
    expect(containsPhrase('a a b a', ['a', 'a', 'a'])).toBe(false);
    expect(containsPhrase('Éxito rápido', keysOf('exito rapido'))).toBe(true);
    expect(containsPhrase('anything', [])).toBe(true);
  });

  it('agrees with folding every word, on random texts and phrases', () => {
    const rand = rng(5);
    let hits = 0;
    for (let i = 0; i < 600; i++) {
      const text = randomText(rand, 5 + Math.floor(rand() * 30));
      // Half the phrases are cut from the text, so both answers are well represented.
      const keys = rand() < 0.5 ? keysOf(text).slice(2, 2 + 2 + Math.floor(rand() * 2)) : keysOf(randomText(rand, 2 + Math.floor(rand() * 2)));
      const expected = naive(text, keys);
      if (expected) hits++;
      expect(containsPhrase(text, keys), `${JSON.stringify(text)} ${keys.join(' ')}`).toBe(expected);
    }
    expect(hits).toBeGreaterThan(200);
  });
});

describe('phrasePrefilter', () => {
  it('passes every text that holds the phrase (random texts; plurals, accents and case as written)', () => {
    const rand = rng(9);
    let checked = 0;
    for (let i = 0; i < 600; i++) {
      const text = randomText(rand, 5 + Math.floor(rand() * 30));
      const keys = keysOf(text).slice(1, 3 + Math.floor(rand() * 2));
      const re = phrasePrefilter(keys);
      if (!re || !containsPhrase(text, keys)) continue;
      checked++;
      expect(re.test(text), `${JSON.stringify(text)} ${keys.join(' ')}`).toBe(true);
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('rejects texts where the words are not adjacent or absent', () => {
    const re = phrasePrefilter(keysOf('load balancer'));
    expect(re).not.toBeNull();
    expect(re?.test('balancer load')).toBe(false);
    expect(re?.test('a load of things; the balancer')).toBe(false);
    expect(re?.test('LOAD   Balancers')).toBe(true);
    expect(phrasePrefilter(keysOf('politicas de seguridad'))?.test('Políticas de Seguridad')).toBe(true);
    expect(phrasePrefilter(keysOf('policies attached'))?.test('the policy attached')).toBe(true);
  });

  it('is a word-start match: a stem inside a longer word does not count', () => {
    expect(phrasePrefilter(keysOf('load balancer'))?.test('download balancer')).toBe(false);
  });

  it('gives no pattern for a single word or a key that is not plain ASCII', () => {
    expect(phrasePrefilter(['load'])).toBeNull();
    expect(phrasePrefilter(['日本', '語'])).toBeNull();
  });
});
