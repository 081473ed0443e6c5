import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { proseTerms } from './prose-terms';

const terms = (text: string): string[] => proseTerms(parseNote('n.md', text)).map((c) => (c.names[0] ?? '').toLowerCase());

describe('an outline item that heads nested items', () => {
  it('names what the items under it describe', () => {
    const found = terms([
      '## Queues',
      '- delivery modes',
      '  - Priority queue',
      '    - served by rank, not by arrival',
      '    - needs a comparator',
      '  - Circular buffer',
      '    - fixed size, overwrites the oldest entry',
      '- retry policies',
      '  - exponential backoff → wait twice as long each time',
      '  - fixed delay → wait the same each time',
    ].join('\n'));
    expect(found).toContain('priority queue');
    expect(found).toContain('circular buffer');
    expect(found).toContain('retry policies');
    // `delivery modes` heads its kinds: a category, kept; `X types` would name `X`.
  });

  it('leaves out items without children, sentences, counts and lone everyday words', () => {
    const found = terms([
      '- two message types',
      '  - one-way',
      '- metrics',
      '  - latency per call',
      '- when the worker crashes',
      '  - the message goes back',
      '- dead letter queue',
    ].join('\n'));
    expect(found).not.toContain('two message types');
    expect(found).not.toContain('metrics');
    expect(found).not.toContain('when the worker crashes');
    expect(found).not.toContain('dead letter queue');
  });
});
