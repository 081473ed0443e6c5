/**
 * Synonyms said in so many words: `X (aka Y)`, `X, also called Y`, `X (también llamado Y)`, `X (formerly Y)`,
 * `se les llama nodos o vértices`, and in Spanish prose an English name after `, the`.
 */
import type { NamePair } from './name-pairs';
import { englishRole } from './english-lexicon';
import { plain } from './fold';
import { ACRONYM, ARTICLES, contentWords, nameOf, wordsOf } from './name-shapes';
import { englishName, spanishTerm } from './name-languages';
import { termBefore } from './term-before';
import { COMPARATIVE } from './paren-glosses';

/** The synonym cues, English and Spanish; `aka` needs no comma or parenthesis (`clock aka second chance`). */
const SYNONYM = /\s(?:aka|a\.k\.a\.)\s+(?=\p{L})|(?:\(\s*|,\s*)(?:aka|a\.k\.a\.?|also\s+(?:called|known\s+as)|tambi[eé]n\s+(?:llamad[oa]s?|conocid[oa]s?\s+como|denominad[oa]s?))\s+|\(o\s+(?=\p{L})|\(\s*(?:(?:the\s+)?old\s+name(?:\s+was|\s*:)|(?:el\s+)?nombre\s+(?:antiguo|anterior)(?:\s+era|\s*:)|antes\s+(?:se\s+)?llamad[oa]s?|antes\s+se\s+llamaban?|abreviad[oa]s?(?:\s+como)?|abbreviated(?:\s+as)?|abbr\.?|short\s+for|(?:formerly|previously)(?:\s+(?:known\s+as|called|named|referred\s+to\s+as))?|antes|antiguamente|anteriormente)\s+(?!(?:de|del|que|of|the|a)\s)(?=\p{L})/giu;
/** The cues of SYNONYM, as plain text: a line with none of them is not read for synonyms. */
const RENAMED = /formerly|previously|antes|antigu|anterior|old\s+name/i;
/** The cues SYNONYM reads only inside a parenthesis. */
export const PAREN_CUE = /\(\s*(?:abrevia|abbr|short\s|formerly|previously|antes|antigua|anterior|(?:the\s+)?old\s+name|(?:el\s+)?nombre\s+ant)/i;

/**
 * `X (aka Y)`, `X, also called Y`, `X (también llamado Y)`; in Spanish, `X (o Y)` with Y an English name or
 * an acronym (`balanceador de carga (o load balancer)`), not any alternative (`(o superior)`).
 */
export function synonyms(line: string, lead: number, offset: number, out: NamePair[], spanish: () => boolean): void {
  SYNONYM.lastIndex = 0;
  for (let m = SYNONYM.exec(line); m; m = SYNONYM.exec(line)) {
    const inParens = m[0].startsWith('(');
    const tail = line.slice(m.index + m[0].length);
    // `(the old name was CMK, customer master key)`: the name ends at a comma inside the parenthesis too.
    const said = (inParens ? /^([^(),;]*)[),;]/ : /^([^.,;()]*)/).exec(tail)?.[1] ?? '';
    // `aka bienio azañista / "reformist biennium"`: names side by side, each its own.
    const ys = said.includes(' / ') ? said.split(' / ').map((p) => p.replace(/["“”«»]/g, '')) : [said];
    const end = beforeAside(line, m.index);
    const x = ys.some((p) => nameOf(p)) ? termBefore(line, lead, end, true) : null;
    const named = x !== null && m[0].startsWith('(o') && namedThere(line, end, m.index + m[0].length + said.length, x);
    for (const part of ys) synonym(x, nameOf(part), m[0], tail, out, offset + m.index, spanish, named);
  }
}

/** `Bienio Reformista (1931-1933) — aka …`: where the name before a cue ends, past its dates and a dash. */
function beforeAside(line: string, at: number): number {
  return line.slice(0, at).replace(/\s*[—–-]\s*$/u, '').replace(/\s*\([\d\s\-–/.,]*\)\s*$/u, '').length;
}

/** A naming verb right before a term: `se llama triada (o acorde triada)`. */
const NAMING = /(?:\bse\s+(?:le\s+|les\s+)?llaman?|\bllamad[oa]s?|\bdenominad[oa]s?|\bconocid[oa]s?\s+como)\s+$/iu;

/**
 * Whether the term `x` before `(o …)` is where a name stands: the person marked it (bold, an item's head), a
 * table cell holds only it and its parenthesis (`| superdominante (o submediante) |`), or a naming verb
 * introduces it. Elsewhere `(o …)` offers any alternative (`(o superior)`, `(o nada)`).
 */
function namedThere(line: string, at: number, close: number, x: { name: string; marked: boolean }): boolean {
  if (x.marked) return true;
  const before = line.slice(0, at).trimEnd();
  if (NAMING.test(before.slice(0, before.length - x.name.length))) return true;
  const start = line.lastIndexOf('|', at);
  return start >= 0 && line.trimStart().startsWith('|') && line.slice(start + 1, at).replace(/[*_`]+/g, '').trim() === x.name && /^\)\s*\|/.test(line.slice(close));
}

/** One name `y` a synonym cue gives the term `x` before it. */
function synonym(x: { name: string } | null, y: string | null, cue: string, tail: string, out: NamePair[], at: number, spanish: () => boolean, named = false): void {
  if (!x || !y) return;
  // A bare `aka` is followed by the name alone, not the rest of the sentence.
  if (/^\s/.test(cue) && wordsOf(y).length > 3) return;
  // `(o Y)`: an English name or an acronym; a Spanish one only where the term stands as a name (namedThere).
  if (/^\(o\s/i.test(cue) && !(((ACRONYM.test(y) || (y.includes(' ') && englishName(y))) || (named && wordsOf(y).length <= 3 && !COMPARATIVE.test(wordsOf(y)[0] ?? ''))) && spanish())) return;
  // `adjunto a la VPC (o el Transit Gateway)`: an article offers another thing, not another name.
  if (/^\(o\s/i.test(cue) && ARTICLES.has(plain(wordsOf(tail)[0] ?? ''))) return;
  // `do not require initialization (formerly known as pre-warming)`: the verb before the term is not part of it.
  const words = wordsOf(x.name);
  // `conditioned reinforcer aka secondary reinforcer`: where both names end on one noun, the word before it
  // is what the other name says instead, not a verb.
  const sameHead = plain(words[words.length - 1] ?? '') === plain(wordsOf(y).pop() ?? '');
  const strip = sameHead ? ['base-verb'] : ['base-verb', 'modifier'];
  while (words.length > 1 && /^\p{Ll}/u.test(words[0] as string) && strip.includes(englishRole((words[0] as string).toLowerCase()))) words.shift();
  const name = words.join(' ');
  // `(formerly referred to as limits)`: an old name that is one everyday word names no concept of its own.
  if (RENAMED.test(cue) && /^\p{Ll}+$/u.test(y) && englishRole(y) !== 'unknown') return;
  if (plain(name) !== plain(y)) out.push({ names: [name, y], at });
}

/** A naming verb, then two names joined by `o`/`or` up to the clause's end: `la llamamos etiqueta o clase.` */
const NAMED_EITHER = /(?:\b(?:la|lo|las|los|le|les)\s+llam(?:amos|an|o)|\bse\s+(?:le\s+|les\s+)?llaman?|\bse\s+conocen?\s+como|\b(?:is|are)\s+(?:also\s+)?called|\bwe\s+call\s+(?:it|them)|\bknown\s+as)\s+((?:[\p{L}][\p{L}\p{N}-]*\s+){1,3}?)(?:o|or)\s+((?:[\p{L}][\p{L}\p{N}-]*\s*){1,3}?)(?=[.,;:)]|$)/giu;

/** `se les llama nodos o vértices.`: the two names a naming verb gives one thing. */
export function namedEither(line: string, offset: number, out: NamePair[]): void {
  if (!/llam|call|conoc|known/i.test(line)) return;
  NAMED_EITHER.lastIndex = 0;
  for (let m = NAMED_EITHER.exec(line); m; m = NAMED_EITHER.exec(line)) {
    const x = nameOf(m[1] ?? '');
    const y = nameOf(m[2] ?? '');
    if (x && y && plain(x) !== plain(y) && !ARTICLES.has(plain(wordsOf(m[2] ?? '')[0] ?? ''))) out.push({ names: [x, y], at: offset + m.index });
  }
}

/** `usa el ancestro común, the merge base`: in Spanish prose, an English article opens the term's English name. */
const THE_GLOSS = /,\s+the\s+((?:[\p{L}][\p{L}-]*\s*){1,4}?)(?=[).;]|$)/gu;

export function englishAfterComma(line: string, lead: number, offset: number, out: NamePair[]): void {
  THE_GLOSS.lastIndex = 0;
  for (let m = THE_GLOSS.exec(line); m; m = THE_GLOSS.exec(line)) {
    const y = nameOf(m[1] ?? '');
    if (!y || !englishName(y)) continue;
    const x = termBefore(line, Math.max(lead, line.lastIndexOf('(', m.index) + 1), m.index, false);
    if (!x || !x.name.includes(' ') && !y.includes(' ')) continue;
    const xWords = contentWords(x.name).length;
    const yWords = contentWords(y).length;
    if (xWords < yWords || xWords > yWords + 2 || !spanishTerm(x.name)) continue;
    out.push({ names: [x.name, y], at: offset + m.index });
  }
}
