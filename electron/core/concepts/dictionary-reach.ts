import type { NoteId } from '../../contract';
import type { ConceptDictionary } from './dictionary';
import type { ConceptKey, DictionaryName } from './types';

/** The notes whose text holds a word that folds to `key` (null: cannot tell), from an index of their words. */
export type NoteFinder = (key: string) => Set<NoteId> | null;

/**
 * The notes whose matches a change of dictionary can change: those that hit a name it dropped or
 * changed (`notesByKey`: the notes hitting each concept now), and those holding a word of a name it added
 * or changed (or of an acronym it gained or lost, which changes how `AMIS` folds). Null when a word cannot
 * be looked up: then every note is matched.
 */
export function dictionaryReach(
  before: ConceptDictionary,
  after: ConceptDictionary,
  finder: NoteFinder,
  notesByKey: ReadonlyMap<ConceptKey, ReadonlySet<NoteId>>,
): Set<NoteId> | null {
  const tuple = (n: DictionaryName): string => `${n.key}\u0000${n.capsOnly ? 1 : 0}${n.weak ? 1 : 0}`;
  const was = new Map(before.names().map((n) => [n.folded, tuple(n)]));
  const now = new Map(after.names().map((n) => [n.folded, tuple(n)]));
  const reach = new Set<NoteId>();
  for (const n of before.names()) {
    if (now.get(n.folded) === tuple(n)) continue;
    for (const id of notesByKey.get(n.key) ?? []) reach.add(id);
  }
  // Old names' words too: a note titled or headed by a name it lost holds its words, not always a hit.
  const words: string[][] = [];
  for (const n of after.names()) if (was.get(n.folded) !== tuple(n)) words.push(n.folded.split(' '));
  for (const n of before.names()) if (now.get(n.folded) !== tuple(n)) words.push(n.folded.split(' '));
  for (const a of after.acronyms) if (!before.acronyms.has(a)) words.push([a]);
  for (const a of before.acronyms) if (!after.acronyms.has(a)) words.push([a]);
  for (const name of words) {
    // A note holds every word of a name it matches: the word held by the fewest notes is enough.
    let fewest: Set<NoteId> | null = null;
    for (const word of new Set(name)) {
      const holders = finder(word);
      if (holders && (!fewest || holders.size < fewest.size)) fewest = holders;
    }
    if (!fewest) return null;
    for (const id of fewest) reach.add(id);
  }
  return reach;
}
