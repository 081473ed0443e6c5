import { describe, expect, it } from 'vitest';
import { acceptedTypes } from './relation-types';

describe('gold relation text read as Cairn relation names', () => {
  it('reads a text by its leading words, after a copula and an article, and leaves a text it cannot read unjudged', () => {
    expect(acceptedTypes('is a kind of')).toContain('is a kind of');
    expect(acceptedTypes('Is a type of (by its trigger)')).toContain('is a kind of');
    expect(acceptedTypes('example of')).toContain('is a kind of');
    expect(acceptedTypes('consists of')).toContain('part of');
    expect(acceptedTypes('contrasts with')).toContain('compared with');
    expect(acceptedTypes('contrasts with')).not.toContain('is a kind of');
    expect(acceptedTypes('inhibits')).toEqual(['prevents']);
    expect(acceptedTypes('leads to')).toContain('causes');
    expect(acceptedTypes('explains')).toBeNull();
    expect(acceptedTypes('is')).toBeNull();
  });
});
