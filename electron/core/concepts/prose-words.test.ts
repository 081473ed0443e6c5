import { describe, expect, it } from 'vitest';
import { cueIn, cuesOf } from './glosses';
import { CONTRACTED, noteWords, type WordInfo } from './prose-words';

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

type Found = { tokens: [number, number, string][]; caps: [number, string][] };

/**
 * What the scan found on each line, read out of its buffers (which the next call reuses): each token as its
 * word's text, so a token given another word's judgement differs from the pattern's.
 */
function byScan(texts: readonly string[], joined = false): Found[] {
  // Joined: the lines as the slices of one text they are in a note's section, read where they stand in it.
  const source = texts.join('\n');
  let at = 0;
  const lines = texts.map((text) => {
    const line = joined ? { text, source, at } : { text };
    at += text.length + 1;
    return line;
  });
  const w = noteWords(lines);
  return texts.map((text, li) => {
    const tokens: [number, number, string][] = [];
    for (let k = w.lineFrom[li] as number; k < (w.lineFrom[li + 1] as number); k++) {
      const raw = text.slice(w.start[k], w.end[k]);
      // `isn't`: the first half of a contraction is CONTRACTED.
      const contracted = w.word[k] === CONTRACTED && /^['’]\p{L}/u.test(text.slice(w.end[k]));
      tokens.push([w.start[k] as number, w.end[k] as number, contracted ? raw : (w.word[k] as WordInfo).raw]);
    }
    const caps: [number, string][] = [];
    for (let c = w.capFrom[li] as number; c < (w.capFrom[li + 1] as number); c++) {
      const raw = (w.capWord[c] as WordInfo).raw;
      caps.push([w.capStart[c] as number, text.slice(w.capStart[c], w.capEnd[c]) === raw ? raw : `${raw} ≠ the text`]);
    }
    return { tokens, caps };
  });
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
    const texts = [...SAMPLES, ...randomTexts(5000)];
    // Line by line, and as the lines of one note (the buffers are shared by a note's lines), alone or
    // read where they stand in their section's text.
    for (const text of texts) expect(byScan([text])[0], text).toEqual(byPatterns(text));
    for (let at = 0; at < texts.length; at += 50) {
      const lines = texts.slice(at, at + 50).flatMap((t) => t.split('\n'));
      const expected = lines.map((text) => byPatterns(text));
      expect(byScan(lines)).toEqual(expected);
      expect(byScan(lines, true)).toEqual(expected);
    }
  });

  it('gives one word the same judgement wherever it stands', () => {
    const a: WordInfo[] = noteWords([{ text: 'El rol de la instancia' }]).word.slice(0, 5);
    const b: WordInfo[] = noteWords([{ text: 'Cada instancia tiene un rol' }]).word.slice(0, 5);
    expect(a[4]).toBe(b[1]);
    expect(a[1]).toBe(b[4]);
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
      const cues = cuesOf(text, noteWords([{ text }]), 0);
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
