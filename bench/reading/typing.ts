import type { Page } from '@playwright/test';

/** The size for "typing stays under 16 ms": prose, lists, tasks, links, quotes and code. */
export function longNote(): string {
  const lines: string[] = ['# Nota larga', ''];
  for (let i = 0; lines.length < 5000; i++) {
    lines.push(`## Sección ${i}`, '', `Texto de la sección ${i} con **negrita**, *cursiva*, \`código\`, un enlace a [[Otra nota|otra]] y #etiqueta/${i % 7}.`);
    lines.push(`- punto ${i} con [un enlace](https://example.com/${i})`, `- [ ] tarea ${i}`, '> una cita', '', '```js', `const x${i} = ${i};`, '```', '');
  }
  return lines.slice(0, 5000).join('\n');
}

export const TYPED = 'Escribo una frase entera en mitad de una nota de cinco mil líneas, sin esperar. ';

export interface TypingFigures {
  keystrokes: number;
  /** Keystrokes whose events Event Timing reported (those taking 16 ms or more). */
  reported: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

/**
 * Types `text` 40 ms a key where the editor's cursor is, and gives per keystroke the script time its events
 * took (Event Timing's processingStart → processingEnd, summed over keydown, keypress, beforeinput and
 * input: CodeMirror's update included), as `e2e/editor-speed.spec.ts` does. Event Timing reports only
 * events of 16 ms or more: an unreported keystroke counts as 0, which only the median of a mostly fast run hides.
 */
export async function typingFigures(page: Page, text: string): Promise<TypingFigures> {
  await page.evaluate(() => {
    const w = window as unknown as { __keys: { name: string; start: number; processing: number }[] };
    w.__keys = [];
    new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => {
        const e = entry as PerformanceEventTiming;
        if (['keydown', 'keypress', 'beforeinput', 'input'].includes(e.name)) w.__keys.push({ name: e.name, start: e.startTime, processing: e.processingEnd - e.processingStart });
      }),
    ).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
  await page.keyboard.type(text, { delay: 40 });
  await page.waitForTimeout(500);
  const entries = await page.evaluate(() => (window as unknown as { __keys: { name: string; start: number; processing: number }[] }).__keys);
  const perKey: number[] = [];
  for (const e of entries.sort((a, b) => a.start - b.start)) {
    if (e.name === 'keydown') perKey.push(0);
    if (perKey.length > 0) perKey[perKey.length - 1]! += e.processing;
  }
  while (perKey.length < text.length) perKey.push(0);
  const sorted = perKey.sort((a, b) => a - b);
  const at = (q: number): number => +(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(1);
  return { keystrokes: text.length, reported: entries.filter((e) => e.name === 'keydown').length, medianMs: at(0.5), p95Ms: at(0.95), maxMs: at(1) };
}
