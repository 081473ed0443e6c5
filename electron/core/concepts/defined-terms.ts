import type { ParsedNote } from '../markdown/types';
import { isCommonWord } from './common-words';
import { plain } from './fold';
import { GENERIC_NOUNS, asName, participle, pointsAtText } from './glosses';
import { isLabel } from './head-terms';
import { isStopword } from './folded-lists';
import { foldName } from './memo';
import type { Line } from './prose-lines';
import { tidy } from './sentence';
import type { ConceptCandidate } from './types';

/**
 * Terms a note asks about or names in so many words, whatever their case: a question that asks what a thing
 * is (`Q: What is encapsulation?`, `¿Qué es un commit?`, `## ¿Para qué sirve Docker?`), a card line
 * (`MAC address :: 48-bit hardware address`), a naming phrase (`se le llama sidecar`, `is called
 * thrashing`, `known as X`, `esto es el cifrado híbrido`), and a term opening a clause inside a line
 * (`… in the set. starvation: one process waits forever`). Capitals tell nothing here: students write their
 * terms in lower case, and these are the grammar of asking and naming in both languages, not any vault's words.
 */

/** An optional article or determiner before the term. */
const DET = '(?:(?:an?|the|un|una|el|la|los|las|lo)\\s+)?';
/** The term: up to six words of letters, digits and the marks technical names carry (`TCP/IP`, `HTTP/2`, `C++`). */
const TERM = '(?<term>[\\p{L}\\p{N}][\\p{L}\\p{N}\\-/.+#\'’ ]{0,60}?)';
/** `Q:`, `P:`, `Question:`, `Pregunta:` and a list marker or bold before a question. */
const ASKED = /^\s*(?:[-*+•]\s+|\d{1,2}[.)]\s+)?(?:\*\*|__)?\s*(?:(?:q|p|question|pregunta)\s*\d*\s*[:.)-]\s*)?(?:\*\*|__)?\s*/iu;
/** Questions that ask what a thing is, does, means or is for. The whole question is the term and its frame. */
const QUESTIONS = [
  new RegExp(`^(?:what\\s+happens\\s+(?:in|during)|qu[eé]\\s+(?:pasa|ocurre)\\s+(?:en|durante))\\s+${DET}${TERM}\\s*\\?`, 'iu'),
  new RegExp(`^(?:what(?:'s|’s|\\s+is|\\s+are)|define|explain)\\s+${DET}${TERM}(?:\\s+used\\s+for|\\s+for)?\\s*\\?`, 'iu'),
  new RegExp(`^(?:what|how)\\s+(?:does|do)\\s+${DET}${TERM}\\s+(?:do|mean|stand\\s+for|work)\\s*\\?`, 'iu'),
  new RegExp(`^¿?\\s*(?:qu[eé]\\s+(?:es|son|significa|significan|hace|hacen)|para\\s+qu[eé]\\s+(?:sirven?|se\\s+usan?|se\\s+utilizan?)|c[oó]mo\\s+funcionan?|defin[ea])\\s+${DET}${TERM}\\s*\\?`, 'iu'),
];
/**
 * A line answering the question above it. A bare `a)` or `a.` is an outline's first item (`a) Dolo: …`,
 * outline-labels.ts), not an answer: a lone letter answers only with a colon or a dash (`A: …`, `R - …`).
 */
const ANSWER = /^\s*(?:[-*+•]\s+)?(?:\*\*|__)?\s*(?:(?:a|r)\s*\d*\s*[:-]|(?:a|r)\s*\d+\s*[.)]|(?:answer|respuesta)\s*\d*\s*[:.)-])\s*(?:\*\*|__)?\s*(?=\S)/iu;
/** `term :: definition` (and `:::`), the card syntax of Obsidian's Spaced Repetition plugin. */
const CARD = /^\s*(?:[-*+•]\s+)?(?<front>[^:\n]{1,80}?)\s*:{2,3}\s*(?<back>\S.*)$/u;
/** Naming phrases: what follows them is the name the sentence gives a thing. */
const NAMING = new RegExp(
  `(?:\\bse\\s+(?:le\\s+|les\\s+|lo\\s+|la\\s+|los\\s+|las\\s+)?(?:llaman?|denominan?|conocen?\\s+como)|\\b(?:llamad[oa]s?|denominad[oa]s?|conocid[oa]s?\\s+como)|\\b(?:is|are|be|being)\\s+(?:also\\s+|often\\s+|usually\\s+|sometimes\\s+)?(?:called|known\\s+as|referred\\s+to\\s+as|termed)|\\b(?:this|that)\\s+is\\s+called|\\b(?:esto|eso)\\s+(?:es|se\\s+llama)(?=\\s+(?:el|la|los|las|su|sus)\\s))\\s+${DET}["“«]?${TERM}["”»]?(?=\\s*(?:[.,;:!?()]|—|–|->|→|$))`,
  'giu',
);
/**
 * Phrases that announce a definition of the term they name, however everyday the word: `Se entiende por
 * pago el cumplimiento …`, `Entendemos por X …`, `By work we mean …`, `Work is defined as …`, `…: la
 * prestación, es decir, la conducta …`. The term ends where the definition's article (or `we mean`, `is
 * defined`, the restating comma) starts.
 */
const DEFINING = [
  new RegExp(`\\b(?:se\\s+entiende|entendemos|entiendo)\\s+por\\s+${DET}${TERM}(?=\\s+(?:el|la|los|las|lo|un|una|aquel|aquella|todo|toda|cualquier)\\s)`, 'giu'),
  new RegExp(`\\bby\\s+${DET}${TERM}\\s+(?:we|one|i)\\s+mean\\b`, 'giu'),
  // `Elemento objetivo: la prestación, es decir, la conducta que …`: a noun phrase restated as what it is.
  new RegExp(`(?:^|[:;]\\s+)${DET}${TERM},\\s+(?:es\\s+decir|o\\s+sea|that\\s+is|i\\.e\\.),?\\s+(?:el|la|los|las|un|una|the|an?)\\s`, 'giu'),
  new RegExp(`(?:^|[.;:]\\s+|^\\s*[-*+•]\\s+)${DET}${TERM}\\s+(?:is|are)\\s+defined\\s+as\\b`, 'giu'),
];
/** Words NAMING needs one of (`llam…`, `called`, `esto es` …): a line without one is not read with it. */
const NAMING_CUE = /llam|denomin|conoc|called|known|referred|termed|esto es|eso es/iu;
/** Words DEFINING needs one of. */
const DEFINING_CUE = /entiend|entendemos|mean|defined|decir|o sea|that is|i\.e\./iu;
/**
 * Either: one scan of a line instead of two for most lines, which hold neither (a line holds one of them
 * exactly when it holds a match of this).
 */
const NAMING_OR_DEFINING_CUE = new RegExp(`${NAMING_CUE.source}|${DEFINING_CUE.source}`, 'iu');
/** A term opening a clause inside a line: after a sentence's end, a semicolon or a dash. */
const CLAUSE_HEAD = /(?:[.;!?]\s+|\s[—–]\s+)(?<head>[\p{L}\p{N}][\p{L}\p{N}\-/ ]{0,40}?)\s*(?::\s|\s=\s)\s*(?<rest>[^.;]+)/gu;
const MAX_WORDS = 5;
/** An answer's first words before a colon: the thing it names (`the 3-way handshake: …`). */
/** An indefinite article makes it the genus of what the question asks about (`A: a 7-layer reference model: …`). */
const ANSWER_HEAD = /^(?:(?:the|el|la|los|las)\s+)?(?!(?:an?|un|una)\s)(?<head>[\p{L}\p{N}][\p{L}\p{N}\-/ ]{0,40}?)\s*:\s+\S/u;

/** A term as the note should match it again: no article, quotes or trailing marks; null when it is no name. */
function termName(raw: string): string | null {
  const text = raw.trim().replace(/^["“«'`]+|["”»'`.,:;]+$/gu, '').replace(/^(?:an?|the|un|una|el|la|los|las|lo|su|sus)\s+/iu, '').trim();
  if (!text || text.split(/\s+/).length > MAX_WORDS || !/\p{L}/u.test(text)) return null;
  const folded = foldName(text);
  if (!folded || GENERIC_NOUNS.has(folded) || GENERIC_NOUNS.has(plain(text.split(/\s+/)[0] ?? ''))) return null;
  const name = asName(text);
  if (!name || isLabel(name) || participle(name) || pointsAtText(name)) return null;
  return name;
}

/**
 * One word a defining phrase names (`Se entiende por pago el …`): a noun by its place, even where the word
 * is also a verb's form (`pago`, `contrato`), which asName turns away from a subject.
 */
function definedWord(raw: string): string | null {
  const word = raw.trim();
  if (!/^\p{L}{3,}$/u.test(word)) return null;
  const f = plain(word);
  return isStopword(f) || GENERIC_NOUNS.has(f) || isLabel(word) ? null : word;
}

/** `confidencialidad, integridad, autenticación y no repudio`: a label introducing a list, not a definition. */
function listed(rest: string): boolean {
  const items = rest.split(/,|\s(?:y|e|o|and|or)\s/u).map((s) => s.trim()).filter(Boolean);
  return items.length >= 3 && items.every((s) => s.split(/\s+/).length <= 3);
}

/** A term a clause or card line names with nothing else to vouch for it: an everyday word alone is a label. */
function everydayAlone(name: string): boolean {
  return !name.includes(' ') && /^\p{Ll}/u.test(name.charAt(0).toLowerCase()) && !/\p{Lu}.*\p{Lu}|\d/u.test(name) && isCommonWord(foldName(name));
}

/**
 * `## Repaso de lo que es el aprendizaje supervisado`, `## Qué es un pod`, `## What a socket is`: a heading that
 * asks what a thing is without a question mark; its section answers.
 */
const TOLD = new RegExp(`(?:^|\\s)(?:lo\\s+que\\s+(?:es|son)|qu[eé]\\s+(?:es|son)|what\\s+(?:is|are))\\s+${DET}${TERM}\\s*$`, 'iu');
const TOLD_AFTER = /^(?:what\s+(?:an?|the)\s+)(?<term>[\p{L}\p{N}][\p{L}\p{N}\-/ ]{0,60}?)\s+(?:is|are)\s*$/iu;
function toldHeading(heading: string): string | null {
  const text = heading.replace(/[*_`]+/g, '').trim();
  if (!/\s/.test(text)) return null;
  const term = TOLD.exec(text)?.groups?.term ?? TOLD_AFTER.exec(text)?.groups?.term;
  return term ? termName(term) : null;
}

function asked(question: string): string | null {
  const body = question.replace(ASKED, '').replace(/\s*(?:\*\*|__)\s*/gu, ' ').trim();
  if (!body.includes('?')) return null;
  for (const re of QUESTIONS) {
    const m = re.exec(body);
    const term = m?.groups?.term;
    if (term) return termName(term);
  }
  return null;
}

export function definedTerms(note: ParsedNote, lines: readonly Line[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  const seen = new Set<string>();
  // The note's prose folded as the matcher reads it, made once and only when a term must be looked for again.
  let folded: string | null = null;
  /** Is the term written in the note again, outside the clause that defines it? */
  const recurs = (term: string): boolean => {
    const key = ` ${foldName(term)} `;
    folded ??= ` ${lines.map((l) => foldName(l.text)).join(' | ')} `;
    const first = folded.indexOf(key);
    return first !== -1 && folded.indexOf(key, first + 1) !== -1;
  };
  const push = (name: string, l: { line: number; section: number }, sentence: string): void => {
    const key = `${l.line}\t${foldName(name)}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ names: [name], source: 'definition', gloss: 'strong', occurrence: { noteId: note.id, line: l.line, sentence: tidy(sentence), section: l.section } });
  };

  // A heading that asks (`## ¿Qué es Docker?`): its section's first line answers.
  for (const h of note.headings) {
    const term = h.text.includes('?') ? asked(h.text) : toldHeading(h.text);
    if (!term) continue;
    const answer = lines.find((l) => l.line > h.line);
    const section = note.sections.findIndex((s) => s.startLine === h.line);
    if (answer && answer.section === section) push(term, answer, answer.text);
    else push(term, { line: h.line, section: Math.max(0, section) }, h.text);
  }

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    const text = l.text;
    if (text.includes('?')) {
      const term = asked(text.replace(/^(.*?\?).*$/u, '$1'));
      if (term) {
        const next = lines[i + 1];
        const answered = next && next.line === l.line + 1 && ANSWER.test(next.text);
        if (answered) push(term, next, next.text.replace(ANSWER, ''));
        else push(term, l, text);
      }
    }
    // `Q: how does TCP open a connection?` / `A: the 3-way handshake: SYN -> …`: an answer that opens by naming
    // a thing and then says what it is names the term the question asks for.
    if (text.includes(': ') && ANSWER.test(text)) {
      const named = ANSWER_HEAD.exec(text.replace(ANSWER, ''));
      const term = named?.groups?.head ? termName(named.groups.head) : null;
      if (term && !everydayAlone(term)) push(term, l, text.replace(ANSWER, ''));
    }
    if (text.includes('::')) {
      const card = CARD.exec(text);
      const front = card?.groups?.front ?? '';
      const term = card ? (front.includes('?') ? asked(front) : termName(front)) : null;
      if (term && (front.includes('?') || !everydayAlone(term))) push(term, l, text.replace(/^\s*[-*+•]\s+/u, ''));
    }
    const cued = NAMING_OR_DEFINING_CUE.test(text);
    if (cued && NAMING_CUE.test(text)) {
      NAMING.lastIndex = 0;
      for (let m = NAMING.exec(text); m; m = NAMING.exec(text)) {
        const term = m.groups?.term ? termName(m.groups.term) : null;
        if (term && !everydayAlone(term)) push(term, l, sentenceAround(text, m.index));
      }
    }
    if (cued && DEFINING_CUE.test(text)) {
      for (const re of DEFINING) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const term = m.groups?.term ? termName(m.groups.term) ?? definedWord(m.groups.term) : null;
          if (term) push(term, l, sentenceAround(text, m.index + m[0].length - 1));
        }
      }
    }
    if (text.includes(': ') || text.includes(' = ')) {
      CLAUSE_HEAD.lastIndex = 0;
      for (let m = CLAUSE_HEAD.exec(text); m; m = CLAUSE_HEAD.exec(text)) {
        const rest = (m.groups?.rest ?? '').trim();
        const term = m.groups?.head ? termName(m.groups.head) : null;
        if (!term || everydayAlone(term) || (rest.match(/\p{L}{2,}/gu) ?? []).length < 3 || listed(rest) || /^\d/u.test(rest)) continue;
        // `… . Curiosidad: …`, `… . Patrón típico: …`: a capitalised word said once labels a remark; a term
        // is written in lower case where it is defined, or comes back elsewhere in the note.
        if (/^\p{Lu}/u.test(term) && !/^\p{Lu}{2}/u.test(term) && !recurs(term)) continue;
        // `X = SRTF (…)`: the right side is another name for it, a pair, not what it is.
        if (/^\p{Lu}[\p{Lu}\d]+\b/u.test(rest)) continue;
        // After a dash, a clause glosses the line's head: a term of its own only when it is one of the head's
        // words (`**zombie vs orphan** — zombie process: …`), not a rewording (`**page table** — per-process table: …`).
        if (/[—–]\s+$/u.test(m[0].slice(0, m[0].indexOf(m.groups?.head ?? '')))) {
          const before = plain(text.slice(0, m.index)).split(/[^\p{L}\p{N}]+/u);
          if (!before.includes(plain(term).split(/[^\p{L}\p{N}]+/u)[0] ?? '')) continue;
        }
        push(term, l, sentenceAround(text, m.index + m[0].length - rest.length - 1));
      }
    }
  }
  return out;
}

/** The sentence of a line holding offset `at`. */
function sentenceAround(text: string, at: number): string {
  let a = at;
  while (a > 0 && !(/[.!?;]/u.test(text[a - 1] ?? '') && text[a] === ' ')) a--;
  let b = at;
  while (b < text.length && !(/[.!?;]/u.test(text[b] ?? '') && (b + 1 >= text.length || text[b + 1] === ' '))) b++;
  return text.slice(a, Math.min(text.length, b + 1)).replace(/^[-–•*]\s*/u, '');
}
