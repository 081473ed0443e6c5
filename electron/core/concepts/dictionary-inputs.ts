import type { ConceptSource, NoteId } from '../../contract';
import type { Made } from './dictionary';
import type { ConceptCandidate, NoteCandidates, Occurrence } from './types';

/**
 * What the dictionary reads from every note, kept up to date note by note and folded by what is written:
 * at 10k notes 136k candidates hold only ~18k distinct ones (the same title, heading, term or definition in
 * many notes), 36k headings 8k, and 179k acronym uses 35 acronyms. A note added or removed changes a few
 * counts here, and the dictionary is then made from the distinct entries (dictionary.ts), not from every
 * note's candidates again: that walk was ~1–3 s per new or deleted note at 10k notes.
 *
 * Where the dictionary's result depends on the order of the notes (a concept's first name, the order of
 * its definitions), each entry knows where it first appears: the smallest note id, then its position there.
 */

/** Where something first appears: note id, then the index of the candidate or heading in that note. */
export interface FirstSeen {
  noteId: NoteId;
  index: number;
}

/** One candidate as written (names, source, fileName, gloss), with every note and position holding it. */
export interface CandidateEntry {
  names: string[];
  source: ConceptSource;
  fileName: boolean;
  gloss: 'strong' | 'weak' | undefined;
  /**
   * Per note, its positions holding this candidate, in the note's order, with the occurrence for a
   * definition (a concept lists where it is defined; other occurrences are not kept here).
   */
  notes: Map<NoteId, { index: number; occurrence: Occurrence | null }[]>;
  /** How many candidates (over all notes) are this one. */
  size: number;
  signature: string;
  /** Names this entry among all entries ever made here; with `version`, tells a changed entry. */
  uid: number;
  /** Bumped whenever a note adds or takes back this candidate. */
  version: number;
  /** Cached first appearance; null when it must be looked for again. */
  first: FirstSeen | null;
}

/** One heading's words as written, with every note holding it. */
export interface HeadingEntry {
  tokens: string[];
  /** Per note, how many of its headings are this one and the first one's index among its headings. */
  notes: Map<NoteId, { count: number; index: number }>;
  size: number;
  first: FirstSeen | null;
}

/** One acronym (folded to lower case) as `recurringAcronyms` counts it. */
export interface AcronymEntry {
  /** Acronym entries over all notes (two spellings in one note are two). */
  entries: number;
  count: number;
  surfaces: Map<string, number>;
  /** Per note, its entries of this acronym and the first one's index in the note's acronym list. */
  notes: Map<NoteId, { entries: number; index: number }>;
  first: FirstSeen | null;
}

interface NoteEntries {
  candidates: CandidateEntry[];
  headings: HeadingEntry[];
  acronyms: AcronymEntry[];
  /** The note's acronym uses as (folded, text, count), to take its counts back. */
  uses: [string, string, number][];
}

export function before(a: FirstSeen, b: FirstSeen): boolean {
  return a.noteId < b.noteId || (a.noteId === b.noteId && a.index < b.index);
}

function firstOf(notes: Map<NoteId, { index: number } | { index: number }[]>): FirstSeen | null {
  let best: NoteId | null = null;
  for (const noteId of notes.keys()) if (best === null || noteId < best) best = noteId;
  if (best === null) return null;
  const v = notes.get(best);
  // A candidate's positions in a note are kept in order: the first is the smallest.
  return { noteId: best, index: (Array.isArray(v) ? v[0]?.index : v?.index) ?? 0 };
}

function signature(c: ConceptCandidate): string {
  return `${c.source}\u0002${c.fileName ? 1 : 0}\u0002${c.gloss ?? ''}\u0002${c.names.join('\u0001')}`;
}

export class DictionaryInputs {
  readonly candidates = new Map<string, CandidateEntry>();
  readonly headings = new Map<string, HeadingEntry>();
  readonly acronyms = new Map<string, AcronymEntry>();
  private readonly byNote = new Map<NoteId, NoteEntries>();
  /**
   * Caches the dictionary keeps between builds: what a name folds to (while the vault's acronyms stay the
   * same), its loose keys, its initials (while the brands stay the same).
   */
  readonly caches = {
    foldFor: '',
    fold: new Map<string, string>(),
    foldWord: new Map<string, string>(),
    loose: new Map<string, string[]>(),
    initialsFor: '',
    initials: new Map<string, string[]>(),
    /** The last build's concepts by what they were made from (see dictionary.ts). */
    components: { for: '', made: new Map<string, Made | null>() },
  };
  private uids = 0;

  static of(all: Iterable<NoteCandidates>): DictionaryInputs {
    const inputs = new DictionaryInputs();
    for (const nc of all) inputs.add(nc);
    return inputs;
  }

  get noteCount(): number {
    return this.byNote.size;
  }

  has(id: NoteId): boolean {
    return this.byNote.has(id);
  }

  /** Adds a note's candidates (replacing what the same note gave before). */
  add(nc: NoteCandidates): void {
    const id = nc.noteId;
    if (this.byNote.has(id)) this.remove(id);
    const mine: NoteEntries = { candidates: [], headings: [], acronyms: [], uses: [] };
    nc.candidates.forEach((c, index) => {
      const sig = signature(c);
      let e = this.candidates.get(sig);
      if (!e) {
        e = { names: c.names, source: c.source, fileName: c.fileName === true, gloss: c.gloss, notes: new Map(), size: 0, signature: sig, uid: this.uids++, version: 0, first: null };
        this.candidates.set(sig, e);
      }
      const at = e.notes.get(id);
      const occurrence = c.source === 'definition' ? c.occurrence : null;
      if (at) at.push({ index, occurrence });
      else {
        e.notes.set(id, [{ index, occurrence }]);
        mine.candidates.push(e);
        if (e.first && before({ noteId: id, index }, e.first)) e.first = { noteId: id, index };
      }
      e.size++;
      e.version++;
    });
    nc.headingTokens.forEach((tokens, index) => {
      const sig = tokens.join('\u0001');
      let e = this.headings.get(sig);
      if (!e) {
        e = { tokens, notes: new Map(), size: 0, first: null };
        this.headings.set(sig, e);
      }
      const at = e.notes.get(id);
      if (at) at.count++;
      else {
        e.notes.set(id, { count: 1, index });
        mine.headings.push(e);
        if (e.first && before({ noteId: id, index }, e.first)) e.first = { noteId: id, index };
      }
      e.size++;
    });
    nc.acronyms.forEach((a, index) => {
      const k = a.text.toLowerCase();
      let e = this.acronyms.get(k);
      if (!e) {
        e = { entries: 0, count: 0, surfaces: new Map(), notes: new Map(), first: null };
        this.acronyms.set(k, e);
      }
      const at = e.notes.get(id);
      if (at) at.entries++;
      else {
        e.notes.set(id, { entries: 1, index });
        mine.acronyms.push(e);
        if (e.first && before({ noteId: id, index }, e.first)) e.first = { noteId: id, index };
      }
      e.entries++;
      e.count += a.count;
      e.surfaces.set(a.text, (e.surfaces.get(a.text) ?? 0) + a.count);
      mine.uses.push([k, a.text, a.count]);
    });
    this.byNote.set(id, mine);
  }

  /** Takes back everything a note gave (a note never added is ignored). */
  remove(id: NoteId): void {
    const mine = this.byNote.get(id);
    if (!mine) return;
    this.byNote.delete(id);
    for (const e of mine.candidates) {
      e.size -= e.notes.get(id)?.length ?? 0;
      e.version++;
      e.notes.delete(id);
      if (e.first?.noteId === id) e.first = null;
      if (e.size === 0) this.candidates.delete(e.signature);
    }
    for (const e of mine.headings) {
      e.size -= e.notes.get(id)?.count ?? 0;
      e.notes.delete(id);
      if (e.first?.noteId === id) e.first = null;
      if (e.size === 0) this.headings.delete(e.tokens.join('\u0001'));
    }
    for (const e of mine.acronyms) {
      e.entries -= e.notes.get(id)?.entries ?? 0;
      e.notes.delete(id);
      if (e.first?.noteId === id) e.first = null;
    }
    for (const [k, text, count] of mine.uses) {
      const e = this.acronyms.get(k);
      if (!e) continue;
      e.count -= count;
      const left = (e.surfaces.get(text) ?? 0) - count;
      if (left === 0) e.surfaces.delete(text);
      else e.surfaces.set(text, left);
      if (e.notes.size === 0) this.acronyms.delete(k);
    }
  }

  /** Where an entry first appears (looked for again after the note holding it went). */
  static firstSeen(e: CandidateEntry | HeadingEntry | AcronymEntry): FirstSeen {
    e.first ??= firstOf(e.notes);
    return e.first ?? { noteId: '', index: 0 };
  }
}
