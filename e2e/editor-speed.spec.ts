import os from 'node:os';
import { longNote, TYPED, typingFigures } from '../bench/reading/typing';
import { expect, test } from './fixtures';

// A 5,000-line note of prose, lists, links and code: the size for "typing stays under 16 ms".
test.use({ vaultFiles: { 'Larga.md': longNote(), 'Otra nota.md': '# Otra nota\n' } });

/*
 * Per keystroke, the script time its events took (bench/reading/typing.ts, which the bench runs too). Not
 * the time to the next painted frame: in headless Chromium without a GPU, on a shared machine, a frame of
 * this page (graph canvas included) takes hundreds of milliseconds whatever the editor does.
 */
test('typing in a 5,000-line note takes under 16 ms of script per keystroke (median)', async ({ app }, testInfo) => {
  await app.locator('[data-testid=file-item][data-note-id="Larga.md"]').click();
  await app.getByTestId('note-edit').click();
  await app.locator('.cm-content').click();
  // In the middle of the note, in live preview (its decorations follow the cursor).
  await app.keyboard.press('Control+End');
  await app.keyboard.press('PageUp');
  const figures = { lines: 5000, ...(await typingFigures(app, TYPED)) };
  await testInfo.attach('typing-5000-lines.json', { body: JSON.stringify(figures, null, 2), contentType: 'application/json' });
  console.log(`typing in a 5,000-line note, script per keystroke: ${JSON.stringify(figures)}`);
  await expect(app.locator('.cm-content')).toContainText('sin esperar.');
  // A timing on a machine running more processes than it has cores measures the machine: the figure is
  // kept (attached and printed) and the 16 ms bound is checked only when the machine is not oversubscribed.
  const load = os.loadavg()[0] ?? 0;
  if (load >= os.cpus().length) {
    testInfo.annotations.push({ type: 'not asserted', description: `load average ${load.toFixed(1)} on ${os.cpus().length} cores; median ${figures.medianMs} ms` });
    return;
  }
  expect(figures.medianMs).toBeLessThan(16);
});
