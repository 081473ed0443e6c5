import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Which Spanish words are verb forms and nothing else (`deba`, `importan`, `sobrevivir`, `compararlo`),
 * read from the Hunspell Spanish dictionary of `dictionary-es` (the RLA-ES word list, MPL/LGPL/GPL): its
 * entries carry affix flags, and the flags that conjugate (each rule turns an infinitive, `…r`, into a
 * form, with no further affixes) say which entries are verbs and which surface forms they make. A noun
 * phrase never holds a finite verb or an infinitive, so a phrase through one is a clause (`regla deba
 * sobrevivir`). No maintained npm package tags Spanish parts of speech; this reads a maintained lexicon
 * instead of guessing from endings (`lugar`, `router`, `imagen` end like verbs and are not).
 *
 * A form that is also a noun or an adjective (`copia`, `muestra`, `cifrado`, `parte`) is not "only a verb":
 * the dictionary lists it as an entry of its own or derives it by a nominal affix.
 */

interface Rule {
  flag: string;
  strip: string;
  /** The base must end this way (the rule's condition, as a regular expression anchored at the end). */
  cond: RegExp;
}

/** A prefix rule: `add` replaces `strip` at the start of an entry that starts as `cond` says. */
interface Prefix {
  flag: string;
  strip: string;
  add: string;
  cond: RegExp;
}

interface Lexicon {
  /** Prefix rules (`de-`, `in-`, `re-`, `con-`): the dictionary lists `efecto/g`, not `defecto`. */
  prefixes: Prefix[];
  /** The same rules by the first letter they add. */
  prefixesByFirst: Map<string, Prefix[]>;
  /** Entry → its flags. */
  entries: Map<string, string>;
  /** Added ending → the rules that add it. */
  byAdd: Map<string, Rule[]>;
  verbal: Set<string>;
  /** Flags whose every rule applies to an infinitive: conjugations, participles and deverbal derivations. */
  fromInfinitive: Set<string>;
  longestAdd: number;
}

let lexicon: Lexicon | null = null;

function load(): Lexicon {
  const dir = path.dirname(createRequire(import.meta.url).resolve('dictionary-es'));
  const aff = readFileSync(path.join(dir, 'index.aff'), 'utf8').split('\n');
  const dic = readFileSync(path.join(dir, 'index.dic'), 'utf8').split('\n');
  const groups = new Map<string, { strip: string; add: string; cont: boolean; cond: string }[]>();
  const prefixes: Prefix[] = [];
  for (const line of aff) {
    if (line.startsWith('PFX ')) {
      const f = line.trim().split(/\s+/);
      if (f.length < 5) continue;
      const [, flag = '', strip = '', add = '', cond = '.'] = f;
      prefixes.push({ flag, strip: strip === '0' ? '' : strip, add: (add.split('/')[0] ?? '').replace(/^0$/, ''), cond: new RegExp(`^${cond}`, 'u') });
      continue;
    }
    if (!line.startsWith('SFX ')) continue;
    const f = line.trim().split(/\s+/);
    if (f.length < 5) continue;
    const [, flag = '', stripRaw = '', addRaw = '', cond = '.'] = f;
    const [add = '', cont] = addRaw.split('/');
    let g = groups.get(flag);
    if (!g) groups.set(flag, (g = []));
    g.push({ strip: stripRaw === '0' ? '' : stripRaw, add: add === '0' ? '' : add, cont: cont !== undefined, cond });
  }
  const verbal = new Set<string>();
  const fromInfinitive = new Set<string>();
  const byAdd = new Map<string, Rule[]>();
  let longestAdd = 0;
  for (const [flag, rules] of groups) {
    // Conjugation: every rule applies to an infinitive and ends the word (no affix after it); participles
    // (`-do/-da/-dos/-das`) are adjectives as much as verbs, and the derivations (`-ción/S`, `-ble/S`) are nouns.
    const participles = rules.every((r) => /d[oa]s?$/.test(r.add));
    if (rules.every((r) => r.cond.endsWith('r'))) fromInfinitive.add(flag);
    if (rules.every((r) => r.cond.endsWith('r') && !r.cont) && !participles) verbal.add(flag);
    for (const r of rules) {
      const rule: Rule = { flag, strip: r.strip, cond: new RegExp(`${r.cond}$`, 'u') };
      const list = byAdd.get(r.add);
      if (list) list.push(rule);
      else byAdd.set(r.add, [rule]);
      longestAdd = Math.max(longestAdd, r.add.length);
    }
  }
  const entries = new Map<string, string>();
  for (let i = 1; i < dic.length; i++) {
    const line = dic[i] ?? '';
    if (!line) continue;
    const slash = line.indexOf('/');
    const word = slash < 0 ? line.trim() : line.slice(0, slash);
    const flags = slash < 0 ? '' : line.slice(slash + 1).trim();
    // A word listed twice (`deber/REDñ`, `deber/S`: the verb and the noun) keeps both entries' flags, and a
    // bare entry (`debe`, `parte`) counts as a word of its own, not a verb.
    const before = entries.get(word);
    entries.set(word, before === undefined ? (flags || ' ') : `${before}${flags || ' '}`);
  }
  const prefixesByFirst = new Map<string, Prefix[]>();
  for (const p of prefixes) {
    const first = p.add[0] ?? '';
    const list = prefixesByFirst.get(first);
    if (list) list.push(p);
    else prefixesByFirst.set(first, [p]);
  }
  return { prefixes, prefixesByFirst, entries, byAdd, verbal, fromInfinitive, longestAdd };
}

/**
 * Calls `visit` with the flag of every suffix rule that makes `lower` from a dictionary entry (suffixes of at
 * least `shortest` letters), until `visit` returns true; says whether it did.
 */
function forEachDerivation(lexicon: Lexicon, lower: string, shortest: number, visit: (flag: string, entryFlags: string) => boolean): boolean {
  const { entries, byAdd, longestAdd } = lexicon;
  for (let k = shortest; k <= Math.min(longestAdd, lower.length - 1); k++) {
    const rules = byAdd.get(lower.slice(lower.length - k));
    if (!rules) continue;
    const stem = lower.slice(0, lower.length - k);
    for (const r of rules) {
      const base = stem + r.strip;
      const flags = entries.get(base);
      if (flags !== undefined && flags.includes(r.flag) && r.cond.test(base) && visit(r.flag, flags)) return true;
    }
  }
  return false;
}

const VERDICT = new Map<string, boolean>();
const VERDICT_MAX = 100_000;

/** Is this lower-case Spanish word a verb form (conjugated, infinitive, gerund, with clitics) and never a noun or adjective? */
export function isSpanishVerbOnly(lower: string): boolean {
  const cached = VERDICT.get(lower);
  if (cached !== undefined) return cached;
  lexicon ??= load();
  const { entries, verbal, fromInfinitive } = lexicon;
  let verb = false;
  let nominal = false;
  const own = entries.get(lower);
  if (own !== undefined) {
    for (const f of own) {
      if (verbal.has(f)) verb = true;
    }
    // An entry inflected as a noun or adjective (plural, gender) or bare (`debe`, `parte`) is a word of its
    // own; flags that derive other words from an infinitive (`-ción`, the participle) say nothing of it.
    if ([...own].some((f) => !fromInfinitive.has(f))) nominal = true;
  }
  if (!nominal) {
    forEachDerivation(lexicon, lower, 0, (flag) => {
      if (verbal.has(flag)) verb = true;
      else nominal = true;
      return nominal;
    });
  }
  const verdict = verb && !nominal;
  if (VERDICT.size > VERDICT_MAX) VERDICT.clear();
  VERDICT.set(lower, verdict);
  return verdict;
}

const ACUTE: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú' };

/**
 * A verb form that the text may well use as a noun or adjective the dictionary spells otherwise: the same
 * word with its accent left out (`clave publica`, `la practica`, `limite`: `pública`, `práctica`, `límite`;
 * students often write without accents, and these verb forms differ from the noun only by it), or the
 * noun Spanish makes from an `-ar` verb's stem with `-o`, which the dictionary does not always list
 * (`intercambio de claves`, `envio`: it lists `intercambiar`, not the noun).
 */
const UNWRITTEN = new Map<string, boolean>();

/**
 * Inside a noun phrase, between nouns, such a form reads as the noun (see unwrittenNoun); a word alone
 * (a heading's first word, a capitalised word) keeps the dictionary's verdict (`Publica tu AMI`).
 */
export function mayBeSpanishNoun(lower: string): boolean {
  const cached = UNWRITTEN.get(lower);
  if (cached !== undefined) return cached;
  lexicon ??= load();
  const verdict = unwrittenNoun(lexicon, lower);
  if (UNWRITTEN.size > VERDICT_MAX) UNWRITTEN.clear();
  UNWRITTEN.set(lower, verdict);
  return verdict;
}

function unwrittenNoun(lexicon: Lexicon, lower: string): boolean {
  if (!/^[a-zñ]+$/.test(lower)) return false;
  const { entries, fromInfinitive, verbal } = lexicon;
  const nominalEntry = (word: string): boolean => {
    const flags = entries.get(word);
    if (flags !== undefined && [...flags].some((f) => !fromInfinitive.has(f))) return true;
    return forEachDerivation(lexicon, word, 1, (flag) => !verbal.has(flag) && !fromInfinitive.has(flag));
  };
  for (let i = 0; i < lower.length; i++) {
    const accented = ACUTE[lower[i] as string];
    if (accented && nominalEntry(lower.slice(0, i) + accented + lower.slice(i + 1))) return true;
  }
  if (lower.length > 4 && lower.endsWith('o')) {
    const flags = entries.get(`${lower.slice(0, -1)}ar`);
    if (flags !== undefined && [...flags].some((f) => verbal.has(f))) return true;
  }
  return false;
}

const KNOWN = new Map<string, boolean>();

/**
 * Does the Spanish dictionary know this lower-case word, as an entry or a form its suffixes make
 * (`subred`, `instancias`, `gestionada`)? It lists almost no English (`subnet`, `bucket`, `failover` are
 * not in it), so an English word a Spanish note writes is read as the English term it is.
 */
export function isSpanishWord(lower: string): boolean {
  if (lower.length > MAX_WORD) return false;
  const cached = KNOWN.get(lower);
  if (cached !== undefined) return cached;
  lexicon ??= load();
  const known = knownForm(lexicon, lower) || knownForm(lexicon, singularOf(lower));
  if (KNOWN.size > VERDICT_MAX) KNOWN.clear();
  KNOWN.set(lower, known);
  return known;
}

function knownForm(lexicon: Lexicon, lower: string): boolean {
  return lower !== '' && (lexicon.entries.has(lower) || forEachDerivation(lexicon, lower, 1, () => true) || prefixed(lexicon, lower));
}

/**
 * The singular of a plural the dictionary makes in two steps (`aplicaciones`: `aplicar` → `aplicación` →
 * plural), which one suffix rule does not reach; '' when the word is no plural.
 */
function singularOf(lower: string): string {
  if (lower.endsWith('iones')) return `${lower.slice(0, -5)}ión`;
  if (lower.endsWith('es') && lower.length > 4) return lower.slice(0, -2);
  if (lower.endsWith('s') && lower.length > 3) return lower.slice(0, -1);
  return '';
}

/** Shortest entry a prefix is taken off: `de` + `be` is no derivation worth believing. */
const MIN_PREFIXED_BASE = 3;

/**
 * A word the dictionary makes by a prefix, alone or with a suffix (`defecto` from `efecto/g`, `recursos` from
 * `curso`, `información` from `formación`): the entry must carry the prefix's flag.
 */
function prefixed(lexicon: Lexicon, lower: string): boolean {
  // Most words start with a letter no prefix starts with, or with only a few prefixes' letter.
  for (const p of lexicon.prefixesByFirst.get(lower[0] ?? '') ?? []) {
    if (!lower.startsWith(p.add) || lower.length - p.add.length < MIN_PREFIXED_BASE) continue;
    const base = p.strip + lower.slice(p.add.length);
    if (!p.cond.test(base)) continue;
    if (lexicon.entries.get(base)?.includes(p.flag)) return true;
    if (forEachDerivation(lexicon, base, 1, (_flag, entryFlags) => entryFlags.includes(p.flag))) return true;
  }
  return false;
}

const SPELLED = new Map<string, boolean>();
/** Longer than any word of the language (`electroencefalografista` has 23 letters). */
const MAX_WORD = 40;

/**
 * Is this lower-case word Spanish as written or with the one accent students leave out (`normalizacion`,
 * `parametro`)? Every acute a vowel may take is tried, one at a time.
 */
export function isSpanishSpelling(lower: string): boolean {
  // No Spanish word is this long; each accent tried would copy the whole "word" (a hostile 5 MB run).
  if (lower.length > MAX_WORD) return false;
  const cached = SPELLED.get(lower);
  if (cached !== undefined) return cached;
  let known = isSpanishWord(lower);
  if (!known && /^[a-zñ]+$/.test(lower)) {
    for (let i = 0; i < lower.length && !known; i++) {
      const accented = ACUTE[lower[i] as string];
      if (accented) known = isSpanishWord(lower.slice(0, i) + accented + lower.slice(i + 1));
    }
  }
  if (SPELLED.size > VERDICT_MAX) SPELLED.clear();
  SPELLED.set(lower, known);
  return known;
}
