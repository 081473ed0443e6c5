import type { Page } from '@playwright/test';
import { areas } from '../renderer/src/i18n/catalogue';
import { expect, pressUntilOpen, test } from './fixtures';

/** A catalogue key shown as itself (`app.review`): what a missing translation looks like on screen. */
const rawKey = new RegExp(`\\b(?:${areas.map((a) => a.area).join('|')})\\.[A-Za-z][\\w.-]*`);

/** Everything a person reads or hears on the page now: text, tooltips, placeholders, labels. */
async function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[title], [placeholder], [aria-label]')].flatMap((el) => ['title', 'placeholder', 'aria-label'].map((name) => el.getAttribute(name) ?? ''));
    return [document.body.innerText, ...attributes].join('\n');
  });
}

async function expectNoRawKeys(page: Page): Promise<void> {
  const text = await shownText(page);
  expect(text.match(rawKey)?.[0] ?? null, 'a message key shown raw').toBeNull();
}

test.describe('a browser in Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('shows the UI in Spanish, and switching to English changes it and is remembered', async ({ app }) => {
    test.setTimeout(180_000);
    await expect(app.locator('html')).toHaveAttribute('lang', 'es');
    await expect(app.getByTestId('review-start')).toHaveText('Repasar');
    await expect(app.getByTestId('search-input')).toHaveAttribute('placeholder', /^Buscar en las notas/);
    await expect(app.getByTestId('status-bar')).toContainText(/\d+ notas/);
    await expect(app.getByTestId('language-select')).toHaveValue('es');
    await expectNoRawKeys(app);

    await pressUntilOpen(app, 'Control+p', app.getByTestId('palette-input'));
    await expect(app.getByTestId('palette-input')).toHaveAttribute('placeholder', 'Escribe un comando…');
    await expect(app.getByTestId('palette')).toContainText('Abrir el selector rápido');
    await expectNoRawKeys(app);
    await app.getByTestId('palette-input').press('Escape');

    // A note: its pane, backlinks and unlinked mentions.
    await app.getByTestId('file-item').filter({ hasText: 'EC2' }).first().click();
    await expect(app.getByTestId('note-title')).toHaveText('EC2');
    await expect(app.getByTestId('backlinks')).toContainText('Enlaces entrantes');
    await expect(app.getByTestId('unlinked-mentions')).toContainText('Menciones sin enlazar');
    await expect(app.getByTestId('mode-reading')).toHaveText('Leer');
    await expectNoRawKeys(app);

    // Revision: a card, its grades, and the plan with its dates.
    await app.getByTestId('review-start').click();
    await expect(app.getByTestId('review-counts')).toContainText('repasadas hoy');
    await expect(app.getByTestId('review-reveal')).toContainText('Mostrar respuesta');
    await app.getByTestId('review-reveal').click();
    await expect(app.getByTestId('review-grade-again')).toContainText('Otra vez');
    await expectNoRawKeys(app);
    await app.getByTestId('review-tab-plan').click();
    // The plan's settings arrive with it: fill the date once they are in.
    await expect(app.getByTestId('review-forecast').locator('canvas')).toHaveCount(1);
    // The date field is written in the UI's language (not the OS's, as the browser's own field was), and the day written out beside it.
    await expect(app.getByTestId('review-exam-date')).toHaveAttribute('placeholder', 'dd/mm/aaaa');
    await app.getByTestId('review-exam-date').fill('30/06/2099');
    await expect(app.getByTestId('review-exam-day')).toHaveText('martes, 30 de junio de 2099');
    await app.getByTestId('review-settings-save').click();
    await expect(app.getByTestId('review-plan')).toContainText('Repasos por día hasta el examen (30 jun 2099)');
    await expect(app.getByTestId('review-plan')).toContainText('Estadísticas');
    await expectNoRawKeys(app);

    await app.getByTestId('language-select').selectOption('en');
    await expect(app.locator('html')).toHaveAttribute('lang', 'en');
    await expect(app.getByTestId('review-plan')).toContainText('Reviews per day until the exam (Jun 30, 2099)');
    await expect(app.getByTestId('review-exam-day')).toHaveText('Tuesday, June 30, 2099');
    await expect(app.getByTestId('review-plan')).toContainText('Statistics');
    await expectNoRawKeys(app);
    await app.getByTestId('review-tab-cards').click();
    await app.getByTestId('review-reveal').click();
    await expect(app.getByTestId('review-grade-again')).toContainText('Again');
    await app.keyboard.press('Escape');
    await expect(app.getByTestId('backlinks')).toContainText('Linked from');
    await expect(app.getByTestId('unlinked-mentions')).toContainText('Unlinked mentions');
    await expect(app.locator('html')).toHaveAttribute('lang', 'en');
    await expect(app.getByTestId('review-start')).toHaveText('Review');
    await expect(app.getByTestId('search-input')).toHaveAttribute('placeholder', /^Search notes/);
    await expect(app.getByTestId('status-bar')).toContainText(/\d+ notes/);
    await expectNoRawKeys(app);

    // The choice outlives the page.
    await app.reload();
    await expect(app.getByTestId('review-start')).toHaveText('Review');
    await expect(app.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('relation names in Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('a typed relation is named in Spanish on its edge and in its evidence, and again in English after switching', async ({ app }) => {
    // A second page load and a full layout of the sample vault, as the other graph tests allow for.
    test.setTimeout(120_000);
    await app.goto(new URL('/?debug=graph', app.url()).href);
    await expect(app.getByTestId('graph-canvas')).toHaveAttribute('data-layout-state', 'done', { timeout: 30_000 });
    type Edge = { id(): string; data(k: string): string; addClass(c: string): void; style(k: string): string; emit(e: string): void };
    type Handle = { __cairnGraph: { cy: { edges(s: string): Edge[]; getElementById(id: string): Edge } } };
    // A kind-of edge of the sample vault (the load balancer family under ELB).
    await expect.poll(() => app.evaluate(() => (window as unknown as Handle).__cairnGraph.cy.edges('[relation = "is a kind of"]').length)).toBeGreaterThan(0);
    const labelOf = (): Promise<string> =>
      app.evaluate(() => {
        const edge = (window as unknown as Handle).__cairnGraph.cy.edges('[relation = "is a kind of"]')[0]!;
        edge.addClass('labelled');
        return edge.style('label');
      });
    expect(await labelOf()).toBe('es un tipo de');
    await app.evaluate(() => (window as unknown as Handle).__cairnGraph.cy.edges('[relation = "is a kind of"]')[0]!.emit('tap'));
    const popover = app.getByTestId('edge-evidence');
    await expect(popover.locator('header')).toContainText('es un tipo de');
    await expect(popover.getByTestId('edge-evidence-ends')).toContainText('— es un tipo de →');
    await expect(popover).not.toContainText('is a kind of');

    await app.getByTestId('language-select').selectOption('en');
    await expect(popover.locator('header')).toContainText('is a kind of');
    await expect.poll(labelOf).toBe('is a kind of');
  });
});

test.describe('a browser in English', () => {
  test.use({ locale: 'en-US' });

  test('shows the UI in English, and the palette switches it to Spanish', async ({ app }) => {
    await expect(app.locator('html')).toHaveAttribute('lang', 'en');
    await expect(app.getByTestId('review-start')).toHaveText('Review');
    await expectNoRawKeys(app);

    await pressUntilOpen(app, 'Control+p', app.getByTestId('palette-input'));
    await app.getByTestId('palette-input').fill('Español');
    await app.getByTestId('palette-input').press('Enter');
    await expect(app.locator('html')).toHaveAttribute('lang', 'es');
    await expect(app.getByTestId('review-start')).toHaveText('Repasar');
    await expect(app.getByTestId('status-bar')).toContainText(/\d+ notas/);
    await expectNoRawKeys(app);
  });
});

test.describe('a small window in Spanish', () => {
  test.use({ locale: 'es-MX', viewport: { width: 900, height: 700 } });

  test('at 900×700 the Spanish UI shows no raw key, and switching to English changes it', async ({ app }) => {
    await expect(app.locator('html')).toHaveAttribute('lang', 'es');
    await expect(app.getByTestId('note-pane')).toContainText('Elige una nota de la lista o un nodo del grafo.');
    await expect(app.getByTestId('review-start')).toHaveText('Repasar');
    await expectNoRawKeys(app);
    // The side bar may be folded away at this width: the quick switcher opens the note.
    await pressUntilOpen(app, 'Control+o', app.getByTestId('switcher-input'));
    await expect(app.getByTestId('switcher-input')).toHaveAttribute('placeholder', 'Busca una nota o un concepto, o crea una nota…');
    await app.getByTestId('switcher-input').fill('EC2');
    await app.getByTestId('switcher-input').press('Enter');
    await expect(app.getByTestId('backlinks')).toContainText('Enlaces entrantes');
    await expectNoRawKeys(app);
    await app.getByTestId('language-select').selectOption('en');
    await expect(app.getByTestId('backlinks')).toContainText('Linked from');
    await expect(app.getByTestId('review-start')).toHaveText('Review');
    await expectNoRawKeys(app);
  });
});
