import { expect, test } from './fixtures';

const NOTES = 4000;
const words = ['instancia', 'volumen', 'subred', 'balanceador', 'imagen', 'política', 'rol', 'métrica', 'snapshot', 'zona'];

/** Enough prose and links that indexing takes a visible while. */
function largeVault(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < NOTES; i++) {
    const prose = Array.from({ length: 120 }, (_, w) => words[(i * 7 + w * 3) % words.length]).join(' ');
    files[`tema ${Math.floor(i / 200)}/Nota ${i}.md`] =
      `---\ntags: [aws/t${i % 13}]\n---\n# Nota ${i}\n\nLa Amazon Machine Image (AMI) y el EC2 ${prose}.\n\nVer [[Nota ${(i * 31) % NOTES}]] y [[Nota ${(i + 1) % NOTES}]].\n`;
  }
  return files;
}

test.describe('a large vault', () => {
  test.use({ vaultFiles: largeVault() });

  test('shows indexing progress, stays usable meanwhile, and ends with every note listed', async ({ app, apiCalls }, testInfo) => {
    test.setTimeout(180_000);
    const progress = app.getByTestId('index-progress');
    await expect(progress).toBeVisible({ timeout: 30_000 });
    await expect(progress).toContainText(/Indexing: \w+/);
    // Indexing runs in a worker: the window answers while it goes on.
    await app.locator('body').press('Control+p');
    await expect(app.getByTestId('palette-input')).toBeFocused();
    await app.getByTestId('palette-input').press('Escape');
    await expect(progress).toBeHidden({ timeout: 150_000 });
    await expect(app.getByTestId('status-bar')).toContainText(`${NOTES} notes`);
    // Opened while the index was being built, the page asks for the graph and the note list once each:
    // when it mounts, not again when the index reports ready (at 10k notes the graph is tens of MB).
    await expect.poll(async () => Number(await app.locator('[data-node-count]').getAttribute('data-node-count')), { timeout: 60_000 }).toBeGreaterThanOrEqual(NOTES);
    if (testInfo.project.name === 'browser') {
      expect(apiCalls.filter((c) => c === 'getGraph')).toHaveLength(1);
      expect(apiCalls.filter((c) => c === 'listNotes')).toHaveLength(1);
    }
  });
});
