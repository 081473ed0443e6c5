/**
 * Code a note treats as a term. Inline code is not prose (the parser blanks it), but a student who opens a
 * list item or a sentence with a command or an identifier and then says what it is names a concept:
 * `` - `git stash` — guarda los cambios…``, `` - `CNAME`: alias of another name``, `` - `A` record: name ->
 * IPv4``, `` `origin` es el nombre por defecto del remote``, `` `main` (o `master` en repos viejos) is the
 * default branch``, and a shell block's command with its comment (`git pull   # = fetch + merge`). Code anywhere
 * else (an example, a path, a value in a sentence) names nothing.
 */
import type { CodeSpan, ParsedNote } from '../markdown/types';
import { englishRole, isEnglishWord } from './english-lexicon';
import { numberWord } from './number-shapes';
import { tidy } from './sentence';
import type { ConceptCandidate } from './types';

/** What parts a head from what it says (as list-heads.ts reads a line). */
const SAYS = /^\s*(?:(\p{Ll}[\p{Ll}-]{1,20})\s*)?(?:->|→|=>|=|-|–|—|:)\s+(.*)$/u;
/** A copula and an article after the code: `es el nombre…`, `is the default branch`, `son una…`. */
const COPULA = /^\s*(?:es|son|is|are|means|significa)\s+(?:el|la|los|las|un|una|the|a|an)\s+\p{L}/iu;
/** `(o `master` …)`, `(or `x`)`, `(aka `y`)`: another spelling of the same code, right after it. */
const OTHER_CODE = /^\s*\(\s*(?:o|or|aka|a\.k\.a\.|también|antes|formerly)\s+$/iu;
const TWO_WORDS = /[\p{L}\p{N}]\S*\s+\S*[\p{L}\p{N}]/u;
/** Emphasis or a bracket may wrap the code at the head of its line. */
const OPENER = /^[\s*_([]*$/;
const MAX_CODE = 40;
/** A command's name is its program and one subcommand (`git stash`, not `git stash pop --index`). */
const MAX_WORDS = 2;
/** `LaunchTemplateId or LaunchTemplateName`: two names, not one. */
const JOINING = new Set(['or', 'and', 'o', 'y', 'u', 'e', 'vs', 'of', 'de', 'to', 'a', 'the']);
/** `a8074bc2-a25a-483e`, `0598c7d356eba48d7`: an id in hexadecimal. */
const HEX_ID = /^(?=(?:[^\d]*\d){3})[\da-f-]{8,}$/i;
/** A word of everyday English (the lexicon gives it a part of speech): `pending`, `data`, `must`. */
const everyday = (w: string): boolean => englishRole(w.toLowerCase()) !== 'unknown';

/**
 * Code at the head of a list item that is a value or a phrase, not a name: `pending`, `in-progress`,
 * `cancelled_running` (states a field takes, each part an everyday word), `Credits earned per hour` (words
 * set in code). A program and its subcommand (`git stash`, `docker ps`) open with no everyday word.
 */
function valueOrPhrase(name: string): boolean {
  const words = name.split(' ');
  if (words.length > 1) return everyday(words[0] as string) || (/^\p{Lu}\p{Ll}/u.test(name) && words.slice(1).some(everyday));
  return /^\p{Lu}?[\p{Ll}_-]+$/u.test(name) && name.split(/[-_]+/).every((w) => w.length > 0 && (everyday(w) || isEnglishWord(w.toLowerCase())));
}

/**
 * The term a code span names: one identifier (`.gitignore`, `kube-proxy`, `fork()`, `CNAME`) or a
 * command cut before its first option, path or value (`git log --oneline` → `git log`,
 * `git revert <hash>` → `git revert`). Null for what is no name: a number, an address, a URL, a snippet.
 */
export function codeName(text: string): string | null {
  const t = text.trim();
  if (!t || t.length > MAX_CODE || !/\p{L}/u.test(t) || t.includes('://')) return null;
  const words = t.split(/\s+/);
  const first = words[0] as string;
  if (!/^[.\p{L}_][\p{L}\p{N}._/+-]*(?:\(\))?$/u.test(first) || numberWord(first) || /^[.-]+$/.test(first) || HEX_ID.test(first)) return null;
  const out = [first];
  for (let i = 1; i < words.length && out.length < MAX_WORDS; i++) {
    const w = words[i] as string;
    if (!/^\p{L}[\p{L}_-]*$/u.test(w) || JOINING.has(w.toLowerCase())) break;
    out.push(w);
  }
  // `SELECT * FROM t WHERE …`: a snippet, when what was cut is most of it.
  if (words.length > out.length + 2 && out.length === 1 && /\p{Lu}/u.test(first)) return null;
  return out.join(' ');
}

/** A prose line with the spans the parser blanked on it written back in, rightmost first so columns hold. */
function withCode(text: string, spans: readonly CodeSpan[], line: number): string {
  let out = text;
  for (const span of spans.filter((s) => s.line === line).sort((a, b) => b.at - a.at)) out = `${out.slice(0, span.at)}${span.text}${out.slice(span.at + 1)}`;
  return out;
}

/** Whether `before` (the line up to the code) leaves the code opening its line or sentence. */
function opens(before: string): { line: boolean; sentence: boolean } {
  if (OPENER.test(before)) return { line: true, sentence: true };
  return { line: false, sentence: /[.!?]\s+[*_]*$/.test(before) };
}

export function codeTerms(note: ParsedNote): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  note.sections.forEach((section, index) => {
    // `git pull   # = fetch + merge` in a shell block: a command and what it does, in the note's words.
    for (const c of section.commands ?? []) {
      const hash = c.text.search(/\s#/);
      const command = c.text.slice(0, hash).replace(/^sudo\s+/, '');
      const name = codeName(command);
      // A program and its subcommand (`git fetch`): one word alone is any program or a variable.
      if (!name?.includes(' ') || !/^[\p{Ll}\d-]+$/u.test(name.split(' ')[0] as string)) continue;
      out.push({ names: [name], source: 'definition', gloss: 'strong', occurrence: { noteId: note.id, line: section.startLine + c.line, sentence: tidy(c.text), section: index } });
    }
    const spans = section.code;
    if (!spans?.length) return;
    let lines: string[] | null = null;
    for (let k = 0; k < spans.length; k++) {
      const c = spans[k] as CodeSpan;
      // A heading keeps its code as text: only prose lines (1 on) hold spans.
      lines ??= section.text.split('\n');
      const text = lines[c.line] ?? '';
      const at = opens(text.slice(0, c.at));
      if (!at.line && !at.sentence) continue;
      const name = codeName(c.text);
      // `` `m`: familia``: one letter is a part of a code being explained, unless a noun follows (`` `A` record``).
      if (!name || (name.length < 2 && !/^\s+\p{Ll}{2,}\s*[:=—–-]/u.test(text.slice(c.at + 1)))) continue;
      let after = text.slice(c.at + 1);
      const names = [name];
      // `main` (o `master` en repos viejos) is …: the other spelling is the next span, inside the parenthesis.
      const next = spans[k + 1];
      if (next && next.line === c.line && OTHER_CODE.test(text.slice(c.at + 1, next.at))) {
        const other = codeName(next.text);
        const close = text.indexOf(')', next.at);
        if (other && other !== name && close > 0) {
          names.push(other);
          after = text.slice(close + 1);
        }
      }
      // The sentence with its code put back: a card's answer or an edge's evidence that lost its subject
      // (`: solo lectura para tu usuario…` for `` `chmod 400`: solo lectura…``) reads as nothing.
      const occurrence = { noteId: note.id, line: section.startLine + c.line, sentence: tidy(withCode(text, spans, c.line).replace(/^[\s*_]+/, '')), section: index };
      if (COPULA.test(after)) {
        out.push({ names, source: 'definition', gloss: 'strong', occurrence });
        continue;
      }
      if (!at.line || valueOrPhrase(name)) continue;
      const says = SAYS.exec(after);
      if (!says || !TWO_WORDS.test((says[2] as string).slice(0, 80))) continue;
      // `` `A` record: name -> IPv4``: a lower-case noun between the code and the separator is part of the name.
      const noun = says[1];
      if (noun && (englishRole(noun) !== 'noun' || JOINING.has(noun))) continue;
      out.push({ names: noun ? [`${names[0] as string} ${noun}`, ...names.slice(1)] : names, source: 'definition', gloss: 'strong', occurrence });
    }
  });
  return out;
}
