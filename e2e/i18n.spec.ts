import type { Page } from '@playwright/test';
import { areas } from '../renderer/src/i18n/catalogue';
import { expect, test } from './fixtures';

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
    await expect(app.locator('html')).toHaveAttribute('lang', 'es');
    await expect(app.getByTestId('review-start')).toHaveText('Repasar');
    await expect(app.getByTestId('search-input')).toHaveAttribute('placeholder', /^Buscar en las notas/);
    await expect(app.getByTestId('status-bar')).toContainText(/\d+ notas/);
    await expect(app.getByTestId('language-select')).toHaveValue('es');
    await expectNoRawKeys(app);

    await app.locator('body').press('Control+p');
    await expect(app.getByTestId('palette-input')).toHaveAttribute('placeholder', 'Escribe un comando…');
    await expect(app.getByTestId('palette')).toContainText('Abrir el selector rápido');
    await expectNoRawKeys(app);
    await app.getByTestId('palette-input').press('Escape');

    await app.getByTestId('language-select').selectOption('en');
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

test.describe('a browser in English', () => {
  test.use({ locale: 'en-US' });

  test('shows the UI in English, and the palette switches it to Spanish', async ({ app }) => {
    await expect(app.locator('html')).toHaveAttribute('lang', 'en');
    await expect(app.getByTestId('review-start')).toHaveText('Review');
    await expectNoRawKeys(app);

    await app.locator('body').press('Control+p');
    await app.getByTestId('palette-input').fill('Español');
    await app.getByTestId('palette-input').press('Enter');
    await expect(app.locator('html')).toHaveAttribute('lang', 'es');
    await expect(app.getByTestId('review-start')).toHaveText('Repasar');
    await expect(app.getByTestId('status-bar')).toContainText(/\d+ notas/);
    await expectNoRawKeys(app);
  });
});
