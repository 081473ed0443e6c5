/**
 * The concept stages of a cold build one by one on this thread, timed and digested, to hold a speed change
 * to the same output: `node bench/index/bundle.mjs --tree . --out out/stages --entry bench/index/stages.ts`,
 * then `node out/stages/stages.mjs --dir VAULT [--rounds 3]`. Each stage runs over every note; its time is the
 * best of the rounds, its digest must not change.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { ConceptMatcher } from '../../electron/core/concepts/match';
import { extractCandidates } from '../../electron/core/concepts/extract';
import { wireCandidates } from '../../electron/core/concepts/wire-candidates';
import { parseCandidates } from '../../electron/core/concepts/candidates-json';
import { unpackHits } from '../../electron/core/concepts/packed';
import { typedRelations } from '../../electron/core/concepts/relations';
import { buildContribution } from '../../electron/core/pipeline/contributions';
import { flag } from './args';
import { oneThreadBuild } from './one-thread-build';

const args = process.argv.slice(2);
const dir = flag(args, '--dir');
if (!dir) throw new Error('--dir is required');
const rounds = Number(flag(args, '--rounds') ?? 3);
const only = flag(args, '--only')?.split(',');
// `--prof OUT.cpuprofile`: a CPU profile of the stages' runs alone (not of the build that sets them up).
const prof = flag(args, '--prof');
const { index, engine, notes, dictionary, relationNames: relations, candidates: cands, matcher } = await oneThreadBuild(dir);
const packed = notes.map((n, i) => matcher.matchPacked(n, cands[i]));
const hits = notes.map((n, i) => unpackHits(n, () => cands[i], packed[i]!));
const wires = cands.map((c) => wireCandidates(c));
const rels = notes.map((n, i) => typedRelations(n, hits[i]!, relations));

const stages: Record<string, () => unknown> = {
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
const inspector = new Session();
if (prof) {
  inspector.connect();
  await inspector.post('Profiler.enable');
  await inspector.post('Profiler.setSamplingInterval', { interval: 200 });
  await inspector.post('Profiler.start');
}
for (const [name, run] of Object.entries(stages)) {
  if (only && !only.includes(name)) continue;
  let best = Infinity;
  let digest = '';
  for (let r = 0; r < rounds; r++) {
    const t0 = process.cpuUsage();
    const out = run();
    const t = process.cpuUsage(t0);
    best = Math.min(best, (t.user + t.system) / 1000);
    if (r === 0) digest = createHash('sha256').update(JSON.stringify(out)).digest('hex').slice(0, 16);
  }
  console.log(`${name.padEnd(13)} ${best.toFixed(0).padStart(6)} ms cpu  ${digest}`);
}
if (prof) {
  const { profile } = await inspector.post('Profiler.stop');
  writeFileSync(prof, JSON.stringify(profile));
}
