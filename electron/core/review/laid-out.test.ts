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
| **Switch L2** | une los equipos de una misma red local por sus direcciones MAC | bajo |
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
      expect(cards['Switch L2']).toBe('Switch L2 — une los equipos de una misma red local por sus direcciones MAC');
      expect(cards.Enrutador).toBeUndefined();
      expect(cards.Telnet).toBeUndefined();
      // The note's title heading is about the whole note.
      expect(Object.keys(cards).some((front) => /cram/i.test(front))).toBe(false);
    } finally {
      await session.close();
    }
  }, 60_000);
});

// A note exported from Notion: a toggle is a term alone on its item with its body on the next, more indented,
// unmarked line; a table whose term is in a later column and whose last column says the idea in one sentence;
// items that gloss the term they open with a relative clause.
const NOTION = `# Redes neuronales

- **Retropropagación** (backprop)
    Calcula el gradiente del error respecto a cada peso, capa a capa desde la salida.
- **Abandono** (dropout)
    ⚠️ Ojo, solo se usa al entrenar.
- **Normalización por lotes**
    - ver el tema 4
- **Poda** (pruning)
    Extiende la regularización: quita los pesos más pequeños después de entrenar.
- **Perceptrón** (perceptron)
    Define un clasificador lineal que compara una suma ponderada con un umbral.

| Letra | Nombre | En inglés | Idea en una frase |
| --- | --- | --- | --- |
| A | Unidad lineal rectificada | Rectified Linear Unit (ReLU) | la no linealidad que deja pasar solo los valores positivos |
| B | Descenso por lotes | Mini Batch Gradient Descent (MBGD) | 32 |
| C | Parada temprana | Early Stopping Rule (ESR) | parar de entrenar cuando el error de validación sube |

Los datos se reparten así:
- el **conjunto de calibrado**, que se usa para ajustar los umbrales de decisión;
- el **conjunto de control**, 20 % de los datos;

Para comparar modelos se usa la validación cruzada (cross-validation), un reparto de los datos en k trozos que se turnan como prueba.
Los pesos se guardan con el Checkpoint Manager (CM), cada época y al final.

El desvanecimiento del gradiente (vanishing gradient) pasa cuando los gradientes se hacen casi cero en las primeras capas.
`;

describe('concept cards from a note exported from Notion', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cairn-notion-'));
  writeFileSync(path.join(dir, 'redes neuronales.md'), NOTION);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers a toggle from its body, a table row from its idea column, an item from its relative clause', async () => {
    const session = await openVaultSession(dir, { host: 'cli', watch: false, cacheDir: null });
    try {
      await session.service.setReviewSettings({ newPerDay: 500 });
      const queue = await session.service.reviewQueue({ limit: 500 });
      const cards = Object.fromEntries(queue.cards.filter((c) => c.kind === 'concept').map((c) => [c.front, c.back]));
      expect(cards['Retropropagación']).toBe('Retropropagación (backprop) — Calcula el gradiente del error respecto a cada peso, capa a capa desde la salida.');
      // A warning in the toggle's body, or an item under it that points elsewhere, says nothing of what it is.
      expect(cards.Abandono).toBeUndefined();
      // A body opening with a verb and a colon is no other term's entry; a Spanish `Define un …` is no instruction.
      expect(cards.Poda).toBe('Poda (pruning) — Extiende la regularización: quita los pesos más pequeños después de entrenar.');
      expect(cards['Perceptrón']).toBe('Perceptrón (perceptron) — Define un clasificador lineal que compara una suma ponderada con un umbral.');
      expect(cards['Normalización por lotes']).toBeUndefined();
      // The row names the term twice (Spanish, English): the answer is the idea column, after either name.
      expect(cards['Rectified Linear Unit']).toMatch(/^(?:Unidad lineal rectificada|Rectified Linear Unit \(ReLU\)) — la no linealidad que deja pasar solo los valores positivos$/u);
      expect(cards['Mini Batch Gradient Descent']).toBeUndefined();
      // A principle stated in the infinitive, under a header that says the column holds the idea.
      expect(cards['Early Stopping Rule']).toMatch(/^(?:Parada temprana|Early Stopping Rule \(ESR\)) — parar de entrenar cuando el error de validación sube$/u);
      expect(cards['conjunto de calibrado']).toBe('el conjunto de calibrado, que se usa para ajustar los umbrales de decisión.');
      expect(cards['conjunto de control']).toBeUndefined();
      // A clause inside a sentence: the name pair, then an apposition that says what it is; a mere mention gives no card.
      expect(cards['validación cruzada']).toBe('la validación cruzada (cross-validation), un reparto de los datos en k trozos que se turnan como prueba');
      expect(cards['Checkpoint Manager']).toBeUndefined();
      expect(cards['desvanecimiento del gradiente']).toBe('El desvanecimiento del gradiente (vanishing gradient) pasa cuando los gradientes se hacen casi cero en las primeras capas.');
    } finally {
      await session.close();
    }
  }, 60_000);
});

// Prose that introduces its terms: a section under a heading that is the term, a paragraph opening with one.
const VISION = `# Apuntes de visión

## Función softmax

Con la función softmax la salida se convierte en probabilidades que suman uno.

## Aumento de datos

Cuando hay pocas imágenes hace falta aumento de datos.

El Filtro Gaussiano suaviza la imagen antes de buscar bordes. El Filtro Gaussiano se aplica dos veces.

Luego el Detector Canny marca los bordes finos. El Detector Canny vive en la librería de OpenCV.

La Cámara Térmica mide la temperatura cada 5 segundos, y es cara.

El Grupo Khronos afirma que su formato es el más usado.

Con miles de fotos hace falta un etiquetador. Un etiquetador asigna a cada imagen la clase que le corresponde.

- la **tasa de aprendizaje** fija el tamaño de cada paso del descenso
- a) El **filtro de mediana** solo sustituye cada píxel por la mediana de sus vecinos.

## **3\\.2 Red convolucional**

Capas que comparten sus pesos sobre ventanas pequeñas de la imagen.

El campo receptivo crece con cada capa.

campo receptivo;zona de la imagen de entrada que ve una neurona
`;

describe('concept cards from how a note introduces its terms', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cairn-intro-'));
  writeFileSync(path.join(dir, 'vision.md'), VISION);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers from the first sentence under the term\'s heading, or the first sentence naming it when it opens with it', async () => {
    const session = await openVaultSession(dir, { host: 'cli', watch: false, cacheDir: null });
    try {
      await session.service.setReviewSettings({ newPerDay: 500 });
      const queue = await session.service.reviewQueue({ limit: 500 });
      const cards = Object.fromEntries(queue.cards.filter((c) => c.kind === 'concept').map((c) => [c.front, c.back]));
      expect(cards['Función softmax']).toBe('Con la función softmax la salida se convierte en probabilidades que suman uno.');
      expect(cards['Filtro Gaussiano']).toBe('El Filtro Gaussiano suaviza la imagen antes de buscar bordes.');
      // When it is needed is not what it is; a later sentence tells something of a thing already met.
      expect(cards['Aumento de datos']).toBeUndefined();
      expect(cards['Detector Canny']).toBeUndefined();
      // How often it does something, or what it claims: not what it is.
      expect(cards['Cámara Térmica']).toBeUndefined();
      expect(cards['Grupo Khronos']).toBeUndefined();
      // Named where it is needed, then said what it does; a list item that opens with the term and a verb.
      expect(cards.etiquetador).toBe('Un etiquetador asigna a cada imagen la clase que le corresponde.');
      expect(cards['tasa de aprendizaje']).toBe('la tasa de aprendizaje fija el tamaño de cada paso del descenso');
      expect(cards['filtro de mediana']).toBe('El filtro de mediana solo sustituye cada píxel por la mediana de sus vecinos.');
      // A heading whose numbering an export escaped (`3\\.2`), and a flashcard export's `term;gloss` line.
      expect(cards['Red convolucional']).toBe('Red convolucional — Capas que comparten sus pesos sobre ventanas pequeñas de la imagen.');
      expect(cards['campo receptivo']).toBe('campo receptivo — zona de la imagen de entrada que ve una neurona');
    } finally {
      await session.close();
    }
  }, 60_000);
});
