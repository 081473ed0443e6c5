import type { ParsedNote } from '../markdown/types';
import type { SearchDoc } from './types';

/** What the search index needs of a parsed note. `concepts` are the labels of the concepts it mentions. */
export function toSearchDoc(note: ParsedNote, concepts: string[]): SearchDoc {
  return {
    id: note.id,
    title: note.title,
    aliases: note.aliases,
    headings: note.headings.map((h) => h.text),
    tags: note.tags.map((t) => t.tag),
    path: note.id,
    concepts,
    sections: note.sections.map((s) => ({ heading: s.heading, line: s.startLine, text: s.text, level: s.level })),
  };
}
