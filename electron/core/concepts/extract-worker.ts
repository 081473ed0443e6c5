import { parentPort } from 'node:worker_threads';
import type { NoteId } from '../../contract';
import { LinkResolver } from '../markdown/resolve';
import type { ParsedNote } from '../markdown/types';
import type { NoteContribution } from '../graph/contribution';
import { packContributions } from '../graph/contribution-codec';
import { buildContribution } from '../pipeline/contributions';
import { HeldConcepts, type HeldNote } from '../pipeline/held-concepts';
import { ConceptDictionary } from './dictionary';
import { relationDictionaryOf } from './relation-dictionary';
import { extractCandidates } from './extract';
import { namesDigest } from './names-digest';
import { wireCandidates } from './wire-candidates';
import { ConceptMatcher } from './match';
import { unpackHits } from './packed';
import { typedRelations, type RelationDictionary, type TypedRelation } from './relations';
import { HELPER_CLAIM, type HelperAnswer, type HelperRequest } from './helper-messages';
import type { NoteCandidates } from './types';

/**
 * A helper thread of a cold build (see extract-pool.ts). It reads the concepts of the notes it is sent and
 * keeps those notes; once the vault's dictionary is made it matches them against it and reads their typed
 * relations; once every note is matched it makes their graph parts. Notes in, candidates out; then note
 * ids in, packed hits and relations out; then graph parts.
 */
const held = new Map<NoteId, HeldNote & { relations?: TypedRelation[] }>();
let dictionary: ConceptDictionary | null = null;
let matcher: ConceptMatcher | null = null;
let relations: RelationDictionary | null = null;
let vault: { resolver: LinkResolver; concepts: HeldConcepts } | null = null;

/**
 * What matching, typed relations and the graph part read of a note's candidates: the definitions (a hit
 * names its definition by index) and the terms it puts forward, at their places. The rest were much of a
 * helper's heap.
 */
function kept(note: ParsedNote, nc: NoteCandidates): HeldNote {
  const some: NoteCandidates['candidates'] = new Array(nc.candidates.length);
  nc.candidates.forEach((c, i) => {
    if (c.source === 'definition' || c.source === 'term') some[i] = c;
  });
  return { note, candidates: { ...nc, candidates: some, acronyms: [], headingTokens: [] } };
}

function heldNote(id: NoteId): HeldNote & { relations?: TypedRelation[] } {
  const entry = held.get(id);
  if (!entry) throw new Error(`note ${id} is not held here`);
  return entry;
}

function answer(request: HelperRequest): HelperAnswer {
  switch (request.kind) {
    case 'extract': {
      const digests: (string | null)[] = [];
      // As JSON: the build's thread parses that several times faster than a structured clone of it.
      const candidates = request.notes.map((note, k) => {
        digests.push(null);
        if (Atomics.compareExchange(request.claims, k, 0, HELPER_CLAIM) !== 0) return null;
        const nc = extractCandidates(note);
        digests[k] = namesDigest(nc);
        held.set(note.id, kept(note, nc));
        return wireCandidates(nc);
      });
      return { kind: 'extracted', candidates, digests };
    }
    case 'dictionary':
      dictionary = ConceptDictionary.fromState(request.state);
      matcher = new ConceptMatcher(dictionary);
      relations = relationDictionaryOf(dictionary);
      return { kind: 'ready' };
    case 'match': {
      if (!matcher || !relations) throw new Error('no dictionary yet');
      const hits = [];
      const typed = [];
      for (const id of request.ids) {
        const entry = heldNote(id);
        const packed = matcher.matchPacked(entry.note, entry.candidates);
        entry.packed = packed;
        entry.relations = typedRelations(entry.note, unpackHits(entry.note, () => entry.candidates, packed), relations);
        hits.push(packed);
        typed.push(entry.relations);
      }
      return { kind: 'matched', hits, relations: typed };
    }
    case 'vault':
      if (!dictionary || !relations) throw new Error('no dictionary yet');
      vault = { resolver: new LinkResolver(request.ids), concepts: new HeldConcepts(dictionary, relations, new Map(request.counts), held) };
      return { kind: 'ready' };
    case 'contribute': {
      if (!vault) throw new Error('no vault yet');
      const { resolver, concepts } = vault;
      const parts: NoteContribution[] = [];
      const none: number[] = [];
      request.ids.forEach((id, k) => {
        const entry = heldNote(id);
        // Matched by the build's thread: its typed relations are read here, with the graph part.
        const hits = request.hits[k];
        if (hits) entry.packed = hits;
        const part = buildContribution({ parsed: entry.note }, resolver, concepts, () => entry.note.body, entry.relations);
        held.delete(id);
        if (part) parts.push(part);
        else none.push(k);
      });
      return { kind: 'contributed', parts: packContributions(parts), none };
    }
  }
}

/**
 * Packed graph parts are typed arrays of their own, let go here once sent: moved to the build's thread, not
 * copied. (Packed hits are kept for the graph parts, so they are copied.)
 */
function transferable(reply: HelperAnswer): ArrayBuffer[] {
  if (reply.kind === 'contributed') return [reply.parts.data.buffer, reply.parts.weights.buffer, reply.parts.pairs.buffer] as ArrayBuffer[];
  return [];
}

parentPort?.on('message', (request: HelperRequest) => {
  const reply = answer(request);
  parentPort?.postMessage(reply, transferable(reply));
});
