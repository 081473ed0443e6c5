import path from 'node:path';
import { parseArgs } from 'node:util';
import { startWorkerSession } from '../core/worker/worker-session';
import { NodeVaultFs } from '../core/vault/node-vault-fs';
import { startServer } from './http-server';

/** `npm run serve -- --vault DIR [--port N]`: browser mode on 127.0.0.1. */
export async function serve(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      vault: { type: 'string', default: path.resolve(import.meta.dirname, '../../notes') },
      port: { type: 'string', default: '0' },
      static: { type: 'string' },
      why: { type: 'string' },
    },
    allowPositionals: false,
  });
  const repo = path.resolve(import.meta.dirname, '../..');
  const staticDir = values.static ?? path.join(repo, 'out/renderer');
  // npm runs scripts from the package folder; a relative --vault means relative to where the person typed.
  const vaultDir = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.vault as string);
  const session = await startWorkerSession(vaultDir, {
    host: 'browser',
    entry: new URL('../core/worker/worker-entry.ts', import.meta.url),
  });
  const vaultFiles = await NodeVaultFs.open(session.root);
  const server = await startServer({ api: session.api, events: session, staticDir, vaultFiles, port: Number(values.port) });
  if (values.why) console.log(values.why);
  console.log(`Cairn is serving the vault "${path.basename(session.root)}" at ${server.openUrl}`);
  console.log('Open that URL in your browser. Only this machine can reach it; the token is new on every start. Ctrl+C stops.');
  const info = await session.api.listNotes().then(() => session.api.describeVault());
  const problems = info.problemCount ? `, ${info.problemCount} with problems` : '';
  // A vault opens before its index is done: from a cache, on its last index while this one catches up with
  // the disk; on a large first build, on its notes and links while concepts and search are found.
  const opened = info.fromLastIndex ? `Opened ${info.noteCount} notes${problems} from the last index` : info.indexing ? `Opened ${info.noteCount} notes${problems}` : `Indexed ${info.noteCount} notes${problems}`;
  console.log(info.indexing ? `${opened}; still indexing, and answering meanwhile.` : `${opened}.`);
  const stop = async (): Promise<void> => {
    console.log('Stopping (writing the index cache if the vault changed)…');
    await server.close();
    await session.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

const isEntry = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isEntry) {
  serve(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`cairn: ${(error as Error).message}`);
    process.exit(1);
  });
}
