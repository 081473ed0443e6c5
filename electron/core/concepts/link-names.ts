import { hasNonNoteExtension } from '../markdown/inline';
import type { ParsedNote } from '../markdown/types';
import { memoised } from './memo';
import type { ConceptCandidate } from './types';

/*
 * A `[[page]]` is a name the person chose: in Logseq every page is written this way before (or without)
 * being filled in, and in Obsidian a link to a note not yet written is the note's name waiting. Its target
 * names a concept as a note's title does; the graph sends the link to that concept (contributions.ts)
 * when no note holds it. A link to a note that exists names what that note's title names, so nothing is
 * lost by reading every link's target.
 */

/** Longest link target read as a name: past this it is a sentence (`[[Why I keep notes in plain text and not …]]`). */
const MAX_WORDS = 8;
const MAX_CHARS = 80;
/**
 * A note linking more pages than this is a list of them (an export's index, a generated dump), not prose
 * naming its ideas: its links stay links to missing notes. A page of 100,000 links, each a concept, took
 * 600 MB to index.
 */
export const MAX_LINKED_PAGES = 1000;

/**
 * `[[Nov 2nd, 2026]]`, `[[2026-11-02]]`, `[[Monday, 02.11.2026]]`, `[[2 de noviembre de 2026]]`: a journal
 * page, named by its date. Read by shape: a year, a day, and at most three words (month, weekday, `de`).
 */
export function journalDate(target: string): boolean {
  const tokens = target.split(/[\s,./_-]+/).filter(Boolean);
  if (tokens.length < 2 || tokens.length > 6) return false;
  let year = 0;
  let numbers = 0;
  let words = 0;
  for (const t of tokens) {
    if (/^(?:19|20)\d\d$/.test(t)) year++;
    else if (/^\d{1,2}(?:st|nd|rd|th|º|ª)?$/i.test(t)) numbers++;
    else if (/^\p{L}+$/u.test(t)) words++;
    else return false;
  }
  return year === 1 && numbers >= 1 && (words > 0 || numbers === 2) && words <= 3;
}

/**
 * The page a link target names: its last part (`PHYS 2210/Thermodynamics`, Logseq's namespaced page, and
 * `aws/EC2`, a path, both name their last part), or null when it names no concept: an attachment, a date,
 * a sentence, nothing but digits.
 */
export const linkedPage = memoised(readLinkedPage);

function readLinkedPage(target: string): string | null {
  if (hasNonNoteExtension(target)) return null;
  const path = target.replace(/\.md$/i, '').replace(/\/+$/, '');
  const name = path.slice(path.lastIndexOf('/') + 1).replace(/\s+/g, ' ').trim();
  if (!name || !/\p{L}/u.test(name) || name.length > MAX_CHARS || name.split(' ').length > MAX_WORDS) return null;
  if (journalDate(name) || journalDate(path)) return null;
  return name;
}

/**
 * One candidate for each page the note's prose links to (each written spelling once), named as a note
 * of that name would be (`pageNames`). Embeds, links in a property's value (`course:: [[PHYS 2210]]`, see
 * RawLink.meta) and links to a place in this very note name nothing.
 */
export function linkCandidates(note: ParsedNote, pageNames: (name: string) => readonly string[], sectionOf: (line: number) => number): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  const seen = new Set<string>();
  for (const link of note.links) {
    if (link.meta || link.embed || link.kind !== 'wiki' || link.target === '') continue;
    const page = linkedPage(link.target);
    if (page === null || seen.has(page)) continue;
    seen.add(page);
    // A copy: a remembered `pageNames` answers every note that links the same page with one list.
    const names = pageNames(page).slice();
    if (names.length === 0) continue;
    // The name as written comes first: it labels the concept, so a note made under the label is the one the link finds.
    if (names.includes(page) && names[0] !== page) {
      names.splice(names.indexOf(page), 1);
      names.unshift(page);
    }
    out.push({ names, source: 'link', occurrence: { noteId: note.id, line: link.line, sentence: page, section: sectionOf(link.line) } });
    if (out.length > MAX_LINKED_PAGES) return [];
  }
  return out;
}
