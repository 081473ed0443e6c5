import { describe, expect, it } from 'vitest';
import { escapeRegExp } from './fold';
import { findName } from './relations';
import { hasWholeWord, isSpaceCode } from './scan';

const SAMPLES = [
  'EC2 Instance Connect usa X-Forwarded-For y t2.micro; --page-size 5.',
  'Los volúmenes EBS (Elastic Block Store) cuestan 0,08 $/GB-mes en eu-west-1.',
  'foo-Bar baz.Qux a1b2 3D ÁRBOL árbol Ñandú ñu İstanbul ǅemal ⅧX ١٢٣ abc١',
  'emoji 😀Word 𝐀lpha 𝟙2 𐐀𐐨 trailing- -leading .dot. ‐hyphen‑ 2010‐2011',
  'SAA-C03 c03 ec2-instance Amazon EC2 Auto Scaling; AMIs, ENIs. IPv6/IPv4',
  '',
  '----',
  'a',
  'Z9',
];

/** Deterministic random strings over a mixed alphabet. */
function randomTexts(n: number): string[] {
  const alphabet = ['a', 'b', 'Z', 'É', 'é', 'ñ', '1', '9', ' ', '-', '.', '‐', ',', '𝐀', '😀', '٣', 'ǅ', '\n', 'ß'];
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, () => Array.from({ length: 1 + Math.floor(next() * 40) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}

describe('scan.ts against the patterns it replaces', () => {
  it('isSpaceCode is \\s for every code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  const texts = [...SAMPLES, ...randomTexts(3000)];

  it('hasWholeWord answers as a whole-word pattern', () => {
    for (const s of texts) {
      for (const w of ['a', 'ab', 'é', 'Z9', '1', 'ñ', Array.from(s).slice(2, 5).join('').trim()]) {
        if (!w) continue;
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`, 'u');
        expect(hasWholeWord(s, w), `${w} in ${s}`).toBe(re.test(s));
      }
    }
  });
});

describe('findName', () => {
  /** The pattern relations.ts compiled per name before, with a dash between words and a possessive's `'s` after one. */
  const pattern = (words: string[]): RegExp =>
    new RegExp(`(?<![\\p{L}\\p{N}])${words.map((w) => `${escapeRegExp(w)}\\p{L}{0,3}`).join("(?:['’]s(?!\\p{L}))?[\\s\\u2010-\\u2014-]+")}`, 'u');

  it('places a folded name where the per-name pattern did', () => {
    const sentences = [
      'ec2 image builder sirve para crear amis y se usa con ec2',
      'los balanceadores de carga  elasticos   distribuyen trafico; load-balancers too',
      'image recipes feed the image pipeline of ec2 image builder',
      'xec2 ec2x ec2es ec2 ',
      "load's balancer, image’s builder, images's pipeline, balanceador–de—carga",
      ...randomTexts(500).map((t) => t.toLowerCase()),
    ];
    const names = [['ec2'], ['image', 'builder'], ['balanceador', 'de', 'carga'], ['load', 'balancer'], ['a'], ['b', 'a'], ['1'], ['é', 'ñ'], ['image', 'pipeline']];
    for (const s of sentences) for (const n of names) expect(findName(s, n), `${n.join(' ')} in ${s}`).toBe(s.search(pattern(n)));
  });
});
