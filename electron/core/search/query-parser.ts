/**
 * Obsidian's search syntax: words (implicit AND), `"exact phrase"`, `-exclude`, `OR`, parentheses,
 * and the field operators `tag:`, `path:`, `file:`, `concept:`. The parser only shapes the query; folding
 * and matching happen in the index, so the same tree can drive any backend (the benchmark's too).
 */

export type FilterOp = 'tag' | 'path' | 'file' | 'concept';

export type QueryNode =
  | { kind: 'word'; text: string }
  | { kind: 'phrase'; text: string }
  | { kind: 'filter'; op: FilterOp; value: string }
  | { kind: 'not'; child: QueryNode }
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] };

export type ParseResult = { ok: true; node: QueryNode | null } | { ok: false; error: string };

type Tok =
  | { t: 'word'; text: string; neg: boolean; pos: number }
  | { t: 'phrase'; text: string; neg: boolean; pos: number }
  | { t: 'filter'; op: FilterOp; value: string; neg: boolean; pos: number }
  | { t: 'or'; pos: number }
  | { t: 'open'; neg: boolean; pos: number }
  | { t: 'close'; pos: number };

class QueryError extends Error {}

const OPS: ReadonlySet<string> = new Set(['tag', 'path', 'file', 'concept']);
const SPACE = /\s/;

function lex(q: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  const readQuoted = (open: number): string => {
    const close = q.indexOf('"', open + 1);
    if (close < 0) throw new QueryError(`Unclosed quote at position ${open + 1}: add a closing ".`);
    i = close + 1;
    return q.slice(open + 1, close);
  };
  while (i < q.length) {
    const c = q[i] ?? '';
    if (SPACE.test(c)) {
      i++;
      continue;
    }
    const pos = i;
    let neg = false;
    if (c === '-') {
      const next = q[i + 1];
      if (next === undefined || SPACE.test(next) || next === ')') {
        throw new QueryError(`"-" at position ${pos + 1} must be followed by the word, phrase or group to exclude.`);
      }
      neg = true;
      i++;
    }
    const d = q[i] ?? '';
    if (d === '(') {
      toks.push({ t: 'open', neg, pos });
      i++;
      continue;
    }
    if (d === ')') {
      toks.push({ t: 'close', pos });
      i++;
      continue;
    }
    if (d === '"') {
      const text = readQuoted(i);
      if (!text.trim()) throw new QueryError(`Empty phrase at position ${pos + 1}.`);
      toks.push({ t: 'phrase', text, neg, pos });
      continue;
    }
    let j = i;
    while (j < q.length && !SPACE.test(q[j] ?? '') && q[j] !== '(' && q[j] !== ')' && q[j] !== '"') j++;
    const word = q.slice(i, j);
    i = j;
    const colon = word.indexOf(':');
    const op = colon > 0 ? word.slice(0, colon).toLowerCase() : '';
    if (OPS.has(op)) {
      let value = word.slice(colon + 1);
      if (value === '' && q[i] === '"') value = readQuoted(i);
      value = value.trim();
      if (op === 'tag') value = value.replace(/^#+/, '');
      if (!value) throw new QueryError(`"${op}:" needs a value, e.g. ${example(op as FilterOp)}.`);
      toks.push({ t: 'filter', op: op as FilterOp, value, neg, pos });
      continue;
    }
    if (word === 'OR' && !neg) {
      toks.push({ t: 'or', pos });
      continue;
    }
    toks.push({ t: 'word', text: word, neg, pos });
  }
  return toks;
}

function example(op: FilterOp): string {
  switch (op) {
    case 'tag':
      return 'tag:#aws';
    case 'path':
      return 'path:aws/redes';
    case 'file':
      return 'file:EC2';
    case 'concept':
      return 'concept:EC2';
  }
}

class Parser {
  private i = 0;
  constructor(private readonly toks: Tok[]) {}

  parseAll(): QueryNode | null {
    if (this.toks.length === 0) return null;
    const node = this.parseOr();
    const extra = this.toks[this.i];
    if (extra) {
      if (extra.t === 'close') throw new QueryError(`Unmatched ")" at position ${extra.pos + 1}.`);
      throw new QueryError(`Unexpected input at position ${extra.pos + 1}.`);
    }
    return node;
  }

  private parseOr(): QueryNode {
    const first = this.toks[this.i];
    if (first?.t === 'or') throw new QueryError(`"OR" at position ${first.pos + 1} needs a term on its left.`);
    const parts: QueryNode[] = [this.parseAnd()];
    while (this.toks[this.i]?.t === 'or') {
      const or = this.toks[this.i] as Tok;
      this.i++;
      const next = this.toks[this.i];
      if (!next || next.t === 'close' || next.t === 'or') {
        throw new QueryError(`"OR" at position ${or.pos + 1} needs a term on its right.`);
      }
      parts.push(this.parseAnd());
    }
    return parts.length === 1 ? (parts[0] as QueryNode) : { kind: 'or', children: parts };
  }

  private parseAnd(): QueryNode {
    const parts: QueryNode[] = [];
    for (;;) {
      const tok = this.toks[this.i];
      if (!tok || tok.t === 'or' || tok.t === 'close') break;
      this.i++;
      let node: QueryNode;
      let neg = false;
      switch (tok.t) {
        case 'word':
          node = { kind: 'word', text: tok.text };
          neg = tok.neg;
          break;
        case 'phrase':
          node = { kind: 'phrase', text: tok.text };
          neg = tok.neg;
          break;
        case 'filter':
          node = { kind: 'filter', op: tok.op, value: tok.value };
          neg = tok.neg;
          break;
        case 'open': {
          neg = tok.neg;
          if (this.toks[this.i]?.t === 'close') throw new QueryError(`Empty parentheses at position ${tok.pos + 1}.`);
          node = this.parseOr();
          const close = this.toks[this.i];
          if (close?.t !== 'close') throw new QueryError(`Unclosed "(" at position ${tok.pos + 1}: add a ")".`);
          this.i++;
          break;
        }
      }
      parts.push(neg ? { kind: 'not', child: node } : node);
    }
    if (parts.length === 0) {
      const tok = this.toks[this.i];
      throw new QueryError(tok ? `Expected a term at position ${tok.pos + 1}.` : 'Expected a term.');
    }
    return parts.length === 1 ? (parts[0] as QueryNode) : { kind: 'and', children: parts };
  }
}

/** Words a query may hold, phrases' words included: each is looked up, expanded and highlighted. */
export const MAX_QUERY_WORDS = 48;

/** Parses a search query; a query it cannot read yields a message saying what is wrong and where. */
export function parseQuery(query: string): ParseResult {
  try {
    const toks = lex(query);
    let words = 0;
    for (const tok of toks) {
      if (tok.t === 'word' || tok.t === 'filter') words++;
      else if (tok.t === 'phrase') words += tok.text.split(/\s+/).filter(Boolean).length;
    }
    if (words > MAX_QUERY_WORDS) throw new QueryError(`A search holds at most ${MAX_QUERY_WORDS} words; this one has ${words}.`);
    return { ok: true, node: new Parser(toks).parseAll() };
  } catch (e) {
    if (e instanceof QueryError) return { ok: false, error: e.message };
    throw e;
  }
}

/** The positive words and phrases of a query, in order (what a baseline engine or a highlighter needs). */
export function positiveTerms(node: QueryNode | null): string[] {
  if (!node) return [];
  switch (node.kind) {
    case 'word':
    case 'phrase':
      return [node.text];
    case 'filter':
    case 'not':
      return [];
    case 'and':
    case 'or':
      return node.children.flatMap(positiveTerms);
  }
}
