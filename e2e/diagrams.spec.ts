import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/*
 * ```mermaid blocks in the reading view: drawn as SVG by the mermaid library, loaded only for a note that
 * has one, in strict mode under the app's CSP. A label written as HTML stays text, a diagram cannot turn
 * strict mode off, and a block that does not parse keeps its source and says so.
 */
const TRAP = `
  window.__hits = [];
  window.__xss = (n) => window.__hits.push(n);
  // DOMPurify (ours and mermaid's) parses labels in an inert document, where Chromium reports (never runs)
  // inline handlers: only a violation by an element of the page itself means a handler reached the page.
  document.addEventListener('securitypolicyviolation', (e) => {
    if (e.target instanceof Element && e.target.ownerDocument === document) window.__hits.push('csp:' + e.effectiveDirective + ': ' + e.target.outerHTML.slice(0, 160));
  }, true);
`;

const DIAGRAM = [
  '# Flow',
  '',
  '```mermaid',
  '%%{init: {"securityLevel": "loose", "htmlLabels": true, "themeCSS": "svg { background: url(https://example.invalid/t.png) }"}}%%',
  'graph TD',
  '  A[Start here] --> B{Decide}',
  '  B -->|yes| C[Finish line]',
  '  B --> D["<img src=x onerror=window.__xss(1)>"]',
  '  click A call window.__xss(2)',
  '```',
  '',
  'Between the diagrams.',
  '',
  '```mermaid',
  'graph TD',
  '  A -->',
  '```',
  '',
].join('\n');

test.use({ vaultFiles: { 'Plain.md': '# Plain\n\nNo diagrams here.\n', 'Flow.md': DIAGRAM } });

async function open(app: Page, id: string): Promise<void> {
  await app.locator(`[data-testid=file-item][data-note-id="${id}"]`).click();
  await expect(app.getByTestId('note-title')).toHaveText(id.replace(/\.md$/, ''));
  await expect(app.getByTestId('note-body')).toBeVisible();
}

test('a mermaid block is drawn as a diagram, lazily and in strict mode; a broken one keeps its source', async ({ app }) => {
  const scripts: string[] = [];
  const remote: string[] = [];
  app.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
    if (request.url().includes('example.invalid')) remote.push(request.url());
  });
  await app.addInitScript(TRAP);
  await app.reload();
  await open(app, 'Plain.md');
  expect(scripts.filter((url) => /mermaid/i.test(url)), 'mermaid loaded for a note without a diagram').toEqual([]);

  await open(app, 'Flow.md');
  const diagram = app.getByTestId('diagram');
  await expect(diagram).toHaveCount(1, { timeout: 30_000 });
  await expect(diagram.locator('svg')).toBeVisible();
  await expect(diagram).toContainText('Start here');
  await expect(diagram).toContainText('Finish line');
  expect(scripts.some((url) => /mermaid/i.test(url))).toBe(true);
  // The HTML label is text, not an element; no HTML island, link or image in the drawing.
  await expect(diagram).toContainText('<img');
  expect(await diagram.locator('img, foreignObject, a, image').count()).toBe(0);
  await diagram.getByText('Start here').click();
  // The broken block: its source as written, and why.
  await expect(app.getByTestId('diagram-error')).toContainText('could not be drawn');
  await expect(app.getByTestId('note-body').locator('pre code.language-mermaid')).toContainText('A -->');
  await expect(app.getByTestId('note-body')).toContainText('Between the diagrams.');
  expect(await app.evaluate(() => (window as unknown as { __hits: unknown[] }).__hits)).toEqual([]);
  expect(remote, 'a diagram fetched from outside').toEqual([]);
});
