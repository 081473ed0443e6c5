import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openVaultSession } from '../session';

// A student's review sheet, written in the styles cheat sheets use: questions and answers, `X = Y` lines,
// arrows, a line holding two entries. A concept card must answer what the concept is, or not be made.
const NOTE = `# Biology midterm review

## Methods
Q: What is PCR?
A: Polymerase Chain Reaction, a lab method that copies one piece of DNA millions of times.

Q: what's ELISA?
A: Enzyme-Linked Immunosorbent Assay.

Q: PCR vs ELISA?
A: PCR copies DNA, ELISA finds proteins. ELISA is used for HIV, allergies, pregnancy, hormones

## Cells
- RBC = Red Blood Cell. WBC = White Blood Cell
- Golgi Apparatus → Secretory Vesicle → Plasma Membrane
- Golgi Apparatus → Secretory Vesicle → Plasma Membrane, again
- Krebs Cycle - a loop of reactions that burns fuel in the mitochondria. NADH = carrier of electrons to the chain
- Krebs Cycle appears again in the exam

La Reacción en Cadena (RCA) copia un gen del ADN muchas veces en un tubo.
`;

describe('concept cards from a review sheet', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cairn-laid-out-cards-'));
  writeFileSync(path.join(dir, 'biology review.md'), NOTE);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers from what each line says the concept is, and makes no card where nothing says it', async () => {
    const session = await openVaultSession(dir, { host: 'cli', watch: false, cacheDir: null });
    try {
      await session.service.setReviewSettings({ newPerDay: 500 });
      const queue = await session.service.reviewQueue({ limit: 500 });
      const cards = Object.fromEntries(queue.cards.filter((c) => c.kind === 'concept').map((c) => [c.front, c.back]));
      // The answer to "What is PCR?" spells PCR out and says what it is: it answers PCR's card, without its `A:`.
      expect(cards.PCR).toBe('Polymerase Chain Reaction, a lab method that copies one piece of DNA millions of times.');
      // A name pair opening a sentence whose verb says what the thing does.
      expect(cards['Reacción en Cadena']).toBe('La Reacción en Cadena (RCA) copia un gen del ADN muchas veces en un tubo.');
      // Two entries on one line: the card takes its own.
      expect(cards['Krebs Cycle']).toBe('Krebs Cycle - a loop of reactions that burns fuel in the mitochondria.');
      // Uses listed as examples, the other name alone, the head of a chain of places: none says what it is.
      expect(cards.ELISA).toBeUndefined();
      expect(cards.RBC).toBeUndefined();
      expect(cards['Golgi Apparatus']).toBeUndefined();
    } finally {
      await session.close();
    }
  }, 60_000);
});

// A flashcards note: `term :: answer` lines are written cards; `Q:`/`A:` lines are not, but the answer is the
// student's own to the question a concept card asks.
const QUIZ = `# Cell quiz
#flashcards

## Transport
Q: What does the Golgi Apparatus do?
A: packs proteins into vesicles and ships them to the Plasma Membrane. Think of it as the post office.

Q: What is the Secretory Vesicle?

- Golgi Apparatus → Secretory Vesicle → Plasma Membrane
- Golgi Apparatus → Secretory Vesicle → Plasma Membrane, again
`;

describe('concept cards from questions and answers in a flashcards note', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cairn-qa-cards-'));
  writeFileSync(path.join(dir, 'cell quiz.md'), QUIZ);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers "what is it?" with the answer written under the question, and nothing for a question left unanswered', async () => {
    const session = await openVaultSession(dir, { host: 'cli', watch: false, cacheDir: null });
    try {
      await session.service.setReviewSettings({ newPerDay: 500 });
      const queue = await session.service.reviewQueue({ limit: 500 });
      const cards = Object.fromEntries(queue.cards.filter((c) => c.kind === 'concept').map((c) => [c.front, c.back]));
      expect(cards['Golgi Apparatus']).toBe('packs proteins into vesicles and ships them to the Plasma Membrane. Think of it as the post office.');
      expect(cards['Secretory Vesicle']).toBeUndefined();
    } finally {
      await session.close();
    }
  }, 60_000);
});
