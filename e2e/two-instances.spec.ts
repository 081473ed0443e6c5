import { promises as fs } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, startServer, stopServer, test } from './fixtures';

/*
 * Two Cairns open in one browser, beside another program serving on 127.0.0.1. Browsers scope cookies by
 * host name, not port: each Cairn is opened by a name of its own (cairn-<random>.localhost), so neither
 * logs the other out, and neither's session cookie goes to anything else on this machine.
 */

test.describe('two Cairns in one browser', () => {
  test.use({ vaultFiles: { 'Primera.md': '# Primera\n\nDel primer vault.\n' } });

  test('each keeps its own session, and no session cookie reaches another local service', async ({ app, context, vaultDir }) => {
    const seen: string[] = [];
    const service = createServer((request, response) => {
      seen.push(`${request.headers.host} cookie=${request.headers.cookie ?? ''}`);
      response.end('another program on this machine');
    });
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
    const servicePort = (service.address() as AddressInfo).port;
    const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-e2e-second-'));
    await fs.mkdir(path.join(parent, 'vault'));
    await fs.writeFile(path.join(parent, 'vault', 'Segunda.md'), '# Segunda\n\nDel segundo vault.\n');
    const second = await startServer(path.join(parent, 'vault'), path.join(parent, 'cache'));
    try {
      const other = await context.newPage();
      await other.goto(second.url);
      await expect(other.locator('[data-testid=file-item][data-note-id="Segunda.md"]')).toBeVisible();
      // The first tab keeps working after the second opened: a reload, a note read, a search.
      await app.reload();
      await app.locator('[data-testid=file-item][data-note-id="Primera.md"]').click();
      await expect(app.getByTestId('note-body')).toContainText('Del primer vault');
      await other.locator('[data-testid=file-item][data-note-id="Segunda.md"]').click();
      await expect(other.getByTestId('note-body')).toContainText('Del segundo vault');
      // Events still come over each one's WebSocket: a note written on disk shows up in the first tab.
      await fs.writeFile(path.join(vaultDir, 'Tercera.md'), '# Tercera\n');
      await expect(app.locator('[data-testid=file-item][data-note-id="Tercera.md"]')).toBeVisible();

      const cookies = await context.cookies();
      // Another program on 127.0.0.1 or localhost, visited in the same browser, gets no Cairn cookie.
      const visit = await context.newPage();
      for (const name of ['127.0.0.1', 'localhost']) {
        await visit.goto(`http://${name}:${servicePort}/`);
        await expect(visit.locator('body')).toContainText('another program');
      }
      // Each page load also asks for /favicon.ico.
      expect(seen.length).toBeGreaterThanOrEqual(2);
      for (const request of seen) {
        expect(request).not.toContain('cairn_token');
        for (const cookie of cookies) expect(request).not.toContain(cookie.value);
      }
      expect(cookies).toHaveLength(2);
      for (const cookie of cookies) {
        expect(cookie.name).toBe('cairn_token');
        expect(cookie.domain).toMatch(/^cairn-[0-9a-f]{16}\.localhost$/);
        expect(cookie.httpOnly).toBe(true);
        expect(cookie.sameSite).toBe('Strict');
      }
      expect(new Set(cookies.map((c) => c.domain)).size).toBe(2);
      expect(new URL(app.url()).hostname).not.toBe(new URL(other.url()).hostname);
    } finally {
      service.close();
      await stopServer(second);
      await fs.rm(parent, { recursive: true, force: true });
    }
  });
});
