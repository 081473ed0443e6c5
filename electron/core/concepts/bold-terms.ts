import { clauseWord } from './clause-words';
import { isCommonWord } from './common-words';
import { englishRole, isEnglishWord } from './english-lexicon';
import { plain } from './fold';
import { FOLDED_JOINERS, isStopword } from './folded-lists';
import { isBoldTerm } from './head-terms';
import { isSpanishWord, mayBeSpanishNoun } from './spanish-lexicon';
import { foldName } from './memo';
import { type Line, sentenceOf } from './prose-lines';
import { isWordAt, isWordBefore } from './scan';
import type { ConceptCandidate } from './types';

/**
 * A term set in bold inside a sentence (`- el **tipo de instancia** decide cpu …`, `… enable **Versioning**
 * to …`): the student marked where the name starts and ends. Bold also stresses (`**no**`, `**siempre**`,
 * `muy **rapido**`) and, in a guide, marks what to click (`choose **Launch instance**`, `the **Storage**
 * tab`, `**Actions**, **Security**`): a stressed word is a function word, a verb or an everyday word
 * (list-heads.ts's reading of a bold name leaves those out) or a predicate after a copula or an adverb (`son
 * **stateful**`, `pero **efimero**`), and a control is named by the verb before it
 * or the kind of control after it. In English, where every control is capitalised, a name made only of
 * everyday words (`Volume state`) or a lone dictionary word is left out too.
 */

/** Bold, or a highlight (`==term==`, Obsidian's mark, which students use as bold). */
const BOLD = /(\*\*|__|==)(?!\s)([^*_=\n]{2,60}?)\1/g;
/** A bracketed part closing a bold span, after the name it follows. */
const SYMBOL_AFTER = /(?<=\S)\s+\([^()]{1,30}\)$/u;
/** Characters of context read on either side of a bold span. */
const CONTEXT = 40;
/** What a reader is told to do with a control, in both languages. */
const UI_VERBS = new Set(['choose', 'select', 'click', 'enter', 'type', 'open', 'pick', 'press', 'clear', 'check', 'uncheck', 'expand', 'for', 'elige', 'selecciona', 'pulsa', 'clic', 'click', 'escribe', 'introduce', 'marca', 'abre', 'desmarca']);
/** The kinds of control a bold label names (`the **Storage** tab`). */
const UI_NOUNS = new Set(['page', 'tab', 'field', 'column', 'dialog', 'list', 'bar', 'button', 'section', 'pane', 'panel', 'menu', 'box', 'checkbox', 'attribute', 'option', 'link', 'window', 'screen', 'wizard', 'console', 'pagina', 'pestana', 'campo', 'columna', 'boton', 'menu', 'casilla', 'opcion', 'seccion', 'ventana', 'pantalla']);

/** Words before a predicate: what follows them says how a thing is (`son **stateful**`, `pero **efimero**`), it names nothing. */
const PREDICATE = new Set(['es', 'son', 'esta', 'estan', 'sea', 'sean', 'is', 'are', 'be', 'was', 'were', 'muy', 'pero', 'but', 'very', 'mas', 'more', 'menos', 'less', 'tan', 'so', 'too', 'bastante', 'quite', 'siempre', 'nunca', 'always', 'never', 'solo', 'only', 'tambien', 'also', 'not', 'no']);

/** Articles and determiners: what follows one is a noun phrase, not a stressed adjective or adverb. */
const DETERMINERS = new Set(['a', 'an', 'the', 'each', 'every', 'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'cada', 'este', 'esta', 'del', 'al']);
/** Endings of adverbs and participles in both languages: stress, not a name. */
const NOT_NOUN = /(?:ly|ed|mente|ad[oa]s?|id[oa]s?)$/;

/**
 * A lower-case word set in bold after an article (`sends one message to a **topic**`, `el **sobreajuste**
 * aparece…`): a noun the student marked, not stress, when it is no everyday word, can be a noun, and the note
 * uses it again (bold to introduce a term, then the term in plain text).
 */
function namedNoun(raw: string, prev: string, lines: readonly Line[]): boolean {
  if (!DETERMINERS.has(prev) || !/^\p{L}{3,}$/u.test(raw)) return false;
  const lower = raw.toLowerCase();
  if (NOT_NOUN.test(lower) || isCommonWord(foldName(raw)) || isStopword(lower) || clauseWord(lower)) return false;
  const role = englishRole(lower);
  if (role !== 'noun' && role !== 'unknown') return false;
  let uses = 0;
  for (const l of lines) {
    const text = l.text.toLowerCase();
    for (let at = text.indexOf(lower); at !== -1; at = text.indexOf(lower, at + lower.length)) {
      if (!isWordBefore(text, at) && !isWordAt(text, at + lower.length) && ++uses >= 2) return true;
    }
  }
  return false;
}

/** Does the text before a bold span hold a verb that clicks a control (`choose`, `selecciona`)? */
function clicks(before: string): boolean {
  for (const w of before.toLowerCase().match(/\p{L}+/gu) ?? []) if (UI_VERBS.has(plain(w))) return true;
  return false;
}

/** A lower-case word no dictionary knows (`**prostaglandinas**`, `**disbacteriosis**`): a term of the subject, not stress. */
function unknownWord(raw: string): boolean {
  if (!/^\p{Ll}{5,}$/u.test(raw)) return false;
  const lower = raw.toLowerCase();
  return !isEnglishWord(lower) && !isSpanishWord(lower) && !mayBeSpanishNoun(lower);
}

export function boldTerms(lines: readonly Line[], noteId: string, english: boolean, known: ReadonlySet<string>): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  const seen = new Set<string>();
  for (const l of lines) {
    const text = l.text;
    if (!text.includes('**') && !text.includes('__') && !text.includes('==')) continue;
    BOLD.lastIndex = 0;
    for (let m = BOLD.exec(text); m; m = BOLD.exec(text)) {
      const at = m.index;
      const end = at + m[0].length;
      // A head opening its line is list-heads.ts's.
      if (!/\S/.test(text.slice(0, at))) continue;
      // What the context rules below look at: a few words either side.
      const before = text.slice(Math.max(0, at - CONTEXT), at);
      const after = text.slice(end, end + CONTEXT);
      // `**Images** > **AMIs**`: a path of controls; `choose **Actions**, **Security**` too, after the verb that
      // clicks them. Without one, bold words in a row list terms (`familias: **penicilinas**, **cefalosporinas**`).
      if (/(?:\*\*|__|==)\s*(?:>|→|\/)?\s*$/.test(before) || /^\s*(?:>|→|\/)?\s*(?:\*\*|__|==)/.test(after)) continue;
      const listed = /(?:\*\*|__|==)\s*,\s*$/.test(before) || /^\s*,\s*(?:\*\*|__|==)/.test(after);
      if (listed && clicks(text.slice(0, at))) continue;
      const prev = (/(\p{L}+)\s+$/u.exec(before)?.[1] ?? '').toLowerCase();
      const next = (/^\s+(\p{L}+)/u.exec(after)?.[1] ?? '').toLowerCase();
      if (UI_VERBS.has(plain(prev)) || UI_NOUNS.has(plain(next)) || PREDICATE.has(plain(prev))) continue;
      // `**capacidad de carga (K)**`: the bracket inside the bold gives the term's symbol; the term is before it.
      const raw = (m[2] as string).trim().replace(SYMBOL_AFTER, '');
      // `cada **5 minutos**`, `el **puerto 2049**`: a quantity or a numbered thing, stressed.
      // A noun bold marks as a term (namedNoun) is one even where it also labels a part of a document (`topic`).
      const named = !/\s/.test(raw) && namedNoun(raw, prev, lines);
      if (/(?:^|\s)\d+(?:[.,]\d+)?(?:\s|$)/.test(raw) || (!named && !isBoldTerm(raw))) continue;
      const words = raw.split(/\s+/);
      // `**cuántos**`, `**todos**`: a function word stressed (the stoplist holds folded words: `cuantos` folds to its singular).
      const stop = (w: string): boolean => isStopword(w) || isStopword(foldName(w));
      if (stop(words[0] as string) || stop(words[words.length - 1] as string)) continue;
      // `**se cobra por hora**`: a stressed clause holds a verb.
      if (words.some((w) => /^\p{Ll}+$/u.test(w) && !FOLDED_JOINERS.has(plain(w)) && clauseWord(w))) continue;
      // One word is a name by its shape (`GENEVE`, `Fargate`, `cloud-init`): a bold lower-case word is stressed
      // as often as it is named (`**instantáneas**`, `**efímero**`), and matching it would tie every use of the word.
      if (words.length === 1 && !/\p{Lu}|\d|-/u.test(raw.slice(1)) && (!/^\p{Lu}/u.test(raw) || isCommonWord(foldName(raw))) && !named && !listed && !unknownWord(raw)) continue;
      if (english) {
        if (words.length === 1 && /^\p{L}+$/u.test(raw) && isEnglishWord(raw.toLowerCase()) && !named) continue;
        // `put the **safety condition** on the board`: everyday words in lower case after an article are a term the
        // student introduces; a control's title is capitalised (`the **Volume state**`).
        const introduced = words.length > 1 && DETERMINERS.has(prev) && raw === raw.toLowerCase();
        if (!introduced && words.every((w) => FOLDED_JOINERS.has(plain(w)) || isCommonWord(foldName(w)))) continue;
      }
      const folded = foldName(raw);
      if (known.has(folded) || seen.has(folded)) continue;
      seen.add(folded);
      out.push({ names: [raw], source: 'term', occurrence: { noteId, line: l.line, sentence: sentenceOf(text, at, end).replace(/(\*\*|__|==)/g, ''), section: l.section } });
    }
  }
  return out;
}
