import { createHash } from 'node:crypto';
import type { NoteId } from '../../contract';
import { isStopword } from './extract';
import { foldTerm, foldWord, looseKeys } from './fold';
import { believedMatches, initialsOf, nameLike, spelledAcronym, type InitialsMatch } from './initials';
import { before, DictionaryInputs, type FirstSeen } from './dictionary-inputs';
import { headingTerms, verbDetector } from './heading-terms';
import { ACRONYM_SHAPE, localNames, makeConcept, type Group, type Made } from './make-concept';
import { shortInitialMatches } from './short-initials';
import { findVendors, withoutBrand } from './vendors';
import type { Concept, ConceptKey, DictionaryName, DictionaryState, NoteCandidates, Occurrence } from './types';

export type { DictionaryName } from './types';

/**
 * An acronym written as a word of prose is a concept from its first use: a capitalised token that is not
 * shouting, a unit or boilerplate (STOP_ACRONYMS) names a thing in either language (`mediante SSH`).
 */
export const ACRONYM_MIN_NOTES = 2;
export const ACRONYM_MIN_COUNT = 1;

/** Texts whose lookup a dictionary remembers; past this it starts again (a vault's titles and headings fit). */
const LOOKUP_CACHE = 200_000;

export { isCommonWord } from './common-words';

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    for (let y = x; y !== root; ) {
      const next = this.parent.get(y) ?? root;
      this.parent.set(y, root);
      y = next;
    }
    if (!this.parent.has(root)) this.parent.set(root, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}



/**
 * The acronyms that recur, as (folded, spelling) in the order the dictionary adds them (where each is first
 * used, notes in id order): all the dictionary takes from the notes' acronym counts.
 */
export function recurringAcronyms(notes: Iterable<NoteCandidates> | DictionaryInputs): [string, string][] {
  const inputs = notes instanceof DictionaryInputs ? notes : DictionaryInputs.of(notes);
  const out: { entry: [string, string]; at: FirstSeen }[] = [];
  for (const [k, e] of inputs.acronyms) {
    if (e.entries < ACRONYM_MIN_NOTES && e.count < ACRONYM_MIN_COUNT) continue;
    out.push({ entry: [k, [...e.surfaces].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? k], at: inputs.firstSeen(e) });
  }
  return out.sort((a, b) => (before(a.at, b.at) ? -1 : before(b.at, a.at) ? 1 : 0)).map((x) => x.entry);
}

/** Builds the dictionary's names and concepts from the vault's candidates (see the constructor). */
class Builder {
  readonly byKey = new Map<ConceptKey, Concept>();
  readonly byName = new Map<string, ConceptKey>();
  readonly nameList: DictionaryName[] = [];
  readonly acronyms = new Set<string>();
  readonly recurring: [string, string][];

  constructor(inputs: DictionaryInputs) {
    const caches = inputs.caches;
    const groups: Group[] = [];
    const acronyms = this.acronyms;
    this.recurring = recurringAcronyms(inputs);
    for (const [k, surface] of this.recurring) {
      acronyms.add(k);
      groups.push({ names: [surface], source: 'acronym', count: 1, entry: null, named: false });
    }
    // Candidates in the order the notes first write them (notes in id order): the order a walk over
    // every note's candidates met them, which picks a concept's first name.
    const entries = [...inputs.candidates.values()]
      .map((e) => ({ e, at: inputs.firstSeen(e) }))
      .sort((a, b) => (before(a.at, b.at) ? -1 : before(b.at, a.at) ? 1 : 0))
      .map((x) => x.e);
    for (const e of entries) {
      for (const n of e.names) if (ACRONYM_SHAPE.test(n)) acronyms.add(n.replace(/s$/, '').toLowerCase());
    }

    // What a name folds to depends on the vault's acronyms only: kept from the last build while they stay.
    const acronymKey = [...acronyms].sort().join(' ');
    if (caches.foldFor !== acronymKey) {
      caches.foldFor = acronymKey;
      caches.fold.clear();
      caches.foldWord.clear();
    }
    const foldCache = caches.fold;
    const fold = (s: string): string => {
      let f = foldCache.get(s);
      if (f === undefined) {
        f = foldTerm(s, acronyms);
        foldCache.set(s, f);
      }
      return f;
    };
    const wordCache = caches.foldWord;
    const foldW = (w: string): string => {
      let f = wordCache.get(w);
      if (f === undefined) {
        f = foldWord(w, acronyms);
        wordCache.set(w, f);
      }
      return f;
    };

    const { brands, describing } = findVendors(entries, acronyms, fold);
    // Neither vendor nor describing word makes a term of its own (`AWS account`, `default time` are as
    // generic as `account`, `time`), but only a vendor's name is the same concept without it.
    const generic = describing.size ? new Set([...brands, ...describing]) : brands;

    const verbLike = verbDetector(inputs.headings.values(), foldW);
    for (const e of entries) {
      if ((e.source === 'heading' || e.source === 'term') && verbLike(fold(e.names[0] ?? '').split(' ')[0] ?? '')) continue;
      const [names, local] = e.source === 'definition' ? localNames(e.names) : [e.names, []];
      groups.push({
        names: withoutBrand(names, brands, fold),
        ...(local.length ? { local } : {}),
        source: e.source,
        count: e.size,
        entry: e,
        named: e.source === 'note' || e.source === 'alias',
        ...(e.fileName ? { fileName: true } : {}),
        ...(e.gloss ? { gloss: e.gloss } : {}),
      });
    }
    groups.push(...headingTerms(inputs, foldW, verbLike, generic));

    // One concept per connected set of names.
    const uf = new UnionFind();
    // An acronym the text spells out names a thing even when it spells a function word: `HA = high
    // availability` is not Spanish `ha`. (Written in capitals, it only matches capitals: see capsOnly.)
    const spelledOut = new Set<string>();
    for (const g of groups) {
      if (g.source !== 'definition' || g.names.length < 2) continue;
      for (const n of g.names) if (ACRONYM_SHAPE.test(n) && isStopword(fold(n))) spelledOut.add(fold(n));
    }
    const usable = (f: string): boolean => f.length >= 2 && (!isStopword(f) || spelledOut.has(f));
    for (const g of groups) {
      const folded = g.names.map(fold).filter(usable);
      const first = folded[0];
      if (first === undefined) continue;
      for (const f of folded) uf.union(first, f);
    }
    // Near-duplicates are one idea: `ELASTIC FILESYSTEM` / `Elastic File System`, `ELASTIC COMPUTING
    // CLOUD` / `Elastic Compute Cloud` (see looseKeys for what may differ and why it stays narrow).
    const byLoose = new Map<string, string>();
    const looseSeen = new Set<string>();
    const folds = new Set<string>();
    for (const g of groups) {
      for (const name of g.names) {
        const f = fold(name);
        if (!usable(f) || looseSeen.has(name)) continue;
        looseSeen.add(name);
        folds.add(f);
        let keys = caches.loose.get(name);
        if (keys === undefined) caches.loose.set(name, (keys = looseKeys(name)));
        for (const k of keys) {
          const other = byLoose.get(k);
          if (other === undefined) byLoose.set(k, f);
          else uf.union(other, f);
        }
      }
    }
    // An acronym and a name spelled by its initials in the same vault are one concept (see initials.ts).
    const bySpelling = new Map<string, string[]>();
    for (const a of acronyms) {
      if (!folds.has(a)) continue;
      const spelled = spelledAcronym(a);
      // Two letters match too many pairs of words (`Elastic IP`, `Editing IAM` and `Elastic Inference` all
      // spell EI): only three or more are believable without the text pairing them.
      if (spelled.length < 3) continue;
      bySpelling.set(spelled, [...(bySpelling.get(spelled) ?? []), a]);
    }
    // Names a note gives itself (title, aliases) were chosen by the person: initials never join two of them.
    const owned = new Set<string>();
    for (const g of groups) if (g.named) for (const n of g.names) owned.add(fold(n));
    const brandKey = [...brands].sort().join(' ');
    if (caches.initialsFor !== brandKey) {
      caches.initialsFor = brandKey;
      caches.initials.clear();
    }
    const byInitials: InitialsMatch[] = [];
    for (const name of looseSeen) {
      if (!nameLike(name)) continue;
      const f = fold(name);
      let spelled = caches.initials.get(name);
      if (spelled === undefined) caches.initials.set(name, (spelled = initialsOf(name, brands)));
      for (const initials of spelled) {
        for (const a of bySpelling.get(initials) ?? []) {
          if (f.split(' ').includes(a) || (owned.has(a) && owned.has(f))) continue;
          byInitials.push({ acronym: a, name: f });
        }
      }
    }
    for (const m of believedMatches(byInitials, uf, folds, brands)) uf.union(m.acronym, m.name);
    // Two letters only within a note that writes both, and a name the prose writes in lower case (a common
    // noun phrase, not a label such as `Advanced details`): see short-initials.ts.
    const namedIn = new Map<string, number[]>();
    for (const g of groups) {
      if (!g.entry || (g.source !== 'definition' && g.source !== 'term')) continue;
      for (const n of g.names) {
        const f = fold(n);
        if (!/^\p{Ll}/u.test(n) || !f.includes(' ') || !usable(f)) continue;
        const notes = namedIn.get(f);
        if (notes) notes.push(...g.entry.holders);
        else namedIn.set(f, [...g.entry.holders]);
      }
    }
    // A note that writes the acronym as a symbol (`IA IB e i`) does not use it as the short name of anything.
    const acronymNotes = [...acronyms].map((a): [string, readonly number[]] => {
      const e = inputs.acronyms.get(a);
      if (!e) return [a, []];
      return [a, e.symbolIn.length === 0 ? e.holders : e.holders.filter((n) => !e.symbolIn.includes(n))];
    });
    for (const [a, name] of shortInitialMatches({ acronyms: acronymNotes, names: namedIn, folds, isAcronym: (f) => acronyms.has(f) }, uf)) uf.union(a, name);
    // `Amazon EBS volumes` is `EBS volumes`: a brand before an acronym adds nothing (only before an
    // acronym, so `Amazon Linux` stays apart from `Linux`).
    for (const f of folds) {
      const sp = f.indexOf(' ');
      if (sp < 0 || !brands.has(f.slice(0, sp))) continue;
      const rest = f.slice(sp + 1);
      const head = rest.split(' ')[0] ?? '';
      if (acronyms.has(head) && folds.has(rest)) uf.union(f, rest);
    }

    // A concept is made from its names' groups alone (and the vault's acronyms and brands): one whose
    // groups are all as they were at the last build is taken as it was (see ComponentMemo).
    const components = new Map<string, { groups: Group[]; folded: string[][]; parts: string[] }>();
    for (const g of groups) {
      const folded = g.names.map(fold);
      const anchor = folded.find(usable);
      if (anchor === undefined) continue;
      const root = uf.find(anchor);
      let c = components.get(root);
      if (!c) components.set(root, (c = { groups: [], folded: [], parts: [] }));
      c.groups.push(g);
      c.folded.push(folded);
      c.parts.push(g.entry ? `${g.entry.uid}.${g.entry.version}` : `${g.source}\u0001${g.names.join('\u0001')}`);
    }
    const memoFor = `${acronymKey}\u0000${brandKey}\u0000${[...describing].sort().join(' ')}\u0000${[...spelledOut].sort().join(' ')}`;
    const memo = caches.components.for === memoFor ? caches.components.made : new Map<string, Made | null>();
    const made = new Map<string, Made | null>();
    for (const c of components.values()) {
      const fingerprint = c.parts.join(' ');
      let m = memo.get(fingerprint);
      if (m === undefined) m = makeConcept(c.groups, c.folded, { fold, usable, acronyms, brands: generic });
      made.set(fingerprint, m);
      if (m === null) continue;
      this.byKey.set(m.concept.key, m.concept);
      for (const n of m.names) {
        this.byName.set(n.folded, n.key);
        this.nameList.push(n);
      }
    }
    caches.components = { for: memoFor, made };
    this.nameList.sort((a, b) => (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0));
  }
}

export class ConceptDictionary {
  private readonly byKey: Map<ConceptKey, Concept>;
  private readonly byName: Map<string, ConceptKey>;
  private readonly nameList: DictionaryName[];
  /** Folded acronyms, so `AMIS` in capitals folds to `ami` where AMI is known. */
  readonly acronyms: ReadonlySet<string>;
  /** Changes iff the names → keys mapping (and so every note's matches) changes. */
  readonly signature: string;
  /** `recurringAcronyms` of the notes it was built from; unknown for a restored one. */
  readonly recurring: readonly [string, string][] | null = null;

  /**
   * Builds the dictionary from every note's candidates (or from `DictionaryInputs` kept up to date note by
   * note: the same dictionary, made from the distinct candidates), or takes a built one back from `restored`.
   */
  constructor(all: Iterable<NoteCandidates> | DictionaryInputs, restored?: DictionaryState) {
    if (restored) {
      this.byKey = new Map(restored.concepts.map((c) => [c.key, c]));
      this.byName = new Map();
      this.nameList = [];
      for (const n of restored.names) {
        this.byName.set(n.folded, n.key);
        this.nameList.push(n);
      }
      this.acronyms = new Set(restored.acronyms);
      this.signature = restored.signature;
      return;
    }
    const built = new Builder(all instanceof DictionaryInputs ? all : DictionaryInputs.of(all));
    this.byKey = built.byKey;
    this.byName = built.byName;
    this.nameList = built.nameList;
    this.acronyms = built.acronyms;
    this.recurring = built.recurring;
    const sig = createHash('sha1');
    for (const n of this.nameList) sig.update(`${n.folded}\t${n.key}\t${n.capsOnly ? 1 : 0}${n.weak ? 1 : 0}\n`);
    this.signature = sig.digest('hex');
  }
  concepts(): Concept[] {
    return [...this.byKey.values()];
  }

  /** The built dictionary as plain data (shares the concept objects: do not mutate them). */
  exportState(): DictionaryState {
    return {
      concepts: [...this.byKey.values()],
      names: this.nameList,
      acronyms: [...this.acronyms],
      signature: this.signature,
    };
  }

  static fromState(state: DictionaryState): ConceptDictionary {
    return new ConceptDictionary([], state);
  }

  get(key: ConceptKey): Concept | undefined {
    return this.byKey.get(key);
  }

  /**
   * Notes moved: concepts they own or define follow them (names and keys stay, so the signature does).
   * Returns the keys whose concept changed. Concept objects are replaced, never mutated (exportState shares them).
   */
  moveNotes(moved: ReadonlyMap<NoteId, NoteId>): ConceptKey[] {
    const out: ConceptKey[] = [];
    const at = (o: Occurrence): Occurrence => {
      const to = moved.get(o.noteId);
      return to === undefined ? o : { ...o, noteId: to };
    };
    for (const [key, c] of this.byKey) {
      const owner = c.noteId === null ? undefined : moved.get(c.noteId);
      if (owner === undefined && !c.definitions.some((o) => moved.has(o.noteId))) continue;
      this.byKey.set(key, { ...c, noteId: owner ?? c.noteId, definitions: c.definitions.map(at) });
      out.push(key);
    }
    return out;
  }

  /** The concept any of whose names folds like `text`. */
  lookup(text: string): ConceptKey | undefined {
    // A build looks up every note's title, headings and prose-read terms, the same few thousand strings
    // again and again: folding them each time was ~1 s of a 10k-note build.
    let key = this.looked.get(text);
    if (key === undefined && !this.looked.has(text)) {
      key = this.byName.get(foldTerm(text, this.acronyms));
      if (this.looked.size >= LOOKUP_CACHE) this.looked.clear();
      this.looked.set(text, key);
    }
    return key;
  }

  private readonly looked = new Map<string, ConceptKey | undefined>();

  /** Every name to look for in prose; sorted, stable. */
  names(): readonly DictionaryName[] {
    return this.nameList;
  }

  get size(): number {
    return this.byKey.size;
  }
}
