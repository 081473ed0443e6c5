import { describe, expect, it } from 'vitest';
import { LABEL_PX, LINE_PX, wrappedLabel, MAX_LINES, MAX_WIDTH_PX } from './labels';

describe('wrappedLabel', () => {
  it('keeps a short name on one line, as wide as it is', () => {
    const box = wrappedLabel('Dolo');
    expect(box.text).toBe('Dolo');
    expect(box.height).toBe(LINE_PX);
    expect(box.width).toBeLessThan(MAX_WIDTH_PX / 2);
  });

  it('wraps a long name whole instead of cutting the word that tells it apart', () => {
    const box = wrappedLabel('Responsabilidad extracontractual');
    expect(box.text).toBe('Responsabilidad extracontractual');
    expect(box.height).toBeGreaterThan(LINE_PX);
    expect(box.width).toBe(MAX_WIDTH_PX);
  });

  it('cuts a paragraph-long title after the last line it may take', () => {
    const title = 'Civil II esquemas de los temas tres a siete sobre obligaciones y contratos con notas de clase y ejemplos del manual';
    const box = wrappedLabel(title);
    expect(box.text.endsWith('…')).toBe(true);
    expect(title.startsWith(box.text.slice(0, -1))).toBe(true);
    expect(box.height).toBe(LINE_PX + (MAX_LINES - 1) * LABEL_PX * 1.25);
  });
});
