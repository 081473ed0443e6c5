import { describe, expect, it } from 'vitest';
import { foldKey } from './fold';
import { foldedFirst, nextWord, wordAround } from './word-scan';

const WORD = /[\p{L}\p{N}]+/gu;

function scan(text: string): [number, number][] {
  const out: [number, number][] = [];
  const w = new Int32Array(2);
  let at = 0;
  while (nextWord(text, at, w)) {
    out.push([w[0] as number, w[1] as number]);
    at = w[1] as number;
  }
  return out;
}

const regexWords = (text: string): [number, number][] => [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);

describe('nextWord', () => {
  it('finds the same words as /[\\p{L}\\p{N}]+/u, in ASCII, accents, other scripts and astral characters', () => {
    for (const text of [
      '',
      '   ',
      'To launch an instance, choose an image.',
      'El X-Forwarded-For, según AWS — cómputo/EC2 (año 2024).',
      'naïve café ÀÉÎÕÜ ñandú',
      'Ελληνικά кириллица 日本語テキスト 한국어',
      '𝐀𝐁𝐂 math 𝟏𝟐 and 😀 emoji 🚀rocket',
      'combining: n\u0303o and e\u0301',
      'lone \ud800 high and \udc00 low surrogates',
      '٣٤ arabic-indic digits, ²superscript',
      'tab\tnew\nline\r\nend',
    ]) {
      expect(scan(text)).toEqual(regexWords(text));
    }
  });

  it('agrees with the regex on random text drawn from mixed alphabets', () => {
    const pool = [...'abcXYZ09 .,-_/\n\táéñÜß中文ωЖ٣', '😀', '𝐀', '\u0301', '\ud800'];
    let seed = 3;
    const rand = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let i = 0; i < 300; i++) {
      const len = Math.floor(rand() * 40);
      let text = '';
      for (let j = 0; j < len; j++) text += pool[Math.floor(rand() * pool.length)];
      expect(scan(text)).toEqual(regexWords(text));
    }
  });
});

describe('wordAround', () => {
  it('gives, from any character of a word, the bounds nextWord gives for it', () => {
    const text = 'El X-Forwarded-For 𝐀𝐁load según\ud800x AWS — año2024 😀rocket e\u0301 lone\udc00tail';
    const out = new Int32Array(2);
    for (const [s, e] of scan(text)) {
      for (let i = s; i < e; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0xdc00 && c <= 0xdfff) continue; // the second half of an astral letter starts nothing
        wordAround(text, i, out);
        expect([out[0], out[1]], `${i} in ${text.slice(s, e)}`).toEqual([s, e]);
      }
    }
  });
});

describe('foldedFirst', () => {
  it('gives the first letter of the folded word for words starting with an ASCII letter or digit', () => {
    const words = ['Instances', 'AMIs', 'EBS', 'ROLES', 'roles', 'Políticas', 'X', 'ec2', '3D', 'Zonas', 'images', 'policies', 'SERIES'];
    for (const w of words) {
      const key = foldKey(w);
      expect(String.fromCharCode(foldedFirst(w.charCodeAt(0))), w).toBe(key[0]);
    }
  });

  it('declines (−1) for a non-ASCII first letter, whose folded form only folding can tell', () => {
    expect(foldedFirst('É'.charCodeAt(0))).toBe(-1);
    expect(foldKey('Éxito')[0]).toBe('e');
  });
});
