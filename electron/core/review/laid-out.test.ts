import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openVaultSession } from '../session';

// A cram sheet typed fast: terms alone on a list item with their gloss as the first sub-item, a heading whose
// first item is a noun phrase, emoji as markers, and lines that are not glosses (tips, kinds, another term's
// entry, topics, instructions).
const NOTE = `# Chem final cram 🧪

practice exam = 61%, need more

## ⚗️ Titration
- lab method that finds a solution's concentration from a known reagent
  - the indicator changes colour at the end point

## Buffers
- **acidic buffer** 🔥
  - weak acid + its salt, holds the pH near 4-5
- **basic buffer**
  - install the pH meter first
- **buffer types**
  - Phosphate buffer
    - used in biology labs
- 💡 exam tip: "resists pH change" → buffer

## Gases
- **partial pressure** ⚠️
  - the pressure one gas of a mixture would have alone in the same volume
- **ideal gas**
  - volume, pressure, temperature
`;

const NOTA = `# Apuntes de redes

## Encaminamiento
- **tabla de rutas**
  - lista de destinos con el siguiente salto para cada uno
- **puerta de enlace**
  - ver el apartado anterior

## Dispositivos

| dispositivo | para qué | precio |
| --- | --- | --- |
| **Conmutador** | une los equipos de una misma red local por sus direcciones MAC | bajo |
| **Enrutador** | 120 € | alto |

| protocolo | puerto | capa |
| --- | --- | --- |
| **Telnet** | 23 | aplicación |
`;

describe('concept cards from a note laid out in lists', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cairn-laid-out-'));
  writeFileSync(path.join(dir, 'chem cram.md'), NOTE);
  writeFileSync(path.join(dir, 'redes.md'), NOTA);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers a term alone on its line from its first sub-item, and a heading from its first item, but only with a gloss', async () => {
    const session = await openVaultSession(dir, { host: 'cli', watch: false, cacheDir: null });
    try {
      await session.service.setReviewSettings({ newPerDay: 500 });
      const queue = await session.service.reviewQueue({ limit: 500 });
      const cards = Object.fromEntries(queue.cards.filter((c) => c.kind === 'concept').map((c) => [c.front, c.back]));
      expect(cards['acidic buffer']).toBe('acidic buffer — weak acid + its salt, holds the pH near 4-5');
      expect(cards['partial pressure']).toBe('partial pressure — the pressure one gas of a mixture would have alone in the same volume');
      expect(cards['tabla de rutas']).toBe('tabla de rutas — lista de destinos con el siguiente salto para cada uno');
      // The heading's emoji is a marker: the card asks "Titration" and answers with the section's first item.
      expect(cards.Titration).toBe('Titration — lab method that finds a solution\'s concentration from a known reagent');
      // An instruction, the kinds under it, a list of topics, a pointer elsewhere: none says what the term is.
      expect(cards['basic buffer']).toBeUndefined();
      expect(cards['buffer types']).toBeUndefined();
      expect(cards['ideal gas']).toBeUndefined();
      expect(cards['puerta de enlace']).toBeUndefined();
      // A table row answers from the column whose header says what the term is for; not from a price or a port.
      expect(cards.Conmutador).toBe('Conmutador — une los equipos de una misma red local por sus direcciones MAC');
      expect(cards.Enrutador).toBeUndefined();
      expect(cards.Telnet).toBeUndefined();
      // The note's title heading is about the whole note.
      expect(Object.keys(cards).some((front) => /cram/i.test(front))).toBe(false);
    } finally {
      await session.close();
    }
  }, 60_000);
});
