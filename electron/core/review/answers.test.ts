import { describe, expect, it } from 'vitest';
import { answers, laidOutAnswer, questionAnswers, shownAnswer, trimAnswer } from './answers';

describe('what may answer a concept card', () => {
  it('a line naming the concept answers it when it goes on to say what it is, with a separator or a verb', () => {
    expect(laidOutAnswer('A: Global Positioning System, a network of satellites that tells a receiver where it is.', ['GPS', 'Global Positioning System'])).toBe(true);
    expect(laidOutAnswer('El ADN (ácido desoxirribonucleico) guarda la información genética de la célula.', ['ADN', 'ácido desoxirribonucleico'])).toBe(true);
    expect(laidOutAnswer('A: Global Positioning System.', ['GPS', 'Global Positioning System'])).toBe(false);
    expect(laidOutAnswer('Q: What is the Global Positioning System?', ['GPS', 'Global Positioning System'])).toBe(false);
    expect(laidOutAnswer('Se mide con el GPS (Global Positioning System) del móvil.', ['GPS', 'Global Positioning System'])).toBe(false);
    // A numbered list whose line breaks were lost: the next item is no verb.
    expect(laidOutAnswer('glóbulos rojos (eritrocitos) glóbulos blancos (leucocitos) plaquetas (trombocitos)', ['glóbulos rojos', 'eritrocitos'])).toBe(false);
  });

  it('the head of a chain, a list of examples or the other name alone does not', () => {
    expect(answers('mouth → esophagus → stomach', ['mouth'])).toBe(false);
    expect(answers('Insulin is used for diabetes, growth, storage', ['Insulin'])).toBe(false);
    expect(answers('Síntomas: fiebre, tos, dolor de cabeza...', ['Síntomas'])).toBe(false);
    expect(answers('DNA = deoxyribonucleic acid.', ['DNA', 'deoxyribonucleic acid'])).toBe(false);
    expect(answers('mitochondria → where the cell burns sugar for energy', ['mitochondria'])).toBe(true);
    expect(answers('Catalizador: una sustancia que acelera una reacción, sin consumirse', ['Catalizador'])).toBe(true);
  });

  it('keeps the entry that is its own when a line holds two, and shows it without `A:` or bold marks', () => {
    expect(trimAnswer('ribosome - builds proteins from amino acids. codon = three bases naming one amino acid', ['ribosome'])).toBe('ribosome - builds proteins from amino acids.');
    expect(trimAnswer('enzyme - speeds up a reaction, e.g. amylase: starch to sugar.', ['enzyme'])).toBe('enzyme - speeds up a reaction, e.g. amylase: starch to sugar.');
    expect(trimAnswer('osmosis - water crosses a membrane. too much water → the cell bursts', ['osmosis'])).toBe('osmosis - water crosses a membrane. too much water → the cell bursts');
    expect(shownAnswer('A: **Global Positioning System**, a network of satellites.', ['GPS'])).toBe('Global Positioning System, a network of satellites.');
  });
});

describe('questions and answers', () => {
  it('reads the pairs that ask what something is or does, with the answer on the next written line', () => {
    const body = ['Q: What is a Ribosome?', 'A: the machine that builds proteins.', '', 'Q: Ribosome vs Lysosome?', 'A: one builds, one digests', 'P: ¿Para qué sirve el Lisosoma?', '', 'R: digiere lo que la célula ya no usa.', 'Q: What does ATP do?'].join('\n');
    expect(questionAnswers(body, 10)).toEqual([
      { subject: 'Ribosome', line: 10, answer: 'the machine that builds proteins.', answerLine: 11 },
      { subject: 'Lisosoma', line: 15, answer: 'digiere lo que la célula ya no usa.', answerLine: 17 },
    ]);
  });
});
