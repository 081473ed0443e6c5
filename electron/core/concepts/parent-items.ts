import type { ParsedNote } from '../markdown/types';
import { plain } from './fold';
import { isStopword } from './folded-lists';
import type { Line } from './prose-lines';
import { englishText } from './prose-language';
import { imperative } from './phrase-openers';
import { nounPhrase } from './repeated-phrases';
import { tidy } from './sentence';
import type { ConceptCandidate } from './types';

/**
 * An outline's inner headings: a list item that is only a noun phrase and has items nested under it
 * (`- scaling policies` over `  - target tracking → …`, `- Standard queue` over `  - nearly unlimited
 * throughput`) names the thing its children describe, as a heading names its section. Items that are
 * sentences, labels or one everyday word stay out (`- actions`, `- two queue types`, `- cuando creas la
 * cuenta`). The layout of notes, not any vault's words.
 */

/** Longest parent item read, in words. */
const MAX_WORDS = 4;
/** What decorates an item without being part of its name: emphasis, code marks, emoji and other symbols. */
const DECORATION = /[*_`~]+|\p{Extended_Pictographic}|[\u2190-\u21ff\u2600-\u27bf]|\ufe0f|\u200d/gu;
const NAME = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*(?: [\p{L}\p{N}][\p{L}\p{N}'’-]*){0,3}$/u;
const KINDS_OF = /^(?:tipos?|clases?|familias?|types?|kinds?|classes)\s+(?:de|of)\s+/iu;
const OF_KINDS = /\s+(?:types?|kinds?|classes|families|tipos?)$/iu;
const SHAPED = /\p{Lu}.*\p{Lu}|\d|\p{Ll}\p{Lu}/u;

export function parentItems(note: ParsedNote, lines: readonly Line[], english: boolean, termName: (raw: string) => string | null): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  let section = -1;
  /** Indent of each line of the section's text that is a list item, else -1. */
  let indents: number[] = [];
  for (const l of lines) {
    if (l.section !== section) {
      section = l.section;
      const s = note.sections[section];
      indents = [];
      for (const i of s?.listItems ?? []) indents[i.line] = i.indent;
    }
    if (indents.length === 0) continue;
    const s = note.sections[section];
    if (!s) continue;
    const at = l.line - s.startLine;
    const indent = indents[at];
    if (indent === undefined) continue;
    // The next item, past blank or continuation lines, sits deeper: this one has children.
    let next = -1;
    for (let k = at + 1; k < indents.length && next < 0; k++) if (indents[k] !== undefined) next = indents[k] as number;
    if (next <= indent) continue;
    // `subscription types` over its kinds names their category, as a `types:` line does (introName).
    const name = l.text.replace(DECORATION, ' ').replace(/\s+/g, ' ').replace(/[\s:.,;!?]+$/u, '').trim()
      .replace(KINDS_OF, '').replace(OF_KINDS, '');
    if (!NAME.test(name)) continue;
    const words = name.split(' ');
    if (words.length > MAX_WORDS || (words.length === 1 && !SHAPED.test(name))) continue;
    if (words.some((w) => isStopword(w) && plain(w) !== 'de' && plain(w) !== 'of')) continue;
    // `- Run the installer` over its steps: a task, not a thing.
    if (imperative((words[0] as string).toLowerCase())) continue;
    const term = termName(name);
    if (!term || term !== name) continue;
    // The layout shows a noun phrase, as an article would (`the routing table`): read it so.
    if (!nounPhrase(words, englishText(name) ?? english, 'determined')) continue;
    out.push({ names: [term], source: 'term', occurrence: { noteId: note.id, line: l.line, sentence: tidy(l.text), section: l.section } });
  }
  return out;
}
