import { plain } from './fold';
import { isStopword } from './folded-lists';
import type { NamePair } from './name-pairs';

/**
 * A name and its translation, word for cognate word in any order: `Frente Popular` / `Popular Front`,
 * `Comité de No Intervención` / `Non-Intervention Committee`. Each word of one has its own cognate in the
 * other (the same consonants, or the same first letters), one of them at least spelled apart.
 */
const skeleton = (w: string): string =>
  plain(w).replace(/cion$/u, 'tion').replace(/ph/g, 'f').replace(/th/g, 't').replace(/qu/g, 'c').replace(/k/g, 'c').replace(/y/g, 'i').replace(/[aeiou]/g, '').replace(/(.)\1+/g, '$1');

function cognate(a: string, b: string): boolean {
  const x = plain(a);
  const y = plain(b);
  let n = 0;
  while (n < x.length && x[n] === y[n]) n++;
  if (n >= 4 || (n >= 3 && x.length >= 6 && y.length >= 6)) return true;
  const s = skeleton(a);
  return s.length >= 3 && s === skeleton(b) && x[0] === y[0];
}

/** The words that carry a name: not function words, nor the short parts of a compound (`No`, `Non`). */
const carrying = (name: string): string[] => name.split(/[\s-]+/).filter((w) => w.length > 3 && !isStopword(w));

export function cognateName(x: string, y: string): boolean {
  const xs = carrying(x);
  const ys = carrying(y);
  if (xs.length < 2 || xs.length !== ys.length || plain(x) === plain(y)) return false;
  const free = [...ys];
  let apart = false;
  for (const a of xs) {
    const i = free.findIndex((b) => plain(a) === plain(b));
    const j = i >= 0 ? i : free.findIndex((b) => cognate(a, b));
    if (j < 0) return false;
    if (i < 0) apart = true;
    free.splice(j, 1);
  }
  return apart;
}

const HEAD = /^\s*(?:[-*+]\s+)?(?:\*\*|__)([^*_\n]{3,60})(?:\*\*|__)/u;
const PARENS = /\(([^()\n]{3,80})\)/g;
/** A parenthesis's first part as a name: a few words of letters, quotes off. */
const NAME = /^[\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*){1,5}$/u;

/**
 * `**Frente Popular** = coalición … (Popular Front).`: a line headed by a bold name whose later parenthesis
 * opens with the name translated.
 */
export function headTranslations(line: string, offset: number, out: NamePair[]): void {
  const head = HEAD.exec(line);
  if (!head) return;
  const name = (head[1] as string).trim();
  PARENS.lastIndex = head[0].length;
  for (let m = PARENS.exec(line); m; m = PARENS.exec(line)) {
    const first = ((m[1] as string).split(/[,;:]/)[0] ?? '').replace(/["“”«»*_]/g, '').trim();
    if (NAME.test(first) && cognateName(name, first)) {
      out.push({ names: [name, first], at: offset + m.index });
      return;
    }
  }
}
