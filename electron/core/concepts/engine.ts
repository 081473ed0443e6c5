import type { NoteId } from '../../contract';
import type { ParsedNote } from '../markdown/types';
import { ConceptDictionary, recurringAcronyms } from './dictionary';
import { DictionaryInputs } from './dictionary-inputs';
import { candidatesJson, parseCandidates } from './candidates-json';
import { extractCandidates } from './extract';
import { ConceptMatcher } from './match';
import { HIT_WIDTH, unpackHits } from './packed';
import type { ConceptUpdate, ExtractedNotes, MatchElsewhere, UpdatePace } from './concept-update';
import { dictionaryReach, type NoteFinder } from './dictionary-reach';
import { hasMention, introducedKeys, packedSections, type HitSections } from './hit-sections';
import { namesDigest, sameAcronyms } from './names-digest';
import { definingCandidates, packTable, unpackTable } from './packed-state';
import { mergePairs, relatedInNote } from './related';
import { relationDictionaryOf } from './relation-dictionary';
import type { RelationDictionary } from './relations';
import type {
  Concept,
  ConceptEngineState,
  ConceptHit,
  ConceptKey,
  NoteCandidates,
  NoteConceptState,
  NoteSource,
  Occurrence,
  PackedHits,
  RelatedPair,
} from './types';
import { nextTurn } from '../turn';

export type { ConceptEngineState, NoteConceptState } from './types';
export type { ConceptUpdate, ExtractedNotes, MatchElsewhere, UpdatePace } from './concept-update';
export type { NoteFinder } from './dictionary-reach';
export type { HitSections } from './hit-sections';

/** A concept without its definitions (see `ConceptEngine.conceptInfo`). */
export type ConceptInfo = Omit<Concept, 'definitions'>;

/**
 * Version of the extraction and matching rules. A saved ConceptEngineState from another version is
 * refused by `fromState`: its candidates and hits were made by other rules. Bump it with any change to
 * extract.ts, definitions.ts, fold.ts, stoplists.ts, dictionary.ts or match.ts that changes results
 * (`pipeline/cache-version.test.ts` fails until it is, with CACHE_VERSION).
 */
export const CONCEPT_STATE_VERSION = 50;

export interface ConceptRank {
  concept: Concept;
  /** Notes that mention or define it. */
  notes: number;
  mentions: number;
}

/**
 * Concepts of a whole vault, kept up to date one note at a time. A changed note is re-extracted and
 * re-matched; all notes are re-matched only when the dictionary's names change.
 */
export class ConceptEngine {
  /** The notes' text, unless a `source` gives it back on demand. */
  private readonly notes = new Map<NoteId, ParsedNote>();
  /** Every known note; null while its candidates are only in `candidateJson` (after a restore). */
  private readonly candidates = new Map<NoteId, NoteCandidates | null>();
  /** Names read from prose changed since the dictionary was made (see `UpdatePace`). */
  private stale = false;

  /** Whether names read from prose wait for a `catch-up` update. */
  get namesWaiting(): boolean {
    return this.stale;
  }
  /** Candidates as JSON, as a saved state holds them; made at the first export, dropped on change. */
  private readonly candidateJson = new Map<NoteId, string>();
  private readonly digests = new Map<NoteId, string>();
  /** Every note's hits, packed (see packed.ts): what a saved state holds. */
  private readonly packed = new Map<NoteId, PackedHits>();
  /** Hits as objects, for notes matched in this run or unpacked since a restore. */
  private readonly hits = new Map<NoteId, ConceptHit[]>();
  private readonly pairs = new Map<NoteId, Map<string, RelatedPair>>();
  private readonly notesByKey = new Map<ConceptKey, Set<NoteId>>();
  private dictionary = new ConceptDictionary([]);
  /** Built on first use: a warm start that finds nothing changed never needs it. */
  private matcherCache: ConceptMatcher | null = null;
  private readonly conceptCache = new Map<ConceptKey, Concept>();
  /** Notes whose hits define each concept (a candidate of theirs names it). */
  private readonly definers = new Map<ConceptKey, Set<NoteId>>();
  /**
   * What the dictionary is made from, kept up to date note by note (see dictionary-inputs.ts): known once
   * the dictionary was built here, not after a restore until a change needs it.
   */
  private inputs: DictionaryInputs | null = null;

  /** With a source, the engine keeps no note's text: it asks the source when it needs it again. */
  constructor(private readonly source: NoteSource | null = null) {}

  private noteOf(id: NoteId): ParsedNote | undefined {
    return this.source ? this.source.get(id) : this.notes.get(id);
  }

  private get matcher(): ConceptMatcher {
    this.matcherCache ??= new ConceptMatcher(this.dictionary);
    return this.matcherCache;
  }

  /**
   * Everything the engine knows as plain data (see ConceptEngineState). It shares arrays with the engine:
   * serialise or clone it before the next update() if it must outlive the engine's current state.
   */
  exportState(): ConceptEngineState {
    const ids = [...this.candidates.keys()];
    const { keys, hits, spans } = packTable(ids, this.packed);
    const notes: NoteConceptState[] = ids.map((noteId, i) => {
      let candidates = this.candidateJson.get(noteId);
      if (candidates === undefined) {
        candidates = candidatesJson(this.candidates.get(noteId) as NoteCandidates);
        this.candidateJson.set(noteId, candidates);
        // Kept as JSON from now on, as after a restore: both forms for every note cost ~40 MB at 10k notes.
        this.candidates.set(noteId, null);
      }
      const [hitsFrom, hitsTo] = spans[i] as [number, number];
      return { noteId, candidates, digest: this.digests.get(noteId) ?? '', hitsFrom, hitsTo };
    });
    return {
      version: CONCEPT_STATE_VERSION,
      signature: this.dictionary.signature,
      dictionary: this.dictionary.exportState(),
      keys,
      hits,
      notes,
    };
  }

  /** A note's candidates, parsed from the saved state on first use after a restore. */
  private candidatesOf(id: NoteId): NoteCandidates | undefined {
    const nc = this.candidates.get(id);
    if (nc !== null) return nc;
    // The saved JSON leaves out the note's own id, which every occurrence carries.
    const parsed = parseCandidates(id, this.candidateJson.get(id) ?? 'null');
    if (!parsed) return undefined;
    this.candidates.set(id, parsed);
    return parsed;
  }

  /**
   * An engine as it was when `state` was exported, without extracting or matching any note again. `notes`
   * are the vault's notes (without a `source`, their ParsedNotes are kept for later re-matching); a note
   * of the state missing from it is treated as removed. Then call `update(changed, removed)` for what
   * changed on disk since. Throws when the state was written by other extraction rules
   * (CONCEPT_STATE_VERSION): rebuild then.
   */
  static fromState(state: ConceptEngineState, notes: NoteSource, source: NoteSource | null = null): ConceptEngine {
    if (state.version !== CONCEPT_STATE_VERSION) {
      throw new Error(`concept state version ${state.version}, expected ${CONCEPT_STATE_VERSION}`);
    }
    if (state.signature !== state.dictionary.signature) throw new Error('concept state: signature mismatch');
    const e = new ConceptEngine(source);
    e.dictionary = ConceptDictionary.fromState(state.dictionary);
    const missing: NoteId[] = [];
    for (const n of state.notes) {
      e.candidates.set(n.noteId, null);
      e.candidateJson.set(n.noteId, n.candidates);
      e.digests.set(n.noteId, n.digest);
      const packed = unpackTable(state, n.hitsFrom, n.hitsTo);
      e.packed.set(n.noteId, packed);
      e.indexHits(n.noteId, packed);
      if (!notes.has(n.noteId)) missing.push(n.noteId);
      else if (!source) e.notes.set(n.noteId, notes.get(n.noteId) as ParsedNote);
    }
    if (missing.length > 0) e.update([], missing);
    return e;
  }

  /**
   * Applies changed and removed notes (see ConceptUpdate). When names → keys change, the notes the change
   * can reach are matched again: found through `finder` (an index of the notes' words), or all of them.
   */
  update(changed: readonly ParsedNote[], removed: readonly NoteId[], finder?: NoteFinder, pace: UpdatePace = 'now'): ConceptUpdate {
    const steps = this.steps(changed, removed, finder, Infinity, undefined, pace);
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
  }

  /**
   * `update`, giving the event loop a turn every `slice` notes read or matched: a first build of 10k notes
   * is ~4 s of it, and the worker answers the window from the opening snapshot meanwhile.
   */
  async updateInTurns(
    changed: readonly ParsedNote[],
    removed: readonly NoteId[],
    slice = 500,
    onTurn: (done: number, total: number) => void = () => {},
    extracted?: ExtractedNotes,
    matchElsewhere?: MatchElsewhere,
  ): Promise<ConceptUpdate> {
    const steps = this.steps(changed, removed, undefined, slice, extracted, 'now', matchElsewhere !== undefined);
    // Each changed note is read once, and matched once when the dictionary did not change under the rest.
    const total = 2 * changed.length;
    try {
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) return step.value;
        if (step.value === MATCH_ELSEWHERE && matchElsewhere) {
          this.prematched = await matchElsewhere(this.dictionary, (note) => this.matcher.matchPacked(note, this.candidatesOf(note.id)));
          continue;
        }
        onTurn(Math.min(step.value, total), total);
        await nextTurn();
      }
    } finally {
      this.prematched = null;
    }
  }

  /** Hits matched by other threads for the update under way (see `MatchElsewhere`). */
  private prematched: ReadonlyMap<NoteId, PackedHits> | null = null;

  /** The update, yielding how many notes it has read and matched after every `slice` of them. */
  private *steps(
    changed: readonly ParsedNote[],
    removed: readonly NoteId[],
    finder: NoteFinder | undefined,
    slice: number,
    /** Candidates already read (extract-pool.ts), by note. */
    extracted?: ExtractedNotes,
    pace: UpdatePace = 'now',
    /** Yield MATCH_ELSEWHERE once a new dictionary is made, for `prematched` to be filled. */
    elsewhere = false,
  ): Generator<number, ConceptUpdate> {
    let work = 0;
    this.keyDelta = new Map();
    let dirty = pace === 'catch-up' && this.stale;
    /** Only names read from prose changed (no title, alias, heading, definition, tag or glossary entry). */
    let proseOnly = removed.length === 0;
    /** Every change that can touch the dictionary is in acronym counts: often none reaches it. */
    let acronymsOnly = true;
    for (const id of removed) {
      if (!this.candidates.has(id)) continue;
      this.inputs?.remove(id);
      this.unindex(id);
      this.notes.delete(id);
      this.candidates.delete(id);
      this.candidateJson.delete(id);
      if ((this.digests.get(id) ?? '') !== '') dirty = true;
      acronymsOnly = false;
      this.digests.delete(id);
    }
    for (const note of changed) {
      if (++work % slice === 0) yield work;
      const given = extracted?.candidates.get(note.id);
      const nc = given ?? extractCandidates(note);
      const d = (given && extracted?.digests?.get(note.id)) ?? namesDigest(nc);
      if (this.digests.get(note.id) !== d) {
        dirty = true;
        const old = this.candidates.has(note.id) ? this.candidatesOf(note.id) : undefined;
        if (!old || namesDigest(old, false) !== namesDigest(nc, false)) acronymsOnly = false;
        if (!old || namesDigest(old, false, false) !== namesDigest(nc, false, false)) proseOnly = false;
      }
      this.inputs?.add(nc);
      if (!this.source) this.notes.set(note.id, note);
      this.candidates.set(note.id, nc);
      this.candidateJson.delete(note.id);
      this.digests.set(note.id, d);
    }

    let dictionaryChanged = false;
    let rebuilt = false;
    const before = this.dictionary;
    let reach: Set<NoteId> | null = new Set();
    if (dirty && acronymsOnly && this.dictionary.recurring) {
      // The dictionary takes only `recurringAcronyms` from acronym counts: the same list, the same
      // dictionary, and remaking it cost ~0.3–2 s at 10k notes per keystroke-sized edit.
      dirty = !sameAcronyms(recurringAcronyms(this.dictionaryInputs()), this.dictionary.recurring);
    }
    // Writing a sentence that names something new changes the note's names, and the dictionary would be
    // made again from every note (~1.5 s at 10k) on each autosave. Such names wait for a pause in the
    // writing (`catch-up`); the note is matched now with the names the vault already has.
    if (dirty && ((pace === 'defer-prose' && proseOnly && !acronymsOnly) || pace === 'defer-names')) {
      this.stale = true;
      dirty = false;
    }
    if (dirty) {
      this.stale = false;
      const next = new ConceptDictionary(this.dictionaryInputs());
      dictionaryChanged = next.signature !== this.dictionary.signature;
      this.dictionary = next;
      this.owners++;
      this.relationDict = null;
      this.conceptCache.clear();
      rebuilt = true;
      if (dictionaryChanged) this.matcherCache = null;
    }
    if (dictionaryChanged) {
      if (elsewhere) yield MATCH_ELSEWHERE;
      const fresh = new Map(changed.map((note) => [note.id, note]));
      reach = finder ? dictionaryReach(before, this.dictionary, finder, this.notesByKey) : null;
      for (const id of [...this.candidates.keys()]) {
        if (reach && !reach.has(id) && !fresh.has(id)) continue;
        // A note that cannot be read back keeps its hits until its own change arrives.
        const note = fresh.get(id) ?? this.noteOf(id);
        if (note) this.rematch(note);
        if (++work % slice === 0) yield work;
      }
    } else {
      for (const note of changed) {
        this.rematch(note);
        if (++work % slice === 0) yield work;
      }
    }
    return { dictionaryChanged, rebuilt, reach, keyDelta: this.keyDelta };
  }

  /** What the dictionary is made from; gathered from every note after a restore. */
  private dictionaryInputs(): DictionaryInputs {
    if (!this.inputs) {
      const inputs = new DictionaryInputs();
      for (const id of this.candidates.keys()) {
        const nc = this.candidatesOf(id);
        if (nc) inputs.add(nc);
      }
      this.inputs = inputs;
    }
    return this.inputs;
  }

  /** Per concept, notes gained minus notes lost in the current update. */
  private keyDelta = new Map<ConceptKey, number>();

  private unindex(id: NoteId): void {
    for (const key of this.packed.get(id)?.keys ?? []) {
      if (this.notesByKey.get(key)?.delete(id)) this.keyDelta.set(key, (this.keyDelta.get(key) ?? 0) - 1);
      if (this.definers.get(key)?.delete(id)) this.conceptCache.delete(key);
    }
    this.packed.delete(id);
    this.hits.delete(id);
    this.pairs.delete(id);
  }

  private rematch(note: ParsedNote): void {
    this.unindex(note.id);
    const packed = this.prematched?.get(note.id) ?? this.matcher.matchPacked(note, this.candidatesOf(note.id));
    this.packed.set(note.id, packed);
    this.indexHits(note.id, packed);
  }

  private indexHits(noteId: NoteId, packed: PackedHits): void {
    for (const key of packed.keys) {
      let s = this.notesByKey.get(key);
      if (!s?.has(noteId)) this.keyDelta.set(key, (this.keyDelta.get(key) ?? 0) + 1);
      if (!s) {
        s = new Set();
        this.notesByKey.set(key, s);
      }
      s.add(noteId);
    }
    for (let o = 0; o < packed.data.length; o += HIT_WIDTH) {
      if ((packed.data[o + 1] ?? -1) < 0) continue;
      const key = packed.keys[packed.data[o] ?? 0];
      if (key === undefined) continue;
      let d = this.definers.get(key);
      if (!d) this.definers.set(key, (d = new Set()));
      d.add(noteId);
      this.conceptCache.delete(key);
    }
  }

  /**
   * Forgets the hits as objects (a line, a sentence and two objects per hit: most of the engine's heap)
   * and keeps them packed; `hitsFor` unpacks a note again when asked.
   */
  releaseHits(): void {
    this.hits.clear();
    this.pairs.clear();
  }

  /**
   * Changes whenever a concept's owner note may have changed (the dictionary made again, or notes moved):
   * the signature covers names → keys only.
   */
  owners = 0;

  /**
   * Notes moved (renamed): what the engine knows of each is kept under its new id, and the concepts it owns
   * or defines follow it, without extracting or matching anything again. The moved note's text may name
   * other things after the move (its file name is a name): `update` it as changed afterwards.
   */
  moveNotes(moves: ReadonlyMap<NoteId, NoteId>): void {
    const done = new Map<NoteId, NoteId>();
    for (const [from, to] of moves) {
      if (from === to || !this.candidates.has(from) || this.candidates.has(to)) continue;
      const nc = this.candidatesOf(from);
      this.inputs?.remove(from);
      if (nc) {
        nc.noteId = to;
        for (const c of nc.candidates) c.occurrence = { ...c.occurrence, noteId: to };
        this.inputs?.add(nc);
      }
      this.candidates.set(to, nc ?? null);
      this.candidates.delete(from);
      const json = this.candidateJson.get(from);
      this.candidateJson.delete(from);
      // The saved JSON leaves out the note's own id: it holds as it is under the new one.
      if (json !== undefined) this.candidateJson.set(to, json);
      this.digests.set(to, this.digests.get(from) ?? '');
      this.digests.delete(from);
      const packed = this.packed.get(from);
      this.packed.delete(from);
      // Unpacked hits and pairs carry the old id in their occurrences: unpacked again when asked.
      this.hits.delete(from);
      this.pairs.delete(from);
      if (packed) {
        this.packed.set(to, packed);
        for (const key of packed.keys) {
          const notes = this.notesByKey.get(key);
          if (notes?.delete(from)) notes.add(to);
          const definers = this.definers.get(key);
          if (definers?.delete(from)) definers.add(to);
        }
      }
      const note = this.notes.get(from);
      this.notes.delete(from);
      if (note) this.notes.set(to, { ...note, id: to });
      done.set(from, to);
    }
    if (done.size === 0) return;
    this.dictionary.moveNotes(done);
    this.conceptCache.clear();
    this.owners++;
  }

  /** Current dictionary; its signature changes iff names → keys change. */
  get signature(): string {
    return this.dictionary.signature;
  }

  lookup(text: string): ConceptKey | undefined {
    return this.dictionary.lookup(text);
  }

  /**
   * A concept with its definitions, made when first asked for and kept until a note defining it or the
   * dictionary changes: rebuilding every concept after each edit cost ~30 ms at 10k notes.
   */
  private conceptOf(key: ConceptKey): Concept | undefined {
    const cached = this.conceptCache.get(key);
    if (cached) return cached;
    const base = this.dictionary.get(key);
    if (!base) return undefined;
    // Definitions come from the current hits, so they follow edits that did not touch the dictionary.
    // Read from the packed hits: a definition is its candidate's occurrence, so no note is unpacked.
    const definitions: Occurrence[] = [];
    const weak: Occurrence[] = [];
    for (const candidate of definingCandidates(key, [...(this.definers.get(key) ?? [])].sort(), this.packed, (id) => this.candidatesOf(id))) {
      // An abbreviation's expansion names the concept; only a gloss says what it is.
      if (candidate.gloss === 'strong') definitions.push(candidate.occurrence);
      else if (candidate.gloss === 'weak') weak.push(candidate.occurrence);
    }
    // A bare copula (`X son compatibles con …`) stands in only where nothing says what X is or is for.
    const concept = { ...base, definitions: definitions.length > 0 ? definitions : weak };
    this.conceptCache.set(key, concept);
    return concept;
  }

  concepts(): Concept[] {
    const out: Concept[] = [];
    for (const c of this.dictionary.concepts()) {
      const concept = this.conceptOf(c.key);
      if (concept) out.push(concept);
    }
    return out;
  }

  concept(key: ConceptKey): Concept | undefined {
    return this.conceptOf(key);
  }

  /**
   * A concept's label, names, owner note and sources, without its definitions: what the graph and search
   * show. Definitions are read from every note that defines the concept, and the graph asked for them on
   * each edit only to read a label (~0.3 s per edit at 10k notes for a concept defined in thousands).
   */
  conceptInfo(key: ConceptKey): ConceptInfo | undefined {
    return this.dictionary.get(key);
  }

  /** Every concept as `conceptInfo` gives it. */
  conceptInfos(): ConceptInfo[] {
    return this.dictionary.concepts();
  }

  hitsFor(noteId: NoteId): ConceptHit[] {
    let hits = this.hits.get(noteId);
    if (!hits) {
      const p = this.packed.get(noteId);
      if (!p) return [];
      hits = unpackHits(this.noteOf(noteId), () => this.candidatesOf(noteId), p);
      this.hits.set(noteId, hits);
    }
    return hits;
  }

  /**
   * A note's hits as `hitsFor` gives them, without keeping them: a build reads every note's hits once for
   * its typed relations, and keeping them all as objects until the build ends held ~1M objects at 10k notes.
   */
  hitsOnce(noteId: NoteId): ConceptHit[] {
    const hits = this.hits.get(noteId);
    if (hits) return hits;
    const p = this.packed.get(noteId);
    return p ? unpackHits(this.noteOf(noteId), () => this.candidatesOf(noteId), p) : [];
  }

  /**
   * The concept and section of each of a note's hits, in `hitsFor` order, without cutting sentences:
   * the graph needs only these, and after a warm start cutting every sentence again cost more than the
   * rest of the graph.
   */
  hitSections(noteId: NoteId): HitSections {
    return packedSections(this.packed.get(noteId), this.introducedBy(noteId));
  }

  /**
   * The concepts a note's hits name, each once, in the order of their first hit: `hitSections(id).keys`
   * without repeats, read off the packed hits (search asks this of every note of a build).
   */
  hitKeys(noteId: NoteId): readonly ConceptKey[] {
    return this.packed.get(noteId)?.keys ?? [];
  }

  /** The note's parsed text, as the engine reads it back to cut sentences (undefined if unreadable). */
  parsedNote(id: NoteId): ParsedNote | undefined {
    return this.noteOf(id);
  }

  /** Every name of a concept, folded (label and aliases): for typed relations read from names. */
  namesOf(key: ConceptKey): readonly string[] {
    return this.relationDictionary.names(key);
  }

  /** The concepts one of whose folded names is exactly `folded`. */
  keysNamed(folded: string): readonly ConceptKey[] {
    return this.relationDictionary.keysNamed(folded);
  }

  /**
   * The dictionary as typed relations read it, the same object until the dictionary is made again: what
   * relations.ts works out from the names alone is kept with it.
   */
  get relationDictionary(): RelationDictionary {
    this.relationDict ??= relationDictionaryOf(this.dictionary);
    return this.relationDict;
  }

  private relationDict: RelationDictionary | null = null;

  /**
   * Concepts whose name this note's own prose put forward (`term` candidates): the note is where the term
   * comes from, so it keeps the concept as a node however seldom it repeats the name.
   */
  private introducedBy(noteId: NoteId): Set<ConceptKey> {
    return introducedKeys(this.candidatesOf(noteId), this.dictionary);
  }

  candidatesFor(noteId: NoteId): NoteCandidates | undefined {
    return this.candidatesOf(noteId);
  }

  /**
   * Where the concept is mentioned (definitions are in `concept(key).definitions`), the first `limit` in
   * note order. A note's sentences need its text, read back from disk with a source: a view asking for a
   * few hundred should not read every note that names a common concept.
   */
  mentionsOf(key: ConceptKey, limit = Infinity): Occurrence[] {
    const out: Occurrence[] = [];
    for (const id of [...(this.notesByKey.get(key) ?? [])].sort()) {
      if (out.length >= limit) break;
      const p = this.packed.get(id);
      const k = p?.keys.indexOf(key) ?? -1;
      // Only definitions of it in this note: no mention to cut.
      if (!p || k === -1 || !hasMention(p, k)) continue;
      for (const h of this.hitsFor(id)) if (h.key === key && h.kind === 'mention' && out.length < limit) out.push(h.occurrence);
    }
    return out;
  }

  /**
   * Lines that name the concept without saying what it is: an acronym's expansion, a name pair
   * (`**instancias reservadas** (RI)`), a bold list head. They are neither a definition nor a mention, and a
   * concept named only so had an empty pane.
   */
  namedWithoutGloss(key: ConceptKey, limit = Infinity): Occurrence[] {
    const out: Occurrence[] = [];
    if (limit <= 0) return out;
    for (const candidate of definingCandidates(key, [...(this.definers.get(key) ?? [])].sort(), this.packed, (id) => this.candidatesOf(id))) {
      if (candidate.gloss !== undefined) continue;
      out.push(candidate.occurrence);
      if (out.length >= limit) break;
    }
    return out;
  }

  /** How many notes mention or define the concept, without listing them. */
  noteCount(key: ConceptKey): number {
    return this.notesByKey.get(key)?.size ?? 0;
  }

  /** Every concept with how many notes mention or define it. */
  noteCounts(): [ConceptKey, number][] {
    const out: [ConceptKey, number][] = [];
    for (const [key, notes] of this.notesByKey) if (notes.size > 0) out.push([key, notes.size]);
    return out;
  }

  /** Notes that mention or define the concept. */
  notesOf(key: ConceptKey): NoteId[] {
    return [...(this.notesByKey.get(key) ?? [])].sort();
  }

  /** Concept pairs sharing a section of this note. */
  relatedFor(noteId: NoteId): RelatedPair[] {
    return [...this.pairsOf(noteId).values()];
  }

  private pairsOf(noteId: NoteId): Map<string, RelatedPair> {
    let p = this.pairs.get(noteId);
    if (!p) {
      p = relatedInNote(this.hitsFor(noteId));
      if (this.packed.has(noteId)) this.pairs.set(noteId, p);
    }
    return p;
  }

  /** Related pairs over the whole vault, summed; for a concept, its neighbours by weight. */
  related(key?: ConceptKey): RelatedPair[] {
    // In note order, as a fresh build meets them: the evidence kept per pair is the first few.
    const ids = key === undefined ? [...this.packed.keys()].sort() : this.notesOf(key);
    const merged = mergePairs(ids.map((id) => this.pairsOf(id)));
    const list = [...merged.values()].filter((p) => key === undefined || p.a === key || p.b === key);
    return list.sort((x, y) => y.weight - x.weight || (x.a + x.b < y.a + y.b ? -1 : 1));
  }

  /** Concepts by the number of notes that mention them. */
  ranked(): ConceptRank[] {
    const mentions = new Map<ConceptKey, number>();
    for (const p of this.packed.values()) {
      for (let o = 0; o < p.data.length; o += HIT_WIDTH) {
        const key = p.keys[p.data[o] ?? 0];
        if (key !== undefined) mentions.set(key, (mentions.get(key) ?? 0) + 1);
      }
    }
    const out: ConceptRank[] = [];
    for (const c of this.concepts()) {
      out.push({ concept: c, notes: this.notesByKey.get(c.key)?.size ?? 0, mentions: mentions.get(c.key) ?? 0 });
    }
    return out.sort((a, b) => b.notes - a.notes || b.mentions - a.mentions || (a.concept.key < b.concept.key ? -1 : 1));
  }
}

/** Yielded by `steps` once the new dictionary is made, when the notes are matched elsewhere. */
const MATCH_ELSEWHERE = -1;

