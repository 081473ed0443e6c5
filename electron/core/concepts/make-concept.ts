import type { ConceptSource, NoteId } from '../../contract';
import { isCommonWord } from './common-words';
import type { CandidateEntry } from './dictionary-inputs';
import type { Concept, DictionaryName, Occurrence } from './types';

export const ACRONYM_SHAPE = /^[A-Z][A-Z0-9]{1,5}s?$/;
/**
 * A name a note pairs with a term that is too short to be a name the vault shares: a symbol (`demand curve
 * (D)`, `market-clearing price (P*)`, see symbol-names.ts) or a word clipped with its period (`fund. =
 * fundamental`). A letter or a clipped word names a different thing in every subject, so it is kept as an
 * alias of the concept its note gave it to, never a name to join concepts by or to look for in prose.
 */
const LOCAL_NAME = /^(?:\p{L}|\p{L}[*′'½⁺⁻]|\p{L}[₀-₉ₐ-ₜ]{1,2}|\p{L}[²³¹⁰-⁹]{1,2}|\p{L}{2,8}\.)$/u;

/** A definition's names without its note-local ones (see LOCAL_NAME), and those; the first name is never local. */
export function localNames(names: readonly string[]): [string[], string[]] {
  if (!names.some((n, i) => i > 0 && LOCAL_NAME.test(n))) return [names as string[], []];
  return [names.filter((n, i) => i === 0 || !LOCAL_NAME.test(n)), names.filter((n, i) => i > 0 && LOCAL_NAME.test(n))];
}

export interface Group {
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
  /** Note-local names (see LOCAL_NAME): aliases only. */
  local?: string[];
}

function fileBase(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1).replace(/\.md$/i, '');
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
  /** Names written as a link's target: a concept without a note is labelled so, and a note made for it under its label is the one its links find. */
  linked: Set<string>;
  /** Note-local names its notes pair with it (see LOCAL_NAME). */
  symbols: Set<string>;
}

const inNoteOrder = (a: { id: NoteId; index: number }, b: { id: NoteId; index: number }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.index - b.index);

/** The concept one connected set of names stands for (`groups` in the order the notes write them), or null. */
export function makeConcept(
  groups: readonly Group[],
  foldedNames: readonly string[][],
  vault: { fold: (s: string) => string; usable: (f: string) => boolean; acronyms: ReadonlySet<string>; brands: ReadonlySet<string> },
): Made | null {
  const { fold, usable, acronyms, brands } = vault;
  const acc: Acc = { surfaces: new Map(), sources: new Set(), notes: [], definitions: [], acronym: [], firstNames: [], longForms: new Map(), named: false, linked: new Set(), symbols: new Set() };
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
    if (g.source === 'alias' || g.source === 'glossary' || g.source === 'definition' || g.source === 'acronym' || g.source === 'link' || (g.source === 'note' && !g.fileName)) {
      acc.named = true;
    }
    acc.firstNames.push(g.names[0] ?? '');
    for (const n of g.local ?? []) acc.symbols.add(n);
    if (g.source === 'link' && g.names[0] !== undefined) acc.linked.add(g.names[0]);
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
    const linkedFirst = (x: [string, number]): number => (acc.linked.has(x[0]) ? 1 : 0);
    const top = [...m].sort((x, y) => linkedFirst(y) - linkedFirst(x) || score(y) - score(x) || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? f;
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
  for (const s of [...acc.symbols].sort()) if (!aliases.includes(s) && s !== label) aliases.push(s);
  const sources = (['note', 'alias', 'glossary', 'link', 'definition', 'term', 'heading', 'tag', 'acronym'] as const).filter((s) => acc.sources.has(s));
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
