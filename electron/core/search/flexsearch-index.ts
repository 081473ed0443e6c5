import { Document } from 'flexsearch';
import type { NoteId, SearchHitDTO, SearchResultDTO } from '../../contract';
import { countKeys, foldPlain, keysOf, STOPWORDS, tokenize } from './fold';
import { Highlighter, isWordSized } from './highlight';
import { parseQuery, type FilterOp, type QueryNode } from './query-parser';
import { Accumulator } from './accumulator';
import { BODY_RESOLUTION, bodySlot, combine, idf, PREFIX_FIELD_FACTOR, slotValue, VARIANT, WEIGHT } from './rank';
import { PAIR_BITS, PairIndex, type PairState } from './pair-index';
import { containsPhrase, phrasePrefilter } from './phrase';
import { spread } from './warm-up';
import { type SlotScores, SlotScoresPool, TopK } from './slot-scores';
import { makeSnippets } from './snippet';
import { SearchStateError } from './state-error';
import type { SearchDoc, SearchIndex } from './types';
import { Vocabulary } from './vocabulary';

/**
 * Choices, measured or read at the source (DESIGN.md "Known traps"):
 * - One FlexSearch document per section (heading + body) and one per note (title, aliases, tags, path,
 *   concepts). Ids are numbers, `slot << 10 | section` (1023 = the note document): numbers keep the
 *   exported posting lists small and map back to `noteId#section` through `slots`.
 * - `fastupdate: false`, because an index built with it cannot be exported/imported, and the cache needs
 *   export. Without it FlexSearch's remove scans every posting list (~20 ms per document), so an edited
 *   note is never removed from FlexSearch: its old slot is retired (a tombstone filtered out of results)
 *   and the new version gets a fresh slot. Upsert is then an add (well under 1 ms); retired postings are
 *   dropped by a rebuild once they outnumber the live notes.
 * - `forward` tokenizing only on title and aliases; heading and body prefixes and one-typo words are
 *   expanded against the vocabulary instead (forward headings were a quarter of the build). No `context` (≈1 GB at 10k notes): a
 *   phrase reads the notes holding each of its adjacent word pairs from our own `PairIndex`, then checks
 *   their text.
 * - Our own folding (`fold.ts`) is applied before FlexSearch sees text; its encoder only splits on spaces.
 */

export const FLEXSEARCH_VERSION = '0.8.212';
const STATE_FORMAT = 'cairn-search/2';

const SECTION_BITS = 10;
const NOTE_DOC = (1 << SECTION_BITS) - 1;
const MAX_SECTIONS = NOTE_DOC;
const ALL = 1 << 30;
const ALL_SECTIONS = 0x7fffffff;
const DEFAULT_LIMIT = 50;
/** Phrase checks tokenize note text; past this many candidates a query stops looking for more hits. */
const VERIFY_BUDGET = 3000;
const PREFIX_EXPANSIONS = 8;
const FUZZY_EXPANSIONS = 6;
const FUZZY_MIN_LENGTH = 5;
/** Typo expansion tries ~72 edits per letter: past this length a word is pasted, not typed. */
const FUZZY_MAX_LENGTH = 32;
const FUZZY_MAX_SHARE = 0.05;
const FUZZY_MAX_COUNT = 50;
/**
 * Body sections read for the words a typed prefix or a typo stands for, shared among them. Their body
 * postings come best term frequency first, so a common completion (`inst` → instancia) stops after its
 * strongest sections instead of touching every note; the word as typed is always read whole.
 */
const VARIANT_BODY_BUDGET = 12_000;
/** Best-scored candidates whose title coverage is weighed before the final order. */
const RESCORE = 200;
const COVER = { title: 0.8, h1: 0.4 } as const;

type Field = 'title' | 'aliases' | 'heading' | 'tags' | 'path' | 'concepts' | 'body';
const FORWARD_FIELDS = ['title', 'aliases'] as const;
const STRICT_FIELDS: Field[] = ['heading', 'tags', 'path', 'concepts', 'body'];
const FIELDS: Field[] = [...FORWARD_FIELDS, ...STRICT_FIELDS];

const split = (s: string): string[] => s.split(' ');

/**
 * A section body is added as this placeholder and its encoder hands FlexSearch the section's distinct keys
 * as they are: joining them into a string only for FlexSearch to split it again was a tenth of the build.
 * Query terms are folded words, never the placeholder, so they are split as before.
 */
const BODY_PLACEHOLDER = '\u0000body';
let bodyKeys: string[] = [];
const encodeBody = (s: string): string[] => (s === BODY_PLACEHOLDER ? bodyKeys : s.split(' '));

/** The section being added: its term frequencies, read by the body field's `score` callback. */
let scoring: { tf: Map<string, number>; len: number } = { tf: new Map(), len: 0 };
const bodyScore = (_content: string[], term: string): number => bodySlot(scoring.tf.get(term) ?? 1, scoring.len);

const CONFIG = {
  fields: [
    { field: 'title', tokenize: 'forward' },
    { field: 'aliases', tokenize: 'forward' },
    { field: 'heading', tokenize: 'strict' },
    { field: 'tags', tokenize: 'strict' },
    { field: 'path', tokenize: 'strict' },
    { field: 'concepts', tokenize: 'strict' },
    { field: 'body', tokenize: 'strict', resolution: BODY_RESOLUTION },
  ],
  sectionBits: SECTION_BITS,
  fold: 'concepts/fold foldWord',
  body: 'distinct keys, no stopwords',
  bodyScore: 'bm25-slot k1=1.2 b=0.5 avg=120',
  pairs: `adjacent keys of title, aliases, sections; fnv1a+fmix ${PAIR_BITS} bits; varint gaps of note slots`,
} as const;
const CONFIG_SIGNATURE = JSON.stringify(CONFIG);

type FlexDoc = Document;

function createDocument(): FlexDoc {
  const index = CONFIG.fields.map((f) => ({
    ...f,
    encode: f.field === 'body' ? encodeBody : split,
    fastupdate: false,
    ...(f.field === 'body' ? { score: bodyScore } : {}),
  }));
  // The typings describe options per generic; the runtime accepts these, as the tests show.
  return new Document({ document: { id: 'id', index } } as unknown as ConstructorParameters<typeof Document>[0]);
}

interface Entry {
  doc: SearchDoc;
  slot: number;
  titleKeys: string[];
  aliasKeys: string[][];
  headingKeys: string[][];
  /** Keys of the first H1 heading, if any: title coverage weighs it for every candidate. */
  h1Keys: string[] | undefined;
  tags: string[];
  path: string;
  file: string;
  concepts: string[];
}

interface NodeResult {
  /** Note slot → score; valid until the next search. */
  m: SlotScores;
  /** Extra condition checked lazily on the best candidates only (phrases). */
  pred?: (slot: number) => boolean;
}

export interface SearchState {
  format: string;
  flexsearch: string;
  config: string;
  nextSlot: number;
  notes: [number, SearchDoc][];
  vocabulary: [string, number][];
  flex: [string, string][];
  pairs: PairState;
}

export class FlexSearchIndex implements SearchIndex {
  private flex: FlexDoc = createDocument();
  private readonly entries = new Map<number, Entry>();
  /** The same entries indexed by slot (undefined once retired): read per posting, where a Map lookup showed. */
  private slotEntry: (Entry | undefined)[] = [];
  /**
   * Folded tag → the slots that were given it, retired ones included (read through `slotEntry`). A tag
   * filter marks its slots once per query: checking each candidate's tags cost a third of an operator query.
   */
  private readonly tagSlots = new Map<string, number[]>();
  private readonly byId = new Map<NoteId, number>();
  private readonly vocab = new Vocabulary();
  private pairs = new PairIndex();
  /** The keys of the section being added, in order (reused). */
  private readonly order: string[] = [];
  private nextSlot = 0;
  private retired = 0;
  /** 1 for a live slot: checked for every posting, so a flat array rather than a Map lookup. */
  private live = new Uint8Array(1024);
  /**
   * Per slot, a bit for each of the first 31 sections that is an H1: a heading hit's weight is read from
   * here rather than through the note's sections, a chain of loads for every heading posting.
   */
  private h1 = new Uint32Array(1024);
  /**
   * Per note slot, a bit per section (the first 31) whose heading or body matched during the current
   * search: snippets then tokenize only those sections.
   */
  private hint: Uint32Array | null = null;
  private readonly acc = new Accumulator();
  private readonly pool = new SlotScoresPool();
  private readonly topk = new TopK();
  /** Section masks for the current search (one per phrase word, plus the outer one), reused between searches. */
  private readonly masks: Uint32Array[] = [];
  private masksUsed = 0;
  /**
   * While a phrase scores its words: 1 for the notes holding every pair of the phrase. Postings of other
   * notes are skipped, so a phrase of common words costs little more than reading their posting lists.
   */
  private only: Uint32Array | null = null;

  get size(): number {
    return this.entries.size;
  }

  notesHolding(key: string): Set<NoteId> | null {
    if (STOPWORDS.has(key)) return null;
    const out = new Set<NoteId>();
    for (const term of [key, `${key}s`]) {
      for (const field of FIELDS) {
        for (const postings of this.lookup(field, term)) {
          for (const id of postings ?? []) {
            const entry = this.slotEntry[id >>> SECTION_BITS];
            if (entry) out.add(entry.doc.id);
          }
        }
      }
    }
    return out;
  }

  ids(): NoteId[] {
    return [...this.byId.keys()];
  }

  conceptsOf(id: NoteId): readonly string[] | undefined {
    const slot = this.byId.get(id);
    return slot === undefined ? undefined : this.slotEntry[slot]?.doc.concepts;
  }

  sample(n: number): SearchDoc[] {
    return spread([...this.entries.values()], n).map((e) => e.doc);
  }

  upsert(doc: SearchDoc): void {
    const old = this.byId.get(doc.id);
    if (old !== undefined) this.retire(old);
    if (this.retired > Math.max(1000, this.entries.size)) this.compact();
    this.add(doc, this.nextSlot++);
  }

  upsertText(doc: SearchDoc): void {
    const old = this.byId.get(doc.id);
    if (old !== undefined) this.retire(old);
    if (this.retired > Math.max(1000, this.entries.size)) this.compact();
    this.add({ ...doc, concepts: [] }, this.nextSlot++, true);
  }

  setConcepts(id: NoteId, concepts: string[]): void {
    const slot = this.byId.get(id);
    const entry = slot === undefined ? undefined : this.slotEntry[slot];
    const distinct = slot === undefined ? undefined : this.waiting.get(slot);
    if (slot === undefined || !entry || !distinct) throw new Error(`${id} was not indexed by upsertText`);
    this.waiting.delete(slot);
    entry.doc = { ...entry.doc, concepts };
    const perConcept = concepts.map(keysOf);
    entry.concepts = perConcept.map((keys) => keys.join(' '));
    // The names joined by spaces have these keys, in this order: a space only ends a word.
    const conceptKeys = perConcept.flat();
    // The field's own index, as `Document.add` reaches it: the other fields of the note's document are
    // already in theirs, and the concept field's postings come in the same order as in one add.
    const text = conceptKeys.join(' ');
    if (text) (this.flex as unknown as { index: Map<string, { add(id: number, content: string, append: boolean, skipUpdate: boolean): void }> }).index.get('concepts')?.add((slot << SECTION_BITS) + NOTE_DOC, text, false, true);
    for (const k of conceptKeys) distinct.add(k);
    this.vocab.addNote(distinct);
  }

  remove(id: NoteId): void {
    const slot = this.byId.get(id);
    if (slot !== undefined) this.retire(slot);
  }

  /** Notes added by `upsertText` whose concept names are still to come: their distinct keys so far. */
  private readonly waiting = new Map<number, Set<string>>();

  private add(doc: SearchDoc, slot: number, conceptsLater = false): void {
    const entry = makeEntry(doc, slot);
    this.entries.set(slot, entry);
    this.slotEntry[slot] = entry;
    this.setLive(slot, 1, h1Bits(doc));
    this.byId.set(doc.id, slot);
    this.addTags(entry);
    const base = slot << SECTION_BITS;
    const tagKeys = keysOf(doc.tags.join(' '));
    const pathKeys = keysOf(doc.path);
    const conceptKeys = keysOf(doc.concepts.join(' '));
    this.flex.add({
      id: base + NOTE_DOC,
      title: entry.titleKeys.join(' '),
      aliases: entry.aliasKeys.map((a) => a.join(' ')).join(' '),
      tags: tagKeys.join(' '),
      path: pathKeys.join(' '),
      concepts: conceptKeys.join(' '),
    });
    const distinct = new Set<string>(entry.titleKeys);
    for (const a of entry.aliasKeys) for (const k of a) distinct.add(k);
    this.pairs.addRun(slot, entry.titleKeys);
    for (const a of entry.aliasKeys) this.pairs.addRun(slot, a);
    const sections = doc.sections.slice(0, MAX_SECTIONS);
    sections.forEach((section, i) => {
      const text = i === MAX_SECTIONS - 1 ? doc.sections.slice(i).map((s) => s.text).join('\n') : section.text;
      const tf = new Map<string, number>();
      const len = countKeys(text, tf, this.order);
      // Pairs never span two sections, as the text check reads one section at a time.
      if (i < MAX_SECTIONS - 1) this.pairs.addRun(slot, this.order, len);
      else for (const rest of doc.sections.slice(i)) this.pairs.addRun(slot, keysOf(rest.text));
      for (const k of tf.keys()) distinct.add(k);
      for (const k of entry.headingKeys[i] ?? []) distinct.add(k);
      scoring = { tf, len };
      // Distinct words only: the slot already carries the frequency, repeats would only be skipped.
      // Function words are left out of bodies (a fifth of all postings): a query never requires them, and
      // a phrase holding one is checked against the text.
      const keys: string[] = [];
      for (const k of tf.keys()) if (!STOPWORDS.has(k)) keys.push(k);
      bodyKeys = keys;
      this.flex.add({ id: base + i, heading: (entry.headingKeys[i] ?? []).join(' '), body: keys.length ? BODY_PLACEHOLDER : '' });
      bodyKeys = [];
    });
    for (const k of [...tagKeys, ...pathKeys, ...conceptKeys]) distinct.add(k);
    // The vocabulary takes a note's keys at once, concept names last, so its order is a single add's.
    if (conceptsLater) this.waiting.set(slot, distinct);
    else this.vocab.addNote(distinct);
  }

  private addTags(entry: Entry): void {
    for (const t of new Set(entry.tags)) {
      const list = this.tagSlots.get(t);
      if (list) list.push(entry.slot);
      else this.tagSlots.set(t, [entry.slot]);
    }
  }

  private retire(slot: number): void {
    const entry = this.slotEntry[slot];
    if (!entry) return;
    this.entries.delete(slot);
    this.slotEntry[slot] = undefined;
    this.setLive(slot, 0);
    this.byId.delete(entry.doc.id);
    this.retired++;
    // A note still waiting for its concept names gave the vocabulary nothing yet.
    if (!this.waiting.delete(slot)) this.vocab.removeNote(distinctKeys(entry.doc));
  }

  private setLive(slot: number, v: 0 | 1, h1 = 0): void {
    if (slot >= this.live.length) {
      const size = Math.max(slot + 1, this.live.length * 2);
      const grown = new Uint8Array(size);
      grown.set(this.live);
      this.live = grown;
      const grownH1 = new Uint32Array(size);
      grownH1.set(this.h1);
      this.h1 = grownH1;
    }
    this.live[slot] = v;
    this.h1[slot] = h1;
  }

  /** Drops retired postings by rebuilding from the live notes. */
  private compact(): void {
    const docs = [...this.entries.values()].map((e) => e.doc);
    const later = new Set([...this.waiting.keys()].map((slot) => this.slotEntry[slot]?.doc));
    this.waiting.clear();
    this.flex = createDocument();
    this.pairs = new PairIndex();
    this.entries.clear();
    this.slotEntry = [];
    this.tagSlots.clear();
    this.live = new Uint8Array(1024);
    this.h1 = new Uint32Array(1024);
    this.byId.clear();
    this.vocab.load([]);
    this.nextSlot = 0;
    this.retired = 0;
    for (const d of docs) this.add(d, this.nextSlot++, later.has(d));
  }

  // ---------------------------------------------------------------- search

  search(query: string, limit = DEFAULT_LIMIT): SearchResultDTO {
    const t0 = performance.now();
    const parsed = parseQuery(query);
    if (!parsed.ok) return { query, hits: [], error: parsed.error, tookMs: performance.now() - t0 };
    if (!parsed.node) return { query, hits: [], error: null, tookMs: performance.now() - t0 };
    const hl = new Highlighter();
    const lastWord = findLastWord(parsed.node);
    this.pool.begin(this.nextSlot);
    this.masksUsed = 0;
    this.hint = this.mask();
    const res = this.evaluate(parsed.node, hl, lastWord);
    const hits = this.rankHits(res, limit, hl);
    this.hint = null;
    return { query, hits, error: null, tookMs: performance.now() - t0 };
  }

  /** A zeroed section mask of one bit per section for every slot. */
  private mask(): Uint32Array {
    let m = this.masks[this.masksUsed];
    if (!m || m.length < this.nextSlot) {
      m = new Uint32Array(Math.max(1024, this.nextSlot * 2));
      this.masks[this.masksUsed] = m;
    } else m.fill(0, 0, this.nextSlot);
    this.masksUsed++;
    return m;
  }

  private evaluate(node: QueryNode, hl: Highlighter, lastWord: QueryNode | null): NodeResult {
    switch (node.kind) {
      case 'word':
        return this.evalWord(node.text, node === lastWord, hl);
      case 'phrase':
        return this.evalPhrase(node.text, hl);
      case 'filter':
        return this.evalFilter(node.op, node.value, hl);
      case 'not': {
        // A lone exclusion means "every note but".
        return this.evalAnd([node], hl, lastWord);
      }
      case 'and':
        return this.evalAnd(node.children, hl, lastWord);
      case 'or':
        return this.evalOr(node.children, hl, lastWord);
    }
  }

  private evalAnd(children: QueryNode[], hl: Highlighter, lastWord: QueryNode | null): NodeResult {
    const positives: NodeResult[] = [];
    const filters: Filter[] = [];
    const negatives: NodeResult[] = [];
    const ignorable: NodeResult[] = [];
    for (const child of children) {
      if (child.kind === 'filter') filters.push(this.filter(child.op, child.value));
      else if (child.kind === 'not') negatives.push(child.child.kind === 'word' ? this.evalPresence(child.child.text) : this.evaluate(child.child, new Highlighter(), null));
      else if (child.kind === 'word' && isStopword(child.text) && children.length > 1) ignorable.push(this.evaluate(child, hl, lastWord));
      else positives.push(this.evaluate(child, hl, lastWord));
    }
    let m: SlotScores;
    const preds: ((slot: number) => boolean)[] = [];
    if (positives.length === 0 && ignorable.length > 0 && filters.length === 0 && negatives.length === 0) {
      positives.push(...ignorable.splice(0));
    }
    if (positives.length > 0) {
      positives.sort((a, b) => a.m.size - b.m.size);
      const first = (positives[0] as NodeResult).m;
      const rest = positives.slice(1).map((r) => r.m);
      m = this.pool.acquire();
      for (let i = 0; i < first.listed; i++) {
        const slot = first.slots[i] as number;
        if (!first.has(slot)) continue;
        let total = first.score[slot] as number;
        let ok = true;
        for (const r of rest) {
          if (!r.has(slot)) {
            ok = false;
            break;
          }
          total += r.score[slot] as number;
        }
        if (ok) m.set(slot, total);
      }
      for (const r of positives) if (r.pred) preds.push(r.pred);
      for (const { m: r } of ignorable) {
        for (let i = 0; i < r.listed; i++) {
          const slot = r.slots[i] as number;
          if (r.has(slot) && m.has(slot)) m.set(slot, m.get(slot) + r.get(slot) * 0.2);
        }
      }
      if (filters.length) {
        for (let i = 0; i < m.listed; i++) {
          const slot = m.slots[i] as number;
          if (m.has(slot) && !this.passes(slot, filters)) m.delete(slot);
        }
      }
    } else {
      m = this.pool.acquire();
      // Filters alone: concept filters rank (see conceptRank).
      const rank: NodeResult[] = [];
      for (const child of children) if (child.kind === 'filter' && child.op === 'concept') rank.push(this.conceptRank(child.value, hl));
      for (const slot of this.entries.keys()) {
        if (!this.passes(slot, filters)) continue;
        let score = 0;
        for (const r of rank) if (r.m.has(slot)) score += r.m.score[slot] as number;
        m.set(slot, score);
      }
    }
    for (const neg of negatives) {
      const nm = neg.m;
      if (neg.pred) {
        const p = neg.pred;
        preds.push((slot) => !(nm.has(slot) && p(slot)));
      } else {
        for (let i = 0; i < nm.listed; i++) {
          const slot = nm.slots[i] as number;
          if (nm.has(slot)) m.delete(slot);
        }
      }
    }
    return preds.length ? { m, pred: (slot) => preds.every((p) => p(slot)) } : { m };
  }

  private evalOr(children: QueryNode[], hl: Highlighter, lastWord: QueryNode | null): NodeResult {
    const parts = children.map((c) => this.evaluate(c, hl, lastWord));
    const m = this.pool.acquire();
    for (const { m: p } of parts) {
      for (let i = 0; i < p.listed; i++) {
        const slot = p.slots[i] as number;
        if (p.has(slot)) m.set(slot, m.get(slot) + (p.score[slot] as number));
      }
    }
    if (!parts.some((p) => p.pred)) return { m };
    return { m, pred: (slot) => parts.some((p) => p.m.has(slot) && (!p.pred || p.pred(slot))) };
  }

  private evalFilter(op: FilterOp, value: string, hl: Highlighter): NodeResult {
    const m = this.pool.acquire();
    const f = [this.filter(op, value)];
    const rank = op === 'concept' ? this.conceptRank(value, hl) : null;
    for (const slot of this.entries.keys()) if (this.passes(slot, f)) m.set(slot, rank?.m.has(slot) ? (rank.m.score[slot] as number) : 0);
    return { m };
  }

  /**
   * `concept:AMI` alone ranks the notes it keeps by how much they say about AMI, and highlights it,
   * instead of listing every one at score 0.
   */
  private conceptRank(value: string, hl: Highlighter): NodeResult {
    return this.evaluate({ kind: /\s/.test(value.trim()) ? 'phrase' : 'word', text: value }, hl, null);
  }

  /** A filter folded once per query; a tag filter with the slots of its tag and the tags under it marked. */
  private filter(op: FilterOp, value: string): Filter {
    const folded = op === 'concept' ? keysOf(value).join(' ') : foldPlain(value);
    if (op !== 'tag') return { op, value: folded, tagged: null };
    const tagged = this.mask();
    const under = `${folded}/`;
    for (const [t, slots] of this.tagSlots) {
      if (t !== folded && !t.startsWith(under)) continue;
      for (const slot of slots) tagged[slot] = 1;
    }
    return { op, value: folded, tagged };
  }

  private passes(slot: number, filters: Filter[]): boolean {
    const e = this.slotEntry[slot];
    if (!e) return false;
    for (const { op, value: v, tagged } of filters) {
      switch (op) {
        case 'tag':
          if (tagged?.[slot] !== 1) return false;
          break;
        case 'path':
          if (!e.path.includes(v)) return false;
          break;
        case 'file':
          if (!e.file.includes(v)) return false;
          break;
        case 'concept':
          if (!e.concepts.includes(v)) return false;
          break;
      }
    }
    return true;
  }

  /** One FlexSearch field lookup: posting slots, live notes only. */
  private lookup(field: Field, term: string): (number[] | undefined)[] {
    if (!term) return [];
    const r = this.flex.search(term, { index: field, resolve: false, limit: ALL } as never) as unknown as {
      result?: (number[] | undefined)[];
    } | null;
    return r?.result ?? [];
  }

  private evalWord(text: string, isLast: boolean, hl: Highlighter, fuzzy = true): NodeResult {
    const tokens = tokenize(text);
    if (tokens.length === 0) return { m: this.pool.acquire() };
    // `X-Forwarded-For`, `ec2-study`: a written word that folds to several is matched as a phrase.
    if (tokens.length > 1) return this.evalPhrase(text, hl);
    const tok = tokens[0] as (typeof tokens)[number];
    const key = tok.term;
    const plainWord = tok.plain;
    const n = Math.max(1, this.entries.size);
    const variants = new Map<string, number>([[key, VARIANT.exact]]);
    hl.addKey(key);
    // `amis` typed in lower case keeps its s (English -is words are not plurals), `AMIs` in a note folds
    // to `ami`: when the typed key is unknown, its s-less form stands in.
    if (!this.vocab.has(key) && key.length > 3 && key.endsWith('s') && this.vocab.has(key.slice(0, -1))) {
      variants.set(key.slice(0, -1), VARIANT.exact * 0.95);
    }
    const prefixing = isLast && plainWord.length >= 2;
    if (prefixing) {
      hl.addPrefix(plainWord);
      for (const c of this.vocab.completions(plainWord, PREFIX_EXPANSIONS)) if (!variants.has(c) && isWordSized(c)) variants.set(c, VARIANT.prefix);
    }
    // Numbers are not typos: `t3` is not `t2`, `cambio7` is not `cambio1`.
    // A word most notes use was typed right; looking for its neighbours would only add noise and time.
    const common = this.vocab.count(key) > Math.max(FUZZY_MAX_COUNT, n * FUZZY_MAX_SHARE);
    if (fuzzy && !common && plainWord.length >= FUZZY_MIN_LENGTH && plainWord.length <= FUZZY_MAX_LENGTH && !/\d/.test(plainWord)) {
      for (const c of this.vocab.neighbours(key, FUZZY_EXPANSIONS)) {
        if (!variants.has(c)) {
          variants.set(c, VARIANT.fuzzy);
          hl.addKey(c);
        }
      }
    }
    for (const v of variants.keys()) hl.addKey(v);
    // Per-slot accumulators in typed arrays: common words touch most notes, and a Map of objects per
    // term was the largest search cost.
    const acc = this.acc;
    acc.reset(this.nextSlot);
    const hint = this.hint;
    const only = this.only;
    const addMeta = (slot: number, value: number): void => acc.addMeta(slot, value);
    const keyIdf = this.vocab.has(key) ? idf(this.vocab.count(key), n) : idf(1, n);

    // Title and aliases: forward-tokenized, so the typed prefix itself is looked up.
    const forwardTerms = new Map<string, number>();
    for (const [v, w] of variants) if (w !== VARIANT.prefix) forwardTerms.set(v, w);
    if (prefixing && !forwardTerms.has(plainWord)) forwardTerms.set(plainWord, VARIANT.exact);
    for (const [v, w] of forwardTerms) {
      const vIdf = v === plainWord || v === key ? keyIdf : idf(this.vocab.count(v), n);
      for (const field of FORWARD_FIELDS) {
        for (const ids of this.lookup(field, v)) {
          if (!ids) continue;
          for (const id of ids) {
            const slot = id >>> SECTION_BITS;
            if (only !== null && only[slot] !== 1) continue;
            const e = this.slotEntry[slot];
            if (!e) continue;
            const q = fieldMatch(field, e, v, prefixing);
            if (q === 0) continue;
            let value = (field === 'title' ? WEIGHT.title : WEIGHT.aliases) * w * q * vIdf;
            if (field === 'title') value *= 0.6 + 0.4 / e.titleKeys.length;
            addMeta(slot, value);
          }
        }
      }
    }
    const variantBudget = Math.ceil(VARIANT_BODY_BUDGET / Math.max(1, variants.size - 1));
    for (const [v, w] of variants) {
      const vIdf = v === key ? keyIdf : idf(this.vocab.count(v), n);
      let budget = v === key ? Infinity : variantBudget;
      for (const field of STRICT_FIELDS) {
        const slots = this.lookup(field, v);
        for (let s = 0; s < slots.length; s++) {
          const ids = slots[s];
          if (!ids) continue;
          if (field === 'body') {
            if (budget <= 0) break;
            budget -= ids.length;
          }
          const value = (field === 'body' ? WEIGHT.body * slotValue(s) : field === 'heading' ? 0 : WEIGHT[field]) * w * vIdf;
          for (const id of ids) {
            const slot = id >>> SECTION_BITS;
            if (this.live[slot] !== 1 || (only !== null && only[slot] !== 1)) continue;
            if (field === 'heading') {
              const sec = id & NOTE_DOC;
              if (hint) hint[slot] = (hint[slot] as number) | sectionBit(sec);
              const isH1 = sec < 31 ? ((this.h1[slot] as number) & (1 << sec)) !== 0 : this.slotEntry[slot]?.doc.sections[sec]?.level === 1;
              addMeta(slot, (isH1 ? WEIGHT.h1 : WEIGHT.heading) * w * vIdf);
            } else if (field === 'body') {
              if (hint) hint[slot] = (hint[slot] as number) | sectionBit(id & NOTE_DOC);
              acc.addBody(slot, value);
            } else acc.addMeta(slot, value);
          }
        }
      }
    }
    const m = this.pool.acquire();
    for (let i = 0; i < acc.count; i++) {
      const slot = acc.touched[i] as number;
      const mt = acc.meta[slot] as number;
      const bd = acc.body[slot] as number;
      const best = Math.max(mt, bd);
      const rest = mt + bd - best + 0.5 * (acc.metaRest[slot] as number) + Math.min(acc.bodyRest[slot] as number, 2 * keyIdf) * 0.5;
      m.set(slot, combine(best, rest));
    }
    return { m };
  }

  private evalPhrase(text: string, hl: Highlighter): NodeResult {
    const keys = keysOf(text);
    if (keys.length === 0) return { m: this.pool.acquire() };
    if (keys.length === 1) return this.evalWord(text.replace(/["]/g, ''), false, hl);
    hl.addPhrase(keys);
    const m = this.pool.acquire();
    // The notes holding every adjacent pair of the phrase (in title, an alias or a section): the only ones
    // whose text can hold it.
    const held = this.pairs.intersect(this.pairs.bucketsOf(keys), this.mask());
    if (held.length === 0) return { m };
    const outer = this.hint;
    // Two words whose pair has a bucket of its own: the notes listed hold them in a row, no text to read.
    const exact = this.pairs.isExact(keys);
    const prefilter = exact ? null : phrasePrefilter(keys);
    const required = [...new Set(keys.filter((k) => !STOPWORDS.has(k)))];
    if (required.length === 0) {
      // Function words only (`"de la"`): bodies do not index them, so the pairs alone find the notes.
      const value = WEIGHT.body * idf(held.length, Math.max(1, this.entries.size));
      for (const slot of held) {
        if (this.live[slot] !== 1) continue;
        m.set(slot, value);
        if (outer) outer[slot] = ALL_SECTIONS;
      }
      return exact ? { m } : { m, pred: (slot) => this.hasPhrase(slot, keys, ALL_SECTIONS, prefilter) };
    }
    const only = this.mask();
    for (const slot of held) only[slot] = 1;
    // Each word gets its own section mask, so the adjacency check reads only sections holding all of them.
    const masks: Uint32Array[] = [];
    this.only = only;
    const parts = required.map((k) => {
      this.hint = this.mask();
      const r = this.evalExact(k);
      masks.push(this.hint);
      return r;
    });
    this.only = null;
    this.hint = outer;
    const sectionsOf = (slot: number): number => {
      let bits = ALL_SECTIONS;
      for (const mk of masks) bits &= mk[slot] as number;
      return bits;
    };
    for (const slot of held) {
      if (this.live[slot] !== 1) continue;
      let total = 0;
      let ok = true;
      for (const r of parts) {
        if (!r.has(slot)) {
          ok = false;
          break;
        }
        total += r.score[slot] as number;
      }
      if (ok) {
        m.set(slot, total * 1.2);
        if (outer) outer[slot] = (outer[slot] as number) | sectionsOf(slot);
      }
    }
    return exact ? { m } : { m, pred: (slot) => this.hasPhrase(slot, keys, sectionsOf(slot), prefilter) };
  }

  /**
   * Notes holding a word in any field, unscored: all an exclusion needs. Excluded words are often common
   * ones, and skipping the scoring halves their cost. A multi-word token is a phrase and goes the long way.
   */
  private evalPresence(text: string): NodeResult {
    const keys = keysOf(text);
    if (keys.length !== 1) return this.evaluate({ kind: 'phrase', text }, new Highlighter(), null);
    const key = keys[0] as string;
    const m = this.pool.acquire();
    for (const field of [...FORWARD_FIELDS, ...STRICT_FIELDS]) {
      for (const ids of this.lookup(field, key)) {
        if (!ids) continue;
        for (const id of ids) {
          const slot = id >>> SECTION_BITS;
          if (this.live[slot] !== 1 || m.has(slot)) continue;
          // Forward fields also hold prefixes: `ec2` must not exclude a note titled "ec2-study".
          if (field === 'title' || field === 'aliases') {
            const e = this.slotEntry[slot];
            if (!e || fieldMatch(field, e, key, false) === 0) continue;
          }
          m.set(slot, 0);
        }
      }
    }
    return { m };
  }

  /** Notes holding `key` exactly, in any field, scored like a word without expansions. */
  private evalExact(key: string): SlotScores {
    // A folded key folds to itself for the words that reach here, so it can be looked up as written.
    return this.evalWord(key, false, new Highlighter(), false).m;
  }

  private hasPhrase(slot: number, keys: string[], mask: number, prefilter: RegExp | null): boolean {
    const e = this.slotEntry[slot];
    if (!e) return false;
    if (containsRun(e.titleKeys, keys)) return true;
    if (e.aliasKeys.some((a) => containsRun(a, keys))) return true;
    const sections = e.doc.sections;
    for (let i = 0; i < sections.length; i++) {
      if (i < 31 && (mask & (1 << i)) === 0) continue;
      const text = (sections[i] as (typeof sections)[number]).text;
      if ((!prefilter || prefilter.test(text)) && containsPhrase(text, keys)) return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- results

  private rankHits(res: NodeResult, limit: number, hl: Highlighter): SearchHitDTO[] {
    const pred = res.pred;
    const budget = pred ? VERIFY_BUDGET : Math.max(limit * 3, RESCORE);
    const first = Math.min(budget, Math.max(limit * 3, RESCORE));
    // A phrase may need up to VERIFY_BUDGET candidates, but most pages fill from the first few hundred:
    // those are selected first, and the rest only if the checks run past them (the same order either way).
    let cand = this.topk.select(res.m, first, bySlot);
    // A title that is mostly the query (`recycle bin` → "recycle-bin") beats one that merely contains it:
    // the share of the title's words the query covers scales the score, as BM25's length norm would. That
    // boost is bounded, so candidates are read best first and the reading stops once none left can reach
    // the page; phrase checks, which read note text, run only on the candidates read.
    const boost = hl.empty ? 1 : 1 + COVER.title + COVER.h1;
    const enough = limit * 3;
    const kept: [number, number][] = [];
    /** The best `limit` rescored values so far, best first: the last is the bar a candidate must reach. */
    const bar: number[] = [];
    for (let i = 0; i < cand.slots.length; i++) {
      if (pred && kept.length >= enough) break;
      if (i === first - 1 && budget > first && res.m.size > first) cand = this.topk.select(res.m, budget, bySlot);
      const score = cand.scores[i] as number;
      if (bar.length >= limit && score * boost < (bar[limit - 1] as number)) break;
      const slot = cand.slots[i] as number;
      if (pred && !pred(slot)) continue;
      const value = hl.empty ? score : score * (1 + this.coverage(slot, hl));
      kept.push([slot, value]);
      let at = bar.length;
      while (at > 0 && (bar[at - 1] as number) < value) at--;
      if (at < limit) {
        bar.splice(at, 0, value);
        if (bar.length > limit) bar.pop();
      }
    }
    if (!hl.empty) kept.sort((a, b) => b[1] - a[1] || this.tieBreak(a[0], b[0]));
    const hits: SearchHitDTO[] = [];
    for (const [slot, score] of kept) {
      if (hits.length >= limit) break;
      const e = this.slotEntry[slot];
      if (e) hits.push(this.hit(e, score, hl));
    }
    return hits;
  }

  private coverage(slot: number, hl: Highlighter): number {
    const e = this.slotEntry[slot];
    if (!e) return 0;
    let title = share(e.titleKeys, hl);
    for (const a of e.aliasKeys) title = Math.max(title, share(a, hl));
    const h1Share = share(e.h1Keys, hl);
    return COVER.title * title ** 2 + COVER.h1 * h1Share ** 2;
  }

  private tieBreak(a: number, b: number): number {
    const ia = this.slotEntry[a]?.doc.id ?? '';
    const ib = this.slotEntry[b]?.doc.id ?? '';
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  }

  private hit(e: Entry, score: number, hl: Highlighter): SearchHitDTO {
    const doc = e.doc;
    const sections = doc.sections;
    let best = -1;
    let bestCount = 0;
    let total = 0;
    const hint = this.hint?.[e.slot] ?? ALL_SECTIONS;
    // Matches are counted in the sections the index says hold a query word; ranges are built only for the
    // sections the snippets come from.
    const counts = new Array<number>(sections.length).fill(0);
    for (let i = 0; i < sections.length; i++) {
      if (i < 31 && (hint & (1 << i)) === 0) continue;
      const c = hl.count((sections[i] as (typeof sections)[number]).text);
      counts[i] = c;
      total += c;
      if (c > bestCount) {
        bestCount = c;
        best = i;
      }
    }
    let titleMatches = hl.count(doc.title);
    for (const a of doc.aliases) titleMatches += hl.count(a);
    const snippets = [];
    let heading: string | null = null;
    let line = sections[0]?.line ?? 1;
    if (best >= 0) {
      const s = sections[best] as (typeof sections)[number];
      const ranges = hl.ranges(s.text);
      heading = s.heading;
      const firstAt = ranges[0]?.[0] ?? 0;
      line = s.line + countNewlines(s.text, firstAt);
      snippets.push(...makeSnippets(s.text, ranges, 3));
      for (let i = 0; i < sections.length && snippets.length < 3; i++) {
        if (i === best || counts[i] === 0) continue;
        const text = (sections[i] as (typeof sections)[number]).text;
        snippets.push(...makeSnippets(text, hl.ranges(text), 3 - snippets.length));
      }
    } else if (sections[0]) {
      heading = sections[0].heading;
      snippets.push(...makeSnippets(sections[0].text, [[0, 0]], 1).map((sn) => ({ ...sn, highlights: [] })));
    }
    return {
      noteId: doc.id,
      title: doc.title,
      heading,
      line,
      snippets: snippets.slice(0, 3),
      matchCount: total + titleMatches,
      score: Math.round(score * 1000) / 1000,
    };
  }

  // ---------------------------------------------------------------- state

  async exportState(): Promise<SearchState> {
    const flex: [string, string][] = [];
    await this.flex.export((key: string, data: string) => {
      flex.push([key, data]);
    });
    return {
      format: STATE_FORMAT,
      flexsearch: FLEXSEARCH_VERSION,
      config: CONFIG_SIGNATURE,
      nextSlot: this.nextSlot,
      notes: [...this.entries].map(([slot, e]) => [slot, e.doc]),
      vocabulary: this.vocab.entries(),
      flex,
      pairs: this.pairs.exportState(),
    };
  }

  async importState(state: unknown): Promise<void> {
    const s = state as Partial<SearchState> | null;
    if (!s || typeof s !== 'object' || s.format !== STATE_FORMAT) throw new SearchStateError('not a Cairn search index state');
    if (s.flexsearch !== FLEXSEARCH_VERSION) throw new SearchStateError(`built with FlexSearch ${String(s.flexsearch)}, this is ${FLEXSEARCH_VERSION}`);
    if (s.config !== CONFIG_SIGNATURE) throw new SearchStateError('built with a different index configuration');
    if (!Array.isArray(s.notes) || !Array.isArray(s.flex) || !Array.isArray(s.vocabulary) || typeof s.nextSlot !== 'number') {
      throw new SearchStateError('state is incomplete');
    }
    const pairs = PairIndex.fromState(s.pairs);
    if (!pairs) throw new SearchStateError('phrase pairs missing or damaged');
    const flex = createDocument();
    for (const [key, data] of s.flex) flex.import(key, data);
    this.flex = flex;
    this.pairs = pairs;
    this.entries.clear();
    this.waiting.clear();
    this.slotEntry = [];
    this.tagSlots.clear();
    this.live = new Uint8Array(1024);
    this.h1 = new Uint32Array(1024);
    this.byId.clear();
    for (const [slot, doc] of s.notes) {
      const entry = makeEntry(doc, slot);
      this.entries.set(slot, entry);
      this.slotEntry[slot] = entry;
      this.addTags(entry);
      this.setLive(slot, 1, h1Bits(doc));
      this.byId.set(doc.id, slot);
    }
    this.vocab.load(s.vocabulary);
    this.nextSlot = s.nextSlot;
    // Retired postings imported with the state are unknown in number; count every slot that is not live.
    this.retired = Math.max(0, s.nextSlot - s.notes.length);
  }
}

interface Filter {
  op: FilterOp;
  /** The value folded as its field is. */
  value: string;
  /** Tag filters: 1 for each slot holding the tag or one under it. */
  tagged: Uint32Array | null;
}

function makeEntry(doc: SearchDoc, slot: number): Entry {
  const base = doc.path.split('/').pop() ?? doc.path;
  const headingKeys = doc.sections.slice(0, MAX_SECTIONS).map((s) => (s.heading ? keysOf(s.heading) : []));
  const h1 = doc.sections.findIndex((s) => s.level === 1);
  return {
    doc,
    slot,
    titleKeys: keysOf(doc.title),
    aliasKeys: doc.aliases.map(keysOf),
    headingKeys,
    h1Keys: h1 >= 0 ? headingKeys[h1] : undefined,
    tags: doc.tags.map((t) => foldPlain(t.replace(/^#+/, ''))),
    path: foldPlain(doc.path),
    file: foldPlain(base.replace(/\.md$/i, '')),
    concepts: doc.concepts.map((c) => keysOf(c).join(' ')),
  };
}

function distinctKeys(doc: SearchDoc): Set<string> {
  const out = new Set<string>();
  const add = (text: string): void => {
    for (const k of keysOf(text)) out.add(k);
  };
  add(doc.title);
  for (const a of doc.aliases) add(a);
  for (const s of doc.sections.slice(0, MAX_SECTIONS)) {
    if (s.heading) add(s.heading);
  }
  for (const s of doc.sections) add(s.text);
  add([doc.tags.join(' '), doc.path, doc.concepts.join(' ')].join(' '));
  return out;
}

/** 1 for a whole-word hit, less for a prefix hit while typing, 0 for a prefix hit elsewhere. */
function fieldMatch(field: 'title' | 'aliases', e: Entry, v: string, prefixing: boolean): number {
  const lists = field === 'title' ? [e.titleKeys] : e.aliasKeys;
  let q = 0;
  for (const keys of lists) {
    for (const k of keys) {
      if (k === v) return 1;
      if (prefixing && k.startsWith(v)) q = PREFIX_FIELD_FACTOR;
    }
  }
  return q;
}

/** A bit for each of a note's first 31 sections that is an H1. */
function h1Bits(doc: SearchDoc): number {
  let bits = 0;
  const n = Math.min(31, doc.sections.length);
  for (let i = 0; i < n; i++) if (doc.sections[i]?.level === 1) bits |= 1 << i;
  return bits;
}

/** Bit of a section in the hint mask; sections past the 31st share the top bit and are always read. */
function sectionBit(sec: number): number {
  return sec < 31 ? 1 << sec : ALL_SECTIONS;
}

function containsRun(hay: string[], run: string[]): boolean {
  outer: for (let i = 0; i + run.length <= hay.length; i++) {
    for (let j = 0; j < run.length; j++) if (hay[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}

function countNewlines(text: string, upTo: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < upTo; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function isStopword(word: string): boolean {
  const keys = keysOf(word);
  return keys.length === 1 && STOPWORDS.has(keys[0] as string);
}

/** The word being typed: the last positive word of the query, prefix-matched. */
function findLastWord(node: QueryNode): QueryNode | null {
  switch (node.kind) {
    case 'word':
      return node;
    case 'and':
    case 'or': {
      const last = node.children[node.children.length - 1];
      return last ? findLastWord(last) : null;
    }
    default:
      return null;
  }
}

const bySlot = (a: number, b: number): number => a - b;

/** Share of `keys` the query matches. */
function share(keys: string[] | undefined, hl: Highlighter): number {
  if (!keys?.length) return 0;
  let n = 0;
  for (const k of keys) if (hl.matchesKey(k)) n++;
  return n / keys.length;
}
