import { promises as fs } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { xssVault } from './xss-corpus';

/*
 * Notes written to break the window: ones an attack run could not open, and a corpus of XSS payloads in
 * every place a note's text reaches the page. Nothing may run, nothing may cover the app, and every note
 * opens showing itself (or the reason it cannot be rendered), never the note before it.
 */

/** Records any payload that runs, and any inline script the CSP had to block (a sanitiser miss). */
const TRAP = `
  window.__xssHits = [];
  Object.defineProperty(window, '__xss', { value: (n) => window.__xssHits.push(n), writable: false, configurable: false });
  for (const name of ['alert', 'confirm', 'prompt', 'print']) window[name] = () => window.__xssHits.push(name);
  // DOMPurify parses each note in an inert document, where Chromium reports (never runs) inline handlers:
  // only a violation by an element of the page itself is a sanitiser miss.
  document.addEventListener('securitypolicyviolation', (e) => {
    if (/script/.test(e.effectiveDirective) && e.target instanceof Element && e.target.ownerDocument === document) {
      window.__xssHits.push('csp:' + e.effectiveDirective + ': ' + e.target.outerHTML.slice(0, 160));
    }
  }, true);
`;

async function hits(page: Page): Promise<unknown[]> {
  return page.evaluate(() => (window as unknown as { __xssHits: unknown[] }).__xssHits);
}

/** Whatever sits on top at these points must not come from a note's body. */
async function expectNothingCovers(page: Page, what: string): Promise<void> {
  const covered = await page.evaluate(() => {
    const search = document.querySelector('[data-testid=search-input]')?.getBoundingClientRect();
    const points: [number, number][] = [
      [5, 5],
      [window.innerWidth - 5, window.innerHeight - 5],
      [window.innerWidth / 2, 5],
    ];
    if (search) points.push([search.x + search.width / 2, search.y + search.height / 2]);
    return points.filter(([x, y]) => document.elementFromPoint(x, y)?.closest('[data-testid=note-body]') !== null).map((p) => p.join(','));
  });
  expect(covered, what).toEqual([]);
}

const deepQuotes = `# Citas profundas\n\n${`${'>'.repeat(5000)} cita\n`.repeat(2500)}`;
const HOSTILE: Record<string, string> = {
  'Normal.md': '# Normal\n\nTexto de la nota anterior.\n',
  'URI rota.md': '# URI rota\n\n[link](%) y [otro](%E0%A4%A) y ![img](%)\n',
  'Citas anidadas.md': `# Citas anidadas\n\n${'> '.repeat(5000)}hondo\n`,
  'Listas anidadas.md': `# Listas anidadas\n\n${'- '.repeat(5000)}hondo\n`,
  'Párrafo largo.md': `# Párrafo largo\n\n${'una línea de un párrafo muy largo con *énfasis* y [[Normal]]\n'.repeat(10_000)}`,
  'Corchetes.md': `# Corchetes\n\n${'[]('.repeat(20_000)}`,
  'Énfasis.md': `# Énfasis\n\n${'*a'.repeat(20_000)}`,
  'Citas de 12 MB.md': deepQuotes,
};

test.describe('notes built to break the reading view', () => {
  test.use({ vaultFiles: HOSTILE });

  test('each opens with its own title and its body or the reason, never the note before', async ({ app }) => {
    test.setTimeout(180_000);
    for (const id of Object.keys(HOSTILE).filter((id) => id !== 'Normal.md')) {
      const title = id.replace(/\.md$/, '');
      await app.locator(`[data-testid=file-item][data-note-id="Normal.md"]`).click();
      await expect(app.getByTestId('note-title')).toHaveText('Normal');
      await expect(app.getByTestId('note-body')).toContainText('Texto de la nota anterior');
      const started = Date.now();
      await app.locator(`[data-testid=file-item][data-note-id="${id}"]`).click();
      await expect(app.getByTestId('note-title'), id).toHaveText(title, { timeout: 30_000 });
      // A note too large to render shows its start as plain text under the reason (render-too-large).
      const shown = app.getByTestId('note-body').or(app.getByTestId('render-error')).or(app.getByTestId('render-too-large'));
      await expect(shown.first(), id).toBeVisible({ timeout: 30_000 });
      expect(Date.now() - started, `${id} took too long to show`).toBeLessThan(15_000);
      await expect(app.getByTestId('note-pane'), id).not.toContainText('Texto de la nota anterior');
    }
  });
});

const corpus = xssVault();

for (const bypassCSP of [false, true]) {
  test.describe(`${corpus.count} XSS payloads, ${bypassCSP ? 'with the CSP bypassed (the sanitiser alone)' : 'with the CSP'}`, () => {
    test.use({ vaultFiles: corpus.files, bypassCSP });

    test('run nowhere: reading view, search, graph and its SVG export, concept panes, review; and cover nothing', async ({ app }) => {
      test.setTimeout(240_000);
      expect(corpus.count).toBeGreaterThanOrEqual(120);
      await app.addInitScript(TRAP);
      // The graph's debug handle lets the test open concept panes as a tap on their node would.
      await app.goto(new URL('/?debug=graph', app.url()).href);
      await expect(app.getByTestId('file-item').first()).toBeVisible();
      for (const id of Object.keys(corpus.files)) {
        await app.locator(`[data-testid=file-item][data-note-id="${id.replace(/["\\]/g, '\\$&')}"]`).click();
        await expect(app.getByTestId('note-body').or(app.getByTestId('render-error')).first(), id).toBeVisible();
        // Hover and click what a payload would hope for: links, and the whole body.
        const body = app.getByTestId('note-body');
        if (await body.count()) {
          await body.hover({ position: { x: 10, y: 10 } }).catch(() => undefined);
          for (const link of await body.locator('a[id^=xss-]').all()) await link.click({ force: true, noWaitAfter: true }).catch(() => undefined);
        }
        await expectNothingCovers(app, id);
        expect(await hits(app), id).toEqual([]);
      }
      // Search results: titles, headings and snippets of every note.
      await app.getByTestId('search-input').fill('xssmarker');
      await expect(app.getByTestId('search-hit').first()).toBeVisible();
      expect(await app.getByTestId('search-hit').count()).toBeGreaterThan(10);
      await expectNothingCovers(app, 'search results');
      await app.getByTestId('search-input').press('Escape');
      // The graph's labels, and its SVG export opened as a page of its own.
      await expect.poll(async () => Number(await app.getByTestId('graph-canvas').getAttribute('data-node-count'))).toBeGreaterThan(20);
      const [download] = await Promise.all([app.waitForEvent('download'), app.getByTestId('graph-export-svg').click()]);
      const svg = await fs.readFile((await download.path()) as string, 'utf8');
      const svgPage = await app.context().newPage();
      await svgPage.addInitScript(TRAP);
      await svgPage.goto(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`);
      const inSvg = await svgPage.evaluate(() => ({
        scripts: document.querySelectorAll('script, foreignObject').length,
        handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value)).map((a) => a.name)),
      }));
      expect(inSvg).toEqual({ scripts: 0, handlers: [] });
      expect(await hits(svgPage)).toEqual([]);
      await svgPage.close();
      // Concept panes: names, definitions and mentions taken from the notes' text.
      const concepts = (await app.evaluate(`window.__cairnGraph.cy.nodes('[kind = "concept"]').map((n) => n.id()).slice(0, 12)`)) as string[];
      expect(concepts.length).toBeGreaterThan(0);
      for (const id of concepts) {
        // `void`: evaluate would otherwise serialise the whole Cytoscape collection emit() returns (GBs, the tab dies).
        await app.evaluate(`void window.__cairnGraph.cy.getElementById(${JSON.stringify(id)}).emit('tap')`);
        await expect(app.getByTestId('concept-pane'), id).toBeVisible();
        await expectNothingCovers(app, `concept ${id}`);
      }
      expect(await hits(app)).toEqual([]);
      // The review screen, fronts and backs.
      await app.getByTestId('review-start').click();
      const front = app.getByTestId('review-front');
      await expect(front.or(app.getByTestId('review-done')).first()).toBeVisible();
      for (let i = 0; i < 6 && (await front.count()) > 0; i++) {
        await app.getByTestId('review-reveal').click();
        await expect(app.getByTestId('review-back')).toBeVisible();
        await expectNothingCovers(app, `review card ${i}`);
        await app.getByTestId('review-grade-good').click();
      }
      expect(await hits(app)).toEqual([]);
      // The trap itself works: markup put in the page without the sanitiser is caught, by the CSP or by running.
      await app.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="__xss(0)">'));
      await expect.poll(async () => (await hits(app)).length).toBeGreaterThan(0);
    });
  });
}
