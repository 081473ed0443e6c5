/**
 * The build thread's own steps of a cold build, one by one on this thread, timed (CPU, best of the rounds)
 * and digested, to hold a speed change to the same output: `node bench/index/bundle.mjs --tree . --out
 * out/steps --entry bench/index/build-steps.ts`, then `node out/steps/build-steps.mjs --dir VAULT
 * [--rounds 5] [--only a,b] [--prof OUT.cpuprofile]`.
 */
import { serialize } from 'node:v8';
import type { NoteId } from '../../electron/contract';
import { GraphModel } from '../../electron/core/graph/graph-model';
import type { NoteContribution } from '../../electron/core/graph/contribution';
import { packContributions, unpackContributions } from '../../electron/core/graph/contribution-codec';
import { LinkResolver } from '../../electron/core/markdown/resolve';
import { typedRelations } from '../../electron/core/concepts/relations';
import { buildContribution } from '../../electron/core/pipeline/contributions';
import { LinkSources } from '../../electron/core/pipeline/link-sources';
import { linksGraph } from '../../electron/core/pipeline/links-graph';
import { withoutText, type NoteRecord } from '../../electron/core/pipeline/note-record';
import { readNoteRecordSync } from '../../electron/core/pipeline/read-note';
import { toSearchDoc } from '../../electron/core/search/doc';
import { FlexSearchIndex } from '../../electron/core/search/flexsearch-index';
import { oneThreadBuild } from './one-thread-build';
import { runStages, stageArgs, type Stage } from './timed-stages';

const args = stageArgs(process.argv.slice(2), 5);
const { index, engine, notes } = await oneThreadBuild(args.dir);
const entries = [...index.records.values()].map((r) => r.entry);
const records: NoteRecord[] = [...index.records.values()];
const ids = records.map((r) => r.entry.id);
const byId = new Map(notes.map((n) => [n.id, n]));
const body = (id: NoteId) => (): string => byId.get(id)?.body ?? '';
const rels = new Map(notes.map((n) => [n.id, typedRelations(n, engine.hitsOnce(n.id), engine.relationDictionary)]));
const parts: [NoteId, NoteContribution | null][] = records.map((r) => [r.entry.id, buildContribution(r, index.resolver, engine, body(r.entry.id), rels.get(r.entry.id))]);
const packed = packContributions(parts.flatMap(([, p]) => (p ? [p] : [])));
const names = new Map(ids.map((id) => [id, index.conceptNames(id)]));

const stages: Record<string, Stage> = {
  read: () => entries.map((e) => readNoteRecordSync(index.vault, e).hash),
  records: () => {
    const resolver = new LinkResolver(ids);
    const sources = new LinkSources();
    for (const r of records) sources.index(withoutText(r), true);
    return resolver.resolve(ids[0]!, 'x', 'wiki');
  },
  clone: () => {
    let bytes = 0;
    for (let i = 0; i < notes.length; i += 100) bytes += serialize({ kind: 'extract', notes: notes.slice(i, i + 100) }).byteLength;
    return bytes;
  },
  snapshot: () => linksGraph(records, index.resolver),
  text: () => {
    const search = new FlexSearchIndex();
    for (const n of notes) search.upsertText(toSearchDoc(n, []));
    for (const n of notes) search.setConcepts(n.id, names.get(n.id) ?? []);
    return () => search.exportState();
  },
  parts: () => records.map((r) => buildContribution(r, index.resolver, engine, body(r.entry.id), rels.get(r.entry.id))),
  unpack: () => unpackContributions(packed).length,
  load: () => {
    const graph = new GraphModel();
    const loader = graph.startLoading();
    for (const [id, part] of parts) loader.add(id, part);
    loader.finish();
    loader.end();
    return () => graph.snapshot({});
  },
};
// As in a build, every note's text is held while its parts are made (the engine would read it back from disk).
await index.texts.batchAsync(async () => {
  index.texts.hold(notes);
  await runStages(stages, args);
});
