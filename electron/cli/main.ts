import path from 'node:path';
import { parseArgs } from 'node:util';
import { CairnService } from '../core/service';
import { NodeVaultFs } from '../core/vault/node-vault-fs';
import { allProblems } from '../core/pipeline/note-record';

const USAGE = `Usage: cairn <command> DIR [options]
  index DIR                 index the vault; print stats and problems
  graph DIR [--json]        the concept graph (nodes and edges)
  links DIR [--broken]      links, or only broken ones (note, line, target)
  concepts DIR [--limit N]  concepts by number of notes mentioning them
  search DIR QUERY          full-text search
  review DIR [--limit N]    what is due for review, and mastery per node (reads .cairn/review.json)
All output is JSON.`;

const COMMANDS = new Set(['index', 'graph', 'links', 'concepts', 'search', 'review']);

export async function runCli(argv: string[], out: (text: string) => void = (t) => process.stdout.write(t + '\n')): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, broken: { type: 'boolean' }, limit: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    out(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, dir, ...rest] = positionals;
  if (values.help) {
    out(USAGE);
    return 0;
  }
  if (!command || !COMMANDS.has(command) || !dir) {
    out(command && !COMMANDS.has(command) ? `Unknown command: ${command}\n\n${USAGE}` : USAGE);
    return 2;
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
    out(`--limit must be a positive whole number, not "${values.limit}"`);
    return 2;
  }
  const base = process.env.INIT_CWD ?? process.cwd();
  const started = performance.now();
  const service = new CairnService(await NodeVaultFs.open(path.resolve(base, dir)), { host: 'cli' });
  await service.start();
  const indexMs = performance.now() - started;
  const print = (value: unknown): void => out(JSON.stringify(value, null, 2));
  switch (command) {
    case 'index': {
      const info = await service.describeVault();
      const problems = [...service.index.records.values()].flatMap((r) => allProblems(r).map((p) => ({ note: r.entry.id, ...p })));
      print({
        vault: info.name,
        notes: info.noteCount,
        attachments: info.attachmentCount,
        nodes: service.index.graph.nodeCount,
        edges: service.index.graph.edgeCount,
        concepts: service.index.concepts.concepts().length,
        brokenLinks: (await service.brokenLinks()).length,
        indexMs: Math.round(indexMs),
        problems,
        skipped: service.index.skipped,
      });
      return 0;
    }
    case 'graph':
      print(await service.getGraph({}));
      return 0;
    case 'links': {
      if (values.broken) {
        print(await service.brokenLinks());
        return 0;
      }
      const links = [...service.index.records.values()].flatMap((r) =>
        (r.parsed?.links ?? []).map((l) => ({ from: r.entry.id, line: l.line, target: l.target, subpath: l.subpath, embed: l.embed, kind: l.kind, resolved: l.target === '' ? r.entry.id : service.index.resolve(r.entry.id, l.target, l.kind) })),
      );
      print(links);
      return 0;
    }
    case 'concepts': {
      const top = limit ?? 100;
      const engine = service.index.concepts;
      const rows = engine
        .concepts()
        .map((c) => ({ id: `concept:${c.key}`, label: c.label, aliases: c.aliases, note: c.noteId, sources: c.sources, notes: engine.noteCount(c.key), mentions: engine.mentionsOf(c.key).length }))
        .sort((a, b) => b.notes - a.notes || b.mentions - a.mentions)
        .slice(0, top);
      print(rows);
      return 0;
    }
    case 'search': {
      const query = rest.join(' ');
      const result = await service.search({ query, limit: limit ?? 20 });
      print(result);
      return result.error ? 1 : 0;
    }
    case 'review': {
      const queue = await service.reviewQueue({ limit: limit ?? 20 });
      const mastery = await service.getMastery();
      print({ ...queue, cards: queue.cards.map(({ next: _next, ...card }) => card), mastery: mastery.nodes });
      return 0;
    }
    default:
      out(USAGE);
      return 2;
  }
}

/**
 * Exits once stdout has written everything: `process.exit` right after a write to a pipe drops what the
 * pipe has not taken yet, and `cairn graph DIR --json | jq` got the first 64 KB of the JSON.
 */
export function exitWhenWritten(code: number): void {
  process.stdout.write('', () => process.exit(code));
}

const isEntry = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isEntry) {
  runCli(process.argv.slice(2)).then(exitWhenWritten, (error: unknown) => {
    process.stderr.write(`cairn: ${(error as Error).message}\n`);
    exitWhenWritten(1);
  });
}
