import { createHash } from 'node:crypto';
import type { ConceptSource, NoteId } from '../../contract';
import { FOLDED_DESCRIPTIVE, FOLDED_GENERIC, FOLDED_STOPWORDS } from './extract';
import { foldTerm, foldWord, looseKeys } from './fold';
import { believedMatches, initialsOf, nameLike, spelledAcronym, type InitialsMatch } from './initials';
import { isCommonWord } from './common-words';
import { before, DictionaryInputs, type CandidateEntry, type FirstSeen, type HeadingEntry } from './dictionary-inputs';
import { STOP_ACRONYMS } from './stoplists';
import type { Concept, ConceptKey, DictionaryName, DictionaryState, NoteCandidates, Occurrence } from './types';

export type { DictionaryName } from './types';

/**
 * An acronym written as a word of prose is a concept from its first use: a capitalised token that is not
 * shouting, a unit or boilerplate (STOP_ACRONYMS) names a thing in either language (`mediante SSH`).
 */
export const ACRONYM_MIN_NOTES = 2;
export const ACRONYM_MIN_COUNT = 1;
/** A word pair or triple becomes a concept when the headings of this many notes use it. */
const HEADING_TERM_MIN_NOTES = 3;

const ACRONYM_SHAPE = /^[A-Z][A-Z0-9]{1,5}s?$/;
/** Texts whose lookup a dictionary remembers; past this it starts again (a vault's titles and headings fit). */
const LOOKUP_CACHE = 200_000;

interface Group {
  names: string[];
  source: ConceptSource;
  /** How many candidates it stands for (the same one written in many notes is one group). */
  count: number;
  /** The candidates it stands for, with their notes and occurrences; null for acronyms and heading terms. */
  entry: CandidateEntry | null;
  /** A title or alias: the note names itself. */
  named: boolean;
  /** The group is a note's bare file name (see ConceptCandidate.fileName). */
  fileName?: boolean;
  gloss?: 'strong' | 'weak';
}

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

function fileBase(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1).replace(/\.md$/i, '');
}

/**
 * Words that mostly open headings are the verbs of instructions (Create, Use, Configure, Launch): a
 * heading that starts with one names a task, not a concept, and a term does not start with one.
 */
function verbDetector(headings: Iterable<HeadingEntry>, fold: (w: string) => string): (f: string) => boolean {
  const initial = new Map<string, number>();
  const inner = new Map<string, number>();
  for (const h of headings) {
    h.tokens.forEach((w, i) => {
      const f = fold(w);
      const m = i === 0 ? initial : inner;
      m.set(f, (m.get(f) ?? 0) + h.size);
    });
  }
  return (f: string): boolean => {
    const a = initial.get(f) ?? 0;
    // Enough headings to tell: in a small vault a noun may open a few headings in a row.
    return a >= 8 && a > 3 * (inner.get(f) ?? 0);
  };
}

/** Where a heading term is first written: the heading's first place, then the term's length and place in it. */
interface GramSeen {
  at: FirstSeen;
  n: number;
  i: number;
}

function gramBefore(a: GramSeen, b: GramSeen): boolean {
  if (a.at.noteId !== b.at.noteId) return a.at.noteId < b.at.noteId;
  if (a.at.index !== b.at.index) return a.at.index < b.at.index;
  return a.n !== b.n ? a.n < b.n : a.i < b.i;
}

/** Recurring heading terms: word pairs/triples that name things across several notes' headings. */
function headingTerms(
  inputs: DictionaryInputs,
  fold: (w: string) => string,
  verbLike: (f: string) => boolean,
  brands: ReadonlySet<string>,
): Group[] {
  const ok = (f: string): boolean => f.length >= 2 && /\p{L}/u.test(f) && !FOLDED_STOPWORDS.has(f);

  const seen = new Map<string, { notes: Set<number>; surface: string; seen: GramSeen }>();
  for (const h of inputs.headings.values()) {
    const folded = h.tokens.map(fold);
    const at = inputs.firstSeen(h);
    for (let n = 2; n <= 3; n++) {
      for (let i = 0; i + n <= folded.length; i++) {
        const gram = folded.slice(i, i + n);
        if (!gram.every(ok)) continue;
        if (i === 0 && verbLike(gram[0] ?? '')) continue;
        // `Supported instance types`; `Amazon EBS-backed`: the brand's name is the next pair.
        if (FOLDED_DESCRIPTIVE.has(gram[0] ?? '') || brands.has(gram[0] ?? '')) continue;
        const key = gram.join(' ');
        if (FOLDED_GENERIC.has(key)) continue;
        const here = { at, n, i };
        let e = seen.get(key);
        if (!e || gramBefore(here, e.seen)) {
          // The term is spelled as where it is first written (notes in id order, then headings in order).
          const raw = h.tokens.slice(i, i + n);
          const surface = raw.every((w) => w === w.toUpperCase()) ? raw.join(' ') : raw.join(' ').toLowerCase();
          if (!e) seen.set(key, (e = { notes: new Set(), surface, seen: here }));
          else {
            e.surface = surface;
            e.seen = here;
          }
        }
        // Only whether enough notes use it counts.
        if (e.notes.size >= HEADING_TERM_MIN_NOTES) continue;
        for (const id of h.holders) {
          e.notes.add(id);
          if (e.notes.size >= HEADING_TERM_MIN_NOTES) break;
        }
      }
    }
  }
  const kept = new Set<string>();
  for (const [k, e] of seen) if (e.notes.size >= HEADING_TERM_MIN_NOTES && k.split(' ').length === 2) kept.add(k);
  const out: { group: Group; seen: GramSeen }[] = [];
  for (const [k, e] of seen) {
    if (e.notes.size < HEADING_TERM_MIN_NOTES) continue;
    const parts = k.split(' ');
    // A triple that contains a recurring pair is that pair in context (`instance store volume`).
    if (parts.length === 3 && (kept.has(`${parts[0]} ${parts[1]}`) || kept.has(`${parts[1]} ${parts[2]}`))) continue;
    out.push({ group: { names: [e.surface], source: 'heading', count: 1, entry: null, named: false }, seen: e.seen });
  }
  return out.sort((a, b) => (gramBefore(a.seen, b.seen) ? -1 : gramBefore(b.seen, a.seen) ? 1 : 0)).map((x) => x.group);
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

    // The vault's own definitions say which words are brands: `Amazon Elastic Block Store (Amazon EBS)`
    // also names plain `EBS`, so `Amazon` is one.
    const brands = new Set<string>();
    for (const e of entries) {
      if (e.source !== 'definition' || e.names.length < 3) continue;
      const short = fold(e.names[1] ?? '').split(' ');
      if (short.length === 2 && short[1] === fold(e.names[2] ?? '')) brands.add(short[0] ?? '');
    }
    // A capitalised word that opens both `W ECS` (an acronym of three letters or more) and another name
    // (`W Machine Image`) is a vendor's name before its products: `Amazon ECS` is ECS.
    const opens = new Map<string, Set<string>>();
    const beforeAcronym = new Set<string>();
    for (const e of entries) {
      for (const n of e.names) {
        const m = /^(\p{Lu}\p{Ll}+)\s+(\S.*)$/u.exec(n.trim());
        if (!m) continue;
        const w = fold(m[1] ?? '');
        opens.set(w, (opens.get(w) ?? new Set()).add(fold(m[2] ?? '')));
        if (/^[A-Z][A-Z0-9]{2,}$/.test(m[2] ?? '') && acronyms.has((m[2] ?? '').toLowerCase())) beforeAcronym.add(w);
      }
    }
    const describing = new Set<string>();
    const lowercase = beforeAcronym.size ? writtenInLowercase(entries, beforeAcronym, fold) : new Set<string>();
    for (const w of beforeAcronym) {
      if ((opens.get(w)?.size ?? 0) < 2) continue;
      // An everyday word (`Instance ID`, `Subnet ID`) is part of the name, not a vendor; so is a word the
      // prose also writes in lowercase (`default security group`, `encrypt snapshots`): a vendor's name is
      // always capitalised. `Rotating KMS`, `Verified AMI`: a participle opens a task or a kind.
      if (isCommonWord(w)) continue;
      (lowercase.has(w) || PARTICIPLE.test(w) ? describing : brands).add(w);
    }
    // Neither vendor nor describing word makes a term of its own (`AWS account`, `default time` are as
    // generic as `account`, `time`), but only a vendor's name is the same concept without it.
    const generic = describing.size ? new Set([...brands, ...describing]) : brands;

    const verbLike = verbDetector(inputs.headings.values(), foldW);
    for (const e of entries) {
      if ((e.source === 'heading' || e.source === 'term') && verbLike(fold(e.names[0] ?? '').split(' ')[0] ?? '')) continue;
      groups.push({
        names: withoutBrand(e.names, brands, fold),
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
    const usable = (f: string): boolean => f.length >= 2 && !FOLDED_STOPWORDS.has(f);
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
    const memoFor = `${acronymKey}\u0000${brandKey}\u0000${[...describing].sort().join(' ')}`;
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

/** A concept and its names, as one connected set of names makes them. */
export interface Made {
  concept: Concept;
  names: DictionaryName[];
}

interface Acc {
  surfaces: Map<string, Map<string, number>>;
  sources: Set<ConceptSource>;
  /** Title and alias candidates naming it, with their place in their note (see pickNote). */
  notes: { id: NoteId; label: string; source: ConceptSource; index: number }[];
  definitions: { occurrence: Occurrence; index: number }[];
  acronym: string[];
  firstNames: string[];
  /** Long forms of the concept's definitions, folded, with how often each is used. */
  longForms: Map<string, number>;
  /** Evidence beyond a heading, a tag or a bare file name that the vault names this idea. */
  named: boolean;
}

const inNoteOrder = (a: { id: NoteId; index: number }, b: { id: NoteId; index: number }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.index - b.index);

/** The concept one connected set of names stands for (`groups` in the order the notes write them), or null. */
function makeConcept(
  groups: readonly Group[],
  foldedNames: readonly string[][],
  vault: { fold: (s: string) => string; usable: (f: string) => boolean; acronyms: ReadonlySet<string>; brands: ReadonlySet<string> },
): Made | null {
  const { fold, usable, acronyms, brands } = vault;
  const acc: Acc = { surfaces: new Map(), sources: new Set(), notes: [], definitions: [], acronym: [], firstNames: [], longForms: new Map(), named: false };
  groups.forEach((g, gi) => {
    const folded = foldedNames[gi] ?? [];
    acc.sources.add(g.source);
    g.names.forEach((name, i) => {
      const f = folded[i] ?? '';
      if (!usable(f)) return;
      const m = acc.surfaces.get(f) ?? new Map<string, number>();
      m.set(name, (m.get(name) ?? 0) + g.count);
      acc.surfaces.set(f, m);
      if (ACRONYM_SHAPE.test(name)) acc.acronym.push(f);
    });
    if (g.named) for (const x of g.entry?.instances ?? []) acc.notes.push({ id: x.noteId, label: g.names[0] ?? '', source: g.source, index: x.index });
    if (g.source === 'definition') for (const x of g.entry?.instances ?? []) if (x.occurrence) acc.definitions.push({ occurrence: x.occurrence, index: x.index });
    if (g.source === 'definition' && !g.gloss) {
      const long = folded[0] ?? '';
      if (usable(long)) acc.longForms.set(long, (acc.longForms.get(long) ?? 0) + g.count);
    }
    if (g.source === 'alias' || g.source === 'glossary' || g.source === 'definition' || g.source === 'acronym' || (g.source === 'note' && !g.fileName)) {
      acc.named = true;
    }
    acc.firstNames.push(g.names[0] ?? '');
  });

  if (isGeneric(acc, brands)) return null;
  // A brand alone (`Amazon`) is the vendor of the vault's concepts, not one of them.
  if (acc.surfaces.size === 1 && brands.has([...acc.surfaces.keys()][0] ?? '') && !acc.notes.length) return null;
  const note = pickNote(acc.notes.sort(inNoteOrder), fold);
  const acronymKey = [...new Set(acc.acronym)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
  const best = (f: string): string => {
    const m = acc.surfaces.get(f);
    if (!m) return f;
    // Prefer a spelling that is not all capitals (`Elastic Load Balancer` over `ELASTIC LOAD BALANCER`)
    // unless the name is an acronym, then the most used one.
    const top = [...m].sort((x, y) => score(y) - score(x) || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? f;
    return unshout(top, acronyms);
  };
  let key: string;
  let label: string;
  if (acronymKey !== undefined) {
    key = acronymKey;
    // An acronym the prose never uses on its own (`Infrequent Access (IA)`, then only `Standard-IA`)
    // reads better spelled out.
    const long = [...acc.longForms].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0];
    label = note ? note.label : !acc.sources.has('acronym') && long !== undefined ? best(long) : best(acronymKey);
  } else if (note) {
    key = fold(note.label);
    label = note.label;
  } else {
    const first = fold(acc.firstNames.find((n) => usable(fold(n))) ?? '');
    key = first;
    label = best(first);
  }
  if (!usable(key) || !acc.surfaces.has(key)) key = [...acc.surfaces.keys()].sort()[0] ?? key;
  const aliases: string[] = [];
  const labelFold = fold(label);
  for (const f of [...acc.surfaces.keys()].sort()) if (f !== labelFold) aliases.push(best(f));
  const sources = (['note', 'alias', 'glossary', 'definition', 'term', 'heading', 'tag', 'acronym'] as const).filter((s) => acc.sources.has(s));
  const definitions = acc.definitions
    .map((d) => ({ id: d.occurrence.noteId, index: d.index, occurrence: d.occurrence }))
    .sort(inNoteOrder)
    .map((d) => d.occurrence);
  const concept: Concept = { key, label, aliases, noteId: note?.id ?? null, sources, definitions };
  // A name found only by its shape or a heading does not hide the names inside it: `Amazon EC2 Auto
  // Scaling` also mentions `Auto Scaling` and EC2.
  const weak = sources.every((s) => s === 'heading' || s === 'term');
  const names: DictionaryName[] = [];
  for (const [f, m] of acc.surfaces) {
    const capsOnly = !/\d/.test(f) && !f.includes(' ') && [...m.keys()].every((s) => s === s.toUpperCase());
    names.push({ folded: f, key, capsOnly, weak });
  }
  return { concept, names };
}

/**
 * A lone everyday word that only headings, tags or bare file names put forward (`Connect`, `Costs`,
 * `Performance`, `Familias`, `Destinos`) is a section label, not an idea of its own: it would link every
 * note that uses the word. Acronyms, definitions, aliases, front-matter titles and longer names are
 * never generic; neither is a rarer single word (`Snapshots`, `Subnets`, `Hibernate`).
 */
function isGeneric(acc: { surfaces: Map<string, unknown>; acronym: string[]; named: boolean }, brands: ReadonlySet<string>): boolean {
  if (acc.named || acc.acronym.length > 0) return false;
  for (const f of acc.surfaces.keys()) {
    // A brand adds no idea: `AWS account` is as generic as `account`.
    const sp = f.indexOf(' ');
    const rest = sp > 0 && brands.has(f.slice(0, sp)) ? f.slice(sp + 1) : f;
    if (rest.includes(' ') || /\d/.test(rest) || !isCommonWord(rest)) return false;
  }
  return true;
}

/** English and Spanish participles and gerunds, as folded: `rotating`, `verified`, `cifrado`, `usando`. */
const PARTICIPLE = /^\p{L}{3,}(?:ing|ed|ado|ada|ido|ida|ando|iendo)$/u;

/** Which of `words` (folded) the vault's prose also writes in lowercase, inside a term or definition it names. */
function writtenInLowercase(entries: Iterable<CandidateEntry>, words: ReadonlySet<string>, fold: (s: string) => string): Set<string> {
  const found = new Set<string>();
  for (const e of entries) {
    // A note's name comes from its file name, often all lowercase (`install-nvidia-driver.md`).
    if (e.source === 'note') continue;
    for (const n of e.names) {
      for (const t of n.split(/\s+/)) {
        if (t === '' || t !== t.toLowerCase() || !/^\p{Ll}/u.test(t)) continue;
        const f = fold(t);
        if (words.has(f)) found.add(f);
      }
    }
  }
  return found;
}

/** A brand name's own name: `Amazon CloudWatch` also names `CloudWatch`, as `Amazon EBS` names `EBS`. */
function withoutBrand(names: string[], brands: ReadonlySet<string>, fold: (s: string) => string): string[] {
  let out = names;
  for (const n of names) {
    const m = /^(\S+)\s+(\S+)$/.exec(n.trim());
    if (!m || !brands.has(fold(m[1] ?? ''))) continue;
    const rest = m[2] ?? '';
    // Only a word whose shape makes it a name: an acronym (EBS) or an inner capital (CloudWatch).
    if (!/^[A-Z][A-Z0-9]+s?$/.test(rest) && !/^[A-Z]?[a-z0-9]+[A-Z]/.test(rest)) continue;
    // `Subnet ID`: an acronym that names nothing alone (STOP_ACRONYMS) stays part of the name.
    if (STOP_ACRONYMS.has(rest.toLowerCase())) continue;
    if (out === names) out = [...names];
    if (!out.includes(rest)) out.push(rest);
  }
  return out;
}

/**
 * A name only ever shouted (`EC2 IMAGE BUILDER`, a heading in capitals) reads as `EC2 Image Builder`: its
 * acronyms keep their capitals, the other words are capitalised.
 */
export function unshout(surface: string, acronyms: ReadonlySet<string>): string {
  if (surface.length <= 6 || !surface.includes(' ') || surface !== surface.toUpperCase() || !/\p{Lu}/u.test(surface)) return surface;
  return surface.replace(/[\p{L}\p{N}]+/gu, (w) => (acronyms.has(w.toLowerCase()) || /\d/.test(w) || w.length <= 2 ? w : w[0] + w.slice(1).toLowerCase()));
}

function score([surface, count]: [string, number]): number {
  const shouting = surface.length > 6 && surface === surface.toUpperCase();
  return (shouting ? 0 : 1000) + count;
}

/**
 * The note that stands for a concept: one whose file is named after it wins over one that only
 * carries the name in its front matter; then the shortest path.
 */
function pickNote(
  notes: { id: NoteId; label: string; source: ConceptSource }[],
  fold: (s: string) => string,
): { id: NoteId; label: string } | null {
  if (notes.length === 0) return null;
  const rank = (n: { id: NoteId; label: string; source: ConceptSource }): number =>
    (fold(fileBase(n.id)) === fold(n.label) ? 0 : 2) + (n.source === 'note' ? 0 : 1);
  const sorted = [...notes].sort((a, b) => rank(a) - rank(b) || a.id.length - b.id.length || (a.id < b.id ? -1 : 1));
  const top = sorted[0];
  if (!top) return null;
  // The label is the title of the chosen note, not one of its aliases.
  const own = notes.find((n) => n.id === top.id && n.source === 'note');
  return { id: top.id, label: own?.label ?? top.label };
}
