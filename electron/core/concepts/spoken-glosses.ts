/**
 * A Spanish term's English name given in running prose, as dictated or typed fast, without parentheses:
 * `los alelos, en inglés alleles, …`, `el cruzamiento prueba, en inglés test cross, sirve …`, and
 * `el tipo silvestre o wild type es …`, `la deriva genética o genetic drift que …`.
 */
import type { NamePair } from './name-pairs';
import { isEnglishWord } from './english-lexicon';
import { isSpanishWord } from './spanish-lexicon';
import { plain } from './fold';
import { contentWords, nameOf, wordsOf } from './name-shapes';
import { cognate, englishName, spanishTerm } from './name-languages';
import { isStopword } from './folded-lists';
import { termBefore } from './term-before';

/** `, en inglés Y` (`, in English Y` after a Spanish term): the name said to be the English one, to the clause's end. */
const SAID_ENGLISH = /,\s+(?:en\s+ingl[eé]s|in\s+English)\s*:?\s+([^,.;:()\n]{2,60})(?=[,.;:)]|$)/giu;

/** ` o ` and then up to three lower-case words, each English and not Spanish (the run ends at the first that is not). */
const OR_ENGLISH = /\so\s+((?:[a-z][a-z-]*\s?){2,4})/g;

const ARTICLE_BEFORE = /(?:^|\s)(?:el|la|los|las|un|una|unos|unas|del|al|lo)$/iu;
const EXAMPLE_CUE = /(?:^|\s)(?:ej|p\.?\s?ej|e\.?g|por\s+ejemplo|como)[.:]?\s/iu;

/** Words English knows and Spanish does not: `wild type`, `gene pool`, not `la`, `es`, `que`. */
const onlyEnglish = (w: string): boolean => /^[a-z][a-z-]*$/.test(w) && w.split('-').every((p) => isEnglishWord(p)) && !isSpanishWord(w);

/** The term before `at`: a Spanish noun phrase of at most four words. */
function spanishBefore(line: string, lead: number, at: number): string | null {
  const x = termBefore(line, lead, at, false);
  if (!x || wordsOf(x.name).length > 5 || !spanishTerm(x.name)) return null;
  return x.name;
}

export function saidInEnglish(line: string, lead: number, offset: number, out: NamePair[]): void {
  SAID_ENGLISH.lastIndex = 0;
  for (let m = SAID_ENGLISH.exec(line); m; m = SAID_ENGLISH.exec(line)) {
    const y = nameOf((m[1] as string).trim());
    if (!y || wordsOf(y).length > 4 || !englishName(y)) continue;
    const x = spanishBefore(line, lead, m.index);
    if (x && plain(x) !== plain(y)) out.push({ names: [x, y], at: offset + m.index });
  }
}

/**
 * `X o Y`, Y an English name of two words or more in lower case, X a Spanish term of about as many: the
 * note switching language names one thing twice. Not where both share a cognate head but another modifier
 * (`la regresión lineal o logistic regression`: two kinds of one thing).
 */
export function orEnglish(line: string, lead: number, offset: number, out: NamePair[]): void {
  OR_ENGLISH.lastIndex = 0;
  for (let m = OR_ENGLISH.exec(line); m; m = OR_ENGLISH.exec(line)) {
    const run = (m[1] as string).trim().split(/\s+/);
    const english: string[] = [];
    for (const w of run) {
      if (!onlyEnglish(w)) break;
      english.push(w);
    }
    OR_ENGLISH.lastIndex = m.index + 2;
    if (english.length < 2 || english.length > 3) continue;
    // The English name ends the clause or hands over to Spanish words (`o gene pool es …`).
    const after = line.slice(m.index + 3 + english.join(' ').length).trimStart();
    const next = (/^[\p{L}]+/u.exec(after)?.[0] ?? '').toLowerCase();
    if (after && !/^[,.;:)]/.test(after) && !(next && isSpanishWord(next))) continue;
    const y = english.join(' ');
    // A name opens on a content word (`crossing over` ends on a particle, which English names may).
    if (isStopword(english[0] as string)) continue;
    // `por ejemplo una manzana o orange juice`: alternatives among examples.
    const clause = line.slice(Math.max(lead, line.lastIndexOf(',', m.index) + 1, line.lastIndexOf('(', m.index) + 1), m.index);
    if (EXAMPLE_CUE.test(clause)) continue;
    const x = spanishBefore(line, lead, m.index);
    if (!x) continue;
    // The term stands as a noun phrase opened by an article (`el tipo silvestre o …`); without one it is an
    // item of an enumeration or a verb's bare object (`servidores que manejan cargas de gráficos o machine
    // learning`), where `o` offers another thing.
    const before = line.slice(lead, line.lastIndexOf(x, m.index)).trimEnd();
    if (!ARTICLE_BEFORE.test(before)) continue;
    const xs = contentWords(x);
    const ys = contentWords(y);
    // As many words, or one Spanish word for two English (`entrecruzamiento` / `crossing over`).
    if (xs.length !== ys.length && !(xs.length === 1 && ys.length === 2)) continue;
    // Every word of the Spanish term Spanish's own: an English word in it (`instancias spot o …`) makes a mixed name.
    if (xs.some((w) => isEnglishWord(plain(w)) && !isSpanishWord(plain(w)))) continue;
    const head = xs[0] as string;
    const englishHead = ys[ys.length - 1] as string;
    if (cognate(head, englishHead) && !xs.slice(1).every((a) => ys.slice(0, -1).some((b) => cognate(a, b)))) continue;
    out.push({ names: [x, y], at: offset + m.index });
  }
}
