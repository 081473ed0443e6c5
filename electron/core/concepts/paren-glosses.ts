/**
 * A parenthesis after a term that names it again: an acronym (`Direct Connect (DX)`), the English name of a
 * Spanish term (`rol de ejecución (execution role)`), or two names side by side (`(MSE, mean squared error)`).
 */
import type { NamePair } from './name-pairs';
import { englishRole, isEnglishWord } from './english-lexicon';
import { isSpanishWord } from './spanish-lexicon';
import { plain } from './fold';
import { abbreviates } from './abbreviations';
import { affixedAcronym } from './affixed-acronyms';
import { initialsOf, spelledAcronym } from './initials';
import { wordGloss } from './word-glosses';
import { spelledAtParen } from './spelled-pairs';
import { ACRONYM, EXAMPLE, MIXED_ACRONYM, PREPOSITIONS, contentWords, inOrder, isWord, lastWord, nameOf, titleCase, wordsOf } from './name-shapes';
import { englishName, markedSpanish, namedAfter, spanishNoun, spanishTerm, spanishWords, translates } from './name-languages';
import { mostInitials, sameInitials, spells } from './acronym-letters';
import { termBefore } from './term-before';
import { parenSynonym } from './paren-synonyms';

export const PAREN = /\(([^()\n]{2,80})\)/g;

/**
 * `mTLS? (TLS mutuo, …)`, `(ADN mitocondrial, ADNmt: circular)`: an acronym with a lower-case letter added and
 * the name that letter stands for, the one before the parenthesis and the other opening it, or the two
 * opening it side by side.
 */
function affixed(line: string, at: number, whole: string, push: (names: [string, string]) => void): boolean {
  const parts = whole.split(/[,:;]\s*/).map((p) => p.trim());
  const first = parts[0] ?? '';
  const before = lastWord(line, at).replace(/[?!]+$/, '');
  for (const [acronym, name] of [[before, first], [first, parts[1] ?? ''], [parts[1] ?? '', first]] as const) {
    if (acronym && name && affixedAcronym(acronym, name)) {
      push([name, acronym]);
      return true;
    }
  }
  return false;
}

/** A Spanish term with its English name, or an acronym, in parentheses; a Title Case name with its acronym. */
export function glosses(line: string, lead: number, offset: number, out: NamePair[], spanish: () => boolean): void {
  PAREN.lastIndex = 0;
  for (let m = PAREN.exec(line); m; m = PAREN.exec(line)) {
    const whole = (m[1] ?? '').trim();
    // `(block cipher, ej AES)`, `(row / tuple)`, `(least recently used, good but expensive)`,
    // `(infraestructura de clave publica, public key infrastructure)`, `(cross-entropy o log loss)`: the name
    // opens the parenthesis, and a second name may follow it; a longer list (`(hora, IP del cliente,
    // latencias)`) gives examples.
    const split = /,\s|\s\/\s|\s(?:o|or)\s/.test(whole) ? whole.split(/,\s+|\s+\/\s+|\s+(?:o|or)\s+/).map((p) => p.trim()) : [];
    const parts = split.length === 2 ? [whole, ...split] : split.length > 2 && EXAMPLE.test(split[1] as string) ? [whole, split[0] as string] : [whole];
    const push = (names: [string, string]): number => out.push({ names, at: offset + m.index });
    if (affixed(line, m.index, whole, push)) continue;
    // `la más usada en AP (AP = atención primaria)`: the parenthesis spells out an acronym on its own.
    const spelledOut = whole.includes('=') ? ACRONYM_EQUALS.exec(whole) : null;
    const expansion = spelledOut ? nameOf(spelledOut[2] as string) : null;
    if (spelledOut && expansion && expansion.includes(' ') && spells(spelledOut[1] as string, expansion)) {
      push([expansion, spelledOut[1] as string]);
      continue;
    }
    if (whole.includes('.') || line.charCodeAt(m.index - 2) === 46 /* . */ || line.charCodeAt(m.index - 2) === 93 /* ] */) {
      const dotted = dottedInitials(line.slice(Math.max(0, m.index - 60), m.index).replace(/[*_`[\]]+/g, '').trimEnd(), whole);
      if (dotted) {
        push(dotted);
        continue;
      }
    }
    if (gloss(line, lead, m.index, whole, spanish, push)) continue;
    if (parts.length === 1) {
      const same = parenSynonym(line, m.index, whole, offset === 0);
      if (same) push(same);
      continue;
    }
    const a = parts[1] as string;
    const b = parts[2];
    if (b !== undefined && ACRONYM.test(a) && ACRONYM.test(b)) bothAcronyms(line, lead, m.index, [a, b], push);
    // `(por ejemplo, HTTPS:443)`: examples, whatever follows.
    if (EXAMPLE.test(a)) continue;
    // `(spam / no spam)`: a value and its negation are values, not names.
    if (b !== undefined && NEGATION.test(b) && plain(b.replace(NEGATION, '')).trim() === plain(a)) continue;
    // `(google authenticator o una llave física)` offers alternatives: each must be the term's own name in
    // the other language (`(cross-entropy o log loss)`), not anything the term may be.
    const either = !whole.includes(', ') && !whole.includes(' / ');
    const slashed = !whole.includes(', ') && !either;
    // The second name counts where the first did, or where it must spell an acronym before the parenthesis
    // (`usa el ancestro común, the merge base` glosses no term), or where the first is an acronym it spells out.
    const byA = gloss(line, lead, m.index, a, spanish, push, either);
    if (b === undefined || !(byA || ACRONYM.test(lastWord(line, m.index)) || ACRONYM.test(a) || either || slashed)) continue;
    const byB = gloss(line, lead, m.index, b, spanish, push, either || (slashed && !byA));
    const term = byA ?? byB;
    if (!term) continue;
    // The name that glossed nothing alone is the term's too: an alternative (`(loss / cost function)`), the
    // acronym the other spells (`(MSE, mean squared error)`), the same name in the other language
    // (`(content delivery network, red de distribución de contenido)`), or one said to be the English.
    const alternative = !whole.includes(', ');
    for (const [p, q, done] of [[a, b, byA], [b, a, byB]] as const) {
      const other = done ? null : alsoNamed(p, q, alternative) ?? (ACRONYM.test(term) && spanish() ? spelledInSpanish(p, q) : null);
      if (other && plain(other) !== plain(term)) push([term, other]);
    }
  }
}

const IDENTITY = /^(?:que\s+es|which\s+is|es\s+decir,?|i\.\s?e\.,?|ie,?|that\s+is,?)\s+(?!(?:un|una|unos|unas|a|an)\s)(?:(?:el|la|lo|the)\s+)?([\p{L}][\p{L}\p{N}-]*(?:\s+[\p{L}][\p{L}\p{N}-]*){0,3})$/iu;
const ACRONYM_EQUALS = /^([A-Z][A-Za-z0-9]{1,5})\s*=\s*([^=]{4,60})$/u;
const NEGATION = /^(?:no|not|non|sin)[\s-]/iu;
/** What makes `o …` a comparison, not a name: `(t3.micro, o superior)`. */
export const COMPARATIVE = /^(?:superior|inferior|mayor|menor|m[aá]s|menos|similar|similares|equivalente|anterior|posterior|higher|lower|greater|later|newer|older|above|below|similar|equivalent|better|worse|mejor|peor)$/iu;

/** `o TP en inglés`, `or PR in English`: a name said to be the other language's. */
const IN_LANGUAGE = /^(?:(?:o|or)\s+)?(.+?)\s+(?:en\s+ingl[eé]s|en\s+espa[ñn]ol|in\s+English|in\s+Spanish)$/iu;

/**
 * `**TDD** (Test-Driven Development, desarrollo guiado por pruebas)`: beside the words an acronym spells, a
 * Spanish phrase of about as many words is the same name translated.
 */
function spelledInSpanish(p: string, q: string): string | null {
  const name = nameOf(p);
  if (!name || EXAMPLE.test(p) || !spanishTerm(name)) return null;
  const n = contentWords(name).length;
  const m = contentWords(q).length;
  return n >= 2 && Math.abs(n - m) <= 1 ? name : null;
}

/** `p`, beside `q` in a parenthesis whose other name glossed the term, as another name of it, or null. */
function alsoNamed(p: string, q: string, alternative: boolean): string | null {
  // `(TPR, que es el recall)`, `(i.e. the hit rate)`: the same thing by another name, not a kind of it (`que es una tasa`).
  const same = IDENTITY.exec(p);
  if (same) return nameOf(same[1] as string);
  const said = IN_LANGUAGE.exec(p);
  // `(network access control list, o Network ACL)`: after the comma, `o` offers the same thing's other name.
  const offered = /^(?:o|or|u)\s+/iu.exec(p);
  const name = nameOf(said ? (said[1] as string) : offered ? p.slice(offered[0].length) : p);
  if (!name || EXAMPLE.test(p) || NEGATION.test(p) || /^(?:(?:o|or)\s+)?(?:un|una|unos|unas|a|an|the|el|la|los|las)\s/iu.test(p)) return null;
  if (said || alternative) return name;
  if (offered && !COMPARATIVE.test(wordsOf(name)[0] ?? '')) return name;
  if (ACRONYM.test(name)) return spells(name, q) ? name : null;
  return translates(name, q) || translates(q, name) ? name : null;
}

/** An acronym among the last words before `at` whose letters are the initials of `y` (`cdn de aws (content delivery network)`). */
function spelledNear(line: string, lead: number, at: number, y: string): string | null {
  const words = wordsOf(line.slice(lead, at).replace(/[*_`]+/g, '')).slice(-3);
  for (const w of words) {
    if (!/^[A-Za-z][A-Za-z0-9]{1,5}$/.test(w) || (!ACRONYM.test(w) && isWord(w))) continue;
    if (spells(w, y) && initialsOf(y).length > 0) return w;
  }
  return null;
}

/**
 * Whether `inner`, inside the parenthesis at `at`, names the term before it (given to `push`): the term's
 * name, or null.
 */
function gloss(line: string, lead: number, at: number, inner: string, spanish: () => boolean, push: (names: [string, string]) => void, strict = false): string | null {
  const spelled = spelledAtParen(line, lead, at, inner);
  if (spelled) {
    push(spelled);
    return plain(spelled[0]) === plain(inner.replace(/[*_`"“”‘’]+/g, '').trim()) ? spelled[1] : spelled[0];
  }
  // Outside Spanish notes only an acronym can be paired here: the cheap test first.
  const bareInner = inner.replace(/[*_`]+/g, '');
  const acronym = ACRONYM.test(bareInner) || MIXED_ACRONYM.test(bareInner);
  if (!acronym && !spanish() && !ACRONYM.test(lastWord(line, at))) return null;
  if (/^(?:aka|a\.k\.a|also|tambi|o\s|abrevia|abbr|short\s+for|formerly|previously|antes|antigua|anterior)/iu.test(inner)) return null;
  const y = nameOf(inner, true);
  if (!y) return null;
  if (CATALOGUE.test(bareInner)) {
    const named = catalogued(line, lead, at, bareInner);
    if (named) {
      push([named, bareInner]);
      return named;
    }
  }
  const x = termBefore(line, lead, at, acronym);
  // `La precisión (precision, …)`: the English word the Spanish one spells but for its accent marks a term too.
  if (x && x.name !== y && plain(x.name) === plain(y) && !x.name.includes(' ') && spanish() && plain(x.name) !== x.name.toLowerCase() && isEnglishWord(y.toLowerCase())) {
    push([x.name, y]);
    return x.name;
  }
  const found = x && plain(x.name) !== plain(y) ? glossOf(x, y, line, lead, at, acronym, spanish, push, strict) : null;
  if (found || !y.includes(' ')) return found;
  const near = spelledNear(line, lead, at, y);
  if (near) push([y, near]);
  return near;
}

/** A catalogue's number: a few capitals and a number (`M42`, `M1`, `NGC7293`), no initials of any words. */
const CATALOGUE = /^[A-Z]{1,3}\d{1,5}$/;

/**
 * `nebulosa de Orión (M42)`, `la nebulosa del Cangrejo (M1)`, `Crab Nebula (M1)`: a name holding a proper name
 * (a capital past its first word) beside the number a catalogue gives the same thing. A common noun before it
 * (`familia de instancias (M5)`, `fase (G1)`) is a kind, a size or a step, which such codes also name.
 */
function catalogued(line: string, lead: number, at: number, code: string): string | null {
  const x = termBefore(line, lead, at, false);
  const words = x ? wordsOf(x.name) : [];
  if (!x || words.length < 2 || words.length > 4 || !words.slice(1).some((w) => /^\p{Lu}\p{Ll}/u.test(w))) return null;
  // `Amazon Simple Storage Service (S3)`: letters the words' initials give make an acronym, Schwartz–Hearst's.
  const initials = words.map((w) => w.charAt(0).toUpperCase()).join('');
  return inOrder(code.replace(/\d+/g, ''), initials) ? null : x.name;
}

/** `y`, in the parenthesis at `at`, as a name of the term `x` before it (see gloss). */
function glossOf(x: { name: string; marked: boolean }, y: string, line: string, lead: number, at: number, acronym: boolean, spanish: () => boolean, push: (names: [string, string]) => void, strict: boolean): string | null {
  const paired = (names: [string, string]): string => {
    push(names);
    return x.name;
  };
  if (acronym) {
    // `**instancias reservadas** (RI)`, `una autoridad de certificacion (CA)`: a Spanish term and the
    // acronym of its English name, its initials in another order.
    if (x.name.includes(' ') && spanish() && spanishTerm(x.name) && (sameInitials(y, x.name) || mostInitials(y, x.name))) return paired([x.name, y]);
    // `Direct Connect (DX)`: a Title Case name heading its item and an acronym of its initial.
    // (Schwartz–Hearst pairs one spelled word by word; `Kernel-based Virtual Machine (KVM)`, spelled with its
    // hyphenated word as one, is this rule's.)
    if (x.marked && !initialsOf(x.name).includes(spelledAcronym(y.toLowerCase())) && titleCase(x.name) && x.name[0] === y[0] && y.length <= wordsOf(x.name).length + 1) return paired([x.name, y]);
    return null;
  }
  if (ACRONYM.test(x.name)) {
    // `LRU (least recently used, good but expensive)`: an acronym and the words it spells, or in Spanish
    // its expansion in Spanish words, the same initials in another order (`ECC (criptografia de curva eliptica)`).
    // `las PBP (proteínas fijadoras de penicilina)`: the Spanish words of an English acronym share most of its initials.
    if (y.includes(' ') && (spells(x.name, y) || (spanish() && spanishWords(y) && (sameInitials(x.name, y) || mostInitials(x.name, y))))) return paired([y, x.name]);
    // `- DAX (DynamoDB Accelerator)`: an acronym heading its item and a Title Case name of its initial whose
    // initials it holds in order (the mirror of `Direct Connect (DX)`).
    if (x.marked && titleCase(y) && y[0] === x.name[0] && x.name.length <= wordsOf(y).length + 1 && inOrder(initialsOf(y)[0] ?? '', x.name.toLowerCase())) return paired([y, x.name]);
    return null;
  }
  if (!spanish()) return null;
  // `**ototoxicidad** (irreversible!)`, `Presidente de la República (mayo)`: one word Spanish spells too and
  // English has as no noun, after a Spanish term, is an aside on it, not its English name.
  if (!y.includes(' ') && englishRole(y.toLowerCase()) !== 'noun' && isSpanishWord(plain(y)) && !englishName(x.name)) return null;
  if (namedAfter(x.name, y)) return paired([x.name, y]);
  if (strict) return translates(x.name, y) ? paired([x.name, y]) : null;
  // `rol de ejecución (execution role)`: an English name of two words or more glosses a Spanish term of
  // as many or a few more (Spanish spells out what English compounds); a term the person marked (bold,
  // or the item's head) may take a shorter one (`**instancias bajo demanda** (on demand)`).
  const close = line.indexOf(')', at);
  // `| clave-valor (key-value) |`, `| | nucleofilia (nucleophilicity) | basicidad (basicity) |`: a table cell
  // holding only the term and its parenthesis heads its row or column, as marked as a bold term.
  const rowHead = line.trimStart().startsWith('|') && cellAlone(line, at, close, x.name);
  const goesOn = /^,?\s*\p{L}/u.test(line.slice(close + 1));
  if (wordGloss(x.name, y, x.marked || rowHead, goesOn)) return paired([x.name, y]);
  if (translates(x.name, y)) return paired([x.name, y]);
  const yWords = contentWords(y).length;
  const xWords = contentWords(x.name).length;
  // `storage classes (clases de almacenamiento)`: an English term the person marked, glossed in Spanish.
  // English puts its head noun last, Spanish first: the two agree in number.
  const plural = (w: string): boolean => /[^s]s$/u.test(plain(w));
  if (x.marked && englishName(x.name) && !PREPOSITIONS.has(plain(wordsOf(y)[0] ?? '')) && (spanishTerm(y) || spanishNoun(y)) && yWords >= xWords && yWords <= xWords + 2 &&
    plural(wordsOf(x.name).pop() ?? '') === plural(wordsOf(y)[0] ?? '')) return paired([x.name, y]);
  if (wordsOf(y).length < 2 || xWords > yWords + 2 || (x.marked ? xWords < yWords - 1 : xWords < yWords)) return null;
  if (!englishName(y) || !(spanishTerm(x.name) || (x.marked && markedSpanish(x.name)))) return null;
  // `propias route tables (TGW route tables)`: the same head noun in the English place, other modifiers, is
  // another kind of the thing, not its translation.
  if (plain(wordsOf(x.name).pop() ?? '') === plain(wordsOf(y).pop() ?? '')) return null;
  return paired([x.name, y]);
}

/** Whether the table cell around the parenthesis from `at` to `close` holds only `name` before it. */
function cellAlone(line: string, at: number, close: number, name: string): boolean {
  const start = line.lastIndexOf('|', at);
  if (start < 0 || !/^\s*(?:\||$)/.test(line.slice(close + 1))) return false;
  return line.slice(start + 1, at).replace(/[*_`]+/g, '').trim() === name;
}

/**
 * `**unconditioned response (UCR / UR)**`: two acronyms side by side, spelled from the term's words (its
 * initials, or letters inside them), are its short names; Schwartz–Hearst reads one acronym a parenthesis.
 */
function bothAcronyms(line: string, lead: number, at: number, acronyms: readonly string[], push: (names: [string, string]) => void): boolean {
  const x = termBefore(line, lead, at, true);
  if (!x || !x.name.includes(' ')) return false;
  const spelled = acronyms.filter((a) => spells(a, x.name) || abbreviates(a, x.name));
  // `UCR` beside `UR`: the other with a letter more (from inside a word, `unConditioned`) is the same short name.
  const longer = (a: string): boolean => spelled.some((b) => a.length === b.length + 1 && a[0] === b[0] && [...a].some((_, i) => a.slice(0, i) + a.slice(i + 1) === b));
  const names = acronyms.filter((a) => spelled.includes(a) || longer(a));
  for (const a of names) push([x.name, a]);
  return names.length > 0;
}

const DOTTED = /^(?:\p{Lu}\.){2,5}$/u;
/**
 * `H.M. (Henry Molaison)`, `Henry Molaison (H.M.)`: initials written with their periods and the name whose
 * words they are, either way round.
 */
function dottedInitials(before: string, inner: string): [string, string] | null {
  const initials = /(?:^|\s)((?:\p{Lu}\.){2,5})$/u.exec(before)?.[1];
  const short = DOTTED.test(inner) ? inner : initials;
  if (!short) return null;
  const letters = short.replace(/\./g, '');
  const words = (short === inner ? before.split(/\s+/).slice(-letters.length) : inner.split(/\s+/)).filter(Boolean);
  if (words.length !== letters.length || !words.every((w, i) => /^\p{Lu}\p{Ll}+$/u.test(w) && w[0] === letters[i])) return null;
  return [words.join(' '), short];
}
