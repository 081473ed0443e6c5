import { parentPort } from 'node:worker_threads';
import type { NoteId } from '../../contract';
import type { ParsedNote } from '../markdown/types';
import { ConceptDictionary } from './dictionary';
import { relationDictionaryOf } from './engine';
import { extractCandidates } from './extract';
import { ConceptMatcher } from './match';
import { unpackHits } from './packed';
import { typedRelations, type RelationDictionary } from './relations';
import type { HelperAnswer, HelperRequest } from './helper-messages';
import type { NoteCandidates } from './types';

/**
 * A helper thread of a cold build (see extract-pool.ts): it reads the concepts of the notes it is sent and
 * keeps them; once the vault's dictionary is made it matches those notes against it and reads their typed
 * relations. Notes in, candidates out; then note ids in, packed hits and relations out.
 */
const held = new Map<NoteId, { note: ParsedNote; candidates: NoteCandidates }>();
let matcher: ConceptMatcher | null = null;
let relations: RelationDictionary | null = null;

/**
 * What matching and typed relations read of a note, kept until it is matched: its sections, and its
 * definition candidates at their places (a hit names its definition by index). The note's body, links
 * and other candidates were a helper's heap twice over (~170 MB at 10k notes).
 */
function kept(note: ParsedNote, nc: NoteCandidates): { note: ParsedNote; candidates: NoteCandidates } {
  const definitions: NoteCandidates['candidates'] = new Array(nc.candidates.length);
  nc.candidates.forEach((c, i) => {
    if (c.source === 'definition') definitions[i] = c;
  });
  return { note: { ...note, body: '', links: [] }, candidates: { ...nc, candidates: definitions, acronyms: [], headingTokens: [] } };
}

function answer(request: HelperRequest): HelperAnswer {
  if (request.kind === 'extract') {
    const candidates = request.notes.map((note) => {
      const nc = extractCandidates(note);
      held.set(note.id, kept(note, nc));
      return nc;
    });
    return { kind: 'extracted', candidates };
  }
  if (request.kind === 'dictionary') {
    const dictionary = ConceptDictionary.fromState(request.state);
    matcher = new ConceptMatcher(dictionary);
    relations = relationDictionaryOf(dictionary);
    return { kind: 'ready' };
  }
  const hits = [];
  const typed = [];
  for (const id of request.ids) {
    const entry = held.get(id);
    if (!entry || !matcher || !relations) throw new Error(`note ${id} is not held here`);
    const packed = matcher.matchPacked(entry.note, entry.candidates);
    hits.push(packed);
    typed.push(typedRelations(entry.note, unpackHits(entry.note, () => entry.candidates, packed), relations));
    held.delete(id);
  }
  return { kind: 'matched', hits, relations: typed };
}

parentPort?.on('message', (request: HelperRequest) => {
  const reply = answer(request);
  // Packed hits are typed arrays of their own: moved to the build's thread, not copied.
  parentPort?.postMessage(reply, reply.kind === 'matched' ? reply.hits.map((h) => h.data.buffer as ArrayBuffer) : []);
});
