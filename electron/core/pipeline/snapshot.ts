import { packGraph, type GraphWire, type NoteSummary } from '../../contract';
import type { GraphModel } from '../graph/graph-model';
import { isNoteId } from '../vault/vault-fs';
import { allProblems, folderOf, type NoteRecord } from './note-record';
import type { IndexState } from './index-state';

export interface VaultCounts {
  notes: number;
  attachments: number;
  /** Files with a problem, and files the scan skipped. */
  problems: number;
}

/**
 * What a window asks for first, kept in the cache beside the index it came from: a warm start answers
 * with it while it loads the index (~4 s at 10k notes), then sends what changed on disk since as the
 * usual notes-changed and graph-delta events. The graph is the global view's query (`{}`), packed.
 */
export interface OpeningSnapshot {
  graph: StoredGraph;
  notes: NoteSummary[];
  counts: VaultCounts;
}

/** The wire with its numbers in typed arrays, which the cache reads back as bytes, not number by number. */
export interface StoredGraph extends Omit<GraphWire, 'kind' | 'source' | 'target' | 'weight'> {
  kind: Uint8Array;
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
}

export function takeSnapshot(index: IndexState, model: GraphModel = index.graph): OpeningSnapshot {
  return snapshotWith(index, storedGraph(model));
}

/** The global graph of a model, as a snapshot stores it. */
export function storedGraph(model: GraphModel): StoredGraph {
  const wire = packGraph(model.snapshot({}));
  return { ...wire, kind: Uint8Array.from(wire.kind), source: Int32Array.from(wire.source), target: Int32Array.from(wire.target), weight: Float64Array.from(wire.weight) };
}

/** A snapshot of the index's notes and counts beside a graph already stored. */
export function snapshotWith(index: IndexState, graph: StoredGraph): OpeningSnapshot {
  return { graph, notes: noteSummaries(index), counts: vaultCounts(index) };
}

/** Back to the wire a transport sends (plain arrays: the browser host writes it as JSON). */
export function snapshotWire(graph: StoredGraph): GraphWire {
  return { ...graph, kind: plain(graph.kind), source: plain(graph.source), target: plain(graph.target), weight: plain(graph.weight) };
}

function plain(values: ArrayLike<number>): number[] {
  // A loop: Array.from on a typed array of 245k numbers took 30-50 ms, this 3-10.
  const out: number[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i] as number;
  return out;
}

export function noteSummaries(index: IndexState): NoteSummary[] {
  const out: NoteSummary[] = [];
  for (const record of index.records.values()) if (isNoteId(record.entry.id)) out.push(noteSummary(record));
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

export function vaultCounts(index: IndexState): VaultCounts {
  let notes = 0;
  let problems = 0;
  for (const record of index.records.values()) {
    if (isNoteId(record.entry.id)) notes++;
    if (allProblems(record).length > 0) problems++;
  }
  return { notes, attachments: index.records.size - notes, problems: problems + index.skipped.length };
}

export function noteSummary(record: NoteRecord): NoteSummary {
  const parsed = record.parsed;
  const id = record.entry.id;
  return {
    id,
    title: parsed?.title ?? id.replace(/^.*\//, '').replace(/\.md$/i, ''),
    aliases: parsed?.aliases ?? [],
    tags: [...new Set((parsed?.tags ?? []).map((t) => t.tag))],
    folder: folderOf(id),
    size: record.entry.size,
    mtimeMs: record.entry.mtimeMs,
    readOnly: record.readOnly,
    problems: allProblems(record),
  };
}
