/**
 * Answers a note's layout gives a concept card when no sentence the engine read says what the concept is.
 * Notes typed fast put the gloss where the eye finds it, not in a sentence:
 * - under a list item that is the term alone, as its first sub-item (`- visibility timeout` /
 *   `  - once a consumer receives a message, it's hidden …`);
 * - under a heading that is the term, as the section's first line, a noun phrase (`## DynamoDB` /
 *   `- NoSQL key-value database, fully managed …`);
 * - on the term's own line, when the sentence the engine cut ran on from the line before (lines typed
 *   without a full stop), or where the line opens with the term and a verb (`VPC Peering conecta dos VPCs …`).
 * Each answer is then held to the rules of answers.ts (`laidOutAnswer`): never an instruction, a list of
 * examples, a tip, or another term's entry. The rules read layout and grammar, never any vault's words.
 */
import type { NoteId } from '../../contract';
import type { ParsedNote } from '../markdown/types';
import { englishRole } from '../concepts/english-lexicon';
import { spanishVerb } from '../concepts/clause-words';
import { plain } from '../concepts/fold';
import { abbreviationAt } from '../concepts/sentence';
import { RELATIVE, afterName, answers, laidOutAnswer, opensWithVerb } from './answers';
import { namesConcept, type Definition } from './deck';

/** Emoji and their joiners: a student's markers (`⚡ DynamoDB`, `key policy 🔥`), not part of a name. */
const PICTOGRAPHS = /\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\u{20E3}/gu;

/** A name without the emoji a heading or a list item carried. */
export const withoutMarkers = (name: string): string => name.replace(PICTOGRAPHS, ' ').replace(/\s+/g, ' ').trim();

/** A list item's marker: a bullet, `1.`, an outline's `5.2.4.`, a letter's `b)` (`a) Dolo: …` in a law outline). */
const LIST_ITEM = /^(\s*)(?:[-*+•]|\d+(?:\.\d+)*[.)]|[a-zA-Z]\))\s+/u;
/** `> [!note] Pull request`: a callout's title, which heads its body as a heading heads a section. */
const CALLOUT = /^\s*>\s*\[!\w+\][-+]?\s+/u;
/** `id:: 6571a2f0-…`, `collapsed:: true`: a Logseq block's properties, no text of its own. */
const PROPERTY = /^\s*[\w-]+::\s/u;
const HEADING = /^\s{0,3}(#{1,6})\s+/u;
const EMPHASIS = /[*_`]+/gu;

const fileLines = (note: ParsedNote): string[] => note.body.split(/\r?\n/);

const indent = (line: string): number => /^\s*/u.exec(line.replace(/\t/g, '    '))?.[0].length ?? 0;

/**
 * The text of a list item or line, without its marker, emphasis and emoji, a wikilink's brackets, and the tags and
 * formula symbol an outline puts after a term (`- [[Heat engine]] #devices`, `- [[Internal energy]] $U$`).
 */
const itemText = (line: string): string =>
  withoutMarkers(unescaped(line).replace(HEADING, '').replace(CALLOUT, '').replace(LIST_ITEM, '').replace(EMPHASIS, '').replace(/\[\[(?:[^\]|\n]{0,200}\|)?([^\]\n]{0,200})\]\]/gu, '$1'));

/** `## **6\\.2 Ciclo del nitrógeno**`: a document exported to Markdown (Google Docs, Pandoc) escapes its numbering's punctuation. */
const unescaped = (line: string): string => (line.includes('\\') ? line.replace(/\\([\\`*_{}[\]()#+.!|-])/gu, '$1') : line);

/**
 * An item's text as a term: without the tags or formula symbol after it. A term's line is short; on a long one
 * the end-anchored pattern would be retried at every tag.
 */
const termText = (line: string): string => {
  const text = itemText(line);
  return text.length > 200 ? text : text.replace(/(?:\s+#[\p{L}\p{N}/_-]+|\s+\$[^$]{1,40}\$)+\s*$/u, '');
};

/** Folded as answers.ts folds names: case, accents and punctuation aside. */
const key = (s: string): string => plain(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The term as written when the line holds it alone: `- **dead-letter queue** (DLQ) ⚠️`, `## ⚡ DynamoDB`,
 * `### 3.2 Paging`; null when it says anything more.
 */
function bareTerm(line: string, names: readonly string[]): string | null {
  const text = termText(line).replace(/^\d+(?:\.\d+)*\.?\s+/u, '');
  const term = text.replace(/\s*\([^()]{1,60}\)$/u, '').trim();
  const k = key(term);
  if (!k) return null;
  // `El acorde de séptima de dominante (V7)`: the acronym in parentheses names the line's term too.
  const short = /\(\s*([\p{Lu}\p{N}][\p{Lu}\p{N}-]{1,7})\s*\)$/u.exec(text)?.[1];
  const shortKey = short && /\p{Lu}/u.test(short) ? key(short) : null;
  return names.some((n) => {
    const nk = key(withoutMarkers(n));
    return nk === k || `${nk}s` === k || nk === `${k}s` || nk === shortKey;
  })
    ? text
    : null;
}

/** `target tracking → …`, `provisioned: you set …`: a line that glosses a term of its own. */
const OWN_ENTRY = /^[^:=→]{1,40}?(?::|=|->|→|⇒|\s[-–—])\s/u;

/**
 * Whether a line under the term may gloss it: a statement of three words or more, not a tip or warning (an
 * emoji or `tip:` first), not an example, not another term's entry, not an instruction (an English verb's
 * base form first).
 */
function glossLine(text: string, stated = false): boolean {
  const t = text.trim().replace(/^\(?\d+[.)]\s*/u, '');
  if (t.split(/\s+/).length < 3 || /\?\s*$/u.test(t)) return false;
  const head = OWN_ENTRY.exec(t)?.[0];
  // `Extiende la integración continua: cada cambio …`: a head that opens with a verb names no term of its own.
  if (head && head.trim().split(/\s+/).length <= 4 && !opensWithVerb(head)) return false;
  if (/^(?:e\.\s?g\.|p\.\s?ej\.|ej\.?|por\s+ejemplo|for\s+example|tip|exam\s+tip|nota|note|ojo|truco|warning|ver|v[eé]ase|see|cf)\b/iu.test(t)) return false;
  const first = (/^\p{L}+/u.exec(t)?.[0] ?? '').toLowerCase();
  // `processes, scheduling, memory, deadlock`: the topics under it, not what it is.
  const items = t.split(/\s*,\s*/u);
  if (items.length >= 3 && items.every((item) => item.split(/\s+/).length <= 3)) return false;
  // A column headed `idea en una frase` states a principle in the infinitive (`depender de abstracciones, …`).
  if (stated) return true;
  // An instruction: an English verb's base form, or a Spanish infinitive (`ver el apartado anterior`). `Define un
  // método …`: an English base form followed by a Spanish article is a Spanish verb's third person.
  const second = (/^\p{L}+\s+(\p{L}+)/u.exec(t)?.[1] ?? '').toLowerCase();
  const instruction = englishRole(first) === 'base-verb' && !SPANISH_ARTICLES.has(second);
  return !instruction && !(/(?:ar|er|ir)$/u.test(first) && spanishVerb(first));
}

const SPANISH_ARTICLES = new Set(['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'al', 'del']);

/** Finite verbs too common to miss and too irregular for the lexicons' reading: `está`, `hay`, `can`. */
const FINITE = new Set(['es', 'son', 'esta', 'estan', 'hay', 'fue', 'era', 'tiene', 'tienen', 'puede', 'pueden', 'va', 'van', 'da', 'dan', 'hace', 'hacen', 'is', 'are', 'was', 'were', 'has', 'have', 'can', 'does', 'do', 'will']);
const ARTICLES = new Set(['el', 'la', 'los', 'las', 'un', 'una', 'the']);
const RELATIVES = new Set(['that', 'which', 'who', 'whose', 'where', 'que', 'donde', 'quien', 'cuyo', 'cuya', 'cuyos', 'cuyas']);
/** Words that open a clause or a whole sentence, never a noun phrase: `Cuando hay …`, `If the …`, `Un cluster …`. */
const CLAUSE_OPENERS = new Set(['cuando', 'si', 'aunque', 'porque', 'como', 'when', 'if', 'because', 'although', 'el', 'la', 'los', 'las', 'un', 'una', 'the', 'this', 'these', 'esto', 'este', 'esta', 'estos']);

/** A noun phrase, not a sentence: no finite verb among its first words, up to a comma or colon (`NoSQL key-value database, fully managed`, `a heat engine run backwards: uses work …`). */
function nounPhrase(text: string, heading = false): boolean {
  // Up to the first comma: `weak acid + its salt, holds the pH …` is a noun phrase, then what it does.
  let ws = plain(text).split(/[,;:]/u)[0]!.split(/\s+/u).filter(Boolean).slice(0, 6);
  // Under a heading, `Un cluster de Kubernetes está formado …` has a subject of its own.
  if (CLAUSE_OPENERS.has(ws[0] ?? '') && (heading || !ARTICLES.has(ws[0] ?? ''))) return false;
  // `lab method that finds …`: a verb after a relative pronoun belongs to the clause that modifies the noun.
  const relative = ws.findIndex((w) => RELATIVES.has(w));
  if (relative > 0) ws = ws.slice(0, relative);
  return !ws.some((w) => FINITE.has(w) || englishRole(w) === 'verb' || spanishVerb(w));
}

/** Does a line under the term say what it is: a noun phrase, a verb whose subject is the term, or a sentence naming it? */
function aboutTerm(text: string, names: readonly string[]): boolean {
  // `- **Cold start**` / `  - when no warm environment exists, Lambda must …`: when it happens is what an event is.
  // `during a phase change the temperature stays constant`: what happens in it, not what it is.
  if (/^(?:during|while|in|on|at|durante|en|mientras)\s/iu.test(text)) return false;
  // `- [[Zeroth law of thermodynamics]]` / `- if A is in thermal equilibrium with C …`: a law's statement is what it is;
  // `it is conservation of energy …`: its subject is the term above.
  if (names.some((n) => STATED.test(plain(n))) || /^(?:it|this)\s+(?:is|means)\s/iu.test(text)) return true;
  return nounPhrase(text) || opensWithVerb(text) || namesConcept(text, names) || /^(?:when|cuando)\s/iu.test(text);
}

/** A comparison table's row that spells each term out. */
const NAME_LABEL = /^(?:nombre(?: completo)?|name|full name|significa|stands for)$/u;

/** `: what it is` under a term: a definition list's item (`~` in Pandoc). */
const DEFINITION_ITEM = /^\s{0,3}[:~]\s+(?=\S)/u;
/** `Son antibióticos que …`, `Is a …`: the copula and an article open a sentence whose subject is the heading. */
const COPULA_FIRST = /^(?:es|son|is|are)\s+(?:un|una|unos|unas|el|la|los|las|a|an|the)\s/u;

/**
 * `gentamicina, amikacina, tobramicina`, `enalapril, captopril, ramipril → "-pril"`: two or more names of a word
 * or two, separated by commas (before any arrow), the members of the class a heading names.
 */
function membersLine(text: string): boolean {
  const items = (text.split(/->|→|⇒/u)[0] ?? '').replace(/\([^()]*\)/gu, ' ').trim().split(/\s*,\s*/u).filter(Boolean);
  return items.length >= 2 && items.every((item) => item.split(/\s+/u).length <= 2 && !FINITE.has(plain(item.split(/\s+/u)[0] ?? '')));
}

/**
 * `- tienen anillo betalactámico → inhiben las PBP …`, `- stores items by key`: an item under a heading that opens
 * with a verb in the third person has the heading for its subject (an instruction or infinitive is `glossLine`'s).
 */
function subjectless(text: string): boolean {
  const first = plain(text).split(/\s+/u)[0] ?? '';
  return /^\p{L}/u.test(text) && !ARTICLES.has(first) && (opensWithVerb(text) && (/(?:s|n)$/u.test(first) || CLITICS.has(first)));
}

const CLITICS = new Set(['se', 'no', 'not']);

/** Names of what is stated as a sentence: a law, a theorem, a principle, in English and Spanish. */
const STATED = /(?:^|\s)(?:law|theorem|principle|postulate|axiom|lemma|ley|teorema|principio|postulado|axioma|lema)(?:\s|$)/u;

/** A line marked as a tip, a warning or an example (an emoji first, `ojo:`, `e.g.`): it is said of the term, it does not say what it is. */
const tipOrExample = (text: string): boolean => /^\s*(?:\p{Extended_Pictographic}|⚠|💡)/u.test(text);

const cells = (row: string): string[] => row.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
const DIVIDER = /^\s*\|?\s*:?-{2,}/u;
/** A column that says what each row's term is or is for: `what it is`, `para qué`, `descripción`, `definition`. */
const DEFINING_HEADER = /^(?:what(?:'s| is)?(?: it(?:'s| is))?(?: for)?|what it does|para qu[eé](?: sirve)?|qu[eé] es|qu[eé] hace|qu[eé] mide|what it measures|descripci[oó]n|description|definici[oó]n|definition|significado|meaning|funci[oó]n|purpose|gloss|used for|mecanismo(?: de acci[oó]n)?|mechanism(?: of action)?|(?:la |the |key |main )?idea(?: (?:en una frase|principal|clave|in (?:one|a) (?:sentence|line)))?|en una frase|in (?:one|a) (?:sentence|line)|resumen|summary)$/iu;

/**
 * `| Term | what it is | … |`: a row whose first cell is the term answers with the cell under a header that
 * says what the column holds (`para qué`, `description`); a two-column table glosses its first column in its
 * second. Other columns (`discount`, `ejemplo`) are attributes or examples, never what the term is.
 */
function tableGloss(lines: readonly string[], i: number, names: readonly string[]): string[] {
  const row = cells(lines[i] as string);
  // The term is the row's first cell, or a later one (`| S | Principio de … | Single Responsibility Principle (SRP) | una clase … |`).
  const at = row.findIndex((c) => bareTerm(c, names) !== null);
  const term = at >= 0 ? bareTerm(row[at] as string, names) : null;
  if (!term || DIVIDER.test(lines[i] as string)) return [];
  let top = i;
  while (top > 0 && /^\s*\|/u.test(lines[top - 1] as string)) top--;
  // `| | nucleofilia | basicidad |` / `| qué mide | velocidad de ataque … | afinidad por un protón |`: a table that
  // compares terms heads a column with each; the row labelled as saying what each is holds its gloss.
  if (top === i && at > 0 && DIVIDER.test(lines[i + 1] ?? '')) {
    // A row labelled `nombre` spells the term out: `E1 (eliminación unimolecular) — dos etapas, …`.
    let name = '';
    for (let j = i + 2; j < lines.length && /^\s*\|/u.test(lines[j] as string); j++) {
      const r = cells(lines[j] as string);
      const label = plain((r[0] ?? '').replace(EMPHASIS, '')).replace(/\?$/u, '').trim();
      const cell = withoutMarkers((r[at] ?? '').replace(EMPHASIS, ''));
      if (NAME_LABEL.test(label) && cell.split(/\s+/u).length <= 6) name = ` (${cell})`;
      if (!DEFINING_HEADER.test(label)) continue;
      return cell.split(/\s+/u).length >= 3 && !tipOrExample(cell) && !/\?\s*$/u.test(cell) ? [`${term}${name} — ${cell}`] : [];
    }
    return [];
  }
  // The header is the row above the divider; a row above no divider is a header itself.
  if (top === i || !DIVIDER.test(lines[top + 1] ?? '')) return [];
  // `qué es (en corto)`, `definition (short)`: a note on the column's length does not change what it holds.
  const header = cells(lines[top] as string).map((h) => plain(h.replace(EMPHASIS, '')).replace(/\s*\([^()]{0,30}\)\s*$/u, '').replace(/\?$/u, '').trim());
  let column = header.findIndex((h, k) => k > at && DEFINING_HEADER.test(h));
  const stated = column > at;
  if (column < 0 && at === 0 && header.length === 2 && row.length === 2) column = 1;
  const gloss = column > at ? withoutMarkers((row[column] ?? '').replace(EMPHASIS, '')) : '';
  return gloss && glossLine(gloss, stated) ? [`${term} — ${gloss}`] : [];
}

/** `term: …`, `term = …`, `term -> …`, `term — …` at the start of the line (past a second name in parentheses). */
function glossSeparated(line: string, names: readonly string[]): boolean {
  const rest = afterName(line, names);
  return rest !== null && (/^\s*(?::|=|->|→|⇒|[–—]|-\s)|^;(?=\S)/u.test(rest) || (/^\s*,/u.test(rest) && RELATIVE.test(rest.replace(/^\s*,\s*/u, ''))));
}

/** The first line under line `i` that is not blank, with its index; null at the end. */
function nextLine(lines: readonly string[], i: number): { text: string; at: number } | null {
  for (let j = i + 1; j < lines.length; j++) if ((lines[j] as string).trim() && !PROPERTY.test(lines[j] as string)) return { text: lines[j] as string, at: j };
  return null;
}

/**
 * What the layout around one line that names the concept says it is, as answers: the line itself when it
 * opens with the term; `term — gloss` from its first sub-item, or from the first line of the section its
 * heading opens.
 */
function aroundLine(note: NoteLayout, line: number, names: readonly string[], ownLine: boolean): string[] {
  const { lines } = note;
  const i = line - note.bodyStartLine;
  const raw = lines[i];
  if (raw === undefined) return [];
  const out: string[] = [];
  const heading = HEADING.exec(raw);
  // A level-one heading is the note's title: its first line is about the whole note.
  if (/^\s*\|/u.test(raw)) return tableGloss(lines, i, names);
  if (heading?.[1] === '#' || /^\s*#[\p{L}\p{N}]/u.test(raw)) return out;
  const term = bareTerm(raw, names);
  let next = nextLine(lines, i);
  // `- [[First law of thermodynamics]]` / `  - $\Delta U = Q - W$` / `  - it is conservation of energy …`: past a first
  // child that is its formula alone, the next one says it in words.
  if (term && next && LIST_ITEM.test(raw) && /^\$[^$]+\$\s*$/u.test(itemText(next.text))) {
    const after = nextLine(lines, next.at);
    if (after && LIST_ITEM.test(after.text) && indent(after.text) === indent(next.text)) next = after;
  }
  // `> [!note] Pull request` / `> El PR no es cosa de git, …`: the callout's first sentence, as under a heading.
  if (term && next && CALLOUT.test(raw)) {
    const body = firstSentence(next.text.replace(/^\s*>\s?/u, ''));
    if (/^\s*>/u.test(next.text) && !CALLOUT.test(next.text) && glossLine(body) && !tipOrExample(body) && aboutTerm(body, names)) out.push(`${term} — ${body}`);
    return out;
  }
  // `### IECA (…)` / `- enalapril, captopril, ramipril → "-pril"` / `- bloquean el paso …`: past a first line that lists
  // its members, the next one says what they are.
  let pastMembers = false;
  if (heading && term && next && membersLine(itemText(next.text))) {
    next = nextLine(lines, next.at);
    pastMembers = true;
  }
  // `Term` / `: what it is`: a definition list (Markdown extensions, Pandoc) glosses the term on the line under it.
  if (term && next && !heading && next.at === i + 1 && !LIST_ITEM.test(raw) && DEFINITION_ITEM.test(next.text)) {
    const gloss = withoutMarkers(next.text.replace(DEFINITION_ITEM, '').replace(EMPHASIS, ''));
    if (glossLine(gloss) && !tipOrExample(gloss)) out.push(`${term} — ${gloss}`);
    return out;
  }
  if (term && next) {
    const nextText = itemText(next.text);
    const after = nextLine(lines, next.at);
    // An item with items of its own under it is a term of its own (`secondary indexes` / `LSI` / `…`).
    const headsItsOwn = after !== null && LIST_ITEM.test(after.text) && indent(after.text) > indent(next.text);
    const under = heading ? !HEADING.test(next.text) : LIST_ITEM.test(raw) && indent(next.text) > indent(raw);
    // `- **Adapter** (adaptador)` / `    Convierte la interfaz …`: a toggle's body (Notion) or an item's own
    // paragraph goes on under it, more indented and without a marker; it is the item's own text, so about it.
    if (under && !heading && !LIST_ITEM.test(next.text) && !/^\s*(?:[>|#]|```|\$\$)/u.test(next.text)) {
      if (glossLine(nextText) && !tipOrExample(next.text.trim())) out.push(`${term} — ${nextText}`);
      return out;
    }
    // `### 7.1 Notas extrañas` / `Notas que no pertenecen al acorde que suena.`: a section that opens with a noun
    // phrase (or `Son …`, its subject the heading) says what the heading's term is.
    if (under && heading && prose(next.text)) {
      // `### El acorde de séptima de dominante (V7)` / `= tríada de dominante + 7ª menor …`: an equals sign glosses the heading.
      // `**mecanismo**: inhiben la ciclooxigenasa …`: a label that says the line holds what it is, or does.
      const label = /^([^:=]{2,30}):\s+/u.exec(nextText);
      const body = label && DEFINING_HEADER.test(plain(label[1] as string).trim()) ? nextText.slice(label[0].length) : nextText.replace(/^[=:]\s+/u, '');
      const sentence = firstSentence(body);
      // (A sentence that names the term itself is how the section introduces it: `introductions` reads those.)
      if (/^\p{L}/u.test(sentence) && !namesConcept(sentence, names) && glossLine(sentence) && (nounPhrase(sentence, true) || COPULA_FIRST.test(plain(sentence)) || (body !== nextText && subjectless(sentence)))) out.push(`${term} — ${sentence}`);
      return out;
    }
    if (under && LIST_ITEM.test(next.text) && (heading || !headsItsOwn)) {
      if (afterName(nextText, names) !== null) out.push(nextText);
      // Under a heading, only a noun phrase: a sentence there may be about anything in the section.
      // `## Routing` / `- **route table**` / `  - …`: a term heading its own list is no gloss of the heading's.
      else if (heading && (/^\s*(?:[-*+•]|\d+[.)])\s+(?:\*\*|__)[^*_]+(?:\*\*|__)\s*$/u.test(next.text) || headsItsOwn && nextText.split(/\s+/).length <= 4)) return out;
      else if (glossLine(nextText) && (heading ? nounPhrase(nextText, true) && (!pastMembers || /^\p{L}/u.test(nextText)) || subjectless(nextText) : aboutTerm(nextText, names))) out.push(`${term} — ${nextText}`);
    }
  } else if (!heading) {
    // A line that mentions the term and goes on with a verb tells something about it (`Cloudwatch recoge
    // data cada 5 minutos`), not what it is: a mention's own line answers only with a gloss's separator
    // (`subnets (subredes): trozos del rango …`).
    const own = raw.replace(LIST_ITEM, '').trim();
    if (ownLine || glossSeparated(own, names)) out.push(own);
  }
  return out;
}

/**
 * Answers from the layout around lines that name the concept (see the file's comment), each one that
 * passes `laidOutAnswer`, with the line it was read from.
 */
/** A note's lines and the index of their terms, read once per deck: the index reads a note back from disk at each ask. */
export interface NoteLayout {
  lines: string[];
  /** The lines folded as `plain` folds them, made when a concept first looks for its name in them. */
  folded?: string[];
  bodyStartLine: number;
  index: Map<string, number[]>;
}
export type LayoutCache = Map<NoteId, NoteLayout | null>;

function layoutOf(id: NoteId, text: (id: NoteId) => ParsedNote | undefined, cache: LayoutCache): NoteLayout | null {
  let layout = cache.get(id);
  if (layout === undefined) {
    const note = text(id);
    layout = note ? { lines: fileLines(note), bodyStartLine: note.bodyStartLine, index: layoutIndex(note) } : null;
    cache.set(id, layout);
  }
  return layout;
}

export function layoutAnswers(named: readonly Definition[], notes: readonly NoteId[], text: (id: NoteId) => ParsedNote | undefined, names: readonly string[], cache: LayoutCache = new Map()): Definition[] {
  const out: Definition[] = [];
  const seen = new Set<string>();
  const clean = names.map(withoutMarkers).filter(Boolean);
  const read = (noteId: NoteId, line: number, ownLine: boolean): void => {
    const where = `${noteId}\n${line}`;
    if (seen.has(where)) return;
    seen.add(where);
    const note = layoutOf(noteId, text, cache);
    if (!note) return;
    for (const sentence of aroundLine(note, line, clean, ownLine)) {
      if (laidOutAnswer(sentence, clean) && !out.some((o) => o.sentence === sentence)) out.push({ noteId, line, sentence });
    }
  };
  for (const d of named) read(d.noteId, d.line, true);
  // The lines of the first few notes naming it that a layout rule reads, found by the term they hold.
  const keys = new Set(clean.flatMap((n) => { const k = key(n); return [k, `${k}s`, k.replace(/e?s$/u, '')]; }));
  for (const id of notes.slice(0, NOTES_READ)) {
    const note = layoutOf(id, text, cache);
    if (!note) continue;
    for (const k of keys) for (const i of note.index.get(k) ?? []) read(id, note.bodyStartLine + i, false);
  }
  return out;
}

/** Notes read for a concept's layout: the first few, so a concept named on every page costs little. */
const NOTES_READ = 4;

/** A line of prose: not a list item, a table row, a heading, a quote, a fence or a formula. */
const prose = (line: string): boolean => !LIST_ITEM.test(line) && !/^\s*(?:[|#>]|```|\$\$|<)/u.test(line);
/** The first sentence of a line (`aprox.`, `e.g.` end none: see `abbreviationAt`). */
function firstSentence(line: string): string {
  const text = line.trim();
  for (const m of text.matchAll(/[.!?](?=\s|$)/gu)) if (m.index > 0 && !(m[0] === '.' && abbreviationAt(text, m.index))) return text.slice(0, m.index + 1);
  return text;
}
/** `Cuando hay cientos de contenedores … hace falta un orquestador`: when it is needed, not what it is. */
const SUBORDINATE = /^(?:cuando|si|aunque|porque|como|mientras|when|if|although|because|as|while|unless)\b/iu;

/**
 * How a note introduces the concept, where no line glosses it: the first sentence of a section whose heading
 * is the term and that names it (`### Cifrado simétrico` / `En el cifrado simétrico se usa la misma clave …`),
 * or the note's first sentence naming it when it opens with the term and a verb (`VPC Peering conecta dos
 * VPCs …`); a later sentence of that kind (`Una subred vive en una sola zona`) tells something of a thing
 * already met.
 */
export function introductions(notes: readonly NoteId[], text: (id: NoteId) => ParsedNote | undefined, names: readonly string[], cache: LayoutCache): Definition[] {
  const out: Definition[] = [];
  const clean = names.map(withoutMarkers).filter(Boolean);
  const folded = clean.map((n) => plain(n)).filter((n) => n.length > 1);
  const keys = new Set(clean.map(key));
  for (const id of notes.slice(0, NOTES_READ)) {
    const note = layoutOf(id, text, cache);
    if (!note) continue;
    const add = (i: number, sentence: string): void => {
      if (!out.some((o) => o.sentence === sentence)) out.push({ noteId: id, line: note.bodyStartLine + i, sentence });
    };
    for (const k of keys) {
      for (const i of note.index.get(k) ?? []) {
        const line = note.lines[i] as string;
        const heading = HEADING.exec(line);
        if (!heading || heading[1] === '#' || !bareTerm(line, clean)) continue;
        const next = nextLine(note.lines, i);
        if (!next || !prose(next.text)) continue;
        const sentence = firstSentence(next.text);
        if (namesConcept(sentence, clean) && !SUBORDINATE.test(sentence) && !/\?$/u.test(sentence) && answers(sentence, clean)) add(next.at, sentence);
      }
    }
    note.folded ??= note.lines.map((l) => plain(l));
    const introduces = (sentence: string | undefined): sentence is string => {
      const rest = sentence ? afterName(sentence, clean) : null;
      // (`mutaciones cromosómicas, cambian la estructura …`: after a comma, a verb still has the term for its subject; `laidOutAnswer` reads which.)
      return sentence !== undefined && rest !== null && (!SEPARATED.test(rest) || /^\s*,\s/u.test(rest)) && !REPORTS.test(rest) && !/\d/u.test(rest.split(',')[0] ?? '') && laidOutAnswer(sentence, clean);
    };
    const first = note.folded.findIndex((l, i) => prose(note.lines[i] as string) && folded.some((n) => l.includes(n)));
    if (first >= 0) {
      const sentences = (note.lines[first] as string).trim().split(/(?<=[.!?])\s+/u);
      const k = sentences.findIndex((x) => folded.some((n) => plain(x).includes(n)));
      // `Cuando hay cientos de contenedores … hace falta un orquestador. Un orquestador decide …`: named where it is
      // needed, then said what it does in the sentence after.
      const closes = (x: string | undefined): boolean => x !== undefined && folded.some((n) => plain(x).replace(/[.!?*_\s]+$/u, '').endsWith(n));
      const sentence = [sentences[k], closes(sentences[k]) ? sentences[k + 1] : undefined].find(introduces);
      if (sentence) add(first, sentence);
    }
    // `- el **tipo de instancia** decide cpu, memoria y red`, `a) El derecho real recae directamente sobre una cosa
    // …`: the first item that opens with the term and a verb, where a list introduces it.
    // (`1.3. Derecho de crédito y deuda son …` / `b) El derecho de crédito solo vincula al deudor …`: the first of the
    // first few such items that says what it does.)
    let tried = 0;
    const foldedLines = note.folded;
    for (let i = 0; i < note.lines.length && tried < ITEMS_TRIED; i++) {
      const line = note.lines[i] as string;
      if (!LIST_ITEM.test(line) || !folded.some((n) => (foldedLines[i] as string).includes(n)) || afterName(itemLine(line), clean) === null) continue;
      tried++;
      const sentence = firstSentence(itemLine(line));
      if (introduces(sentence)) {
        add(i, sentence);
        break;
      }
    }
  }
  return out;
}

/** List items opening with the term read for how a list introduces it. */
const ITEMS_TRIED = 3;

/** A list item's text past its marker, as written. */
const itemLine = (line: string): string => line.replace(LIST_ITEM, '').trim();

/**
 * `AWS afirma que …`, `X says that …`: a claim it makes, not what it is. (A number in the first clause, as in
 * `Cloudwatch recoge data en intervalos de 5 minutos`, says how much or how often, not what it is either.)
 */
const REPORTS = /^\s*(?:afirma|asegura|recomienda|sugiere|explica|avisa|claims|says|states|recommends|suggests|warns)\s+(?:que|that)\b/u;

/** A separator after the name: such lines are the layout rules' (`aroundLine`). */
const SEPARATED = /^\s*(?::|=|->|→|⇒|[-–—,])/u;

/**
 * The lines of the first few notes naming the concept that hold one of its names, as written: read for a
 * clause that glosses it (answers.ts, `clauseGloss`) when nothing else answers its card. The notes' lines are
 * the layout's, read once per deck; the concept engine's mentions would cut every sentence of each note.
 */
export function mentionLines(notes: readonly NoteId[], text: (id: NoteId) => ParsedNote | undefined, names: readonly string[], cache: LayoutCache): Definition[] {
  const out: Definition[] = [];
  const folded = names.map((n) => plain(withoutMarkers(n))).filter((n) => n.length > 1);
  for (const id of notes.slice(0, NOTES_READ)) {
    const note = layoutOf(id, text, cache);
    if (!note) continue;
    note.folded ??= note.lines.map((l) => plain(l));
    note.folded.forEach((line, i) => {
      if (folded.some((n) => line.includes(n))) out.push({ noteId: id, line: note.bodyStartLine + i, sentence: note.lines[i] as string });
    });
  }
  return out;
}

/** An item's head before a comma: `el conjunto de test` of `el conjunto de test, que solo se mira …`. */
const COMMA_HEAD = /^(.{1,60}?),\s/u;

/** `geostrophic wind;viento paralelo a las isobaras`: a flashcard export's line (Anki's plain text), its front before the one semicolon. */
const FLASHCARD = /^([^;\s][^;]{0,59}?);(?=\S)[^;]*$/u;

/** A line's head before a gloss's separator: `subnets (subredes)` of `subnets (subredes): trozos …`. */
const HEAD = /^(.{1,60}?)\s*(?::|=|->|→|⇒|[–—]|\s-)\s/u;

/**
 * Each line a layout rule may read, by the folded term it holds: a list item or heading (past level one)
 * holding a term alone above an item, a table row's first cell, a line opening with a term and a gloss's
 * separator. Built once per note, so a concept looks its names up instead of reading the note.
 */
function layoutIndex(note: ParsedNote): Map<string, number[]> {
  const index = new Map<string, number[]>();
  const lines = fileLines(note);
  const add = (term: string, i: number): void => {
    // `El acorde de séptima de dominante (V7)`: the acronym in parentheses is looked up too.
    const short = /\(\s*([\p{Lu}\p{N}][\p{Lu}\p{N}-]{1,7})\s*\)[*_]*\s*$/u.exec(term)?.[1];
    for (const t of [term, term.replace(/\s*\((?:[^()]|\([^()]{0,30}\)){1,60}\)\s*$/u, ''), ...(short && /\p{Lu}/u.test(short) ? [short] : [])]) {
      const k = key(withoutMarkers(t.replace(EMPHASIS, '').replace(/\[\[(?:[^\]|\n]{0,200}\|)?([^\]\n]{0,200})\]\]/gu, '$1')).replace(/^\d+(?:\.\d+)*\.?\s+/u, ''));
      if (!k || k.split(' ').length > 6) continue;
      const at = index.get(k);
      if (!at) index.set(k, [i]);
      else if (at[at.length - 1] !== i) at.push(i);
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!line.trim()) continue;
    if (/^\s*\|/u.test(line)) {
      for (const cell of cells(line)) add(cell, i);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading && heading[1] === '#') continue;
    const text = termText(line);
    // `Term` / `: what it is`: a definition list's term.
    if (heading || LIST_ITEM.test(line) || CALLOUT.test(line) || DEFINITION_ITEM.test(lines[i + 1] ?? '')) add(text, i);
    // `[[heat capacity]] $C = Q/\Delta T$ (J/K): how much …`: the term's formula is no separator of its own.
    const head = HEAD.exec(line.replace(LIST_ITEM, '').replace(/\s?\$[^$\n]{1,60}\$/gu, ''))?.[1] ?? FLASHCARD.exec(line)?.[1];
    if (head) add(head, i);
    // `unconditioned response (UCR / UR): …`: the acronym after its long form heads the line too.
    const short = head ? /\(\s*[*_]*([A-Z][A-Za-z0-9]{1,6})[*_]*\s*(?:[/,;][^()]{0,30})?\)[*_]*$/u.exec(head)?.[1] : undefined;
    if (short) add(short, i);
    // `Anulabilidad o nulidad relativa (arts. …): …`: a head that gives the term's other name after `o`/`or`.
    const first = head ? /^(.{1,40}?)\s+(?:o|u|or)\s/u.exec(head)?.[1] : undefined;
    if (first) add(first, i);
    // `- el conjunto de test, que solo se mira …`: an item's name before a comma and a relative clause.
    const named = LIST_ITEM.test(line) ? COMMA_HEAD.exec(text) : null;
    if (named?.[1]) add(named[1].replace(/^(?:el|la|los|las|un|una|the|an?)\s+/iu, ''), i);
  }
  return index;
}
