import type { ConceptDictionary } from './dictionary';
import type { RelationDictionary } from './relations';
import type { ConceptKey } from './types';

/**
 * The dictionary as typed relations read it: each concept's folded names, and the concepts of a name. The
 * same for an engine and for a thread holding the dictionary's state alone.
 */
export function relationDictionaryOf(dictionary: ConceptDictionary): RelationDictionary {
  let index: { byKey: Map<ConceptKey, string[]>; byName: Map<string, ConceptKey[]> } | null = null;
  const names = (): { byKey: Map<ConceptKey, string[]>; byName: Map<string, ConceptKey[]> } => {
    if (index === null) {
      const byKey = new Map<ConceptKey, string[]>();
      const byName = new Map<string, ConceptKey[]>();
      for (const n of dictionary.names()) {
        const list = byKey.get(n.key);
        if (list) list.push(n.folded);
        else byKey.set(n.key, [n.folded]);
        const keys = byName.get(n.folded);
        if (!keys) byName.set(n.folded, [n.key]);
        else if (!keys.includes(n.key)) keys.push(n.key);
      }
      index = { byKey, byName };
    }
    return index;
  };
  return {
    names: (key) => names().byKey.get(key) ?? [],
    lookup: (name) => dictionary.lookup(name),
    keysNamed: (folded) => names().byName.get(folded) ?? [],
  };
}
