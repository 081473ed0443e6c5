import { enumeratedTerms } from './enumerations';
import { isSpanishVerbOnly, isSpanishWord, mayBeSpanishNoun } from './spanish-lexicon';
import { englishRole, isEnglishPastForm, isEnglishPlural, isGerundNoun } from './english-lexicon';
import { plain as plainWord } from './fold';
import { FOLDED_GENERIC, FOLDED_JOINERS, rates } from './folded-lists';
import { foldName } from './memo';
import { PairCounts } from './pair-counts';
import { englishText } from './prose-language';
import { insideTitle, type Line, sentenceEnd, sentenceOf, sentenceStart, type TitleSpans } from './prose-lines';
import { documentTitle, PARTITIVES } from './prose-terms';
import { foldOne, type NoteWords, type WordInfo } from './prose-words';
import { activityGerund, comparative, quantifier, remark } from './phrase-openers';
import type { ConceptCandidate, Occurrence } from './types';

/** English verbs that open instructions, never noun compounds (grammar, not any vault's words). */
/** Articles and determiners right before a phrase (`al`, `del`: Spanish `a`/`de` with the article). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'each', 'every', 'its', 'their', 'your', 'our', 'el', 'la', 'los', 'las', 'un', 'una', 'al', 'del', 'cada', 'su', 'sus']);
const LIGHT_VERBS = new Set(['make', 'see', 'take', 'give', 'keep', 'let', 'go', 'come', 'want', 'need', 'try', 'ensure', 'note', 'refer', 'follow', 'check']);
/** Longest phrase counted, in content words. */
const MAX_PHRASE = 4;

/** The pairs counted by repeatedPhrases, kept from note to note. */
const PAIRS = new PairCounts();

/**
 * Noun phrases the note uses at least twice (`user data`, `load balancer`, `instancias de rendimiento
 * ampliable`): content words, with `de`/`of` (and an article after `de`) allowed inside. A phrase that
 * only ever occurs inside a longer repeated one is that longer phrase (C-value's nesting rule).
 */
export function repeatedPhrases(lines: readonly Line[], tokens: NoteWords, noteId: string, known: ReadonlySet<string>, english: boolean, spans: TitleSpans = new Map()): ConceptCandidate[] {
  /** `nominal`: uses not followed at once by an article (see `opensNounPhrase`). */
  /** `determined`: uses right after an article or determiner (`the staging area`), which make it a noun phrase. */
  const counts = new Map<string, { n: number; nominal: number; determined: number; words: number; l: Line; start: number; end: number }>();
  // Two passes: most pairs of words in a note occur once, so phrases are spelled out (strings, a map of
  // them) only from the starts whose first pair of content words repeats, counted as numbers first.
  const { lineFrom, start: starts, end: ends, word: ws } = tokens;
  /** The token that makes the first content pair with token i (of a line ending before token `to`), or -1. */
  const pairEnd = (i: number, to: number): number => {
    for (let j = i + 1, skipped = 0; j < to && skipped <= 2; j++) {
      if (starts[j] !== (ends[j - 1] as number) + 1) return -1;
      const w = ws[j] as WordInfo;
      if (w.kind === 0) return j;
      if (w.kind === 3) return -1;
      skipped++;
    }
    return -1;
  };
  const all = lineFrom[lines.length] as number;
  PAIRS.reset(all);
  for (let li = 0, to = lineFrom[1] as number, i = 0; i < all; i++) {
    while (i >= to) to = lineFrom[++li + 1] as number;
    if ((ws[i] as WordInfo).kind !== 0) continue;
    const j = pairEnd(i, to);
    if (j >= 0) PAIRS.add((ws[i] as WordInfo).id, (ws[j] as WordInfo).id);
  }
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li] as Line;
    const to = lineFrom[li + 1] as number;
    for (let i = lineFrom[li] as number; i < to; i++) {
      const first = ws[i] as WordInfo;
      if (first.kind !== 0 || first.descriptive) continue;
      const pair = pairEnd(i, to);
      if (pair < 0 || PAIRS.get(first.id, (ws[pair] as WordInfo).id) < 2) continue;
      let joiners = 0;
      let key = first.folded;
      const determined = i > (lineFrom[li] as number) && starts[i] === (ends[i - 1] as number) + 1 && DETERMINERS.has((ws[i - 1] as WordInfo).folded) ? 1 : 0;
      let words = 1;
      for (let j = i + 1; j < to && words < MAX_PHRASE; j++) {
        if (starts[j] !== (ends[j - 1] as number) + 1 || l.text.charCodeAt(ends[j - 1] as number) !== 32) break;
        const w = ws[j] as WordInfo;
        key += ` ${w.folded}`;
        if (w.kind === 1 || (w.kind === 2 && (ws[j - 1] as WordInfo).kind === 1)) {
          if (++joiners > 2) break;
          continue;
        }
        if (w.kind !== 0) break;
        words++;
        if (spans.size && insideTitle(spans, l.line, starts[i] as number, ends[j] as number)) continue;
        const verbal = (j + 1 < to && l.text.charCodeAt(ends[j] as number) === 32 && starts[j + 1] === (ends[j] as number) + 1 &&
          opensNounPhrase(l.text.slice(starts[j + 1], ends[j + 1]))) || numbered(l.text, ends[j] as number);
        const c = counts.get(key);
        if (c) {
          c.n++;
          if (!verbal) c.nominal++;
          c.determined += determined;
        } else counts.set(key, { n: 1, nominal: verbal ? 0 : 1, determined, words, l, start: starts[i] as number, end: ends[j] as number });
      }
    }
  }
  type Count = { n: number; words: number; l: Line; start: number; end: number };
  const repeated: [string, Count][] = [];
  // A phrase always followed by an article ends on a verb (`consola muestra los …`, `section explains
  // how …`): a clause. Phrases that are not noun phrases are left out before the nesting rule below, so a
  // clause (`instance types matter`) does not hide the term inside it (`instance types`).
  // Notes mix languages sentence by sentence: the phrase follows the grammar of the sentence it is in,
  // judged once per sentence (a page repeats thousands of phrases).
  const languages = new Map<Line, Map<number, boolean>>();
  const languageAt = (l: Line, at: number): boolean => {
    let byStart = languages.get(l);
    if (!byStart) languages.set(l, (byStart = new Map()));
    const from = sentenceStart(l.text, at);
    let inEnglish = byStart.get(from);
    if (inEnglish === undefined) byStart.set(from, (inEnglish = englishText(l.text.slice(from, sentenceEnd(l.text, at))) ?? english));
    return inEnglish;
  };
  for (const e of counts) {
    const c = e[1];
    if (c.n < 2 || c.nominal === 0) continue;
    if (nounPhrase(c.l.text.slice(c.start, c.end).split(' '), languageAt(c.l, c.start), c.determined > 0 ? 'determined' : null)) repeated.push(e);
  }
  // C-value's nesting rule: the most any longer repeated phrase holding it is used.
  const within = new Map<string, number>();
  for (const [key, c] of repeated) {
    const parts = key.split(' ');
    for (let a = 0; a < parts.length; a++) {
      for (let b = a + 1; b <= parts.length; b++) {
        if (a === 0 && b === parts.length) continue;
        const sub = parts.slice(a, b).join(' ');
        if ((within.get(sub) ?? 0) < c.n) within.set(sub, c.n);
      }
    }
  }
  const out: ConceptCandidate[] = [];
  for (const [key, c] of repeated) {
    if (known.has(key) || FOLDED_GENERIC.has(key) || (within.get(key) ?? 0) >= c.n) continue;
    const l = c.l;
    const occurrence: Occurrence = { noteId, line: l.line, sentence: sentenceOf(l.text, c.start, c.end), section: l.section };
    out.push({ names: [l.text.slice(c.start, c.end)], source: 'term', occurrence });
  }
  // What a note lists side by side is named as surely as what it repeats (enumerations.ts).
  const listed = new Set(known);
  for (const c of out) listed.add(foldName(c.names[0] ?? ''));
  for (const c of enumeratedTerms(lines, noteId, listed, english)) out.push(c);
  return out;
}

/**
 * Whether a repeated run of words (content words, with `de`/`of` inside) reads as a noun phrase, by the
 * grammar of the note's language (see judgeWord for the words no phrase may hold at all).
 */
export function nounPhrase(surface: readonly string[], english: boolean, nominal: 'determined' | 'listed' | null = null): boolean {
  const first = plainWord(surface[0] ?? '');
  const last = plainWord(surface[surface.length - 1] ?? '');
  const joinerSecond = FOLDED_JOINERS.has(plainWord(surface[1] ?? ''));
  // `number of instances`, `lista de comandos`: a quantity of something is that something; but a group named
  // by its one purpose is a kind (`conjunto de validación`, `grupo de seguridad`, `lista de revocación`).
  if (PARTITIVES.has(first) && joinerSecond && !classifies(surface, english)) return false;
  // `dos ramas`, `own address space`, `bigger payloads`: how many, whose, or more than what, not a kind.
  if (quantifier(first) || (english && comparative(first))) return false;
  // `exam tip`, `truco examen`: a student's label for her own remarks.
  if (remark(plainWord(surface[surface.length - 1] ?? '')) || remark(first)) return false;
  if (documentTitle(surface)) return false;
  if (surface.length > 1 && rates(surface.map((w) => foldOne(w)))) return false;
  if (!english) return !spanishClause(surface);
  // `left of the window`, `bound of the alarm threshold`: English names a kind without an article (`speed of light`).
  for (let i = 2; i < surface.length - 1; i++) if (ENGLISH_ARTICLES.has(plainWord(surface[i] ?? ''))) return false;
  // A participle first is a state of the thing (`running instance`, `stopped instance`); a light verb
  // first makes an instruction (`make sure`, `see aws`).
  // Where an article before it shows the phrase is a noun phrase, a gerund that is also a noun names a kind
  // (`the staging area`, `a routing table`); in a list, with no article, only one that is mostly a noun
  // (`scheduling algorithm`, not `launching programs`).
  // The gerund must name an activity (`routing`, `scaling`), not say what the noun does (`receiving host`).
  const gerundNoun = nominal !== null && isGerundNoun(first, nominal === 'listed') && activityGerund(first);
  if ((/(?:ed|ing)$/.test(first) && !gerundNoun) || LIGHT_VERBS.has(first) || (englishPast(first) && !gerundNoun)) return false;
  // An English noun phrase ends on its noun: `instances running`, `longer needed`, `capacity first` are
  // clauses or a noun and its complement.
  const lastRole = englishRole(last);
  if (last.endsWith('ed') || lastRole === 'modifier' || lastRole === 'base-verb') return false;
  // A verb's base form first is an instruction (`create volumes`, `specify tags`).
  if (englishRole(first) === 'base-verb') return false;
  // Its modifiers are singular (`instance types`, not `instances running`, `instance types matter`).
  if (joinerSecond) return true;
  if (/[^su]s$/.test(first)) return false;
  for (let i = 1; i < surface.length - 1; i++) {
    const w = plainWord(surface[i] ?? '');
    if (!FOLDED_JOINERS.has(plainWord(surface[i + 1] ?? '')) && isEnglishPlural(w)) return false;
  }
  return true;
}

const ENGLISH_ARTICLES = new Set(['the', 'a', 'an']);

/**
 * `la energía sale de …`, `el gas sube`: a Spanish noun phrase ends on a noun or an adjective; a word only a verb
 * spells, after a Spanish word, closes a clause (its subject and verb). Not an adjective whose accent the
 * student left out (`clave publica`), nor a command after a tool's name (`aws configure`).
 */
function spanishClause(surface: readonly string[]): boolean {
  if (surface.length < 2) return false;
  const last = (surface[surface.length - 1] as string).toLowerCase();
  const before = (surface[surface.length - 2] as string).toLowerCase();
  return isSpanishVerbOnly(last) && !mayBeSpanishNoun(last) && (isSpanishWord(before) || mayBeSpanishNoun(before));
}
/** Partitives that group (not count): with one bare singular noun after `de`/`of`, the group is named by its purpose. */
const GROUPING = new Set(['conjunto', 'set', 'grupo', 'group', 'lista', 'list', 'tipo', 'type', 'clase', 'class', 'serie', 'series']);
/** Articles right after `de`/`of`: `parte de la red` is a part of the network. */
const COMPLEMENT_ARTICLES = new Set(['el', 'la', 'los', 'las', 'un', 'una', 'the', 'a', 'an']);

/**
 * `conjunto de validación`, `grupo de seguridad`, `tipo de instancia`: a grouping noun whose complement is one
 * bare singular noun classifies (which set, which group); a plural or an article after `de` counts members
 * (`lista de comandos`, `grupo de usuarios`, `parte de la red`).
 */
function classifies(surface: readonly string[], english: boolean): boolean {
  if (!GROUPING.has(plainWord(surface[0] ?? '')) || surface.length < 3) return false;
  const complement = surface[2] ?? '';
  const lower = complement.toLowerCase();
  if (COMPLEMENT_ARTICLES.has(lower) || !/^\p{L}/u.test(complement)) return false;
  // English keeps grouping nouns in front (`security group`, `test set`): `set of rules` counts.
  if (english) return false;
  return !/[^\p{Lu}]s$/u.test(complement) || /\p{Lu}{2}/u.test(complement);
}

/**
 * `error de tipo I`, `Type 2 hypervisor`, `clase A`: a phrase followed by a number or a letter that numbers it
 * is the first part of a name (one of a numbered series), not a name of its own.
 */
function numbered(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  let k = end + 1;
  const c = text.charCodeAt(k);
  if (c >= 48 && c <= 57) {
    while (k < text.length && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
  } else if (c === 73 || c === 86 || c === 88 || (c >= 65 && c <= 72)) {
    // A roman numeral, or one capital letter (`A`-`H`, as outlines and classes use).
    k++;
    if (c === 73 || c === 86 || c === 88) while (k < text.length && /[IVX]/.test(text.charAt(k))) k++;
  } else return false;
  return k >= text.length || !/[\p{L}\p{N}]/u.test(text.charAt(k));
}

/** A verb's past first (`made changes`, `took snapshots`): its usual reading is a past tense or participle, never a noun. */
function englishPast(lower: string): boolean {
  return englishRole(lower) === 'base-verb' || isEnglishPastForm(lower);
}

/**
 * Words that open a noun phrase: a name is not followed at once by one, a verb is (`muestra los límites`,
 * `explains how`, `Revisa las métricas`, `Remember that`). Grammar of both languages, not any vault's words.
 * `cómo` with its accent asks a question; unaccented `como` compares (`servicios como EC2`).
 */
const PHRASE_OPENERS = new Set(['the', 'an', 'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'how', 'cómo']);
export const CLAUSE_OPENERS = new Set(['que', 'that']);
export function opensNounPhrase(word: string): boolean {
  return PHRASE_OPENERS.has(word.toLowerCase());
}
