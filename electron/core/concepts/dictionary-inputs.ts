import type { ConceptSource, NoteId } from '../../contract';
import type { Made } from './make-concept';
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
 *
 * Notes holding an entry are plain arrays, not maps: filling a map per entry was most of a first build's
 * dictionary time, and a note taken back scans only the arrays of the entries it held.
 */

/** Where something first appears: note id, then the index of the candidate or heading in that note. */
export interface FirstSeen {
  noteId: NoteId;
  index: number;
}

/** The notes holding an entry, each once (by number: see `DictionaryInputs.numberOf`), with where the entry first is in that note. */
interface Held {
  holders: number[];
  /** Parallel to `holders`: the first index of the entry in that note. */
  at: number[];
  /** Cached first appearance; null when it must be looked for again. */
  first: FirstSeen | null;
}

/** A title or alias (which note names itself so, where) or a definition (and where it is said). */
export interface Instance {
  noteId: NoteId;
  /** The note's number (see `holders`). */
  no: number;
  index: number;
  occurrence: Occurrence | null;
}

/** One candidate as written (names, source, fileName, gloss), with every note and position holding it. */
export interface CandidateEntry extends Held {
  names: string[];
  source: ConceptSource;
  fileName: boolean;
  gloss: 'strong' | 'weak' | undefined;
  /**
   * Titles, aliases and definitions only: every place the candidate is written, with the occurrence for a
   * definition (a concept lists where it is defined and which notes name themselves after it; other
   * sources need only their counts).
   */
  instances: Instance[] | null;
  /** How many candidates (over all notes) are this one. */
  size: number;
  signature: string;
  /** Names this entry among all entries ever made here; with `version`, tells a changed entry. */
  uid: number;
  /** Bumped whenever a note adds or takes back this candidate. */
  version: number;
}

/** One heading's words as written, with every note holding it. */
export interface HeadingEntry extends Held {
  tokens: string[];
  signature: string;
  size: number;
}

/** One acronym (folded to lower case) as `recurringAcronyms` counts it. */
export interface AcronymEntry extends Held {
  key: string;
  /** Acronym entries over all notes (two spellings in one note are two). */
  entries: number;
  count: number;
  surfaces: Map<string, number>;
  /** Notes (numbers) that write it as a symbol (AcronymUse.symbol). */
  symbolIn: number[];
}

/** What one note gave: each entry with how many times, to take it back. */
interface NoteEntries {
  candidates: Map<CandidateEntry, number>;
  headings: Map<HeadingEntry, number>;
  acronyms: Map<AcronymEntry, number>;
  /** The note's acronym uses as (entry, text, count), to take its counts back. */
  uses: [AcronymEntry, string, number][];
}

export function before(a: FirstSeen, b: FirstSeen): boolean {
  return a.noteId < b.noteId || (a.noteId === b.noteId && a.index < b.index);
}

function signature(c: ConceptCandidate): string {
  return `${c.source}\u0002${c.fileName ? 1 : 0}\u0002${c.gloss ?? ''}\u0002${c.names.join('\u0001')}`;
}

/** Records that note `id` (number `no`) holds the entry, first at `index` (once per note and entry). */
function hold(e: Held, no: number, id: NoteId, index: number): void {
  e.holders.push(no);
  e.at.push(index);
  if (e.first && before({ noteId: id, index }, e.first)) e.first = { noteId: id, index };
}

// Numbers, not ids: looking a note up among the 10k holding an acronym compared strings sharing long
// folder prefixes, ~16 ms at p95 per edit.
function release(e: Held, no: number, id: NoteId): void {
  const i = e.holders.indexOf(no);
  if (i < 0) return;
  const last = e.holders.length - 1;
  e.holders[i] = e.holders[last] as number;
  e.at[i] = e.at[last] as number;
  e.holders.pop();
  e.at.pop();
  if (e.first?.noteId === id) e.first = null;
}

/** Takes a note's instances out in place: a definition written in thousands of notes made a new array per edit. */
function dropNote(list: Instance[], no: number): void {
  let kept = 0;
  for (const x of list) if (x.no !== no) list[kept++] = x;
  list.length = kept;
}

const NAMED: ReadonlySet<ConceptSource> = new Set(['note', 'alias', 'definition']);

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
  /** Each note's number, kept for the session (a note back under the same id gets the same one). */
  private readonly numbers = new Map<NoteId, number>();
  private readonly ids: NoteId[] = [];

  private numberOf(id: NoteId): number {
    let no = this.numbers.get(id);
    if (no === undefined) {
      no = this.ids.length;
      this.ids.push(id);
      this.numbers.set(id, no);
    }
    return no;
  }

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
    const no = this.numberOf(id);
    const mine: NoteEntries = { candidates: new Map(), headings: new Map(), acronyms: new Map(), uses: [] };
    nc.candidates.forEach((c, index) => {
      const sig = signature(c);
      let e = this.candidates.get(sig);
      if (!e) {
        e = {
          names: c.names,
          source: c.source,
          fileName: c.fileName === true,
          gloss: c.gloss,
          instances: NAMED.has(c.source) ? [] : null,
          size: 0,
          signature: sig,
          uid: this.uids++,
          version: 0,
          holders: [],
          at: [],
          first: null,
        };
        this.candidates.set(sig, e);
      }
      const times = mine.candidates.get(e) ?? 0;
      if (times === 0) hold(e, no, id, index);
      mine.candidates.set(e, times + 1);
      e.instances?.push({ noteId: id, no, index, occurrence: c.source === 'definition' ? c.occurrence : null });
      e.size++;
      e.version++;
    });
    nc.headingTokens.forEach((tokens, index) => {
      const sig = tokens.join('\u0001');
      let e = this.headings.get(sig);
      if (!e) {
        e = { tokens, signature: sig, size: 0, holders: [], at: [], first: null };
        this.headings.set(sig, e);
      }
      const times = mine.headings.get(e) ?? 0;
      if (times === 0) hold(e, no, id, index);
      mine.headings.set(e, times + 1);
      e.size++;
    });
    nc.acronyms.forEach((a, index) => {
      const k = a.text.toLowerCase();
      let e = this.acronyms.get(k);
      if (!e) {
        e = { key: k, entries: 0, count: 0, surfaces: new Map(), holders: [], at: [], first: null, symbolIn: [] };
        this.acronyms.set(k, e);
      }
      const times = mine.acronyms.get(e) ?? 0;
      if (times === 0) hold(e, no, id, index);
      mine.acronyms.set(e, times + 1);
      e.entries++;
      e.count += a.count;
      e.surfaces.set(a.text, (e.surfaces.get(a.text) ?? 0) + a.count);
      if (a.symbol && !e.symbolIn.includes(no)) e.symbolIn.push(no);
      mine.uses.push([e, a.text, a.count]);
    });
    this.byNote.set(id, mine);
  }

  /** Takes back everything a note gave (a note never added is ignored). */
  remove(id: NoteId): void {
    const mine = this.byNote.get(id);
    if (!mine) return;
    this.byNote.delete(id);
    const no = this.numberOf(id);
    for (const [e, times] of mine.candidates) {
      release(e, no, id);
      e.size -= times;
      e.version++;
      if (e.instances) dropNote(e.instances, no);
      if (e.size === 0) this.candidates.delete(e.signature);
    }
    for (const [e, times] of mine.headings) {
      release(e, no, id);
      e.size -= times;
      if (e.size === 0) this.headings.delete(e.signature);
    }
    for (const [e, times] of mine.acronyms) {
      release(e, no, id);
      e.entries -= times;
      const s = e.symbolIn.indexOf(no);
      if (s >= 0) e.symbolIn.splice(s, 1);
    }
    for (const [e, text, count] of mine.uses) {
      e.count -= count;
      const left = (e.surfaces.get(text) ?? 0) - count;
      if (left === 0) e.surfaces.delete(text);
      else e.surfaces.set(text, left);
      if (e.holders.length === 0) this.acronyms.delete(e.key);
    }
  }

  /** Where an entry first appears (looked for again after the note holding it went). */
  firstSeen(e: Held): FirstSeen {
    if (e.first === null) {
      let best = -1;
      let bestId = '';
      for (let i = 0; i < e.holders.length; i++) {
        const id = this.ids[e.holders[i] as number] as NoteId;
        if (best < 0 || id < bestId) {
          best = i;
          bestId = id;
        }
      }
      if (best >= 0) e.first = { noteId: bestId, index: e.at[best] as number };
    }
    return e.first ?? { noteId: '', index: 0 };
  }
}
