import { plain } from './fold';
import { introducedMembers } from './listed-members';
import type { Outline, OutlineLine } from './outline';
import { SENTENCE_MAX } from './sentence';
import type { ConceptHit, ConceptKey, Occurrence } from './types';

type Push = (from: ConceptKey, to: ConceptKey, name: 'is a kind of' | 'part of', evidence: Occurrence) => void;

/**
 * What a term's own line lists after its colon (`**IPC** — inter-process communication: pipes, message
 * passing, shared memory, sockets`, `**Coffman conditions** — all 4 must hold: mutual exclusion, hold and
 * wait, …`): each member is part of the term, or a kind of it when the two names share their last word. The
 * line is the evidence. (A lead with a kinds noun, `tipos: …`, is outline-relations.ts's inlineKinds.)
 */
export function introducedRelations(outline: Outline, hits: readonly ConceptHit[], sharesLastWord: (a: ConceptKey, b: ConceptKey) => boolean, push: Push): void {
  const done = new Set<number>();
  const sections = outline.note.sections;
  for (const h of hits) {
    const { line: at, section: s } = h.occurrence;
    if (done.has(at)) continue;
    done.add(at);
    const section = sections[s];
    if (!section) continue;
    const index = at - section.startLine;
    const line = outline.linesOf(s)[index] as OutlineLine | undefined;
    if (!line || !line.text.includes(': ') || !line.text.includes(',')) continue;
    const head = outline.head(s, index);
    if (!head) continue;
    const members = introducedMembers(line.text);
    if (members.length === 0) continue;
    const colon = line.lower.lastIndexOf(': ');
    const evidence = { ...head.hit.occurrence, sentence: cut(line.text) };
    for (const other of outline.hitsOn(s, index)) {
      if (other.key === head.key) continue;
      const span = outline.spanOf(other.key, line.lower, colon + 2);
      if (!span) continue;
      const written = line.lower.slice(span[0], span[1]);
      // Only a concept that is a whole member, not a word inside one.
      if (!members.some((m) => sameMember(m, written))) continue;
      push(other.key, head.key, sharesLastWord(other.key, head.key) ? 'is a kind of' : 'part of', evidence);
    }
  }
}

function sameMember(member: string, written: string): boolean {
  return plain(member) === written;
}

function cut(text: string): string {
  const t = text.trim().replace(/\*\*/g, '').replace(/\s+/g, ' ');
  return t.length > SENTENCE_MAX ? `${t.slice(0, SENTENCE_MAX)}…` : t;
}
