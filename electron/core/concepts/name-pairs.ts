/**
 * Two names the text gives one thing, beyond `Long Form (ABBR)` (definitions.ts): the ways students pair
 * names in their notes.
 * - An acronym opening a line or list item, spelled out after `=` or in parentheses further on:
 *   `AZ = Availability Zone.`, `HA = high availability`, `**EBS** = disco de red (elastic block store)`.
 * - A synonym said in so many words: `X (aka Y)`, `X, also called Y`, `X (también llamado Y)`.
 * - A Spanish term with its English name in parentheses: `rol de ejecución (execution role)`,
 *   `**grupo de seguridad** (security group)`, `**instancias reservadas** (RI)`.
 * - A Title Case name opening its clause with an acronym of the same initial that its letters do not spell
 *   (`Direct Connect (DX)`): the text pairs them where Schwartz–Hearst cannot.
 * - A nickname quoted after a name (quoted-names.ts), a bold head's translation in a later parenthesis
 *   (cognate-names.ts), an acronym with a letter added (`mTLS` / `TLS mutuo`, affixed-acronyms.ts), and a
 *   formula's symbols beside the same formula in words (formula-words.ts).
 * Each rule reads the grammar of the pairing, never a vault's words; each asks the two sides to look like
 * names, so an example (`(ej t3.micro)`), a number (`(1 o 3 años)`) or a Spanish aside is not a name.
 */
import { clauseWord, spanishVerb } from './clause-words';
import { englishRole, isEnglishWord } from './english-lexicon';
import { isSpanishWord, mayBeSpanishNoun } from './spanish-lexicon';
import { plain } from './fold';
import { FOLDED_JOINERS, isStopword } from './folded-lists';
import { abbreviates } from './abbreviations';
import { affixedAcronym } from './affixed-acronyms';
import { quotedNames } from './quoted-names';
import { headTranslations } from './cognate-names';
import { formulaWords } from './formula-words';
import { markedGlosses } from './marked-glosses';
import { knownAs } from './known-as';
import { slashedClips } from './slashed-clips';
import { equalPairs } from './equal-pairs';
import { labelPairs } from './label-pairs';
import { legendPairs } from './legend-pairs';
import { initialsOf, spelledAcronym } from './initials';
import { wordGloss } from './word-glosses';
import { apposedPairs, openingExpansion, spelledAtParen, titledAcronym } from './spelled-pairs';

export interface NamePair {
  /** The names, the one the person wrote as the term first. */
  names: [string, string];
  /** Offset in the text of what pairs them (the parenthesis, the `=`, the cue). */
  at: number;
}

const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;
/** `IoC`, `QoS`, `IaaS`: an acronym whose short words (`of`, `as a`) give lower-case letters. */
const MIXED_ACRONYM = /^[A-Z][a-z]{1,2}[A-Z](?:[a-z]?[A-Z])?$/;
const MAX_WORDS = 6;
/**
 * Where a line's text starts, after its indent, a callout's quote marks, a list marker (`- `, `1. `), an
 * outline's numbering (`5.2.1. `, `a) `) and a Zettelkasten id (`202312011220 Subnets`, a heading's id).
 */
const LEAD = /^[ \t>]*(?:[-*+](?=[ \t])[ \t]*)?(?:(?:\d{1,3}\.)+\d{0,3}[ \t]+|\d{1,3}\)[ \t]+|[a-z]\)[ \t]+)?(?:\d{12,14}[ \t]+(?=\p{L}))?/u;
function leadOf(line: string): number {
  let i = 0;
  while (isBlank(line.charCodeAt(i)) || line.charCodeAt(i) === 62 /* > */) i++;
  const c = line.charCodeAt(i);
  // Most lines open with a letter: no marker to read.
  if (!(c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57) || (c >= 97 && c <= 122 && line.charCodeAt(i + 1) === 41))) return i;
  return LEAD.exec(line)?.[0].length ?? i;
}
const isUpperAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 192 && c <= 222);
};
function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}
/** `**AZ** = …`, `EBS -> …`, `ENI: …`, `**MMU** — …` — an acronym heading its line. */
const HEAD_ACRONYM = /^(\*\*|__)?([A-Z][A-Z0-9]{1,5})\1?\s*(?:=|->|→|:|-|–|—)\s+/;
/** `iam = identity and access management`: notes typed fast write acronyms in lower case, spelled out after `=`. */
const HEAD_LOWER = /^(\*\*|__)?([a-z][a-z0-9]{1,5})\1?\s*=\s+/;
/** The synonym cues, English and Spanish; `aka` needs no comma or parenthesis (`clock aka second chance`). */
const SYNONYM = /\s(?:aka|a\.k\.a\.)\s+(?=\p{L})|(?:\(\s*|,\s*)(?:aka|a\.k\.a\.?|also\s+(?:called|known\s+as)|tambi[eé]n\s+(?:llamad[oa]s?|conocid[oa]s?\s+como|denominad[oa]s?))\s+|\(o\s+(?=\p{L})|\(\s*(?:(?:the\s+)?old\s+name(?:\s+was|\s*:)|(?:el\s+)?nombre\s+(?:antiguo|anterior)(?:\s+era|\s*:)|antes\s+(?:se\s+)?llamad[oa]s?|antes\s+se\s+llamaban?|abreviad[oa]s?(?:\s+como)?|abbreviated(?:\s+as)?|abbr\.?|short\s+for|(?:formerly|previously)(?:\s+(?:known\s+as|called|named|referred\s+to\s+as))?|antes|antiguamente|anteriormente)\s+(?!(?:de|del|que|of|the|a)\s)(?=\p{L})/giu;
/** The cues of SYNONYM, as plain text: a line with none of them is not read for synonyms. */
const RENAMED = /formerly|previously|antes|antigu|anterior|old\s+name/i;
/** The cues SYNONYM reads only inside a parenthesis. */
const PAREN_CUE = /\(\s*(?:abrevia|abbr|short\s|formerly|previously|antes|antigua|anterior|(?:the\s+)?old\s+name|(?:el\s+)?nombre\s+ant)/i;
/** `ELB / Elastic Load Balancer`, `Elastic Load Balancer / ELB`: two names side by side. */
const SLASHED = /(?:^|[\s(])([A-Z][A-Z0-9]{1,5})\s+\/\s+([^/()\n.,;:]{3,60})|([\p{L}][^/()\n.,;:]{2,60}?)\s+\/\s+([A-Z][A-Z0-9]{1,5})(?=$|[\s),.;:])/gu;
const PAREN = /\(([^()\n]{2,80})\)/g;
/** What introduces examples after a name in its parenthesis (`(stream cipher, ej ChaCha20, RC4)`). */
const EXAMPLE = /^(?:ej|p\.?\s?ej|e\.?g|eg|like|such as|como|por ejemplo|for example)\b/i;
/** Adverbs that close a term's phrase without being part of it. */
const FOCUS = new Set(['only', 'just', 'alone', 'solo', 'solamente', 'unicamente']);
/** Spanish pronouns that stand before a verb: a head holding one is a clause (`El proceso se guarda en disco`). */
const CLITICS = new Set(['se', 'que', 'lo', 'le', 'les', 'nos', 'te', 'me']);
const ARTICLES = new Set(['the', 'a', 'an', 'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas']);
/** Prepositions after which an article opens a complement, not a term (`Instances with a defined duration`). */
const PREPOSITIONS = new Set(['with', 'for', 'in', 'on', 'to', 'from', 'by', 'of', 'con', 'para', 'en', 'sin', 'por', 'a', 'de', 'del', 'desde', 'hasta', 'entre']);

const stripEmphasis = (s: string): string => s.replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim();
const wordsOf = (s: string): string[] => s.split(/\s+/).filter(Boolean);
const isStop = (w: string): boolean => {
  const f = plain(w);
  return isStopword(f) && !FOLDED_JOINERS.has(f);
};

/**
 * A name: 1–6 words of letters (digits inside a word allowed), not opened or closed by a function word
 * (with `leading`, it may open with a preposition: `(on demand)` glosses `bajo demanda`).
 */
function nameOf(raw: string, leading = false): string | null {
  let words = wordsOf(stripEmphasis(raw).replace(/[.,;:!?]+$/, ''));
  while (words.length && ARTICLES.has(plain(words[0] as string))) words = words.slice(1);
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  if (!words.every((w) => /^[\p{L}][\p{L}\p{N}'’-]*$/u.test(w))) return null;
  const opener = leading && words.length >= 2 && PREPOSITIONS.has(plain(words[0] as string));
  const last = words[words.length - 1] as string;
  // `training set`: a closing word that is a noun in a phrase (`set`, `use`) ends a name as any noun does.
  if ((isStop(words[0] as string) && !opener) || (isStop(last) && !(words.length > 1 && englishRole(last.toLowerCase()) === 'noun'))) return null;
  if (FOLDED_JOINERS.has(plain(words[words.length - 1] as string))) return null;
  return words.join(' ');
}

/** The words a name means by: not function words nor joiners. */
const contentWords = (name: string): string[] => wordsOf(name).filter((w, i, all) => !isStopword(w) || (i > 0 && i === all.length - 1 && nounEnd(w)));
/** `set` of `training set`: a word the stoplist holds for its other uses, closing an English name as its noun. */
const nounEnd = (w: string): boolean => /^\p{Ll}+$/u.test(w) && w.length > 2 && englishRole(w) === 'noun';

/**
 * `name`'s initials spell `acronym` (a digit repeats a letter: S3 = Simple Storage Service); a hyphenated
 * word may give one initial (`hash-based message authentication code` = HMAC).
 */
function spells(acronym: string, name: string): boolean {
  const spelled = spelledAcronym(acronym.toLowerCase());
  if (initialsOf(name).includes(spelled)) return true;
  return /\p{L}-\p{L}/u.test(name) && initialsOf(name.replace(/(\p{L})-(?=\p{L})/gu, '$1')).includes(spelled);
}

/** An English name: every word one English knows, or an acronym or brand in capitals (`AWS managed policies`). */
function englishName(name: string): boolean {
  // `breadth-first search`: a hyphenated word is English when each of its parts is.
  const english = (w: string): boolean => isEnglishWord(w) || (w.includes('-') && w.split('-').every((p) => p.length > 0 && isEnglishWord(p)));
  return wordsOf(name).every((w, i, all) => /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(w) || ((i === 0 || !isStopword(w) || (i === all.length - 1 && nounEnd(w))) && english(w.toLowerCase())));
}

/**
 * A Spanish term: some word English does not know, and it opens with a noun, not a verb or a participle.
 * A name in Title Case (`Elastic Kubernetes Service`) is a proper name, whatever words English lacks.
 */
function spanishTerm(name: string): boolean {
  const words = wordsOf(name);
  const first = (words[0] ?? '').toLowerCase();
  // A participle before `de`/`en` is a noun (`cifrado de flujo`, `particionado en rangos`); a verb form that
  // is a noun written without its accent (`indice` for `índice`) is that noun.
  const participle = /(?:ad|id)[oa]s?$/u.test(first) && !/^(?:de|del|en)$/u.test(plain(words[1] ?? ''));
  if ((spanishVerb(first) && !mayBeSpanishNoun(first)) || participle || titleCase(name)) return false;
  return words.some((w) => /^\p{L}\p{Ll}+$/u.test(w) && !isStopword(w) && !isEnglishWord(w.toLowerCase()));
}

/** Some word of the name is a lower-case word English does not know (`lista de revocación de certificados`). */
function spanishWords(name: string): boolean {
  return !titleCase(name) && wordsOf(name).some((w) => /^\p{Ll}+$/u.test(w) && !isStopword(w) && !isEnglishWord(w));
}

/** The same letters in any order: Spanish puts the adjective after the noun (`instancias reservadas` = RI). */
function sameInitials(acronym: string, name: string): boolean {
  const initials = contentWords(name).map((w) => w[0]?.toLowerCase() ?? '').sort().join('');
  return initials.length >= 2 && initials === acronym.toLowerCase().split('').sort().join('');
}

/**
 * The Spanish name of an acronym made from its English one shares most initials, not all (`tasa de
 * verdaderos positivos` is TPR, `autenticación multifactor` MFA): all its letters but one, its first among
 * them, at least two, and no more words than letters and one.
 */
function mostInitials(acronym: string, name: string): boolean {
  const letters = spelledAcronym(acronym.toLowerCase()).split('');
  const initials = contentWords(name).map((w) => plain(w[0] ?? ''));
  if (initials.length < 2 || initials.length > letters.length + 1 || !initials.includes(letters[0] as string)) return false;
  let found = 0;
  for (const l of letters) {
    const i = initials.indexOf(l);
    if (i < 0) continue;
    initials.splice(i, 1);
    found++;
  }
  return found >= Math.max(2, letters.length - 1);
}

/**
 * The term a parenthesis at `at` glosses, and how it is marked: the emphasised words right before it,
 * the item's head (the line's start up to it), or the noun phrase before it back to an article.
 */
function termBefore(line: string, from: number, at: number, strict: boolean): { name: string; marked: boolean } | null {
  const before = line.slice(from, at).trimEnd();
  const bold = /(\*\*|__)([^*_]{2,60})\1$/.exec(before);
  if (bold) {
    const name = nameOf(bold[2] ?? '');
    return name ? { name, marked: true } : null;
  }
  // The item's head, when it holds no verb (`La función necesita un rol …` is a clause); `strict`, no
  // function word either (`Spot Instances with a defined duration (also known as …)` is a phrase).
  // `Lado AWS: Virtual Private Gateway (VGW)`: after a short label and its colon, the item's head starts again.
  // Only a proper name there: `escalado: vertical (máquina más grande)` gives a value, not a term.
  const colon = before.indexOf(': ');
  const relabel = colon > 0 && colon <= 30 && wordsOf(before.slice(0, colon)).length <= 3 && titleCase(stripEmphasis(before.slice(colon + 2)));
  const head = nameOf(relabel ? before.slice(colon + 2) : before);
  const headWords = head ? wordsOf(head) : [];
  // An article that no preposition governs opens a verb's object (`commit es una foto`): a clause too.
  // `Soporta attachments de VPN (…)`: a head of three words or more opening with a verb is a sentence.
  const clause = (headWords.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(headWords[0] as string) && spanishVerb((headWords[0] as string).toLowerCase()) && !mayBeSpanishNoun((headWords[0] as string).toLowerCase())) || headWords.some((w, i) => (/^\p{Ll}/u.test(w) && (clauseWord(w) || CLITICS.has(w))) || (strict && isStop(w)) || (i > 0 && ARTICLES.has(plain(w)) && !PREPOSITIONS.has(plain(headWords[i - 1] as string))));
  if (head && !clause) return { name: head, marked: true };
  // Back over the words of a noun phrase, to an article (`necesita un rol de ejecución (execution role)`).
  const words = wordsOf(before);
  const out: string[] = [];
  // Whether the walk stopped at an article or a clause's edge, where a noun phrase starts, not at a verb.
  let opened = true;
  for (let k = words.length - 1; k >= 0 && out.length < MAX_WORDS; k--) {
    const w = words[k] as string;
    const f = plain(w.replace(/[^\p{L}\p{N}]/gu, ''));
    // `partition key only (a.k.a. hash key)`: an adverb after the term says how far it goes.
    if (out.length === 0 && k === words.length - 1 && FOCUS.has(f)) continue;
    if (ARTICLES.has(f)) {
      // `Instances with a defined duration (aka …)`: the article opens a preposition's complement; an
      // acronym there is still a name (`se consulta con una CRL (lista de …)`).
      if (strict && PREPOSITIONS.has(plain(words[k - 1] ?? '')) && !(out.length === 1 && ACRONYM.test(out[0] as string))) return null;
      break;
    }
    // `búsqueda en rejilla`, `cifrado en bloque`: Spanish joins a noun's complement with `en` as with `de`,
    // a bare singular (`guarda los datos en tablas` puts the verb's object somewhere).
    if (!/^[\p{L}][\p{L}\p{N}'’-]*$/u.test(w)) break;
    if ((isStop(w) && !FOLDED_JOINERS.has(f) && !(f === 'en' && out.length > 0 && !/s$/u.test(out[0] as string))) || spanishVerb(w.toLowerCase())) {
      opened = false;
      break;
    }
    out.unshift(w);
  }
  // `se guarda en disco`: after a verb, `en` opens the verb's complement, not the noun's.
  const en = out.findIndex((w) => plain(w) === 'en');
  if (en >= 0 && !opened) out.splice(0, en + 1);
  const name = nameOf(out.join(' '));
  return name ? { name, marked: false } : null;
}

function pairsOfLine(line: string, offset: number, out: NamePair[], spanish: () => boolean, section: string): void {
  const paren = line.includes('(');
  const lead = leadOf(line);
  const body = line.slice(lead);
  openingExpansion(body, offset + lead, section, out);
  if (body.length <= 60 && isUpperAt(body, 0)) titledAcronym(body, offset + lead, section, out);
  if (line.includes(', ')) apposedPairs(line, offset, out);
  // An acronym heading the line, spelled out after its `=` or in a parenthesis further on.
  const c = body.charCodeAt(0);
  const head = (c >= 65 && c <= 90) || c === 42 || c === 95 ? HEAD_ACRONYM.exec(body) : c >= 97 && c <= 122 ? lowerHead(body) : null;
  if (head) {
    const acronym = head[2] as string;
    const rest = body.slice(head[0].length);
    // `**MMU** — memory management unit: the hardware …`: the name ends at a colon too.
    const afterEquals = /^(.*?)(?:[.,;:(]|\s[-–—]\s|\s->|$)/.exec(rest)?.[1] ?? '';
    const tries = [afterEquals, ...[...rest.matchAll(PAREN)].map((m) => m[1] ?? '')];
    for (const t of tries) {
      const name = nameOf(t);
      if (name && name.includes(' ') && (spells(acronym, name) || (t === afterEquals && spanish()) && spanishTerm(name) && mostInitials(acronym, name))) {
        out.push({ names: [name, acronym], at: offset + lead });
        break;
      }
    }
  }
  if ((paren || line.includes(', ') || line.includes(' aka ')) && (line.includes('aka') || line.includes('a.k.a') || line.includes('also') || line.includes('tambi') || line.includes('(o ') || (paren && PAREN_CUE.test(line)))) synonyms(line, lead, offset, out, spanish);
  if (line.includes('"') || line.includes('“') || line.includes('«')) quotedNames(line, offset, out);
  if (line.includes(' / ')) slashed(line, offset, out);
  if (line.includes('known') || line.includes('a.k.a.') || line.includes('conocid')) knownAs(line, offset, out);
  if (line.includes(' o ') || line.includes(' or ')) namedEither(line, offset, out);
  if (line.includes(', the ') && spanish()) englishAfterComma(line, lead, offset, out);
  if (paren) {
    glosses(line, lead, offset, out, spanish);
    headTranslations(line, offset, out);
    if (line.includes('**') || line.includes('__') || line.includes('==') || line.includes(']]')) markedGlosses(line, offset, out, spanish);
    if (line.includes('/')) slashedClips(line, offset, out);
    if (line.includes(' = ')) formulaWords(line, offset, out);
  }
}

/**
 * `s3 = simple storage service, …`: a lower-case word heading its line is an acronym when it is no word
 * of either language and the name after its `=` spells it letter by letter (checked by the caller).
 */
function lowerHead(body: string): RegExpExecArray | null {
  const m = HEAD_LOWER.exec(body);
  return m && !isWord(m[2] as string) ? m : null;
}

/** An English or Spanish word, not an acronym typed in lower case. */
function isWord(lower: string): boolean {
  return isEnglishWord(lower) || isSpanishWord(lower) || isStopword(lower);
}

/**
 * `X (aka Y)`, `X, also called Y`, `X (también llamado Y)`; in Spanish, `X (o Y)` with Y an English name or
 * an acronym (`balanceador de carga (o load balancer)`), not any alternative (`(o superior)`).
 */
function synonyms(line: string, lead: number, offset: number, out: NamePair[], spanish: () => boolean): void {
  SYNONYM.lastIndex = 0;
  for (let m = SYNONYM.exec(line); m; m = SYNONYM.exec(line)) {
    const inParens = m[0].startsWith('(');
    const tail = line.slice(m.index + m[0].length);
    // `(the old name was CMK, customer master key)`: the name ends at a comma inside the parenthesis too.
    const said = (inParens ? /^([^(),;]*)[),;]/ : /^([^.,;()]*)/).exec(tail)?.[1] ?? '';
    // `aka bienio azañista / "reformist biennium"`: names side by side, each its own.
    const ys = said.includes(' / ') ? said.split(' / ').map((p) => p.replace(/["“”«»]/g, '')) : [said];
    const x = ys.some((p) => nameOf(p)) ? termBefore(line, lead, beforeAside(line, m.index), true) : null;
    for (const part of ys) synonym(x, nameOf(part), m[0], tail, out, offset + m.index, spanish);
  }
}

/** `Bienio Reformista (1931-1933) — aka …`: where the name before a cue ends, past its dates and a dash. */
function beforeAside(line: string, at: number): number {
  return line.slice(0, at).replace(/\s*[—–-]\s*$/u, '').replace(/\s*\([\d\s\-–/.,]*\)\s*$/u, '').length;
}

/** One name `y` a synonym cue gives the term `x` before it. */
function synonym(x: { name: string } | null, y: string | null, cue: string, tail: string, out: NamePair[], at: number, spanish: () => boolean): void {
  if (!x || !y) return;
  // A bare `aka` is followed by the name alone, not the rest of the sentence.
  if (/^\s/.test(cue) && wordsOf(y).length > 3) return;
  if (/^\(o\s/i.test(cue) && !((ACRONYM.test(y) || (y.includes(' ') && englishName(y))) && spanish())) return;
  // `adjunto a la VPC (o el Transit Gateway)`: an article offers another thing, not another name.
  if (/^\(o\s/i.test(cue) && ARTICLES.has(plain(wordsOf(tail)[0] ?? ''))) return;
  // `do not require initialization (formerly known as pre-warming)`: the verb before the term is not part of it.
  const words = wordsOf(x.name);
  while (words.length > 1 && /^\p{Ll}/u.test(words[0] as string) && ['base-verb', 'modifier'].includes(englishRole((words[0] as string).toLowerCase()))) words.shift();
  const name = words.join(' ');
  // `(formerly referred to as limits)`: an old name that is one everyday word names no concept of its own.
  if (RENAMED.test(cue) && /^\p{Ll}+$/u.test(y) && englishRole(y) !== 'unknown') return;
  if (plain(name) !== plain(y)) out.push({ names: [name, y], at });
}

/** A naming verb, then two names joined by `o`/`or` up to the clause's end: `la llamamos etiqueta o clase.` */
const NAMED_EITHER = /(?:\b(?:la|lo|las|los|le|les)\s+llam(?:amos|an|o)|\bse\s+(?:le\s+|les\s+)?llaman?|\bse\s+conocen?\s+como|\b(?:is|are)\s+(?:also\s+)?called|\bwe\s+call\s+(?:it|them)|\bknown\s+as)\s+((?:[\p{L}][\p{L}\p{N}-]*\s+){1,3}?)(?:o|or)\s+((?:[\p{L}][\p{L}\p{N}-]*\s*){1,3}?)(?=[.,;:)]|$)/giu;

/** `se les llama nodos o vértices.`: the two names a naming verb gives one thing. */
function namedEither(line: string, offset: number, out: NamePair[]): void {
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

function englishAfterComma(line: string, lead: number, offset: number, out: NamePair[]): void {
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

/** `ELB / Elastic Load Balancer`: an acronym and a name its initials spell, either way round. */
function slashed(line: string, offset: number, out: NamePair[]): void {
  SLASHED.lastIndex = 0;
  for (let m = SLASHED.exec(line); m; m = SLASHED.exec(line)) {
    const acronym = m[1] ?? m[4] ?? '';
    const raw = m[2] ?? m[3] ?? '';
    // The name is the words next to the slash: as many as the acronym has letters, or one more for a joiner.
    const words = wordsOf(stripEmphasis(raw));
    for (let n = Math.min(words.length, acronym.length + 2); n >= 1; n--) {
      const name = nameOf((m[2] !== undefined ? words.slice(0, n) : words.slice(-n)).join(' '));
      // One word only as the start of it, in lower case (`OPT / optimal`).
      if (name && (n > 1 ? spells(acronym, name) : /^\p{Ll}+$/u.test(name) && abbreviates(acronym, name))) {
        out.push({ names: [name, acronym], at: offset + m.index });
        break;
      }
    }
  }
}

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
function glosses(line: string, lead: number, offset: number, out: NamePair[], spanish: () => boolean): void {
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
    if (gloss(line, lead, m.index, whole, spanish, push) || parts.length === 1) continue;
    const a = parts[1] as string;
    const b = parts[2];
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
const NEGATION = /^(?:no|not|non|sin)[\s-]/iu;
/** What makes `o …` a comparison, not a name: `(t3.micro, o superior)`. */
const COMPARATIVE = /^(?:superior|inferior|mayor|menor|m[aá]s|menos|similar|similares|equivalente|anterior|posterior|higher|lower|greater|later|newer|older|above|below|similar|equivalent|better|worse|mejor|peor)$/iu;

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

/**
 * A word as its cognates spell it: Spanish writes `es-` before an English `s` + consonant (`estratificado`),
 * `i` for `y`, `f` for `ph`, `t` for `th`, `c` for `k`.
 */
const cognateForm = (w: string): string => plain(w).replace(/^es(?=[cpqt])/u, 's').replace(/ph/g, 'f').replace(/th/g, 't').replace(/y/g, 'i').replace(/k/g, 'c');
/** Two words that open alike: four letters, or three where both are long (`dominio`, `domain`). */
function cognate(a: string, b: string): boolean {
  const x = cognateForm(a);
  const y = cognateForm(b);
  let n = 0;
  while (n < x.length && x[n] === y[n]) n++;
  return n >= 4 || (n >= 3 && x.length >= 6 && y.length >= 6);
}
/** The words that carry a name's meaning, a hyphenated word's parts each (`sesgo-varianza`). */
const meaningParts = (name: string): string[] => name.split(/[\s-]+/).filter((w) => w.length > 1 && !isStopword(w));

/**
 * `x` is the Spanish of the English `y`: a Spanish term and an English name of as many words, some word of
 * one the cognate of a word of the other (`entropía cruzada` / `cross-entropy`, `función de coste` / `cost
 * function`, `k-fold estratificado` / `stratified k-fold`); for names the lexicon knows word by word less
 * well than englishName asks.
 */
function translates(x: string, y: string): boolean {
  const xs = meaningParts(x);
  const ys = meaningParts(y);
  if (xs.length < 2 || xs.length !== ys.length || !spanishTerm(x)) return false;
  if (!ys.some((w) => /^\p{Ll}+$/u.test(w) && isEnglishWord(w) && !isSpanishWord(w))) return false;
  // `propias route tables` / `TGW route tables`: words both names share are no translation of each other.
  return xs.some((a) => a.length >= 4 && ys.some((b) => b.length >= 4 && plain(a) !== plain(b) && cognate(a, b)));
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
  if (strict) return translates(x.name, y) ? paired([x.name, y]) : null;
  // `rol de ejecución (execution role)`: an English name of two words or more glosses a Spanish term of
  // as many or a few more (Spanish spells out what English compounds); a term the person marked (bold,
  // or the item's head) may take a shorter one (`**instancias bajo demanda** (on demand)`).
  // `| clave-valor (key-value) |`: a table row's first cell is its head, as marked as a bold term.
  const rowHead = line.trimStart().startsWith('|') && !line.slice(line.indexOf('|') + 1, at).includes('|');
  const close = line.indexOf(')', at);
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

/**
 * `**Facade** (fachada)`, `**Sharding** (particionado)`: one Spanish word glossing a term is a noun, though it
 * ends as a participle does; not a verb form, nor a word English has too.
 */
function spanishNoun(y: string): boolean {
  const lower = y.toLowerCase();
  return /^\p{Ll}+$/u.test(y) && isSpanishWord(lower) && !isEnglishWord(lower) && !spanishVerb(lower);
}

/**
 * `**Despliegue continuo** (Continuous Deployment)`: a term the person marked, some word of it Spanish and
 * not English, is a noun phrase even when its first word also conjugates a verb (`despliegue`).
 */
function markedSpanish(name: string): boolean {
  const words = wordsOf(name);
  // `Tiene sus propias route tables`: a determiner inside makes a clause.
  if (titleCase(name) || words.length < 2 || words.length > 4 || words.some((w) => isStop(w) && !FOLDED_JOINERS.has(plain(w)))) return false;
  return words.some((w) => isSpanishWord(w.toLowerCase()) && !isEnglishWord(w.toLowerCase()));
}

/** Whether the letters of `sub` stand in `word` in the same order. */
function inOrder(sub: string, word: string): boolean {
  let i = 0;
  for (const c of word) if (c === sub[i]) i++;
  return sub.length > 0 && i === sub.length;
}

/** The word right before `at`, emphasis off. */
function lastWord(line: string, at: number): string {
  return /([^\s(),.;:*_`]+)[*_`]*\s*$/.exec(line.slice(Math.max(0, at - 24), at))?.[1] ?? '';
}

function titleCase(name: string): boolean {
  const words = wordsOf(name).filter((w) => !FOLDED_JOINERS.has(plain(w)));
  return words.length >= 2 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w));
}


/**
 * `spanish` tells whether the note is written in Spanish (asked only when a parenthesis could gloss a
 * term): only there is an English name in parentheses a Spanish term's gloss. In English prose it is an
 * aside (`it's stopped (warm attach)`), and English words no lexicon knows (`filesystems`) are not Spanish.
 */
/** A line of a few words under a capital, the cue of titledAcronym. */
const SHORT_TITLE = /^\p{Lu}\p{Ll}+[\s-]\p{L}[^\n]{0,50}$/mu;

export function findNamePairs(text: string, spanish: () => boolean): NamePair[] {
  const out = linePairs(text, spanish);
  const key = (p: NamePair): string => p.names.map(plain).join('\u0000');
  const seen = new Set(out.map(key));
  for (const p of [...equalPairs(text), ...labelPairs(text), ...legendPairs(text)]) {
    if (seen.has(key(p))) continue;
    seen.add(key(p));
    out.push(p);
  }
  return out;
}

function linePairs(text: string, spanish: () => boolean): NamePair[] {
  // Most sections of prose have some cue; only a text with none at all is skipped whole.
  if (!text.includes('(') && !text.includes('=') && !text.includes('->') && !text.includes('→') && !text.includes(': ') && !text.includes(' / ') && !text.includes(', ') && !SHORT_TITLE.test(text)) return [];
  const out: NamePair[] = [];
  for (let offset = 0; offset < text.length; ) {
    let end = text.indexOf('\n', offset);
    if (end < 0) end = text.length;
    if (end - offset > 3 && end - offset < 2000) {
      const raw = text.slice(offset, end);
      // Exported docs escape their parentheses (`Service \\(IMDS\\)`): same length, so offsets hold.
      pairsOfLine(raw.includes('\\') ? raw.replace(/\\([()])/g, ' $1') : raw, offset, out, spanish, text);
    }
    offset = end + 1;
  }
  return out;
}
