import { describe, expect, it } from 'vitest';
import { extractCards, isFlashcardTag } from './cards';

describe('extractCards', () => {
  it.each([
    ['one card per `::` line, with its file line', 'Intro\n\n¿Qué es una AMI?::Una imagen de máquina', 5, [{ front: '¿Qué es una AMI?', back: 'Una imagen de máquina', line: 7, reversed: false }]],
    ['`:::` makes the card both ways', 'EC2:::Elastic Compute Cloud', 1, [
      { front: 'EC2', back: 'Elastic Compute Cloud', line: 1, reversed: false },
      { front: 'Elastic Compute Cloud', back: 'EC2', line: 1, reversed: true },
    ]],
    ['list markers and checkboxes are not part of the question', '- Puerto de SSH::22\n1. [ ] ALB capa::7', 1, [
      { front: 'Puerto de SSH', back: '22', line: 1, reversed: false },
      { front: 'ALB capa', back: '7', line: 2, reversed: false },
    ]],
    ['nothing inside fenced code', '```\nkey::value\n```\n~~~\na::b\n~~~', 1, []],
    ['nothing inside inline code', 'Use `std::vector` here', 1, []],
    ['nothing in indented code', '    a::b', 1, []],
    ['an empty side is no card', '::answer only\nquestion only::', 1, []],
    ['four colons are no separator', 'a::::b', 1, []],
  ])('%s', (_name, body, start, expected) => {
    expect(extractCards(body, start).map(({ front, back, line, reversed }) => ({ front, back, line, reversed }))).toEqual(expected);
  });

  it('handles CRLF line ends', () => {
    expect(extractCards('a::b\r\nc::d\r\n', 1).map((c) => c.back)).toEqual(['b', 'd']);
  });
});

describe('multi-line cards', () => {
  it('`?` alone on a line: the lines above are the question, the lines below up to a blank line the answer', () => {
    const body = 'Intro paragraph.\n\n¿Qué tipos de balanceador hay?\nEn AWS, hoy\n?\nALB, NLB y GWLB\n(y el CLB, heredado)\n\nAfter.';
    const cards = extractCards(body, 10);
    expect(cards).toEqual([
      expect.objectContaining({ kind: 'basic', front: '¿Qué tipos de balanceador hay?\nEn AWS, hoy', back: 'ALB, NLB y GWLB\n(y el CLB, heredado)', line: 12, endLine: 16, reversed: false }),
    ]);
  });

  it('`??` makes the card both ways', () => {
    const cards = extractCards('Capa del NLB\n??\nCapa 4 (TCP/UDP)', 1);
    expect(cards.map((c) => [c.front, c.back, c.reversed])).toEqual([
      ['Capa del NLB', 'Capa 4 (TCP/UDP)', false],
      ['Capa 4 (TCP/UDP)', 'Capa del NLB', true],
    ]);
  });

  it('a heading is not part of the question that follows it', () => {
    expect(extractCards('## Redes\nPuerto de HTTPS\n?\n443', 1)[0]!.front).toBe('Puerto de HTTPS');
  });

  it('a `?` with nothing above it, or nothing below, is no card', () => {
    expect(extractCards('?\nanswer', 1)).toEqual([]);
    expect(extractCards('question\n?', 1)).toEqual([]);
  });

  it('code inside a multi-line answer stays in the answer', () => {
    const [card] = extractCards('Listar instancias\n?\n```\naws ec2 describe-instances\n```', 1);
    expect(card!.back).toBe('```\naws ec2 describe-instances\n```');
  });
});

describe('clozes', () => {
  it('`{{c1::…}}` hides its text; the card is not split at its `::`', () => {
    const cards = extractCards('El {{c1::NLB}} trabaja en la capa 4.', 3);
    expect(cards).toEqual([expect.objectContaining({ kind: 'cloze', front: 'El [...] trabaja en la capa 4.', back: 'El NLB trabaja en la capa 4.', line: 3 })]);
  });

  it('several deletions on a line make one card each; the same number hides together; a hint shows', () => {
    const cards = extractCards('El {{c1::ALB}} trabaja en la capa {{c2::7::número}} y el {{c1::NLB}} en la 4.', 1);
    expect(cards.map((c) => c.front)).toEqual(['El [...] trabaja en la capa 7 y el [...] en la 4.', 'El ALB trabaja en la capa [número] y el NLB en la 4.']);
    expect(new Set(cards.map((c) => c.back)).size).toBe(1);
  });

  it('`==highlights==` are clozes, each its own card', () => {
    const cards = extractCards('El ==ALB== reparte tráfico ==HTTP==.', 1);
    expect(cards.map((c) => c.front)).toEqual(['El [...] reparte tráfico HTTP.', 'El ALB reparte tráfico [...].']);
  });

  it('each list item is its own cloze note', () => {
    const cards = extractCards('- El ==ALB== es de capa 7\n- Sin cloze\n- El ==NLB== es de capa 4', 1);
    expect(cards.map((c) => [c.front, c.line])).toEqual([
      ['El [...] es de capa 7', 1],
      ['El [...] es de capa 4', 3],
    ]);
  });

  it('a `::` card with a highlight in it is a question, not a cloze', () => {
    expect(extractCards('¿Capa del ==ALB==?::7', 1).map((c) => c.kind)).toEqual(['basic']);
  });

  it('no clozes in code', () => {
    expect(extractCards('```\nEl ==ALB==\n```\n`{{c1::x}}`', 1)).toEqual([]);
  });
});

describe('card identity', () => {
  const ids = (body: string): string[] => extractCards(body, 1).map((c) => c.identity);

  it('does not change when the note around the card is edited or the card moves', () => {
    const before = ids('# Repaso\n\n- Puerto de SSH::22\n\nEl {{c1::NLB}} es de capa 4.\n\nCapa del ALB\n?\n7');
    const after = ids('# Repaso\n\nUna introducción nueva.\n\nCapa del ALB\n?\n7\n\n## Más\n\nEl {{c1::NLB}} es de capa 4.\n\n* puerto de  SSH::22 (TCP)');
    expect(new Set(after)).toEqual(new Set(before));
  });

  it('tells the two sides of a `:::` card and the clozes of one sentence apart', () => {
    const both = ids('AMI:::Amazon Machine Image');
    expect(new Set(both).size).toBe(2);
    const cloze = ids('El {{c1::ALB}} es de capa {{c2::7}}.');
    expect(new Set(cloze).size).toBe(2);
  });

  it('changes when the question itself is reworded', () => {
    expect(ids('Puerto de SSH::22')).not.toEqual(ids('Puerto por defecto de SSH::22'));
  });
});

describe('isFlashcardTag', () => {
  it.each([
    ['flashcards', true],
    ['Flashcards/aws', true],
    ['flashcardsx', false],
    ['aws/flashcards', false],
  ])('%s → %s', (tag, expected) => expect(isFlashcardTag(tag)).toBe(expected));
});
