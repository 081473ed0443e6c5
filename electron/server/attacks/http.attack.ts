import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, CANARY, fingerprint, leaks, makeHostileVault, raw, startServerProcess, stopServerProcess, type Answer, type Hostile, type Running } from './harness';

/*
 * Attacks on the browser-mode server over HTTP: the token, Host and Origin checks; every parameter that
 * takes an id, for reads and for writes, through every kind of symlink; malformed, oversize and deep
 * bodies; racing saves; a search built to block. Each must be refused with a clear error, leak nothing,
 * write nothing outside the vault, and leave the server answering.
 */

let hostile: Hostile;
let server: Running;
let outsideBefore: Record<string, string>;
let attacks = 0;

beforeAll(async () => {
  hostile = await makeHostileVault({
    'line.md': `# Line\n\n${'a'.repeat(5 * 1024 * 1024)}\n`,
    'words.md': `# Words\n\n${'aaaaa bbbbb '.repeat(200_000)}\n`,
    'bomb.md': `---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\ni: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]\n---\n# Bomba\n\nSigue [[EC2]].\n`,
  });
  outsideBefore = await fingerprint(hostile.outside);
  server = await startServerProcess(hostile.vault, { cacheDir: hostile.cache });
}, 120_000);

afterAll(async () => {
  if (server) await stopServerProcess(server);
  await hostile?.cleanup();
});

const host = (): Record<string, string> => ({ host: `127.0.0.1:${server.port}` });
/** The instance's own name: the Host a browser sends, and the only one its cookie counts on. */
const pageHost = (): Record<string, string> => ({ host: `${server.hostName}:${server.port}` });

/** A refusal as a person should read it: a 4xx with a JSON reason, and nothing that leaks. */
function expectRefused(answer: Answer, what: string, statuses: number[] = [400, 401, 403, 404, 405, 409, 413, 415]): void {
  attacks++;
  expect(statuses, `${what}: status ${answer.status} ${answer.body.slice(0, 200)}`).toContain(answer.status);
  expect(leaks(answer, hostile), what).toEqual([]);
  expect(answer.body.length, what).toBeLessThan(2048);
}

async function expectAnswering(): Promise<void> {
  const answer = await call(server, 'describeVault', undefined);
  expect(answer.status, answer.body).toBe(200);
  expect(server.alive()).toBe(true);
}

describe('token, Host and Origin', () => {
  it('refuses every way in without the token, or from a foreign Host or Origin', async () => {
    const json = { 'content-type': 'application/json' };
    const tokens = ['', 'wrong', `${'x'.repeat(32)}`, '%00', 'a'.repeat(10_000)];
    const cases: { path: string; method: string; headers: Record<string, string>; statuses: number[] }[] = [];
    for (const path of ['/', '/index.html', '/api/listNotes', '/api/readNote', '/vault/EC2.md', '/events']) {
      const method = path.startsWith('/api/') ? 'POST' : 'GET';
      cases.push({ path, method, headers: { ...host(), ...json }, statuses: [401] });
      for (const token of tokens) {
        cases.push({ path, method, headers: { ...host(), ...json, authorization: `Bearer ${token}` }, statuses: [401] });
        cases.push({ path, method, headers: { ...pageHost(), ...json, cookie: `cairn_token=${token}` }, statuses: [401] });
      }
      // The right token in a cookie that did not come by the instance's own name: the cookie is set only
      // there, so one sent to 127.0.0.1 or localhost is not ours (old per-port names included).
      for (const loopback of [`127.0.0.1:${server.port}`, `localhost:${server.port}`]) {
        cases.push({ path, method, headers: { ...json, host: loopback, cookie: `cairn_token=${server.token}; cairn_token_${server.port}=${server.token}` }, statuses: [401] });
      }
      const otherInstance = 'cairn-0123456789abcdef.localhost';
      for (const badHost of ['evil.example', `evil.example:${server.port}`, '127.0.0.1', `127.0.0.1:${server.port + 1}`, `localhost.evil:${server.port}`, `127.0.0.1:${server.port}@evil.example`, server.hostName, `${server.hostName}:${server.port + 1}`, `x.${server.hostName}:${server.port}`, `${otherInstance}:${server.port}`]) {
        cases.push({ path, method, headers: { ...json, host: badHost, authorization: `Bearer ${server.token}` }, statuses: [400, 403] });
      }
      for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${server.port + 1}`, `https://127.0.0.1:${server.port}`, `http://${otherInstance}:${server.port}`, `http://${server.hostName}:${server.port + 1}`]) {
        cases.push({ path, method, headers: { ...host(), ...json, origin, authorization: `Bearer ${server.token}` }, statuses: [403] });
      }
    }
    cases.push({ path: `/?token=wrong`, method: 'GET', headers: host(), statuses: [401] });
    for (const c of cases) {
      const answer = await raw(server.port, c.path, { method: c.method, headers: c.headers, body: c.method === 'POST' ? '{"arg":"EC2.md"}' : undefined });
      expectRefused(answer, `${c.method} ${c.path} ${JSON.stringify(c.headers).slice(0, 160)}`, c.statuses);
      expect(answer.body).not.toContain('Amazon EC2');
    }
    await expectAnswering();
  });

  it('sets its cookie on its own host name only (host-only, HttpOnly, SameSite=Strict), never on 127.0.0.1', async () => {
    const answer = await raw(server.port, `/?token=${server.token}`, { headers: pageHost() });
    attacks++;
    expect(server.hostName).toMatch(/^cairn-[0-9a-f]{16}\.localhost$/);
    expect(answer.status).toBe(302);
    expect(answer.headers['set-cookie']).toEqual([`cairn_token=${server.token}; HttpOnly; SameSite=Strict; Path=/`]);
    for (const loopback of [host(), { host: `localhost:${server.port}` }]) {
      const elsewhere = await raw(server.port, `/?token=${server.token}`, { headers: loopback });
      attacks++;
      expect(elsewhere.status).toBe(302);
      expect(elsewhere.headers['set-cookie']).toBeUndefined();
      expect(elsewhere.headers.location).toBe(`http://${server.hostName}:${server.port}/?token=${server.token}`);
    }
  });
});

/** Ids no request may read or write through: each leaves the vault, or goes through a link that does. */
const BAD_IDS: unknown[] = [
  '../outside/secret.md',
  '../../../../../../etc/passwd',
  '/etc/passwd',
  'C:/Windows/win.ini',
  'C:\\Windows\\win.ini',
  '..\\outside\\secret.md',
  'redes/../../outside/secret.md',
  './../outside/secret.md',
  'linkdir/secret.md',
  'linkdir/newsub/pwn.md',
  'linkdir/folder/inner.md',
  'redes/linkroot/inner.md',
  'redes/linkroot/a/b/pwn.md',
  'leak.md',
  'dangling.md',
  'ghostdir/pwn.md',
  'ghostdir/a/b/pwn.md',
  'loop/pwn.md',
  '.git/config',
  '.git/hooks/pre-commit.md',
  '.obsidian/app.md',
  'node_modules/x.md',
  'EC2.md\0.png',
  `${'a'.repeat(300)}.md`,
  `${'a/'.repeat(600)}x.md`,
  'x'.repeat(5000),
  '',
  null,
  42,
  { id: 'EC2.md' },
  ['EC2.md'],
];

const label = (id: unknown): string => JSON.stringify(id)?.slice(0, 60) ?? String(id);

describe('traversal through every parameter that takes an id', () => {
  it('refuses every read, leaking nothing', async () => {
    const reads: [string, (id: unknown) => unknown][] = [
      ['readNote', (id) => id],
      ['noteAnchors', (id) => id],
      ['unlinkedMentions', (id) => id],
      ['readDraft', (id) => id],
      ['getConcept', (id) => id],
      ['getEdgeEvidence', (id) => id],
      ['getGraph', (id) => ({ center: id, depth: 1 })],
      ['reviewQueue', (id) => ({ nodeId: id })],
      ['undoFileOperation', (id) => id],
      ['search', (id) => ({ query: `path:${String(id)}` })],
      ['search', (id) => ({ query: `file:${String(id)}` })],
    ];
    for (const id of BAD_IDS) {
      for (const [method, arg] of reads) {
        const answer = await call(server, method, arg(id));
        // A graph around a node that does not exist, or a queue for it, is empty rather than an error; no
        // draft was saved yet, so reading one gives null.
        if (answer.status === 200 && (method === 'getGraph' || method === 'reviewQueue' || method === 'readDraft' || method === 'search')) {
          attacks++;
          expect(answer.body).not.toContain(CANARY);
          expect(leaks(answer, hostile)).toEqual([]);
          continue;
        }
        expectRefused(answer, `${method} ${label(id)}`);
      }
      if (typeof id === 'string' && id !== '') {
        for (const encoded of [id.split('/').map(encodeURIComponent).join('/'), encodeURIComponent(id)]) {
          expectRefused(await raw(server.port, `/vault/${encoded}`, { headers: { ...host(), authorization: `Bearer ${server.token}` } }), `GET /vault/${label(id)}`, [400, 403, 404]);
        }
      }
    }
    for (const p of ['/../outside/secret.md', '/%2e%2e/%2e%2e/outside/secret.md', '/..%2f..%2foutside%2fsecret.md', '/vault/%', '/vault/..%2f..%2foutside/secret.md', '/vault/%2e%2e/outside/secret.md', '/%00', '/vault/linkdir%2fsecret.md']) {
      expectRefused(await raw(server.port, p, { headers: { ...host(), authorization: `Bearer ${server.token}` } }), `GET ${p}`, [400, 403, 404]);
    }
    await expectAnswering();
  });

  it('refuses every write, creating nothing outside the vault or in its hidden folders', async () => {
    const gitBefore = await fingerprint(path.join(hostile.vault, '.git'));
    const writes: [string, (id: unknown) => unknown][] = [
      ['saveNote', (id) => ({ id, content: 'pwn', baseHash: null })],
      ['saveDraft', (id) => ({ id, content: 'pwn', baseHash: null })],
      ['renameNote', (id) => ({ from: 'AMI.md', to: id })],
      ['renameNote', (id) => ({ from: id, to: 'stolen.md' })],
      ['deleteNote', (id) => id],
      ['createFolder', (id) => id],
      ['discardDraft', (id) => id],
      ['gradeCard', (id) => ({ cardId: id, grade: 'good' })],
    ];
    for (const id of BAD_IDS) {
      for (const [method, arg] of writes) {
        const answer = await call(server, method, arg(id));
        // Drafts are files named by a hash of the id inside `.cairn/drafts/`: any note id may have one,
        // and the fingerprints below show where they went.
        if (answer.status === 200 && (method === 'saveDraft' || method === 'discardDraft')) {
          attacks++;
          continue;
        }
        expectRefused(answer, `${method} ${label(id)}`);
      }
    }
    expect(await fingerprint(hostile.outside)).toEqual(outsideBefore);
    expect(await fingerprint(path.join(hostile.vault, '.git'))).toEqual(gitBefore);
    expect((await fs.lstat(path.join(hostile.vault, 'dangling.md'))).isSymbolicLink()).toBe(true);
    expect(await fs.readFile(path.join(hostile.vault, 'AMI.md'), 'utf8')).toContain('Amazon Machine Image');
    await expectAnswering();
  });
});

describe('bodies', () => {
  const post = (body: string | Buffer, headers: Record<string, string> = {}): Promise<Answer> =>
    raw(server.port, '/api/readNote', { method: 'POST', body, headers: { ...host(), 'content-type': 'application/json', authorization: `Bearer ${server.token}`, ...headers } });

  it('refuses malformed, null, non-object, deep and oversize bodies with a 4xx, never a 500 or a reset', async () => {
    const deep = `{"arg":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`;
    const cases: [string, string | Buffer, number][] = [
      ['null', 'null', 400],
      ['array', '[]', 400],
      ['string', '"EC2.md"', 400],
      ['number', '1e999', 400],
      ['not JSON', '{not json', 400],
      ['truncated', '{"arg":', 400],
      ['bad UTF-8', Buffer.from([0x7b, 0x22, 0x61, 0x72, 0x67, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 404],
      ['arg null', '{"arg":null}', 400],
      ['proto pollution', '{"__proto__":{"arg":"EC2.md"},"constructor":{"prototype":{"polluted":1}}}', 400],
      ['deep 10^6', deep, 400],
      ['25 MB', `{"arg":"${'a'.repeat(25 * 1024 * 1024)}"}`, 413],
    ];
    for (const [what, body, status] of cases) expectRefused(await post(body), what, [status]);
    expectRefused(await post('{"arg":"EC2.md"}', { 'content-type': 'text/plain' }), 'text/plain', [415]);
    expectRefused(await raw(server.port, '/api/readNote', { method: 'GET', headers: { ...host(), authorization: `Bearer ${server.token}` } }), 'GET on the API', [405]);
    expectRefused(await call(server, 'deleteEverything', {}), 'unknown method', [404]);
    expectRefused(await call(server, '__proto__', {}), '__proto__ method', [404]);
    expectRefused(await call(server, 'constructor', {}), 'constructor method', [404]);
    expectRefused(await call(server, 'search', { query: 'x'.repeat(2000) }), 'search over 1000 characters', [400]);
    expectRefused(await call(server, 'saveNote', { id: 'big.md', content: 'x'.repeat(17 * 1024 * 1024), baseHash: null }), 'save over 16 MB', [400, 413]);
    await expectAnswering();
  }, 60_000);
});

describe('racing saves', () => {
  it('lets exactly one of two saves from the same base succeed, 50 times over', async () => {
    let hash = JSON.parse((await call(server, 'readNote', 'AMI.md')).body).value.hash as string;
    for (let round = 0; round < 50; round++) {
      const [a, b] = await Promise.all([1, 2].map((n) => call(server, 'saveNote', { id: 'AMI.md', content: `# AMI\n\nversion ${round}.${n}\n`, baseHash: hash })));
      const statuses = [a?.status, b?.status].sort();
      expect(statuses, `round ${round}`).toEqual([200, 409]);
      attacks++;
      const winner = [a, b].find((x) => x?.status === 200) as Answer;
      hash = JSON.parse(winner.body).value.hash as string;
      expect(await fs.readFile(path.join(hostile.vault, 'AMI.md'), 'utf8')).toMatch(new RegExp(`^# AMI\\n\\nversion ${round}\\.[12]\\n$`));
    }
  }, 60_000);
});

describe('a search built to block', () => {
  it('answers over a 5 MB line quickly and small, and other calls meanwhile', async () => {
    for (const query of ['aaaaa', 'a', 'aaa', '"aaaaa bbbbb"', 'aaaaa OR bbbbb', 'a'.repeat(999), '('.repeat(400) + 'a' + ')'.repeat(400), Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ')]) {
      const [search, describe] = await Promise.all([call(server, 'search', { query }), call(server, 'describeVault', undefined)]);
      attacks++;
      expect([200, 400], query.slice(0, 40)).toContain(search.status);
      expect(search.ms, query.slice(0, 40)).toBeLessThan(1000);
      expect(search.body.length).toBeLessThan(64 * 1024);
      expect(describe.status).toBe(200);
      expect(describe.ms).toBeLessThan(1000);
    }
  }, 60_000);

  it('indexed the YAML bomb with an error flag, and the rest of the vault', async () => {
    const listed = await call(server, 'listNotes', undefined);
    // Problems name vault paths only, never the machine's.
    expect(leaks(listed, hostile)).toEqual([]);
    const notes = JSON.parse(listed.body).value as { id: string; problems: { code: string }[] }[];
    expect(notes.find((n) => n.id === 'bomb.md')?.problems.map((p) => p.code)).toEqual(['yaml-error']);
    expect(notes.map((n) => n.id)).toEqual(expect.arrayContaining(['EC2.md', 'AMI.md', 'redes/ELB.md', 'line.md']));
    expect(notes.some((n) => n.id.startsWith('.git') || n.id === 'leak.md' || n.id.startsWith('linkdir'))).toBe(false);
  });
});

describe('after it all', () => {
  it('made at least 200 attacks, wrote nothing outside, and still answers', async () => {
    console.log(`http attacks: ${attacks} refused, 0 bytes leaked or written outside`);
    expect(attacks).toBeGreaterThanOrEqual(200);
    expect(await fingerprint(hostile.outside)).toEqual(outsideBefore);
    await expectAnswering();
  });
});
