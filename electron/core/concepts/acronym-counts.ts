import type { NoteId } from '../../contract';
import { ACRONYM_MIN_COUNT, ACRONYM_MIN_NOTES } from './dictionary';
import type { NoteCandidates } from './types';

interface AcronymTally {
  /** Acronym entries per note (two spellings folding alike are two, as recurringAcronyms counts them). */
  notes: Map<NoteId, number>;
  entries: number;
  count: number;
  surfaces: Map<string, number>;
}

/**
 * The vault's acronym counts, kept up to date note by note, to tell without walking every note whether
 * an edit changes `recurringAcronyms` (and so the dictionary): that walk cost 10–50 ms at 10k notes on
 * every edit that moved a count.
 */
export class AcronymCounts {
  private readonly tallies = new Map<string, AcronymTally>();

  add(nc: NoteCandidates, sign: 1 | -1): void {
    for (const a of nc.acronyms) {
      const k = a.text.toLowerCase();
      let t = this.tallies.get(k);
      if (!t) this.tallies.set(k, (t = { notes: new Map(), entries: 0, count: 0, surfaces: new Map() }));
      const inNote = (t.notes.get(nc.noteId) ?? 0) + sign;
      if (inNote > 0) t.notes.set(nc.noteId, inNote);
      else t.notes.delete(nc.noteId);
      t.entries += sign;
      t.count += sign * a.count;
      const surface = (t.surfaces.get(a.text) ?? 0) + sign * a.count;
      if (surface === 0) t.surfaces.delete(a.text);
      else t.surfaces.set(a.text, surface);
      if (t.notes.size === 0) this.tallies.delete(k);
    }
  }

  /** Whether `noteId` is the first note, by id, to name the acronym folded as `k`. */
  isFirst(k: string, noteId: NoteId): boolean {
    const notes = this.tallies.get(k)?.notes;
    if (!notes?.has(noteId)) return false;
    for (const id of notes.keys()) if (id < noteId) return false;
    return true;
  }

  /**
   * True when `recurringAcronyms` of the current counts is `recurring`, given that only the notes in
   * `changed` changed, naming the acronyms in `touched` before or after. The list's order is where each
   * acronym first appears in notes sorted by id: it holds while no changed note is the first to name a
   * touched acronym. False means "cannot tell this way", not "different".
   */
  sameAs(recurring: readonly [string, string][], changed: ReadonlySet<NoteId>, touched: ReadonlySet<string>): boolean {
    let included = 0;
    const expected = new Map(recurring);
    for (const [k, t] of this.tallies) {
      if (t.entries < ACRONYM_MIN_NOTES && t.count < ACRONYM_MIN_COUNT) continue;
      included++;
      const surface = [...t.surfaces].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? k;
      if (expected.get(k) !== surface) return false;
    }
    if (included !== recurring.length) return false;
    for (const k of touched) {
      const notes = this.tallies.get(k)?.notes;
      if (!notes) continue;
      let first: NoteId | undefined;
      for (const id of notes.keys()) if (first === undefined || id < first) first = id;
      if (first !== undefined && changed.has(first)) return false;
    }
    return true;
  }
}
