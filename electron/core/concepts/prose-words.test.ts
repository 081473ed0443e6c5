import { describe, expect, it } from 'vitest';
import { cueIn, cuesOf } from './glosses';
import { lineWords } from './prose-words';

/** The patterns the scan replaced: a word for names, and the capitalised tokens a name may hold. */
const NAME_TOKEN = /[\p{L}\p{Nd}]+(?:[-.\u2010\u2011][\p{L}\p{Nd}]+)*/gu;
const CAP_TOKEN = /(?<![\p{L}\p{N}])(?:\p{Lu}|[\p{L}\p{Nd}]*\p{Nd})[\p{L}\p{Nd}]*(?:[-.\u2010\u2011][\p{L}\p{Nd}]+)*/gu;

function byPatterns(text: string): { tokens: [number, number, string][]; caps: [number, string][] } {
  const tokens: [number, number, string][] = [...text.matchAll(NAME_TOKEN)].map((m) => [m.index, m.index + m[0].length, m[0]]);
  const caps: [number, string][] = [];
  for (const m of text.matchAll(CAP_TOKEN)) {
    // `IA` of `Standard-IA`: a longer token's tail.
    if (m.index >= 2 && /[-.\u2010\u2011]/.test(text[m.index - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[m.index - 2] ?? '')) continue;
    caps.push([m.index, m[0]]);
  }
  return { tokens, caps };
}

function byScan(text: string): { tokens: [number, number, string][]; caps: [number, string][] } {
  const w = lineWords(text);
  w.capStarts.forEach((s, c) => expect(text.slice(s, w.capEnds[c])).toBe(w.capInfos[c]?.raw));
  return {
    tokens: w.starts.map((s, k) => [s, w.ends[k] as number, w.infos[k]?.raw as string]),
    caps: w.capStarts.map((s, c) => [s, w.capInfos[c]?.raw as string]),
  };
}

const SAMPLES = [
  'EC2 Instance Connect usa X-Forwarded-For y t2.micro; --page-size 5.',
  'Los volúmenes EBS (Elastic Block Store) cuestan 0,08 $/GB-mes en eu-west-1.',
  'foo-Bar baz.Qux a1b2 3D ÁRBOL árbol Ñandú ñu İstanbul ǅemal ⅧX ١٢٣ abc١ x²Bar ¹Amazon ½.B',
  'emoji 😀Word 𝐀lpha 𝟙2 𐐀𐐨 trailing- -leading .dot. ‐hyphen‑ 2010‐2011 a-.B saa-c03 Standard-IA 𝐀-Bc x𝟙.2a',
  "SAA-C03 c03 ec2-instance Amazon EC2 Auto Scaling; AMIs, ENIs. IPv6/IPv4 isn't don’t",
  '',
  '----',
  'a',
  'Z9',
];

/** Deterministic random strings over a mixed alphabet (letters, digits, glue, astral letters, numbers that are not decimal). */
function randomTexts(n: number): string[] {
  const alphabet = ['a', 'b', 'Z', 'É', 'é', 'ñ', '1', '9', ' ', '-', '.', '‐', '‑', ',', '𝐀', '😀', '٣', 'ǅ', '\n', 'ß', '²', 'Ⅷ', "'", '\ud835'];
  let seed = 11;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, () => Array.from({ length: 1 + Math.floor(next() * 40) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}

describe('lineWords against the patterns it replaces', () => {
  it('finds the same tokens, and the same capitalised ones, in awkward and random text', () => {
    for (const text of [...SAMPLES, ...randomTexts(5000)]) expect(byScan(text), text).toEqual(byPatterns(text));
  });

  it('gives one word the same judgement wherever it stands', () => {
    const a = lineWords('El rol de la instancia');
    const b = lineWords('Cada instancia tiene un rol');
    expect(a.infos[4]).toBe(b.infos[1]);
    expect(a.infos[1]).toBe(b.infos[4]);
  });
});

/** The cue test of glosses.ts before it was read from the words. */
const CUE = /: |\s(?:es|son|is|are|sirven?|se|proporcionan?|permiten?|ofrecen?|definen?|realizan?|contienen?|almacenan?|guardan?|gestionan?|provides?|allows?|lets|enables?|offers?|defines?|stores?|contains?|manages?|que|which)\s/i;

describe('the cue of a definition, read from the words', () => {
  it('says what the cue pattern says of a line and of every slice of it, in awkward and random text', () => {
    const pieces = ['es', 'ES', 'Es', 'son', 'is', 'IS', 'are', 'sirve', 'sirven', 'se', 'provides', 'Provide', 'lets', 'let', 'que', 'which',
      'define', 'definen', 'esto', 'ses', 'ſe', 'İs', 'es-ES', 'is.', 'is,', 'é', 'x', 'EC2', 'are2', ':', ': ', ' ', ' ', '  ', '\t', '\u00a0',
      '\u2003', '\u180e', '\u3000', '\ufeff', '\u200b', '.', '-', '(', ')', '¿', '\u0301', '𝐀'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const texts = [
      'EC2 es un servicio. Amazon S3 stores objects: cheap', 'The instance is stopped', ' es ', 'x\u00a0es\u2003y', 'a is\ufeffb',
      ...Array.from({ length: 3000 }, () => Array.from({ length: 1 + Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join('')),
    ];
    for (const text of texts) {
      const cues = cuesOf(text, lineWords(text));
      for (let from = 0; from <= text.length; from++) {
        for (let to = from; to <= text.length; to++) {
          const said = cueIn(text, cues, from, to);
          // expect() only on a difference: a million calls of it would take the test's whole time.
          if (said !== CUE.test(text.slice(from, to))) expect(said, `${JSON.stringify(text)} [${from}, ${to})`).toBe(!said);
        }
      }
    }
  });
});
