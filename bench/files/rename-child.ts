/**
 * One rename measured in its own process, against the checkout at `--src` (this one, or the baseline tree
 * `rename.ts` materialises): `node --import tsx bench/files/rename-child.ts --src DIR --notes N`. Prints one
 * `RESULT <json>` line. The vault comes from this checkout's generator; the service from `--src`.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CairnService } from '../../electron/core/service';
import type { NodeVaultFs } from '../../electron/core/vault/node-vault-fs';
import { cachedVault } from '../vault/generate';

export const RESULT_PREFIX = 'RESULT ';
export const LINKERS = 500;

export interface RenameRun {
  linkers: number;
  rewritten: number;
  renameMs: number;
  undoMs: number;
  /** After the rename, every linker links to the new id and no link to the old name is missing. */
  verified: boolean;
}

interface Modules {
  CairnService: typeof CairnService;
  NodeVaultFs: typeof NodeVaultFs;
}

async function linkersOf(service: CairnService, id: string): Promise<Set<string>> {
  const target = `note:${id}`;
  const graph = await service.getGraph({});
  return new Set(graph.edges.filter((e) => (e.kind === 'link' || e.kind === 'embed') && e.target === target).map((e) => e.source.slice('note:'.length)));
}

async function run(src: string, n: number): Promise<RenameRun> {
  const load = async <T>(file: string): Promise<T> => (await import(pathToFileURL(path.join(src, file)).href)) as T;
  const m: Modules = {
    CairnService: (await load<{ CairnService: Modules['CairnService'] }>('electron/core/service.ts')).CairnService,
    NodeVaultFs: (await load<{ NodeVaultFs: Modules['NodeVaultFs'] }>('electron/core/vault/node-vault-fs.ts')).NodeVaultFs,
  };
  const source = await cachedVault(n);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-rename-bench-'));
  try {
    await fs.cp(source.dir, dir, { recursive: true });
    // The most linked-to note with at most LINKERS linkers, made linked from exactly LINKERS by appending links.
    const probe = new m.CairnService(await m.NodeVaultFs.open(dir), { host: 'test' });
    await probe.start();
    const graph = await probe.getGraph({});
    const counts = new Map<string, number>();
    for (const e of graph.edges) if (e.kind === 'link' && e.target.startsWith('note:')) counts.set(e.target, (counts.get(e.target) ?? 0) + 1);
    const hub = [...counts].filter(([, c]) => c <= LINKERS).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0].slice('note:'.length);
    if (!hub) throw new Error('no linked note in the vault');
    const already = await linkersOf(probe, hub);
    const name = path.posix.basename(hub, '.md');
    const notes = (await probe.listNotes()).map((x) => x.id).filter((id) => id !== hub && !already.has(id));
    for (const id of notes.slice(0, Math.max(0, LINKERS - already.size))) await fs.appendFile(path.join(dir, id), `\n\nSee [[${name}]] and [more](${path.posix.relative(path.posix.dirname(id), hub).replace(/ /g, '%20')}).\n`);
    const service = new m.CairnService(await m.NodeVaultFs.open(dir), { host: 'test' });
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
    return { linkers: linkers.size, rewritten: op.rewritten.length, renameMs: Math.round(renameMs), undoMs: Math.round(undoMs), verified };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run(path.resolve(arg('--src') ?? '.'), Number(arg('--notes') ?? 1000))
    .then((result) => {
      console.log(RESULT_PREFIX + JSON.stringify(result));
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error((error as Error).stack ?? String(error));
      process.exit(1);
    });
}
