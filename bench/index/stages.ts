/**
 * The concept stages of a cold build one by one on this thread, timed and digested, to hold a speed change
 * to the same output: `node bench/index/bundle.mjs --tree . --out out/stages --entry bench/index/stages.ts`,
 * then `node out/stages/stages.mjs --dir VAULT [--rounds 3]`. Each stage runs over every note; its time is the
 * best of the rounds, its digest must not change.
 */
import { ConceptMatcher } from '../../electron/core/concepts/match';
import { extractCandidates } from '../../electron/core/concepts/extract';
import { wireCandidates } from '../../electron/core/concepts/wire-candidates';
import { parseCandidates } from '../../electron/core/concepts/candidates-json';
import { unpackHits } from '../../electron/core/concepts/packed';
import { typedRelations } from '../../electron/core/concepts/relations';
import { buildContribution } from '../../electron/core/pipeline/contributions';
import { oneThreadBuild } from './one-thread-build';
import { runStages, stageArgs, type Stage } from './timed-stages';

const args = stageArgs(process.argv.slice(2), 3);
const { index, engine, notes, dictionary, relationNames: relations, candidates: cands, matcher } = await oneThreadBuild(args.dir);
const packed = notes.map((n, i) => matcher.matchPacked(n, cands[i]));
const hits = notes.map((n, i) => unpackHits(n, () => cands[i], packed[i]!));
const wires = cands.map((c) => wireCandidates(c));
const rels = notes.map((n, i) => typedRelations(n, hits[i]!, relations));

const stages: Record<string, Stage> = {
  extract: () => notes.map((n) => extractCandidates(n)),
  wire: () => cands.map((c) => wireCandidates(c)),
  parse: () => wires.map((w, i) => parseCandidates(notes[i]!.id, w)),
  match: () => notes.map((n, i) => { const p = matcher.matchPacked(n, cands[i]); return [p.keys, Array.from(p.data)]; }),
  matcherNew: () => { new ConceptMatcher(dictionary); return 0; },
  unpack: () => notes.map((n, i) => unpackHits(n, () => cands[i], packed[i]!)),
  relations: () => notes.map((n, i) => typedRelations(n, hits[i]!, relations)),
  // As a helper makes them: typed relations read with the hits, the note's text at hand.
  contribution: () => notes.map((n, i) => buildContribution({ parsed: n }, index.resolver, engine, () => n.body, rels[i])),
};
await runStages(stages, args);
