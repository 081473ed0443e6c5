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
    expect(extractCards(body, start)).toEqual(expected);
  });

  it('handles CRLF line ends', () => {
    expect(extractCards('a::b\r\nc::d\r\n', 1).map((c) => c.back)).toEqual(['b', 'd']);
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
