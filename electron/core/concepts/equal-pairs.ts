import { spanishVerb } from './clause-words';
import { englishRole } from './english-lexicon';
import { plain } from './fold';
import { FOLDED_JOINERS, isStopword } from './folded-lists';
import { spelledAcronym } from './initials';
import type { NamePair } from './name-pairs';
import { cognate } from './name-languages';

/**
 * More ways students give one thing two names, beside those of name-pairs.ts:
 * - two short names joined by `=` as a clause of their own: `sort key = range key`, a legend of the writer's
 *   abbreviations (`cel = celula, prot = proteinas`, where `q = que` pairs no name: `que` is a function word);
 * - `X (= Y)`: the bracket says the words before it are Y again (`sintesis d prot (= traduccion)`);
 * - `X is also called Y`, `X también se llama Y`, without the comma name-pairs.ts asks for;
 * - an acronym heading its line whose words stand later in it (`DLQ => … goes to the dead-letter queue`);
 * - a table with a column of the names in the other language (`| Principio | En inglés |`).
 * The grammar of pairing, not any vault's words.
 */

const MAX_NAME_WORDS = 4;
const WORD = /^[\p{L}][\p{L}\p{N}'’-]*$/u;
const ARTICLE = /^(?:the|a|an|this|that|these|those|el|la|los|las|un|una|unos|unas|lo|este|esta|estos|estas|ese|esa|esos|esas)$/iu;

/** A short name: one to four words of letters, not opened or closed by a function word, not a verb's clause. */
function shortName(raw: string): string | null {
  const words = raw.replace(/[*_`"“”]+/g, '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_NAME_WORDS || !words.every((w) => WORD.test(w))) return null;
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  const stop = (w: string): boolean => isStopword(w) || FOLDED_JOINERS.has(plain(w));
  if (stop(first) || stop(last) || ARTICLE.test(first)) return null;
  // An inner function word other than `de`/`of` makes a clause (`lo q pasa`), not a name.
  if (words.some((w) => isStopword(w) && !FOLDED_JOINERS.has(plain(w)))) return null;
  const lower = first.toLowerCase();
  // `separar columnas`, `add a class`: a verb opens an instruction or a gloss, not a name.
  if (/^\p{Ll}/u.test(first) && (spanishVerb(lower) || englishRole(lower) === 'base-verb')) return null;
  if (words.join('').length < 2) return null;
  return words.join(' ');
}

/** `X = Y` clauses: at the line's start or after a comma or semicolon, each side a short name, Y ending its clause. */
const EQUAL_CLAUSE = /(?:^|[,;·]\s+)([^,;·=()\n]{1,50}?)\s+=\s+([^,;·=()\n.]{1,50}?)\s*(?=[,;.·]|\s=\s|$)/gu;
/** `q = que, x = por, cel = celula`: a legend of the writer's abbreviations. */
const LEGEND_ENTRY = /(?:^|[,;·]\s*)\p{L}{1,6}\s*=\s*\p{L}/gu;

/** `cel` of `celula`, `mb` of `membrana`: a word clipped, or a few of its letters in order from its first. */
function clipped(short: string, long: string): boolean {
  const s = plain(short);
  const l = plain(long);
  if (s.includes(' ') || l.includes(' ') || s.length < 2 || l.length <= s.length || s[0] !== l[0]) return false;
  // `Pa = pascal`, `mol = mole`: a unit's symbol is its name's first letters, however few are left out.
  if (l.startsWith(s)) return l.length >= s.length + 3 || s.length >= 3 || /^\p{Lu}/u.test(short);
  if (l.length < s.length + 3) return false;
  let i = 0;
  for (const c of l) if (c === s[i]) i++;
  return s.length <= 4 && i === s.length;
}

/**
 * `sort key = range key`, `placa ecuatorial = placa metafasica`: two names of one kind of thing, the same head
 * noun (last in English, first in Spanish) and other words apart, are one thing said twice. `azucar = ribosa`,
 * `hebra conductora = continua` give a value, not another name.
 */
function sameHead(x: string, y: string): boolean {
  const a = x.split(' ').map(plain);
  const b = y.split(' ').map(plain);
  if (a.length < 2 || b.length < 2) return false;
  const last = a[a.length - 1] === b[b.length - 1] && a[0] !== b[0];
  const first = a[0] === b[0] && a[a.length - 1] !== b[b.length - 1];
  return last || first;
}

/** `X (= Y)`: the words before the bracket, back to a clause's edge. */
const SAME_AGAIN = /\(\s*=\s*([^()]{1,50})\)/gu;
/** `also`: without it, `the difference is called accrued credits` names what a sentence found, not its other name. */
const ALSO_CALLED = /\s(?:is|are)\s+also\s+(?:called|known\s+as)\s+|\s(?:tambi[eé]n\s+se\s+(?:llaman?|conocen?\s+como)|se\s+(?:llaman?|conocen?\s+como)\s+tambi[eé]n)\s+/giu;
/** `**Feature flags** (feature toggles)`: a head and a bracket right after it, before anything else. */
const HEAD_BRACKET = /^(?:\*\*|__)?([^()*_\n]{2,50}?)(?:\*\*|__)?\s*\(([^()]{2,50})\)/u;
/** `(before called CloudWatch Events)`: an old name, in the words name-pairs.ts does not read. */
const BEFORE_CALLED = /\(\s*(?:before|earlier)\s+(?:called|named|known\s+as)\s+([^()]{2,50})\)/giu;
/** `YAGNI (You Aren't Gonna Need It)`, `**Gang of Four** (GoF: Gamma, …)`: an acronym and a name every word of which gives it a letter. */
const ACRONYM_BRACKET = /(?<![\p{L}\p{N}])([A-Z][A-Za-z]{1,5}[A-Z]|[A-Z]{2,6})(?:\*\*|__)?\s*\(([^()]{5,80})\)|([\p{Lu}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*){1,5})(?:\*\*|__)?\s*\(([A-Z][A-Za-z]{1,5}[A-Z]|[A-Z]{2,6})[:,]\s/gu;
/** `El recall, o sensibilidad / exhaustividad, responde …`, `the recall, or sensitivity, is …`: a definite name and, between commas, what it is also called. */
const OR_ELSE = /(?:^|\s)(?:el|la|los|las|the)\s+([\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*){0,2}),\s+(?:o|or)\s+([^,.;:()]{2,60}),/giu;
/** Any bracket of a few words. */
const BRACKET = /\(([^()]{2,50})\)/gu;
/** An acronym heading its line and a separator. */
const HEAD_ACRONYM = /^(?:\*\*|__)?([A-Z][A-Z0-9]{1,5})(?:\*\*|__)?\s*(?:=>|->|→|=|:|-|–|—)\s+/;
/** The header of a column of names in another language. */
const LANGUAGE = /^(?:(?:en|in)\s+)?(?:ingl[eé]s|english|espa[ñn]ol|spanish|castellano)$|^(?:english|spanish)\s+(?:name|term)$|^(?:nombre|t[eé]rmino)\s+en\s+(?:ingl[eé]s|espa[ñn]ol)$|^(?:traducci[oó]n|translation)$/iu;

/** Words back from `at` to a clause's edge (punctuation, a function word, a verb), as a name, or null. */
function nameBefore(line: string, at: number): string | null {
  const words = line.slice(0, at).replace(/[*_`]+/g, '').trimEnd().split(/\s+/);
  const out: string[] = [];
  for (let k = words.length - 1; k >= 0 && out.length < MAX_NAME_WORDS; k--) {
    const w = words[k] as string;
    if (!WORD.test(w)) {
      // `funcion: sintesis d prot`: a word closing a clause ends the walk, itself left out.
      break;
    }
    const f = plain(w);
    // `in response of events (= triggers)`: a complement's preposition ends the name too.
    if (isStopword(f) || FOLDED_JOINERS.has(f) || ARTICLE.test(w)) break;
    // `alquilas maquinas virtuales (= instancias)`: a walk that meets a verb cannot tell where the name began.
    if (/^\p{Ll}/u.test(w) && spanishVerb(w.toLowerCase())) return null;
    out.unshift(w);
  }
  return out.length ? shortName(out.join(' ')) : null;
}

/** Whether every word of `name` gives `acronym` its first letter, in order, and nothing more. */
function everyInitial(acronym: string, name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  return acronym.length >= 3 && words.length === acronym.length && words.every((w, i) => plain(w.charAt(0)) === plain(acronym.charAt(i)));
}

/** Whether the initials of `words` (a hyphenated word giving one per part) spell `acronym`. */
function spelledBy(acronym: string, words: readonly string[]): boolean {
  const initials = words.flatMap((w) => w.split('-')).map((w) => plain(w.charAt(0))).join('');
  return initials === spelledAcronym(acronym.toLowerCase());
}

function cells(row: string): string[] {
  const t = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return t.split('|').map((c) => c.replace(/[*_`]+/g, '').trim());
}
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
/** A table cell as a name: a few words, a trailing `(ABBR)` off, no sentence in it. */
function cellName(cell: string): string | null {
  const name = cell.replace(/\s*\([^()]*\)\s*$/, '').trim();
  if (!name || name.length > 70 || /[.,;:!?]/.test(name) || !/\p{L}{2}/u.test(name) || /^\d/.test(name)) return null;
  const words = name.split(/\s+/);
  return words.length <= 6 ? name : null;
}

/** A header naming the column of the row's names: `término`, `concepto`, `term`. */
const NAMES_HEADER = /^(?:t[eé]rminos?|conceptos?|nombres?|names?|terms?|concepts?|palabras?|words?)$/iu;

/**
 * The column of a table's names and the column of the same names in the other language, or -1s: a header
 * cell names a language (`| español | inglés |`, `| Concepto | En inglés |`), or two header cells are the same
 * word in the two languages (`| término | term |`, `| concepto | concept |`).
 */
function translationColumns(header: readonly string[]): [number, number] {
  const languages = header.flatMap((c, i) => (LANGUAGE.test(c) ? [i] : []));
  if (languages.length >= 2) return [languages[0] as number, languages[1] as number];
  if (languages.length === 1) return [header.findIndex((c) => NAMES_HEADER.test(c)), languages[0] as number];
  for (let j = 1; j < header.length; j++) {
    const b = header[j] as string;
    if (!/^\p{L}+$/u.test(b)) continue;
    for (let i = 0; i < j; i++) {
      const a = header[i] as string;
      if (/^\p{L}+$/u.test(a) && plain(a) !== plain(b) && cognate(a, b) && (NAMES_HEADER.test(a) || NAMES_HEADER.test(b))) return [i, j];
    }
  }
  return [-1, -1];
}

/** `vocab EN↔ES:`, `Glosario:`, `Translations (ES/EN):`: a line labelled as words and their translations. */
const VOCABULARY = /^(?:vocab(?:ulario|ulary)?|glosario|glossary|traducci[oó]n(?:es)?|translations?)\b[^:=\n]{0,20}:\s+/iu;
/** A leading article: a vocabulary entry's name is the word it introduces (`the Nationalists`, `los sublevados`). */
const LEADING_ARTICLE = /^(?:the|a|an|el|la|los|las|un|una)\s+/iu;

/**
 * `coup = golpe de estado; the Nationalists = los sublevados/nacionales; Loyalists = republicanos`: after the
 * label each `X = Y` entry names one thing, and a slash gives it more names. No head noun need be shared:
 * the label says these are translations.
 */
function vocabularyPairs(rest: string, at: number, out: NamePair[]): void {
  let from = 0;
  for (const entry of rest.split(rest.includes(';') ? ';' : ',')) {
    const sides = entry.split(/\s+=\s+/);
    if (sides.length === 2) {
      const names = sides.flatMap((side) => side.split('/')).map((n) => shortName(n.replace(/[.]+\s*$/u, '').trim().replace(LEADING_ARTICLE, '')));
      const [first, ...others] = names;
      if (first && others.length && others.every(Boolean)) {
        for (const other of others) if (other && plain(other) !== plain(first)) out.push({ names: [first, other], at: at + from });
      }
    }
    from += entry.length + 1;
  }
}

/** Where a chain's last name ends: the bracket, arrow or punctuation that starts what is said of it. */
const CHAIN_END = /\s*(?:\(|→|->|=>|[,.;:]\s|[,.;:]?$)/u;

/**
 * `**ZCIT** = zona de convergencia intertropical = ITCZ (…) → …`: three names or more joined by `=` from the
 * line's head are one thing's names, however unlike (one `=` may give a value: `azucar = ribosa`; a chain
 * of names, each a name, restates one thing). A formula's chain holds symbols and numbers, which no name does.
 */
function equalChain(body: string, at: number, out: NamePair[]): void {
  const members = body.split(/\s+=\s+/u);
  const last = members.length - 1;
  const tail = members[last] as string;
  members[last] = tail.slice(0, CHAIN_END.exec(tail)?.index ?? tail.length);
  const names = members.map((m) => shortName(m));
  if (names.length < 3 || names.some((n) => n === null || /\d/.test(n))) return;
  for (let k = 1; k < names.length; k++) {
    const [x, y] = [names[k - 1] as string, names[k] as string];
    if (plain(x) !== plain(y)) out.push({ names: [x, y], at });
  }
}

export function equalPairs(text: string): NamePair[] {
  const out: NamePair[] = [];
  // `=` alone first: a pattern that opens with a space is found many times slower than one character.
  const hasEquals = text.includes('=') && (text.includes(' = ') || text.includes('(='));
  const hasCalled = /also\s+(?:called|known)|tambi[eé]n/i.test(text);
  const hasTable = text.includes('|');
  let languageColumn = -1;
  let ownColumn = -1;
  let tableHeader: string[] | null = null;
  for (let offset = 0; offset < text.length; ) {
    let end = text.indexOf('\n', offset);
    if (end < 0) end = text.length;
    const line = text.slice(offset, end);
    if (line.length > 2000) {
      offset = end + 1;
      continue;
    }
    if (hasTable && line.trimStart().startsWith('|')) {
      if (TABLE_RULE.test(line)) {
        [ownColumn, languageColumn] = tableHeader ? translationColumns(tableHeader) : [-1, -1];
      } else if (languageColumn > 0) {
        const row = cells(line);
        const other = cellName((row[languageColumn] ?? '').replace(/\s*\([^()]*\)\s*$/, ''));
        // The row's name: the column the header names so, or the first cell before the other language's that
        // is a name of more than one letter (an example column nearer to it is no name of the row's thing).
        let own: string | null = ownColumn >= 0 ? cellName(row[ownColumn] ?? '') : null;
        for (let k = 0; k < languageColumn && !own; k++) {
          const c = cellName(row[k] ?? '');
          if (c && c.replace(/\W/g, '').length > 1) own = c;
        }
        if (own && other && plain(own) !== plain(other)) {
          // `| vinílico / arílico | vinylic / aryl |`: two names a row, each beside its own translation.
          const owns = own.split(' / ');
          const others = other.split(' / ');
          if (owns.length > 1 && owns.length === others.length) owns.forEach((o, k) => out.push({ names: [o, others[k] as string], at: offset }));
          else out.push({ names: [own, other], at: offset });
        }
      } else tableHeader = cells(line);
    } else {
      tableHeader = null;
      languageColumn = -1;
      ownColumn = -1;
      const body = line.replace(/^\s*(?:[-*+•>]\s+|\d{1,2}[.)]\s+)?/, '');
      const lead = line.length - body.length;
      const vocabulary = hasEquals ? VOCABULARY.exec(body) : null;
      if (vocabulary) vocabularyPairs(body.slice(vocabulary[0].length), offset + lead + vocabulary[0].length, out);
      else if (hasEquals && body.includes(' = ')) {
        LEGEND_ENTRY.lastIndex = 0;
        const legend = (body.match(LEGEND_ENTRY) ?? []).length >= 3;
        EQUAL_CLAUSE.lastIndex = 0;
        for (let m = EQUAL_CLAUSE.exec(body); m; m = EQUAL_CLAUSE.exec(body)) {
          const x = shortName(m[1] as string);
          const y = shortName(m[2] as string);
          if (x && y && plain(x) !== plain(y) && (legend ? clipped(x, y) || clipped(y, x) : sameHead(x, y))) out.push({ names: [x, y], at: offset + lead + m.index });
        }
        if (!legend && body.indexOf(' = ') !== body.lastIndexOf(' = ')) equalChain(body, offset + lead, out);
      }
      if (hasEquals && body.includes('(=')) {
        SAME_AGAIN.lastIndex = 0;
        for (let m = SAME_AGAIN.exec(body); m; m = SAME_AGAIN.exec(body)) {
          const x = nameBefore(body, m.index);
          const y = shortName(m[1] as string);
          if (x && y && plain(x) !== plain(y)) out.push({ names: [x, y], at: offset + lead + m.index });
        }
      }
      if (hasCalled) {
        ALSO_CALLED.lastIndex = 0;
        for (let m = ALSO_CALLED.exec(body); m; m = ALSO_CALLED.exec(body)) {
          const x = nameBefore(body, m.index);
          const y = shortName(/^[^,;.()]*/u.exec(body.slice(m.index + m[0].length))?.[0] ?? '');
          if (x && y && plain(x) !== plain(y)) out.push({ names: [x, y], at: offset + lead + m.index });
        }
      }
      if (body.includes('(')) {
        // A bracket after the head naming the same kind of thing (`placa ecuatorial (placa metafasica)`,
        // `Multi-primary (multi-master)`); a value or a kind of it (`(estructural)`, `(t3 instance)`) shares no head.
        const bracket = HEAD_BRACKET.exec(body);
        const x = bracket ? shortName(bracket[1] as string) : null;
        const y = bracket ? shortName(bracket[2] as string) : null;
        const [xs, ys] = [x?.replace(/-/g, ' ') ?? '', y?.replace(/-/g, ' ') ?? ''];
        if (x && y && !/\d/.test(xs + ys) && xs.split(' ').length === ys.split(' ').length && sameHead(xs, ys)) out.push({ names: [x, y], at: offset + lead });
        // The same inside a line (`alineados en la placa ecuatorial (placa metafasica)`): as many words before the bracket.
        BRACKET.lastIndex = 0;
        for (let m = BRACKET.exec(body); m; m = BRACKET.exec(body)) {
          const other = shortName(m[1] as string);
          const n = other ? other.split(' ').length : 0;
          if (!other || n < 2 || m.index === 0) continue;
          const before = body.slice(0, m.index).replace(/[*_`]+/g, '').trimEnd().split(/\s+/).slice(-n).join(' ');
          const own = shortName(before);
          // Inside a line only the Spanish order, in lower case: the shared noun first (`placa …`); `sort key (composite
          // key)`, `AWS accounts (AWS CLI)` put a part or a tool beside a name.
          const spanishOrder = (a: string, b: string): boolean => plain(a.split(' ')[0] as string) === plain(b.split(' ')[0] as string);
          if (own && n === 2 && own.split(' ').length === n && /^[\p{Ll} ]+$/u.test(own + other) && spanishOrder(own, other) && sameHead(own, other) && !(bracket && plain(own) === plain(x ?? ''))) out.push({ names: [own, other], at: offset + lead + m.index });
        }
        if (/before|earlier/i.test(body)) {
          BEFORE_CALLED.lastIndex = 0;
          for (let m = BEFORE_CALLED.exec(body); m; m = BEFORE_CALLED.exec(body)) {
            const name = nameBefore(body, m.index);
            const old = shortName(m[1] as string);
            if (name && old && plain(name) !== plain(old)) out.push({ names: [name, old], at: offset + lead + m.index });
          }
        }
        ACRONYM_BRACKET.lastIndex = 0;
        for (let m = ACRONYM_BRACKET.exec(body); m; m = ACRONYM_BRACKET.exec(body)) {
          const acronym = (m[1] ?? m[4]) as string;
          const name = ((m[2] ?? m[3]) as string).replace(/[*_`"“”]+/g, '').trim();
          if (everyInitial(acronym, name)) out.push({ names: [name, acronym], at: offset + lead + m.index });
        }
      }
      if (body.includes(', o ') || body.includes(', or ')) {
        OR_ELSE.lastIndex = 0;
        for (let m = OR_ELSE.exec(body); m; m = OR_ELSE.exec(body)) {
          const name = shortName(m[1] as string);
          // `the same, or better,`: a comparison, not a name.
          if (!name || englishRole(name.toLowerCase()) === 'modifier') continue;
          for (const part of (m[2] as string).split(/\s+\/\s+/)) {
            const other = shortName(part);
            if (name && other && plain(name) !== plain(other)) out.push({ names: [name, other], at: offset + lead + m.index });
          }
        }
      }
      const head = HEAD_ACRONYM.exec(body);
      if (head) {
        // The words it stands for, anywhere after its separator: as many as its letters.
        const acronym = head[1] as string;
        const letters = spelledAcronym(acronym.toLowerCase()).length;
        const words = body.slice(head[0].length).replace(/[*_`]+/g, '').split(/[\s,;.()]+/).filter(Boolean);
        for (let i = 0; letters >= 3 && i < words.length; i++) {
          for (let n = 1; n <= letters && i + n <= words.length; n++) {
            const run = words.slice(i, i + n);
            if (!run.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w)) || !spelledBy(acronym, run)) continue;
            const name = shortName(run.join(' '));
            if (name) out.push({ names: [name, acronym], at: offset + lead });
          }
        }
      }
    }
    offset = end + 1;
  }
  return out;
}
