import { initialsOf, spelledAcronym } from './initials';
import type { NamePair } from './name-pairs';

/**
 * `TC = FC + VC (total cost = fixed cost + variable cost)`: a formula in symbols and, in the parenthesis after
 * it, the same formula in words. Term by term, the operators agreeing, each symbol is the name its
 * initials spell beside it (a symbol the words do not spell pairs nothing, so `P × Q (price times quantity)`
 * gives no pair).
 */
const OPERATOR = /\s*(=|\+|-|−|–|×|\*|\/|÷)\s*/u;
const SYMBOL = /^[A-Z][A-Z0-9]{1,5}$/;
const WORDS = /^[\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*){1,4}$/u;

function terms(expression: string): { terms: string[]; operators: string[] } {
  const parts = expression.trim().split(OPERATOR);
  return { terms: parts.filter((_, i) => i % 2 === 0).map((t) => t.trim()), operators: parts.filter((_, i) => i % 2 === 1).map((o) => (o === '−' || o === '–' ? '-' : o)) };
}

export function formulaWords(line: string, offset: number, out: NamePair[]): void {
  const PAREN = /\(([^()\n]{5,120})\)/g;
  for (let m = PAREN.exec(line); m; m = PAREN.exec(line)) {
    const inner = m[1] as string;
    if (!inner.includes(' = ')) continue;
    const words = terms(inner);
    if (words.operators.length < 1) continue;
    // The symbols: as many terms back from the parenthesis, after the line's marker or a clause's break.
    const before = line.slice(0, m.index).replace(/==(?=\S)|(?<=\S)==/g, '').replace(/^.*(?:[:;,.]\s|^\s*[-*+]\s)/u, '');
    const symbols = terms(before);
    if (symbols.operators.length !== words.operators.length || symbols.operators.some((o, i) => o !== words.operators[i])) continue;
    // The formula's first term is the last word before its first operator (`where MR = MC`).
    symbols.terms[0] = (symbols.terms[0] ?? '').split(/\s+/).pop() ?? '';
    symbols.terms.forEach((symbol, i) => {
      const name = words.terms[i] as string;
      if (SYMBOL.test(symbol) && WORDS.test(name) && initialsOf(name).includes(spelledAcronym(symbol.toLowerCase()))) out.push({ names: [name, symbol], at: offset + m!.index });
    });
  }
}
