import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openVaultSession } from '../session';

// A revision sheet written the ways students gloss terms outside sentences: a vocabulary table whose gloss
// column carries a note on its length, a table comparing two terms column by column, a class heading over its
// members and a verb, a section opening with a noun phrase, a definition list, an arrow leading to a glossed
// term, two entries on a line, an acronym after its long form, `i.e.`, a defining verb mid-line and another name
// between commas. Cards answer from each; a line said by
// reference to the one before, or a symbol read out and nothing more, answers nothing.
const NOTE = `# Geología — repaso del tema 3

## 1. Vocabulario

| español | inglés | qué es (en corto) |
|---|---|---|
| **cámara magmática** | magma chamber | depósito de magma bajo el volcán, a pocos kilómetros |

## 2. Comparación

| | **EV2** | **EV4** |
|---|---|---|
| nombre | erupción volcánica hawaiana | erupción volcánica pliniana |
| mecanismo | lava fluida que sale sin explosiones | columna eruptiva enorme con mucho gas |

## 3. Minerales

### Silicatos (silicatos comunes)
cuarzo, feldespato, olivino
- tienen el tetraedro de sílice como unidad básica → forman casi toda la corteza

### 3.1 Rocas metamórficas (metamorfitas)

Rocas que cambian por presión y temperatura sin llegar a fundirse. Las que entran:

**Foliación**
: orientación paralela de los minerales por la presión

- Charles Lyell → el **uniformismo**: los procesos de hoy explican el pasado geológico
- **sedimentación** → depósito de partículas en una cuenca ; **compactación** → pérdida de volumen por el peso
- **Falla inversa**: bloque de techo que sube sobre el de muro
- **Falla normal**: igual pero al revés.
- VE4 = volcán estromboliano explosivo
- **slow wave sleep (SWS / N3)**: the deepest stage of non-REM sleep, with delta waves
- **Rain shadow (RSH)**, i.e. the dry side of a mountain range, where the air comes down warm.
- Mountains lift moist air until it cools. ==Orographic lift== refers to that forced rise of air over high ground.

La **meteorización química**, o alteración, consiste en romper la roca sin moverla de sitio.

En la práctica vimos la **Foliación** en una pizarra.
`;

describe('concept cards from the layouts students gloss terms in', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cairn-definition-layouts-'));
  writeFileSync(path.join(dir, 'geologia.md'), NOTE);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers from tables, headings, definition lists, arrows and acronyms, and not from a reference or a bare reading', async () => {
    const session = await openVaultSession(dir, { host: 'cli', watch: false, cacheDir: null });
    try {
      await session.service.setReviewSettings({ newPerDay: 500 });
      const queue = await session.service.reviewQueue({ limit: 500 });
      const cards = Object.fromEntries(queue.cards.filter((c) => c.kind === 'concept').map((c) => [c.front, c.back]));
      expect(cards['cámara magmática']).toBe('cámara magmática — depósito de magma bajo el volcán, a pocos kilómetros');
      expect(cards.EV2).toBe('EV2 (erupción volcánica hawaiana) — lava fluida que sale sin explosiones');
      expect(cards.Silicatos).toBe('Silicatos (silicatos comunes) — tienen el tetraedro de sílice como unidad básica → forman casi toda la corteza');
      expect(cards['Rocas metamórficas']).toBe('Rocas metamórficas (metamorfitas) — Rocas que cambian por presión y temperatura sin llegar a fundirse.');
      expect(cards['Foliación']).toBe('Foliación: orientación paralela de los minerales por la presión');
      expect(cards.uniformismo).toBe('uniformismo: los procesos de hoy explican el pasado geológico');
      expect(cards['sedimentación']).toBe('sedimentación → depósito de partículas en una cuenca.');
      expect(cards.SWS).toBe('slow wave sleep (SWS / N3): the deepest stage of non-REM sleep, with delta waves');
      expect(cards['Rain shadow']).toBe('Rain shadow (RSH), i.e. the dry side of a mountain range, where the air comes down warm.');
      expect(cards['Orographic lift']).toBe('Orographic lift refers to that forced rise of air over high ground.');
      expect(cards['meteorización química']).toBe('La meteorización química, o alteración, consiste en romper la roca sin moverla de sitio.');
      expect(cards['Falla inversa']).toBe('Falla inversa: bloque de techo que sube sobre el de muro');
      expect(cards['Falla normal']).toBeUndefined();
      expect(cards.VE4).toBeUndefined();
    } finally {
      await session.close();
    }
  }, 60_000);
});
