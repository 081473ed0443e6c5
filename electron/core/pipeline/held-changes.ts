import type { NoteId } from '../../contract';
import type { ConceptUpdate, UpdatePace } from '../concepts/engine';
import { conceptNodeId, noteNodeId } from '../graph/contribution';
import { nameKey } from '../markdown/resolve';
import type { ParsedNote } from '../markdown/types';
import { isNoteId } from '../vault/vault-fs';
import { conceptShapes, type ConceptShape } from './concept-shapes';
import type { IndexState } from './index-state';
import type { ChangeResult } from './index-types';
import { RARE_BELOW_NOTES } from './mention-targets';
import { folderOf, withoutText, type NoteRecord, type ReadRecord } from './note-record';
import { parsedOf } from './read-all';

/** Graph parts or search entries a catch-up makes between two turns: ~30–60 ms of work at 10k notes. */
const CATCH_UP_SLICE = 50;

/**
 * A rename as the index takes it (see `applyMove`): files moved, old id → new id, and the notes whose only
 * change is links rewritten to follow them.
 */
export interface MoveApply {
  moves: ReadonlyMap<NoteId, NoteId>;
  rewritten: ReadonlySet<NoteId>;
}

interface HeldMove {
  /** Graph node ids of moved notes, old → new. */
  nodes: ReadonlyMap<string, string>;
  /** Notes left with their old concepts and graph part, re-pointed rather than made again. */
  keep: ReadonlySet<NoteId>;
  /** The removed ids the concept engine must forget (moved notes it keeps under their new ids). */
  forEngine: NoteId[];
  /** Moved notes whose graph part moves with them (old id → new), made again by the catch-up. */
  carried: ReadonlyMap<NoteId, NoteId>;
}

/** The notes and graph parts `catchUpConcepts` takes in, giving a turn every CATCH_UP_SLICE made. */
export function catchUpSteps(index: IndexState): Generator<void, ChangeResult> {
  const parsed: ParsedNote[] = [];
  for (const id of index.pendingText) {
    const note = index.records.get(id)?.parsed ? index.texts.get(id) : undefined;
    if (note) parsed.push(note);
  }
  const parts = [...index.pendingParts];
  index.pendingText.clear();
  index.pendingParts.clear();
  const records = parsed.map((note) => index.records.get(note.id) as NoteRecord);
  return heldSteps(index, records, parsed, [], 'catch-up', parts, undefined, CATCH_UP_SLICE);
}

/**
 * A rename's files at once. The moved notes are taken in under their new ids: the concept engine keeps what
 * it knew of each (`moveNotes`), the graph keeps each one's part and re-keys every edge and part that named
 * it (GraphModel.moveNotes), and the catch-up makes their parts again. The notes whose links were rewritten get
 * their records now (so links, backlinks and the resolver follow at once) and their graph part re-pointed
 * so; their concepts, graph part and search entry are made from their new text by `catchUpConcepts`, as is
 * any change of concept names (a file name is one). Renaming a note linked from 500 in a 10k vault
 * re-made most of the vault before (~40 s); the catch-up does that work after the rename has answered.
 */
export function applyMove(index: IndexState, changed: ReadRecord[], removed: NoteId[], move: MoveApply): ChangeResult {
  const movedTo = new Set(move.moves.values());
  const linkOnly = changed.filter((record) => move.rewritten.has(record.entry.id) && !movedTo.has(record.entry.id) && index.records.has(record.entry.id));
  const whole = changed.filter((record) => !linkOnly.includes(record));
  for (const record of linkOnly) {
    const id = record.entry.id;
    index.linkSources.index(index.records.get(id) as NoteRecord, false);
    index.records.set(id, withoutText(record));
    index.linkSources.index(record, true);
    index.pendingText.add(id);
  }
  const moves = new Map([...move.moves].filter(([from]) => removed.includes(from)));
  index.concepts.moveNotes(moves);
  const nodes = new Map([...moves].filter(([from]) => isNoteId(from)).map(([from, to]) => [noteNodeId(from), noteNodeId(to)]));
  const keep = new Set(linkOnly.map((record) => record.entry.id));
  // The moved notes keep their graph part under the new id (made again by the catch-up); their text (a
  // file name is a name) is read for concepts now, its names waiting for the catch-up like the rewrites'.
  const wholeIds = new Set(whole.map((record) => record.entry.id));
  const carried = new Map([...moves].filter(([from, to]) => isNoteId(from) && wholeIds.has(to)));
  for (const id of carried.values()) index.pendingParts.add(id);
  const result = applyHeld(index, whole.map(withoutText), parsedOf(whole), removed, 'defer-names', [], { nodes, keep, forEngine: removed.filter((id) => !moves.has(id)), carried });
  return { ...result, changed: [...result.changed, ...keep] };
}

/** `applyRecords` with the changed notes' text held in `texts` (`parsed` is it) and `changed` without it. */
export function applyHeld(index: IndexState, changed: NoteRecord[], parsed: ParsedNote[], removed: NoteId[], pace: UpdatePace = 'defer-prose', parts: NoteId[] = [], moved?: HeldMove): ChangeResult {
  return drain(heldSteps(index, changed, parsed, removed, pace, parts, moved, Infinity));
}

/** `applyHeld`, yielding after every `slice` graph parts or search entries it makes (see `catchUpInTurns`). */
function* heldSteps(index: IndexState, changed: NoteRecord[], parsed: ParsedNote[], removed: NoteId[], pace: UpdatePace, parts: NoteId[], moved: HeldMove | undefined, slice: number): Generator<void, ChangeResult> {
  const affected = new Set<NoteId>(parts.filter((id) => index.records.has(id)));
  const renamedBasenames = new Set<string>();
  for (const id of removed) {
    const old = index.records.get(id);
    if (!old) continue;
    index.linkSources.index(old, false);
    index.records.delete(id);
    index.resolver.remove(id);
    renamedBasenames.add(nameKey(id));
    index.search.remove(id);
    if (!moved?.carried.has(id)) index.graph.setNote(id, null);
  }
  for (const record of changed) {
    const id = record.entry.id;
    const old = index.records.get(id);
    if (old) index.linkSources.index(old, false);
    else {
      index.resolver.add(id);
      renamedBasenames.add(nameKey(id));
    }
    index.records.set(id, record);
    index.linkSources.index(record, true);
    affected.add(id);
  }
  // A new or deleted file can change what other notes' links resolve to.
  for (const base of renamedBasenames) for (const source of index.linkSources.of(base) ?? []) if (!moved?.keep.has(source)) affected.add(source);

  // The search index holds every other note's words as they are: it tells which notes a new name can reach.
  const update = index.concepts.update(parsed, moved?.forEngine ?? removed, (key) => index.search.notesHolding(key), pace);
  const { dictionaryChanged: namesChanged, rebuilt } = update;
  // Labels, owner notes and sources are not in the dictionary's signature, yet the graph shows them.
  // They come from the dictionary alone: when it was not made again, they are as they were.
  const shapes = rebuilt ? conceptShapes(index.concepts) : index.shapes;
  const relabelled = rebuilt ? [...shapes].filter(([key, shape]) => index.shapes.get(key)?.label !== shape.label).map(([key]) => key) : [];
  const shapeChanged = rebuilt && (shapes.size !== index.shapes.size || [...shapes].some(([key, shape]) => index.shapes.get(key)?.sig !== shape.sig));
  const shapesBefore = index.shapes;
  index.shapes = shapes;
  const dictionaryChanged = namesChanged || shapeChanged;
  if (!dictionaryChanged) for (const key of crossedLine(index, update)) for (const id of index.concepts.notesOf(key)) affected.add(id);
  let rebuild = dictionaryChanged ? [...reachedBy(index, update, shapesBefore, shapes, affected)] : [...affected];
  // Their engine state is still their old text's (see applyMove): they are re-pointed below instead.
  if (moved) {
    const carriedTo = new Set(moved.carried.values());
    rebuild = rebuild.filter((id) => !moved.keep.has(id) && !carriedTo.has(id));
  }
  // Moved nodes get their new ids in every part first, those remade below included: the graph keeps its
  // edges and co-occurrence sums under the new ids (GraphModel.moveNotes), or, when it cannot, the parts
  // are re-pointed note by note and the moved notes' parts made again (GraphModel.remapNodes).
  if (moved && moved.nodes.size > 0) {
    const remade = new Set(rebuild);
    let repointed = index.graph.moveNotes(moved.carried);
    if (repointed) {
      for (const id of moved.carried.values()) {
        const title = index.records.get(id)?.parsed?.title;
        if (title !== undefined) index.graph.describeNote(id, title, folderOf(id));
      }
    } else {
      for (const [from, to] of moved.carried) {
        index.graph.setNote(from, null);
        rebuild.push(to);
      }
      repointed = index.graph.remapNodes(moved.nodes, new Set());
    }
    for (const id of repointed) if (!remade.has(id)) index.pendingParts.add(id);
  }
  let made = 0;
  for (const id of rebuild) {
    const record = index.records.get(id);
    if (record) index.graph.setNote(id, index.contribution(record));
    if (++made % slice === 0) yield;
  }
  for (const key of relabelled) {
    const shape = shapes.get(key);
    if (shape) index.graph.relabel(conceptNodeId(key), shape.label);
  }
  const edited = new Set(changed);
  // A note's concept names change only with its hits or a label: both put it among those remade above.
  for (const id of dictionaryChanged ? rebuild : affected) {
    const record = index.records.get(id);
    // A note whose text did not change is indexed again only if the concepts it names did.
    if (record && (dictionaryChanged || edited.has(record))) index.upsertSearch(record, !edited.has(record));
    if (++made % slice === 0) yield;
  }
  if (dictionaryChanged) index.concepts.releaseHits();
  return { changed: changed.map((record) => record.entry.id), removed, delta: index.graph.flush() };
}

/**
 * The notes whose graph part a change of dictionary can change: the notes changed or re-resolved, the
 * notes matched again, the notes naming a concept whose label, owner or sources changed and those
 * owners, the notes naming a concept that crossed the three-note line, and the notes titled or headed by
 * any such concept. Every note when the engine matched every note again. (Remaking all 10k parts cost
 * ~3.4 s, re-reading their text.)
 */
function reachedBy(index: IndexState, update: ConceptUpdate, before: Map<string, ConceptShape>, shapes: Map<string, ConceptShape>, affected: Set<NoteId>): Iterable<NoteId> {
  if (update.reach === null) return index.records.keys();
  const out = new Set([...affected, ...update.reach]);
  /** Concepts whose node changed: label, owner or sources, or a heading-only one crossing the line. */
  const moved = new Set<string>();
  for (const key of new Set([...shapes.keys(), ...before.keys()])) {
    const was = before.get(key);
    const now = shapes.get(key);
    if (was?.sig === now?.sig) continue;
    moved.add(key);
    if (was?.noteId) out.add(was.noteId);
    if (now?.noteId) out.add(now.noteId);
  }
  for (const key of crossedLine(index, update)) moved.add(key);
  if (moved.size === 0) return out;
  for (const key of moved) for (const id of index.concepts.notesOf(key)) out.add(id);
  // A note titled or headed by such a concept uses its node too (what the note is about, its sections).
  for (const id of mayBeNamedBy(index, moved)) {
    const record = index.records.get(id);
    if (out.has(id) || !record?.parsed) continue;
    const names = [record.parsed.title, ...record.parsed.headings.map((h) => h.text)];
    if (names.some((name) => moved.has(index.concepts.lookup(name) ?? ''))) out.add(id);
  }
  return out;
}

/**
 * The notes that may hold a name of these concepts in their title or headings: those holding the name's
 * rarest word, by the search index (every note when a word cannot be looked up). Folding every title and
 * heading of 10k notes cost ~90 ms per new or deleted note.
 */
function mayBeNamedBy(index: IndexState, keys: ReadonlySet<string>): Iterable<NoteId> {
  const out = new Set<NoteId>();
  for (const key of keys) {
    for (const name of index.concepts.namesOf(key)) {
      let fewest: Set<NoteId> | null = null;
      for (const word of new Set(name.split(' '))) {
        const holders = index.search.notesHolding(word);
        if (holders && (!fewest || holders.size < fewest.size)) fewest = holders;
      }
      if (!fewest) return index.records.keys();
      for (const id of fewest) out.add(id);
    }
  }
  return out;
}

/**
 * Concepts whose note count crossed RARE_BELOW_NOTES in this update. Every note naming a rare concept
 * keeps it (mention-targets.ts): crossing that line changes the edges of every note that uses it, not
 * only of the notes that changed.
 */
function* crossedLine(index: IndexState, update: ConceptUpdate): Generator<string> {
  for (const [key, delta] of update.keyDelta) {
    const after = index.concepts.noteCount(key);
    if (after - delta >= RARE_BELOW_NOTES !== after >= RARE_BELOW_NOTES) yield key;
  }
}

/** Runs steps that could yield to the event loop in one piece. */
export function drain<T>(steps: Generator<void, T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}
