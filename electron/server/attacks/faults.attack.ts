import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call, leaks, makeHostileVault, raw, seeded, startServerProcess, stopServerProcess, type Answer, type Hostile, type Running } from './harness';

/*
 * Faults a person's machine has: the process killed mid-save, a full disk, the vault deleted or made
 * read-only while open, and a vault of a thousand hostile notes. Nothing may be torn, lost, left behind
 * or crash the server.
 */

let hostile: Hostile | null = null;
let server: Running | null = null;
let mounted: string | null = null;

afterEach(async () => {
  if (server) await stopServerProcess(server, 'SIGKILL');
  server = null;
  if (mounted) execFileSync('umount', [mounted]);
  mounted = null;
  await hostile?.cleanup();
  hostile = null;
}, 30_000);

const value = <T>(answer: Answer): T => (JSON.parse(answer.body) as { value: T }).value;

/** Temp files of atomic writes, ours and write-file-atomic's: what a killed save leaves (links not followed). */
async function tempFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) out.push(...(await tempFiles(path.join(dir, entry.name))).map((e) => `${entry.name}/${e}`));
    else if (/\.cairn-\d+-[0-9a-f]{8}\.tmp$/.test(entry.name) || /\.md\.\d{6,10}$/.test(entry.name)) out.push(entry.name);
  }
  return out;
}

/** Starts the server and waits for its whole index (the scan that removes debris included). */
async function startIndexed(h: Hostile): Promise<Running> {
  const running = await startServerProcess(h.vault, { cacheDir: h.cache });
  expect((await call(running, 'brokenLinks', undefined)).status).toBe(200);
  return running;
}

describe('kill -9 during saves', () => {
  it('leaves every note old or new, never torn, and no temp file after the next start (1,000 saves)', async () => {
    const notes = Array.from({ length: 8 }, (_, i) => `nota ${i}.md`);
    hostile = await makeHostileVault(Object.fromEntries(notes.map((id) => [id, `# ${id}\n\noriginal\n`])));
    const sent = new Map(notes.map((id) => [id, new Set([`# ${id}\n\noriginal\n`])]));
    const random = seeded(Number(process.env.CAIRN_FUZZ_SEED ?? 17));
    let saves = 0;
    let kills = 0;
    while (saves < 1000) {
      server = await startIndexed(hostile);
      const running = server;
      expect(await tempFiles(hostile.vault), `temp files after start ${kills}`).toEqual([]);
      const hashes = new Map<string, string>();
      for (const id of notes) hashes.set(id, value<{ hash: string }>(await call(running, 'readNote', id)).hash);
      const killAfter = 100 + Math.floor(random() * 200);
      let issued = 0;
      // Four writers over the notes; the kill lands while saves are in flight.
      const writer = async (w: number): Promise<void> => {
        for (;;) {
          if (issued >= killAfter || !running.alive()) return;
          const id = notes[(issued + w) % notes.length] as string;
          issued++;
          saves++;
          // Large enough that a write takes a while: a torn file would show.
          const content = `# ${id}\n\nsave ${saves} ${'x'.repeat(Math.floor(random() * 200_000))}\n`;
          sent.get(id)?.add(content);
          const answer = await call(running, 'saveNote', { id, content, baseHash: hashes.get(id) ?? null });
          if (answer.status === 200) hashes.set(id, value<{ hash: string }>(answer).hash);
          else if (answer.status === 409) {
            const current = await call(running, 'readNote', id);
            if (current.status === 200) hashes.set(id, value<{ hash: string }>(current).hash);
          } else if (answer.status === 0) return;
          else throw new Error(`save ${saves} answered ${answer.status}: ${answer.body}`);
        }
      };
      const writers = [0, 1, 2, 3].map(writer);
      while (issued < killAfter) await new Promise((r) => setTimeout(r, 5));
      running.child.kill('SIGKILL');
      kills++;
      await Promise.all(writers);
      await stopServerProcess(running);
      server = null;
      for (const id of notes) {
        const text = await fs.readFile(path.join(hostile.vault, id), 'utf8');
        expect(sent.get(id)?.has(text), `${id} after kill ${kills} holds text no save sent (${text.length} chars)`).toBe(true);
      }
    }
    server = await startIndexed(hostile);
    expect(await tempFiles(hostile.vault)).toEqual([]);
    const listed = value<{ id: string }[]>(await call(server, 'listNotes', undefined)).map((n) => n.id);
    expect(listed.filter((id) => id.startsWith('nota '))).toEqual(notes);
    console.log(`kill -9: ${saves} saves, ${kills} kills, no torn note, no temp file left`);
  }, 600_000);
});

describe('a full disk', () => {
  it('keeps the old file, says the disk is full, and leaves no temp file', async (context) => {
    hostile = await makeHostileVault();
    const vault = hostile.vault;
    await fs.rename(vault, `${vault}-files`);
    await fs.mkdir(vault);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', vault], { stdio: 'pipe' });
      mounted = vault;
    } catch (error) {
      context.skip(`cannot mount a small tmpfs here (${(error as Error).message.split('\n')[0]}): the full-disk case needs root or a loop device`);
      return;
    }
    await fs.writeFile(path.join(vault, 'nota.md'), '# Nota\n\noriginal\n');
    server = await startServerProcess(vault, { cacheDir: hostile.cache });
    const base = value<{ hash: string }>(await call(server, 'readNote', 'nota.md')).hash;
    const answer = await call(server, 'saveNote', { id: 'nota.md', content: `# Nota\n\n${'texto '.repeat(200_000)}\n`, baseHash: base });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.body).toMatch(/disk is full/);
    expect(leaks(answer, hostile)).toEqual([]);
    expect(await fs.readFile(path.join(vault, 'nota.md'), 'utf8')).toBe('# Nota\n\noriginal\n');
    expect(await tempFiles(vault)).toEqual([]);
    expect((await call(server, 'describeVault', undefined)).status).toBe(200);
  }, 120_000);
});

describe('the vault taken away while open', () => {
  it('answers with clear errors when the vault folder is deleted, and keeps running', async () => {
    hostile = await makeHostileVault();
    server = await startServerProcess(hostile.vault, { cacheDir: hostile.cache });
    const base = value<{ hash: string }>(await call(server, 'readNote', 'EC2.md')).hash;
    await fs.rm(hostile.vault, { recursive: true, force: true });
    const read = await call(server, 'readNote', 'AMI.md');
    const save = await call(server, 'saveNote', { id: 'EC2.md', content: '# EC2\n\nnuevo\n', baseHash: base });
    const create = await call(server, 'saveNote', { id: 'otra/nueva.md', content: '# Nueva\n', baseHash: null });
    for (const answer of [read, save, create]) {
      expect(answer.status, answer.body).toBeGreaterThanOrEqual(400);
      expect(answer.status, answer.body).toBeLessThan(500);
      expect(leaks(answer, hostile)).toEqual([]);
    }
    await new Promise((r) => setTimeout(r, 500));
    expect(server.alive()).toBe(true);
    expect((await call(server, 'describeVault', undefined)).status).toBe(200);
    expect((await call(server, 'search', { query: 'EC2' })).status).toBe(200);
  }, 120_000);

  it('refuses a save where permission is denied, keeping the old file', async () => {
    hostile = await makeHostileVault();
    const asRoot = process.getuid?.() === 0;
    // Root passes permission checks: the server then runs as nobody, which may read the vault but not write it.
    if (asRoot) {
      execFileSync('chown', ['-R', '65534:65534', hostile.cache]);
      await fs.chmod(hostile.root, 0o755);
    } else await fs.chmod(hostile.vault, 0o555);
    server = await startServerProcess(hostile.vault, { cacheDir: hostile.cache, spawn: asRoot ? { uid: 65534, gid: 65534 } : {} });
    const base = value<{ hash: string }>(await call(server, 'readNote', 'EC2.md')).hash;
    const answer = await call(server, 'saveNote', { id: 'EC2.md', content: '# EC2\n\nnuevo\n', baseHash: base });
    expect(answer.status, answer.body).toBe(403);
    expect(answer.body).toContain('Permission denied: EC2.md');
    expect(leaks(answer, hostile)).toEqual([]);
    expect(await fs.readFile(path.join(hostile.vault, 'EC2.md'), 'utf8')).toContain('Amazon EC2');
    if (!asRoot) await fs.chmod(hostile.vault, 0o755);
  }, 120_000);
});

/** Kinds of hostile note; the vault holds a thousand, cycling through them. */
const KINDS: [string, (i: number) => string | Buffer][] = [
  ['alias-bomb', () => `---\n${['a: &a [x,x,x,x,x,x,x,x,x]', ...'bcdefghi'.split('').map((c, k) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[k]}`).join(',')}]`)].join('\n')}\n---\n# Bomba\n`],
  ['js-frontmatter', (i) => `---js\n{ pwned: process.getBuiltinModule('fs').writeFileSync('${os.tmpdir()}/cairn-pwned-${i}', 'x') }\n---\n# JS\n`],
  ['unclosed-frontmatter', () => '---\ntitle: [sin cerrar\n# x\n'],
  ['deep-yaml', () => `---\nk: ${'['.repeat(3000)}${']'.repeat(3000)}\n---\nbody`],
  ['deep-quotes', () => `${'> '.repeat(5000)}hondo\n`],
  ['deep-lists', () => `${'- '.repeat(5000)}hondo\n`],
  ['link-openers', () => '[]('.repeat(20_000)],
  ['brackets', () => '[['.repeat(20_000)],
  ['emphasis', () => '*a'.repeat(20_000)],
  ['long-line', () => 'palabra'.repeat(50_000)],
  ['nul-bytes', () => Buffer.concat([Buffer.from('# NUL\n'), Buffer.alloc(1000, 0), Buffer.from('[[EC2]]')])],
  ['latin1', () => Buffer.from([0x23, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a])],
  ['bad-uri-link', () => '# URI\n\n[link](%) [x](%E0%A4%A) [[%]]\n'],
  ['many-links', (i) => Array.from({ length: 2000 }, (_, k) => `[[n${(i + k) % 1000}]]`).join(' ')],
  ['html', () => '<img src=x onerror=alert(1)><script>alert(1)</script><div style="position:fixed;inset:0">x</div>'],
  ['bidi-and-zero-width', () => '# \u202eevil\u200b\u2066\n\n\u0000\uFEFF text\n'],
  ['huge-heading', () => `# ${'h'.repeat(100_000)}\n`],
  ['cards', () => '#flashcards\n' + Array.from({ length: 500 }, (_, k) => `q${k}::a${k}`).join('\n')],
  ['empty', () => ''],
  ['crlf-only', () => '\r\n'.repeat(10_000)],
];

describe('a thousand hostile notes', () => {
  it('are all indexed without a crash, each flagged where it is bad, and no request blocks for a second once indexed', async () => {
    const files: Record<string, string | Buffer> = {};
    for (let i = 0; i < 1000; i++) {
      const [kind, make] = KINDS[i % KINDS.length] as (typeof KINDS)[number];
      files[`hostil/${kind}/n${i}.md`] = make(i);
    }
    hostile = await makeHostileVault(files);
    server = await startServerProcess(hostile.vault, { cacheDir: hostile.cache });
    const running = server;
    // The first build may take a while on a loaded machine. Calls that need the index wait for it (a vault
    // under 2,000 notes opens once indexed): how long is measured. The server itself answers meanwhile.
    let building = true;
    let duringBuild = 0;
    let serverDuringBuild = 0;
    const describing = (async () => {
      while (building) duringBuild = Math.max(duringBuild, (await call(running, 'describeVault', undefined, { timeoutMs: 240_000 })).ms);
    })();
    const refusing = (async () => {
      while (building) {
        const refused = await raw(running.port, '/api/describeVault', { method: 'POST', headers: { host: `127.0.0.1:${running.port}`, 'content-type': 'application/json' }, body: '{}' });
        expect(refused.status).toBe(401);
        serverDuringBuild = Math.max(serverDuringBuild, refused.ms);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const built = await call(running, 'brokenLinks', undefined, { timeoutMs: 240_000 });
    building = false;
    await Promise.all([describing, refusing]);
    expect(built.status).toBe(200);
    expect(serverDuringBuild, 'the server answers while the index is built').toBeLessThan(1000);
    // After a build the index warms search and the review deck up and writes its cache, each a slice or a
    // part per turn: 0.9 s at most here with the machine's load at 12 (3.5 s before, when the deck and the
    // cache's parts were made in one piece). Held to 2 s, not the 1 s below: a major GC or a loaded CI
    // machine adds to it.
    const cache = hostile.cache;
    let afterBuild = 0;
    const cached = async (): Promise<boolean> => (await fs.readdir(cache)).some((name) => name.endsWith('.cache'));
    for (const deadline = Date.now() + 120_000; !(await cached()) && Date.now() < deadline; ) {
      afterBuild = Math.max(afterBuild, (await call(running, 'describeVault', undefined)).ms);
    }
    const listed = await call(running, 'listNotes', undefined);
    // Every problem's message names the note by its vault path, never by the machine's.
    expect(leaks(listed, hostile)).toEqual([]);
    const notes = value<{ id: string; problems: { code: string }[] }[]>(listed);
    const hostileNotes = notes.filter((n) => n.id.startsWith('hostil/'));
    expect(hostileNotes).toHaveLength(1000);
    const flagged = (kind: string): string[] => [...new Set(hostileNotes.filter((n) => n.id.includes(`/${kind}/`)).flatMap((n) => n.problems.map((p) => p.code)))];
    expect(flagged('alias-bomb')).toEqual(['yaml-error']);
    expect(flagged('deep-yaml')).toEqual(['yaml-error']);
    expect(flagged('js-frontmatter')).toEqual(['js-frontmatter']);
    expect(flagged('unclosed-frontmatter')).toEqual(['unclosed-frontmatter']);
    expect(flagged('latin1').length).toBeGreaterThan(0);
    for (let i = 0; i < 1000; i += KINDS.length) expect(await fs.stat(`${os.tmpdir()}/cairn-pwned-${i + 1}`).catch(() => null)).toBeNull();
    const probes: [string, unknown][] = [
      ['describeVault', undefined],
      ['getGraph', {}],
      ['brokenLinks', undefined],
      ['reviewQueue', {}],
      ...KINDS.map(([kind], k): [string, unknown] => ['readNote', `hostil/${kind}/n${k}.md`]),
      ...KINDS.map(([kind], k): [string, unknown] => ['noteAnchors', `hostil/${kind}/n${k}.md`]),
      ...KINDS.map(([kind], k): [string, unknown] => ['unlinkedMentions', `hostil/${kind}/n${k + KINDS.length * 10}.md`]),
      ...['a', 'palabra', '"hondo hondo"', 'q1', '[[', '*a', 'evil', 'h'.repeat(60)].map((query): [string, unknown] => ['search', { query }]),
    ];
    let slowest = 0;
    for (const [method, arg] of probes) {
      const answer = await call(running, method, arg);
      expect(answer.status, `${method} ${JSON.stringify(arg)}: ${answer.body.slice(0, 200)}`).toBe(200);
      slowest = Math.max(slowest, answer.ms);
      expect(answer.ms, `${method} ${JSON.stringify(arg)}`).toBeLessThan(1000);
    }
    expect(afterBuild, 'the longest wait while the index warmed up and wrote its cache').toBeLessThan(2000);
    console.log(`hostile vault: 1,000 notes indexed in ${(built.ms / 1000).toFixed(1)} s; then ${probes.length} requests, slowest ${slowest.toFixed(0)} ms (while building: the server ${serverDuringBuild.toFixed(0)} ms, a call to the index ${duringBuild.toFixed(0)} ms; while warming up and writing the cache: ${afterBuild.toFixed(0)} ms)`);
  }, 300_000);
});
