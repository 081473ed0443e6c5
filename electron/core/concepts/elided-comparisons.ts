import type { ParsedNote } from '../markdown/types';
import { foldTerm } from './fold';
import { SENTENCE_MAX } from './sentence';
import type { ConceptHit, ConceptKey, Occurrence } from './types';

type Push = (from: ConceptKey, to: ConceptKey, name: 'compared with', evidence: Occurrence) => void;

/**
 * Two concepts set against each other by the words that tell them apart, their shared part left unsaid:
 * `zombie vs orphan` (zombie process, orphan), `revert vs reset` (git revert, git reset), `OSI vs TCP/IP`
 * (OSI model, TCP/IP model), `generalization vs discrimination`. Each side is a concept the note names, or
 * the one concept of the note whose name it opens or ends, a word or two added. Lines without a concept on
 * them count too (a heading, a callout): one test per section finds the few that say `vs`.
 */
const ANY_VERSUS = /\b(?:vs\.?|versus)\s/i;
const SIDES = /(?:^|[^\p{L}\p{N}/+.-])([\p{L}][\p{L}\p{N}/+-]*(?:\.[\p{L}\p{N}]+)*)\s+(?:vs\.?|versus)\s+([\p{L}][\p{L}\p{N}/+-]*(?:\.[\p{L}\p{N}]+)*)/giu;
/** Words a side's name may gain: `zombie` is `zombie process`, not every longer name that opens with it. */
const MAX_ADDED_WORDS = 2;

export function elidedComparisons(note: ParsedNote, hits: readonly ConceptHit[], namesOf: (key: ConceptKey) => readonly (readonly string[])[], lookup: (text: string) => ConceptKey | undefined, push: Push): void {
  let keys: Set<ConceptKey> | null = null;
  let names: [ConceptKey, string, number][] | null = null;
  for (const [index, section] of note.sections.entries()) {
    if (!ANY_VERSUS.test(section.text)) continue;
    keys ??= new Set(hits.map((h) => h.key));
    const named = keys;
    const resolve = (side: string): { key: ConceptKey; added: string } | undefined => {
      const direct = lookup(side);
      if (direct !== undefined && named.has(direct)) return { key: direct, added: '' };
      const folded = foldTerm(side);
      if (!folded) return undefined;
      const size = folded.split(' ').length;
      names ??= [...named].flatMap((key) => namesOf(key).map((w) => [key, w.join(' '), w.length] as [ConceptKey, string, number]));
      let found: { key: ConceptKey; added: string } | undefined;
      for (const [key, name, length] of names) {
        if (length <= size || length > size + MAX_ADDED_WORDS) continue;
        const added = name.startsWith(`${folded} `) ? `+${name.slice(folded.length + 1)}` : name.endsWith(` ${folded}`) ? `${name.slice(0, -folded.length - 1)}+` : null;
        if (added === null || found?.key === key) continue;
        if (found) return undefined;
        found = { key, added };
      }
      return found;
    };
    const lines = section.text.split('\n');
    for (const [at, line] of lines.entries()) {
      if (!ANY_VERSUS.test(line)) continue;
      for (const m of line.matchAll(SIDES)) {
        const a = resolve(m[1] as string);
        const b = resolve(m[2] as string);
        if (!a || !b || a.key === b.key) continue;
        // Both sides shortened: by the same words (`git` + revert, `git` + reset; OSI + `model`, TCP/IP + `model`).
        if (a.added !== '' && b.added !== '' && a.added !== b.added) continue;
        if (a.added === '' && b.added === '') continue;
        const text = line.trim().replace(/\s+/g, ' ');
        push(a.key, b.key, 'compared with', { noteId: note.id, line: section.startLine + at, sentence: text.length > SENTENCE_MAX ? `${text.slice(0, SENTENCE_MAX)}…` : text, section: index });
      }
    }
  }
}
