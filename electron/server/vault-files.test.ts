import { request as httpRequest } from 'node:http';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeVaultFs } from '../core/vault/node-vault-fs';
import { startServer, type RunningServer } from './http-server';

/** As the page asks: by the instance's own host name, with its session cookie. */
function get(server: RunningServer, urlPath: string, token: string | null): Promise<{ status: number; type: string; csp: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: `${server.hostName}:${server.port}` };
    if (token) headers.cookie = `cairn_token=${token}`;
    const req = httpRequest({ host: '127.0.0.1', port: server.port, path: urlPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), csp: String(res.headers['content-security-policy'] ?? ''), body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the /vault/ route serves vault files and nothing else', () => {
  let parent: string;
  let server: RunningServer;
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

  beforeAll(async () => {
    parent = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-vault-files-'));
    const vault = path.join(parent, 'vault');
    await fs.mkdir(path.join(vault, 'img'), { recursive: true });
    await fs.mkdir(path.join(vault, '.cairn'));
    await fs.writeFile(path.join(vault, 'img', 'p q.png'), png);
    await fs.writeFile(path.join(vault, 'note.md'), '# n');
    await fs.writeFile(path.join(vault, 'page.html'), '<script>alert(1)</script>');
    await fs.writeFile(path.join(vault, '.cairn', 'review.json'), '{"secret":1}');
    await fs.writeFile(path.join(parent, 'outside.png'), 'OUTSIDE');
    await fs.mkdir(path.join(parent, 'outdir'));
    await fs.writeFile(path.join(parent, 'outdir', 'x.png'), 'OUTSIDE');
    await fs.symlink(path.join(parent, 'outside.png'), path.join(vault, 'link.png'));
    await fs.symlink(path.join(parent, 'outdir'), path.join(vault, 'linkdir'));
    await fs.symlink(path.join(vault, 'img', 'p q.png'), path.join(vault, 'inside-link.png'));
    server = await startServer({ api: {} as never, events: { on: () => () => undefined }, vaultFiles: await NodeVaultFs.open(vault) });
  });
  afterAll(async () => {
    await server.close();
    await fs.rm(parent, { recursive: true, force: true });
  });

  it('serves an image inside the vault, encoded names included, under a CSP that runs nothing', async () => {
    const res = await get(server, '/vault/img/p%20q.png', server.token);
    expect(res.status).toBe(200);
    expect(res.type).toBe('image/png');
    expect(res.body.equals(png)).toBe(true);
    expect(res.csp).toContain('sandbox');
    expect((await get(server, '/vault/inside-link.png', server.token)).status).toBe(200);
  });

  it('needs the token', async () => {
    expect((await get(server, '/vault/img/p%20q.png', null)).status).toBe(401);
  });

  it('refuses paths leaving the vault, through .. or symlinks, and hidden folders, leaking no byte', async () => {
    for (const bad of ['/vault/..%2Foutside.png', '/vault/img/..%2F..%2Foutside.png', '/vault/%2Fetc%2Fpasswd', '/vault/link.png', '/vault/linkdir/x.png', '/vault/.cairn/review.json', '/vault/nope.png', '/vault/%E0%A4%A', '/vault/img']) {
      const res = await get(server, bad, server.token);
      expect(res.status, bad).toBeGreaterThanOrEqual(400);
      expect(res.body.toString(), bad).not.toContain('OUTSIDE');
      expect(res.body.toString(), bad).not.toContain('secret');
    }
  });

  it('sends unknown types as downloads, never as a page of ours', async () => {
    const res = await get(server, '/vault/page.html', server.token);
    expect(res.type).toBe('application/octet-stream');
  });
});
