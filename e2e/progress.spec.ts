import { expect, pressUntilOpen, test } from './fixtures';

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

  test('shows indexing progress, lists the notes and draws their links while it indexes, and ends with the whole graph', async ({ app, apiCalls, apiResponses }, testInfo) => {
    test.setTimeout(180_000);
    const progress = app.getByTestId('index-progress');
    await expect(progress).toContainText(/Indexing: \w+/, { timeout: 30_000 });
    // Indexing runs in a worker: the window answers while it goes on.
    await pressUntilOpen(app, 'Control+p', app.getByTestId('palette-input'));
    await expect(app.getByTestId('palette-input')).toBeFocused();
    await app.getByTestId('palette-input').press('Escape');
    await expect(progress).toBeHidden({ timeout: 150_000 });
    await expect(app.getByTestId('status-bar')).toContainText(`${NOTES.toLocaleString('en')} notes`);
    await expect.poll(async () => Number(await app.locator('[data-node-count]').getAttribute('data-node-count')), { timeout: 60_000 }).toBeGreaterThanOrEqual(NOTES);
    if (testInfo.project.name === 'browser') {
      // A first build this large opens on its notes and links once parsed: the window was told every note
      // while the index was still being built...
      const described = await Promise.all(apiResponses.filter((r) => r.method === 'describeVault').map(async (r) => (await r.response.json()) as { value: { indexing: boolean; noteCount: number } }));
      expect(described.some((d) => d.value.indexing && d.value.noteCount === NOTES)).toBe(true);
      // ...and it asks for the graph and the list twice, not more: those notes and links, then the whole
      // index when it is ready (at 10k notes the graph is tens of MB).
      expect(apiCalls.filter((c) => c === 'getGraph')).toHaveLength(2);
      expect(apiCalls.filter((c) => c === 'listNotes')).toHaveLength(2);
    }
  });
});
