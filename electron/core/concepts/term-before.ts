/** The term a parenthesis or a synonym cue names: the words before it that make a name, not a clause. */
import { clauseWord, spanishVerb } from './clause-words';
import { mayBeSpanishNoun } from './spanish-lexicon';
import { plain } from './fold';
import { FOLDED_JOINERS } from './folded-lists';
import { ACRONYM, ARTICLES, MAX_WORDS, PREPOSITIONS, isStop, nameOf, stripEmphasis, titleCase, wordsOf } from './name-shapes';

/** Adverbs that close a term's phrase without being part of it. */
const FOCUS = new Set(['only', 'just', 'alone', 'solo', 'solamente', 'unicamente']);
/** Spanish pronouns that stand before a verb: a head holding one is a clause (`El proceso se guarda en disco`). */
const CLITICS = new Set(['se', 'que', 'lo', 'le', 'les', 'nos', 'te', 'me']);

/**
 * The term a parenthesis at `at` glosses, and how it is marked: the emphasised words right before it,
 * the item's head (the line's start up to it), or the noun phrase before it back to an article.
 */
export function termBefore(line: string, from: number, at: number, strict: boolean): { name: string; marked: boolean } | null {
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
