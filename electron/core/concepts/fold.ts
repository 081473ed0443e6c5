import type { ConceptKey } from './types';

/**
 * Folding makes one key for every spelling of one idea: case, accents, hyphens and plurals.
 * The plural rules serve Spanish and English at once, so they cannot be exact; what they guarantee is
 * that a singular and its plural fold to the SAME key (`role`, `roles`, `rol` → `rol`), even when the key
 * is a stem rather than a word (`store` → `stor`). Labels, not keys, are what users read.
 */

const MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Words ending in `s` that are not plurals. Without these, `windows` would fold onto `window`
 * and `https` onto `http`; the list is about grammar, not about any vault's concepts.
 */
const NOT_PLURAL = new Set([
  'alias', 'always', 'perhaps', 'windows', 'ios', 'macos', 'https', 'iops', 'kubernetes', 'series',
  'species', 'news', 'lens', 'chaos', 'canvas', 'atlas', 'bias', 'yes', 'its', 'this', 'has', 'was',
  'gas', 'plus', 'thus', 'versus', 'status', 'bus', 'campus', 'corpus', 'virus', 'bonus', 'focus',
  'nexus', 'mas', 'menos', 'antes', 'despues', 'entonces', 'pues', 'tras', 'ademas', 'mientras',
  'crisis', 'tesis', 'analisis', 'parentesis', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes',
  'dos', 'tres', 'seis', 'cuales', 'todas', 'todos', 'otras', 'otros', 'nosotros', 'ellos', 'ellas',
  'whereas', 'besides', 'sometimes', 'towards', 'afterwards', 'stats', 'sms', 'dns', 'aws', 'gps',
]);

/**
 * Each character of the Basic Multilingual Plane without its marks (its NFD, combining marks dropped: ''
 * for a mark itself), worked out the first time a text holds it.
 */
const BARE: (string | undefined)[] = Array.from({ length: 0x10000 });

function bareOf(c: number): string {
  let bare = BARE[c];
  if (bare === undefined) BARE[c] = bare = String.fromCharCode(c).normalize('NFD').replace(MARKS, '');
  return bare;
}

/**
 * Strip accents (NFD, then drop combining marks) and lower-case. Decomposing a whole sentence was the
 * costly step, and its result is each character's own decomposition, marks dropped: NFD only reorders
 * marks, and every character it would reorder is a mark (fold.test.ts holds this to the definition).
 * Text with an astral character takes the definition itself.
 */
export function plain(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0xd800 && c <= 0xdfff) return s.normalize('NFD').replace(MARKS, '').toLowerCase();
    const bare = bareOf(c);
    if (bare.length === 1 && bare.charCodeAt(0) === c) continue;
    out += s.slice(from, i) + bare;
    from = i + 1;
  }
  return (from === 0 ? s : out + s.slice(from)).toLowerCase();
}

const ALL_CAPS = /^[A-Z][A-Z0-9]*$/;
/** `K8s`, `i18n`: a letter, a count of letters left out, a last letter. */
const NUMERONYM = /^[A-Za-z]\d{1,2}[a-z]$/;
const DOUBLED = /^(?:([A-Z])\1)+$/;
const CAPS_PLURAL = /^[A-Z][A-Z0-9]+s$/;
/**
 * A shouted plural word (ROLES, TYPES, ZONES): a vowel, a consonant, then -ES. Acronyms of four or five
 * letters almost never end that way (AMIS, IOPS, EBS, GPUS do not), so these fold as words.
 */
const SHOUTED_ES_PLURAL = /^[A-Z]*[AEIOUY][B-DF-HJ-NP-TV-Z]ES$/;

/**
 * Folds one word as written. `acronyms` holds folded acronyms known in the vault: an ALL-CAPS word of up
 * to 5 characters keeps its final S (EBS, EFS, AWS, IAM are not plurals) unless dropping it gives one of
 * them (AMIS → ami when AMI exists) and the letter before it is not a protocol's P (HTTPS is not HTTP).
 */
export function foldWord(raw: string, acronyms?: ReadonlySet<string>): string {
  if (ALL_CAPS.test(raw)) {
    const lower = raw.toLowerCase();
    // BBDD, EEUU, SSOO: Spanish writes an acronym's plural by doubling each letter (AAAA is one letter, not a plural).
    if ((raw.length === 4 || raw.length === 6) && DOUBLED.test(raw) && !/^(.)\1+$/.test(raw)) return lower.replace(/(.)\1/g, '$1');
    if (raw.length <= 5) {
      if (raw.length >= 4 && SHOUTED_ES_PLURAL.test(raw)) return singular(lower);
      // A protocol's S is its secure variant, not a plural (HTTPS, FTPS, SMTPS, LDAPS are not HTTP, FTP…).
      if (raw.length > 2 && lower.endsWith('s') && !lower.endsWith('ps') && acronyms?.has(lower.slice(0, -1))) return lower.slice(0, -1);
      return lower;
    }
    return singular(lower);
  }
  // AMIs, VPCs, EBSs: an acronym with a lower-case plural s; not a numeronym (`K8s` is `Kubernetes`).
  if (CAPS_PLURAL.test(raw)) return NUMERONYM.test(raw) ? raw.toLowerCase() : raw.slice(0, -1).toLowerCase();
  return singular(plain(raw));
}

/** Spanish + English singular, tuned so singular and plural meet (see the file comment). */
export function singular(w: string): string {
  if (w.length <= 3 || /\d/.test(w) || NOT_PLURAL.has(w)) return w;
  let s = w;
  if (s.endsWith('ies') && s.length > 4) {
    s = `${s.slice(0, -3)}y`;
  } else if (s.endsWith('es') && s.length >= 5) {
    const c = s[s.length - 3] ?? '';
    const ch = s.endsWith('ches') || s.endsWith('shes');
    // -es after these is the Spanish plural (roles, balanceadores, regiones, redes, leyes) or the English
    // one after sibilants (buses, boxes, caches); elsewhere it is an English -e + -s (images, volumes).
    if (ch || 'sxlrndjy'.includes(c)) s = s.slice(0, -2);
    else s = s.slice(0, -1);
  } else if (s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us') && !s.endsWith('is')) {
    s = s.slice(0, -1);
  }
  // English singulars ending in -le/-re/-ne/-de/-se/-che lose the e, so they meet the Spanish-style
  // stem their plural got above (role/roles → rol, store/stores → stor, case/cases → cas).
  if (s.length >= 4 && s.endsWith('e')) {
    const c = s[s.length - 2] ?? '';
    if ('lrnds'.includes(c) || s.endsWith('che') || s.endsWith('she')) s = s.slice(0, -1);
  }
  return s;
}

/** The words of a text: letters and digits; everything else separates (hyphens, dots, slashes). */
export function words(s: string): string[] {
  // A possessive 's is not a word of its own.
  return s.replace(/['’]s\b/g, '').match(WORD) ?? [];
}

/** `foldTerm('Amazon Machine Images')` → `amazon machine image`. */
export function foldTerm(s: string, acronyms?: ReadonlySet<string>): ConceptKey {
  return words(s)
    .map((w) => foldWord(w, acronyms))
    .join(' ');
}

/**
 * A looser stem of one folded word, used only to merge two names of a multi-word concept written two ways
 * (`ELASTIC COMPUTING CLOUD` / `Elastic Compute Cloud`, `mapped drive` / `map drive`). It removes -ing,
 * -ed and a final -e, and undoes a doubled final consonant (logging → log). It leaves -er alone on
 * purpose: in AWS `Elastic Load Balancing` (the service) and `load balancer` (one of its resources) are
 * different ideas, and so are most -ing/-er pairs (`computing`/`computer`). The stem must keep four
 * letters, so short words (`need`, `used`, `string`, `red`) are never cut.
 */
export function looseStem(w: string): string {
  let s = w;
  if (s.length >= 7 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length >= 6 && s.endsWith('ed') && !s.endsWith('eed')) s = s.slice(0, -2);
  else if (s.length >= 5 && s.endsWith('e')) s = s.slice(0, -1);
  else return s;
  const a = s[s.length - 1] ?? '';
  if (s.length >= 4 && a === s[s.length - 2] && 'bdgmnprt'.includes(a)) s = s.slice(0, -1);
  // compute → comput meets computing → comput; store/stored → stor.
  if (s.length >= 5 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

/**
 * Names that spell one idea with different spacing or a light English suffix meet on one of these keys:
 * `ELASTIC FILESYSTEM` and `Elastic File System` (compound words written with or without a space: the
 * words joined, then made singular as one word); `ELASTIC COMPUTING CLOUD` and `Elastic Compute Cloud`
 * (the stems of every word joined, multi-word names only: a lone `computing` and `compute` may well be
 * different things). Empty for names too short to compare safely. Takes a name as written, since folding
 * word by word already cuts inside compounds (`file` → `fil`).
 */
export function looseKeys(name: string): string[] {
  const parts = words(name).map((w) => plain(w));
  const compact = singular(parts.join(''));
  if (compact.length < 6 || /^\d+$/.test(compact)) return [];
  if (parts.length === 1) return [compact];
  return [compact, `~${parts.map((w) => looseStem(singular(w))).join('')}`];
}

/** A text as a regular expression that matches it literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
