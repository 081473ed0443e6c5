/**
 * Renaming and moving a note linked from LINKERS notes of the synthetic vault (a copy on disk, so writes
 * cost what they cost): how long the one step takes, from the call to every link rewritten, the files
 * written and the index updated. `npm run bench -- --only files`. The target: ≤ 2 s at 10k notes.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CairnService } from '../../electron/core/service';
import { NodeVaultFs } from '../../electron/core/vault/node-vault-fs';
import { cachedVault } from '../vault/generate';

const LINKERS = 500;

export interface RenameRow {
  notes: number;
  linkers: number;
  rewritten: number;
  renameMs: number;
  undoMs: number;
  /** After the rename, every linker links to the new id and no link to the old name is missing. */
  verified: boolean;
}

async function linkersOf(service: CairnService, id: string): Promise<Set<string>> {
  const target = `note:${id}`;
  const graph = await service.getGraph({});
  return new Set(graph.edges.filter((e) => (e.kind === 'link' || e.kind === 'embed') && e.target === target).map((e) => e.source.slice('note:'.length)));
}

export async function runRenameBench(sizes: number[]): Promise<RenameRow[]> {
  const rows: RenameRow[] = [];
  for (const n of sizes) {
    const source = await cachedVault(n);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-rename-bench-'));
    try {
      await fs.cp(source.dir, dir, { recursive: true });
      // The most linked-to note with at most LINKERS linkers, made linked from exactly LINKERS by appending links.
      const probe = new CairnService(await NodeVaultFs.open(dir), { host: 'test' });
      await probe.start();
      const graph = await probe.getGraph({});
      const counts = new Map<string, number>();
      for (const e of graph.edges) if (e.kind === 'link' && e.target.startsWith('note:')) counts.set(e.target, (counts.get(e.target) ?? 0) + 1);
      const hub = [...counts].filter(([, c]) => c <= LINKERS).sort((a, b) => b[1] - a[1])[0]?.[0].slice('note:'.length);
      if (!hub) throw new Error('no linked note in the vault');
      const already = await linkersOf(probe, hub);
      const name = path.posix.basename(hub, '.md');
      const notes = (await probe.listNotes()).map((x) => x.id).filter((id) => id !== hub && !already.has(id));
      for (const id of notes.slice(0, Math.max(0, LINKERS - already.size))) await fs.appendFile(path.join(dir, id), `\n\nSee [[${name}]] and [more](${path.posix.relative(path.posix.dirname(id), hub).replace(/ /g, '%20')}).\n`);
      const service = new CairnService(await NodeVaultFs.open(dir), { host: 'test' });
      await service.start();
      const linkers = await linkersOf(service, hub);
      const to = `renamed/${name} (renamed).md`;
      const t0 = performance.now();
      const op = await service.renameNote({ from: hub, to });
      const renameMs = performance.now() - t0;
      const after = await linkersOf(service, to);
      const missing = (await service.getGraph({})).nodes.some((node) => node.kind === 'missing' && node.label.toLowerCase() === name.toLowerCase());
      const verified = [...linkers].every((id) => after.has(id)) && !missing;
      const t1 = performance.now();
      await service.undoFileOperation(op.id);
      const undoMs = performance.now() - t1;
      rows.push({ notes: n, linkers: linkers.size, rewritten: op.rewritten.length, renameMs: Math.round(renameMs), undoMs: Math.round(undoMs), verified });
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

export function renameTable(rows: RenameRow[]): string {
  return [
    '| notes | linked from | notes rewritten | rename + move (ms) | undo (ms) | every link follows | target ≤ 2 s |',
    '|---:|---:|---:|---:|---:|:--:|:--:|',
    ...rows.map((r) => `| ${r.notes} | ${r.linkers} | ${r.rewritten} | ${r.renameMs} | ${r.undoMs} | ${r.verified ? '✓' : '✗'} | ${r.renameMs <= 2000 ? '✓' : '✗'} |`),
  ].join('\n');
}
