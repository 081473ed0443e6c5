import { describe, expect, it } from 'vitest';
import { OutsideRenames, RENAME_WINDOW_MS } from './outside-renames';

/** The index's records as a batch leaves them. */
function records(entries: Record<string, string>): (id: string) => { hash: string } | undefined {
  return (id) => (id in entries ? { hash: entries[id] as string } : undefined);
}

describe('renames made outside Cairn', () => {
  it('pairs a delete and a create with the same bytes, even when they arrive in two batches', () => {
    const renames = new OutsideRenames();
    const gone = renames.observe({ removed: ['a.md'], changed: [] }, new Map([['a.md', 'h1']]), records({}), 1000);
    expect(gone).toEqual([]);
    const came = renames.observe({ removed: [], changed: ['b.md'] }, new Map(), records({ 'b.md': 'h1' }), 1500);
    expect(came).toEqual([{ from: 'a.md', to: 'b.md' }]);
  });

  it('leaves a new file with other bytes, and a copy of a file that is still there, alone', () => {
    const renames = new OutsideRenames();
    expect(renames.observe({ removed: ['a.md'], changed: ['b.md'] }, new Map([['a.md', 'h1']]), records({ 'b.md': 'h2' }), 1000)).toEqual([]);
    const kept = new OutsideRenames();
    expect(kept.observe({ removed: [], changed: ['copy.md'] }, new Map(), records({ 'c.md': 'h3', 'copy.md': 'h3' }), 1000)).toEqual([]);
  });

  it('does not guess when two files alike were deleted, or when the create comes after the window', () => {
    const twins = new OutsideRenames();
    const before = new Map([['a.md', 'h1'], ['b.md', 'h1']]);
    expect(twins.observe({ removed: ['a.md', 'b.md'], changed: ['c.md'] }, before, records({ 'c.md': 'h1' }), 1000)).toEqual([]);
    const late = new OutsideRenames();
    late.observe({ removed: ['a.md'], changed: [] }, new Map([['a.md', 'h1']]), records({}), 1000);
    expect(late.observe({ removed: [], changed: ['b.md'] }, new Map(), records({ 'b.md': 'h1' }), 1000 + RENAME_WINDOW_MS)).toEqual([]);
  });

  it('reports each move once', () => {
    const renames = new OutsideRenames();
    const first = renames.observe({ removed: ['a.md'], changed: ['b.md'] }, new Map([['a.md', 'h1']]), records({ 'b.md': 'h1' }), 1000);
    expect(first).toEqual([{ from: 'a.md', to: 'b.md' }]);
    expect(renames.observe({ removed: [], changed: ['x.md'] }, new Map(), records({ 'b.md': 'h1', 'x.md': 'h9' }), 1100)).toEqual([]);
  });
});
