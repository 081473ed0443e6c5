import type { NoteId } from '../../contract';
import type { LinkResolver } from './resolve';
import type { ParsedNote, RawLink } from './types';

export interface ResolvedLink extends RawLink {
  /** The note or attachment the link names; null when it is missing. Same-note links resolve to the note. */
  resolved: NoteId | null;
}

export function resolveLinks(note: ParsedNote, resolver: LinkResolver): ResolvedLink[] {
  return note.links.map((link) => ({ ...link, resolved: resolver.resolve(note.id, link.target, link.kind) }));
}

/**
 * Links whose file does not exist. A missing heading or block inside an existing note does not make a link
 * broken (Obsidian shows those as working links too).
 */
export function brokenLinks(note: ParsedNote, resolver: LinkResolver): RawLink[] {
  return note.links.filter((link) => link.target !== '' && resolver.resolve(note.id, link.target, link.kind) === null);
}
