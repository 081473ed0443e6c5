import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { itemStarts, sentenceAt, sentenceBounds, tidy } from './sentence';

/** What tidy replaces: two regular expressions, clear but slow when run once per hit. */
const reference = (s: string): string =>
  s.replace(/^\s*(?:#{1,6}\s+|[-+*>]\s+|\d+[.)]\s+)/, '').replace(/\s+/g, ' ').trim();

describe('tidy', () => {
  it.each([
    'A plain sentence.',
    '  Leading and trailing  ',
    '## Heading text',
    '- list item',
    '12. numbered item',
    '3) other item',
    '2023 was a year.',
    'Tabs\tand\nnew lines\r\nhere',
    'non\u00a0breaking and\u2003em space',
    '> quoted',
    '*emphasis* stays',
    '',
    '   ',
  ])('tidies %j like the regular expressions', (s) => {
    expect(tidy(s)).toBe(reference(s));
  });

  it('agrees with them on random text', () => {
    const alphabet = ['a', 'B', ' ', ' ', '\n', '\t', '#', '-', '*', '>', '1', '.', ')', '\u00a0', 'é'];
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 2000; i++) {
      let s = '';
      for (let j = rand(20); j > 0; j--) s += alphabet[rand(alphabet.length)];
      expect(tidy(s), JSON.stringify(s)).toBe(reference(s));
    }
  });
});

describe('the sentence around a name', () => {
  const sentenceOf = (note: string, word: string): string => {
    const section = parseNote('n.md', note).sections[0];
    if (!section) throw new Error('no section');
    const at = section.text.indexOf(word);
    return sentenceAt(section.text, sentenceBounds(section.text, at, at + word.length, itemStarts(section, section.text)), at, at + word.length);
  };

  it('ends with its list item, though the item is long and the next one opens in lower case', () => {
    const note = ['- **Lambda**', '    - runtime: Node.js, Python, Java, Go, .NET, or a custom runtime', '    - memory 128 MB to 10 GB, the CPU grows with it', ''].join('\n');
    expect(sentenceOf(note, 'Python')).toBe('runtime: Node.js, Python, Java, Go, .NET, or a custom runtime');
    expect(sentenceOf(note, 'CPU')).toBe('memory 128 MB to 10 GB, the CPU grows with it');
  });

  it('still runs on over a hard-wrapped line of a paragraph', () => {
    const note = ['A paragraph written with hard line breaks, as some editors', 'keep it, names the CPU on its second line.', ''].join('\n');
    expect(sentenceOf(note, 'CPU')).toBe('A paragraph written with hard line breaks, as some editors keep it, names the CPU on its second line.');
  });

  it('runs on past an abbreviation\'s period (ch., p., e.g., aprox.), and ends at a sentence\'s', () => {
    const note = ['Stoicism comes back at the end of ch. 4, as the last option. Kant comes next, e.g. in the second essay. El rendimiento es aprox. del 10 % en cada paso. Fin.', ''].join('\n');
    expect(sentenceOf(note, 'Stoicism')).toBe('Stoicism comes back at the end of ch. 4, as the last option.');
    expect(sentenceOf(note, 'essay')).toBe('Kant comes next, e.g. in the second essay.');
    expect(sentenceOf(note, 'paso')).toBe('El rendimiento es aprox. del 10 % en cada paso.');
  });
});
