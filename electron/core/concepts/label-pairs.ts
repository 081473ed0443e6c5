/**
 * Names an outline pairs in the label of an item or a heading (the words before its colon), where the item
 * then defines one thing named twice:
 * - `Sujeto activo o acreedor: titular…`, `### El pago o cumplimiento`: two names joined by `o`/`u`/`or`;
 * - `Obligación a plazo (u obligación a término):`, `Enriquecimiento injusto (o enriquecimiento sin causa):`;
 * - `Deuda (Schuld):`, `Mora del acreedor (mora accipiendi o mora credendi):`: the term of another language
 *   (Latin, German: words neither lexicon knows) that the bracket of a label gives;
 * - in a list of terms, `perjuicio (eventus damni) y fraude (consilium fraudis)`: the same, inline.
 * In running prose `X o Y` offers alternatives (`dar o hacer`), and a label's bracket may hold a value, a
 * kind or a place (`Mitosis (fase M)`), so a bracket is read only when it opens with `o` or holds a
 * foreign term. The grammar of labels, never a vault's words.
 */
import { clauseWord, spanishVerb } from './clause-words';
import { englishRole, isEnglishWord } from './english-lexicon';
import { plain } from './fold';
import { isStopword } from './folded-lists';
import { isSpanishSpelling, mayBeSpanishNoun } from './spanish-lexicon';
import type { NamePair } from './name-pairs';

/** A list marker, an outline's numbering (`5.2.1.`, `a)`), a heading's hashes, a Zettelkasten id. */
const LEAD = /^\s*(?:>\s*)*(#{1,6}\s+)?(?:[-*+•]\s+)?(?:(?:\d{1,3}\.)+\d{0,3}\s+|[a-zA-Z]\)\s+|\d{1,3}\)\s+)?(?:\d{12,14}\s+)?/u;
const ARTICLE = /^(?:el|la|los|las|lo|un|una|the|a|an)$/iu;
/** Words a name holds inside it (`pérdida de la cosa debida`, `datio in solutum`, `contrato no cumplido`). */
const INNER = new Set(['de', 'del', 'la', 'el', 'los', 'las', 'en', 'in', 'a', 'al', 'sin', 'con', 'por', 'para', 'sobre', 'no', 'of', 'the', 'to', 'for', 'on', 'non', 'ad']);
/** English `Source or destination:` names a field that takes either; Spanish outlines pair names with `o`. */
const OR = /\s+(?:o|u)\s+/u;
/** What makes a bracket a comparison or a quantity, not a name: `(o superior)`, `(o más)`. */
const COMPARATIVE = /^(?:superior|inferior|mayor|menor|m[aá]s|menos|similar|similares|equivalente|equivalentes|anterior|posterior|ambos|ambas|viceversa|higher|lower|greater|less|more|later|newer|older|above|below|both|similar|equivalent)$/iu;
/** A bracket that cites or flags (`(art. 1255 CC)`, `(!)`, `(ver 4.3)`), not a name. */
const CITATION = /\d|^\s*(?:!|\?|arts?\.|ver\s|v\.\s|cf|p\.\s?ej|ej\.?\s|e\.g|i\.e|see\s)/iu;
const MAX_WORDS = 6;

/** A name: one to six words, opened and closed by a content word, no clause inside (`lo que pasa`). */
function termName(raw: string): string | null {
  let words = raw.replace(/[*_`"“”«»]+/g, '').trim().split(/\s+/).filter(Boolean);
  while (words.length > 1 && ARTICLE.test(words[0] as string)) words = words.slice(1);
  if (words.length === 0 || words.length > MAX_WORDS || !words.every((w) => /^\p{L}[\p{L}'’-]*$/u.test(w))) return null;
  const first = (words[0] as string).toLowerCase();
  const last = (words[words.length - 1] as string).toLowerCase();
  if (isStopword(first) || isStopword(last) || ARTICLE.test(first)) return null;
  if (words.some((w, i) => i > 0 && i < words.length - 1 && isStopword(w) && !INNER.has(plain(w)))) return null;
  // `dar o hacer`, `create or delete`: verbs name actions, not things.
  if ((spanishVerb(first) && !mayBeSpanishNoun(first)) || (words.length === 1 && /^\p{Ll}/u.test(words[0] as string) && (clauseWord(first) || /^\p{Ll}+(?:ar|er|ir)$/u.test(first)))) return null;
  if (englishRole(first) === 'base-verb' && /^\p{Ll}/u.test(words[0] as string)) return null;
  // `AWS Lambda ejecuta código sin servidores`: a verb inside makes a sentence.
  if (words.some((w, i) => i > 0 && /^\p{Ll}/u.test(w) && !INNER.has(plain(w)) && (clauseWord(w) || (spanishVerb(w) && !mayBeSpanishNoun(w))))) return null;
  if (plain(words.join('')).length < 3) return null;
  return words.join(' ');
}

/**
 * Latin's and German's endings and spellings (`mora solvendi`, `eventus damni`, `consilium fraudis`, `Schuld`,
 * `Haftung`), which Spanish and English words do not take: a word unknown to both lexicons is as often a
 * Spanish word they miss (`metionina`) or a command (`publickey`), and needs one of them too.
 */
const LATIN_OR_GERMAN = /(?:um|us|is|[^aeiou]i|ae|ens|ans|ndi)$|sch|ung$|heit$|keit$|tz/u;

/** A term of neither language: some word that neither lexicon knows and that is spelled as Latin or German. */
function foreign(name: string): boolean {
  const words = name.split(' ');
  // `Lynn Margulis`, `PrivateLink`, `hub-and-spoke`: a person, a brand, a compound are no language's term.
  if (words.some((w) => /^\p{Lu}{2,}|\p{Ll}\p{Lu}|-/u.test(w)) || words.filter((w) => /^\p{Lu}/u.test(w)).length > 1) return false;
  return words.some((w) => {
    const lower = w.toLowerCase();
    return lower.length >= 4 && LATIN_OR_GERMAN.test(lower) && !INNER.has(plain(lower)) && !isSpanishSpelling(lower) && !isEnglishWord(lower);
  });
}

/** The names a bracket of a label gives beside the label's own: `(o Y)`, `(u Y)`, or a foreign `(Y o Z)`. */
function bracketNames(inner: string): string[] {
  const said = /^\s*(?:o|u)\s+(.+)$/u.exec(inner);
  if (said) {
    const rest = (said[1] as string).trim();
    const first = rest.split(/\s+/)[0] ?? '';
    if (COMPARATIVE.test(first) || ARTICLE.test(first)) return [];
    const name = termName(rest);
    return name ? [name] : [];
  }
  const names = inner.split(OR).map((p) => termName(p));
  if (names.some((n) => !n) || !names.every((n) => foreign(n as string))) return [];
  return names as string[];
}

/** The label of a line: a heading's text, or an item's words before its colon; null when the line has none. */
function labelOf(line: string, first: boolean): { label: string; at: number; rest: string } | null {
  const lead = LEAD.exec(line);
  const start = lead ? lead[0].length : 0;
  const body = line.slice(start);
  // A section's text opens with its heading's, the hashes gone.
  const heading = Boolean(lead?.[1]) || (first && !/^\s*[-*+•>]/u.test(line));
  const colon = /:(?:\s|$)/u.exec(body);
  const end = colon ? colon.index : heading ? body.length : -1;
  if (end <= 0 || end > 100) return null;
  const label = body.slice(0, end).replace(/[*_]{2}/g, '').trim();
  // A sentence, a question or a list is no label.
  if (/[.;?¿!,/=→]|\s[-–—]\s/u.test(label.replace(/\([^()]*\)/g, ''))) return null;
  return { label, at: start, rest: body.slice(end + 1) };
}

/**
 * `sticky sessions (session affinity):`: a phrase of two to four lower-case words, every one a word English
 * knows, glossing a label of the same kind.
 */
function sameLanguagePhrase(x: string, inner: string): string[] {
  const y = termName(inner);
  if (!y) return [];
  const english = (n: string): boolean => {
    const w = n.split(' ');
    return w.length >= 2 && w.length <= 4 && w.every((v) => /^\p{Ll}[\p{Ll}-]*$/u.test(v) && isEnglishWord(v) && !isSpanishSpelling(v));
  };
  return english(x) && english(y) ? [y] : [];
}

/** The names a label gives one thing: `X o Y`, and a bracket's (see bracketNames). */
function labelNames(label: string): string[] {
  const brackets: string[] = [];
  const core = label.replace(/\(([^()]*)\)/g, (_m, inner: string) => {
    if (!CITATION.test(inner)) brackets.push(inner);
    return ' ';
  });
  if (/[()]/.test(core)) return [];
  const parts = core.trim().split(OR);
  if (parts.length > 2) return [];
  const names = parts.map((p) => termName(p));
  if (names.some((n) => !n)) return [];
  // `SQL o NoSQL`, `Docker o Podman`: a second name capitalised mid-label names another thing to compare.
  if (names.length === 2 && /^\p{Lu}/u.test(names[1] as string)) return [];
  const out = names as string[];
  // Only the bracket right after a single name or the pair speaks of it.
  if (brackets.length === 1) {
    const given = bracketNames(brackets[0] as string);
    out.push(...(given.length || out.length > 1 ? given : sameLanguagePhrase(out[0] as string, brackets[0] as string)));
  }
  const seen = new Set<string>();
  return out.filter((n) => !seen.has(plain(n).toLowerCase()) && seen.add(plain(n).toLowerCase()));
}

/**
 * `Exceptio non adimpleti contractus: excepción de contrato no cumplido; en las…`: a Latin label whose
 * definition opens with its translation, a name closed by `;` or `.`. A maxim's gloss is a sentence
 * (`pacta sunt servanda: los pactos obligan`), which termName refuses.
 */
function translatedLabel(label: string, rest: string): [string, string] | null {
  const x = termName(label);
  if (!x || !x.includes(' ') || !foreign(x)) return null;
  const close = /^\s*([^;.()]{3,80})[;.]/u.exec(rest);
  const y = close ? termName(close[1] as string) : null;
  return y && y.includes(' ') && !foreign(y) ? [x, y] : null;
}

/** `perjuicio (eventus damni) y fraude (consilium fraudis)`: a term opening a list's element and its foreign name. */
const LISTED = /(?:^|[,:;]\s+|\s(?:y|e|o|and|or)\s+)([\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*){0,2})\s+\(([^()]{3,50})\)(?=\s*(?:[,.;:]|$|\s(?:y|e|o|and|or)\s))/gu;

export function labelPairs(text: string): NamePair[] {
  const out: NamePair[] = [];
  // `(` first, then one pattern for both words: one character is found many times faster than a pattern
  // that opens with a space, and one pattern scans the text once.
  const cue = text.includes('(') || / [ou] /.test(text);
  if (!cue) return out;
  for (let offset = 0; offset < text.length; ) {
    let end = text.indexOf('\n', offset);
    if (end < 0) end = text.length;
    const line = text.slice(offset, end);
    if (line.length < 2000) {
      const found = labelOf(line, offset === 0);
      if (found && (found.label.includes('(') || OR.test(found.label))) {
        const names = labelNames(found.label);
        for (const other of names.slice(1)) out.push({ names: [names[0] as string, other], at: offset + found.at });
      } else if (found && found.rest) {
        const translated = translatedLabel(found.label, found.rest);
        if (translated) out.push({ names: translated, at: offset + found.at });
      }
      if (line.includes('(')) {
        LISTED.lastIndex = 0;
        for (let m = LISTED.exec(line); m; m = LISTED.exec(line)) {
          const x = termName(m[1] as string);
          if (!x || x.split(' ').some((w) => isStopword(w) || clauseWord(w.toLowerCase()))) continue;
          for (const y of bracketNames(m[2] as string)) if (plain(y) !== plain(x)) out.push({ names: [x, y], at: offset + m.index });
        }
      }
    }
    offset = end + 1;
  }
  return out;
}
