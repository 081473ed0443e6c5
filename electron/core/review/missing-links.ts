import type { EvidenceDTO, GraphDTO, NoteId } from '../../contract';
import { noteNodeId } from '../graph/contribution';
import { shortHash, type DeckCard } from './deck';
import { drain, type Steps } from './steps';

export interface LinkTarget {
  /** The note the link is written into, and the line its mention sits on. */
  noteId: NoteId;
  line: number;
  /** The note the link points at, and how it may be written there (its title and aliases). */
  target: NoteId;
  names: string[];
}

/**
 * "Should these be linked?": a note that names a concept with a note of its own (a `mention` edge) but
 * does not link it. Answered yes, the first mention becomes a link.
 */
export function missingLinkCards(...args: Parameters<typeof missingLinkCardSteps>): (DeckCard & { link: LinkTarget })[] {
  return drain(missingLinkCardSteps(...args));
}

/** `missingLinkCards` an edge at a time (see steps.ts). */
export function* missingLinkCardSteps(
  graph: GraphDTO,
  evidence: (edgeId: string) => EvidenceDTO[],
  namesOf: (target: NoteId) => string[] | null,
  skip: ReadonlySet<NoteId>,
  lineOf: (noteId: NoteId, line: number) => string | undefined,
): Steps<(DeckCard & { link: LinkTarget })[]> {
  const linked = new Set<string>();
  for (const e of graph.edges) if (e.kind === 'link' || e.kind === 'embed') linked.add(`${e.source}\n${e.target}`);
  const labels = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const out: (DeckCard & { link: LinkTarget })[] = [];
  for (const e of graph.edges) {
    yield;
    if (e.kind !== 'mention' || !e.source.startsWith('note:') || !e.target.startsWith('note:')) continue;
    if (linked.has(`${e.source}\n${e.target}`)) continue;
    const from = e.source.slice(5);
    const target = e.target.slice(5);
    if (skip.has(from) || from === target) continue;
    const names = namesOf(target);
    const sentence = evidence(e.id).find((x) => x.noteId === from);
    if (!names || !sentence) continue;
    // Only where a link can be written: not a name inside code, a link or a file name (`ec2-study-notes`).
    const line = lineOf(from, sentence.line);
    if (line === undefined || !findMention(line, names)) continue;
    const text = sentence.text;
    // Two notes titled alike ("EC2 → EC2") are told apart by their paths.
    let [a, b] = [labels.get(e.source) ?? from, labels.get(e.target) ?? target];
    if (a === b) [a, b] = [from.replace(/\.md$/, ''), target.replace(/\.md$/, '')];
    out.push({
      id: `link:${shortHash(`${from}\n${target}`)}`,
      kind: 'missing-link',
      front: `${a} → ${b}`,
      nodeIds: [e.target, noteNodeId(from)],
      source: { noteId: from, line: sentence.line },
      link: { noteId: from, line: sentence.line, target, names },
      answer: () => text,
    });
  }
  return out;
}

/**
 * The first mention of any of the names on the line that could become a link: a whole word (a name joined
 * to a word, a path or a file name by `-`, `_`, `/` or `.` is part of it), outside code, links and URLs.
 */
export function findMention(line: string, names: readonly string[]): { index: number; length: number } | null {
  // Spans where a link would break something: code, wikilinks, Markdown links, URLs.
  const taken: [number, number][] = [];
  for (const m of line.matchAll(/`[^`]*`|\[\[[^\]]*\]\]|\[[^\]]*\]\([^)]*\)|https?:\/\/\S+/g)) taken.push([m.index, m.index + m[0].length]);
  let best: { index: number; length: number } | null = null;
  for (const name of [...new Set(names)].filter(Boolean).sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}_/.-])${escape(name)}(?![\\p{L}\\p{N}_/-]|\\.\\p{L})`, 'giu');
    for (const m of line.matchAll(re)) {
      const end = m.index + m[0].length;
      if (taken.some(([a, b]) => m.index < b && end > a)) continue;
      if (!best || m.index < best.index) best = { index: m.index, length: m[0].length };
      break;
    }
  }
  return best;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The note's text with the first unlinked mention on `line` (1-based) turned into a wikilink to `target`,
 * or null when the line no longer names it outside code and links. `[[Target|as written]]` keeps the
 * prose as it reads; a name that is the target's own file name becomes `[[name]]`.
 */
export function writeLink(text: string, link: LinkTarget, linkText: string): { text: string; line: string } | null {
  const lines = text.split('\n');
  const at = link.line - 1;
  const line = lines[at];
  if (line === undefined) return null;
  const best = findMention(line, link.names);
  if (!best) return null;
  const written = line.slice(best.index, best.index + best.length);
  const wiki = written === linkText ? `[[${written}]]` : `[[${linkText}|${written}]]`;
  const next = `${line.slice(0, best.index)}${wiki}${line.slice(best.index + best.length)}`;
  lines[at] = next;
  return { text: lines.join('\n'), line: next };
}
