import { describe, expect, it } from 'vitest';
import { edgeKey, type NoteContribution } from './contribution';
import { remapContribution } from './remap';

const part = (edges: [string, string, string][], relatedNodes: string[] = []): NoteContribution => ({
  noteId: 'a.md',
  label: 'a',
  folder: '',
  tags: [],
  concept: null,
  refs: [{ id: 'concept:ebs', kind: 'concept', label: 'EBS', concept: 'concept:ebs' }],
  edges: edges.map(([kind, source, target]) => ({ kind: kind as 'link', source, target, weight: 1, evidence: [], key: edgeKey(kind as 'link', source, target) })),
  related: { nodes: relatedNodes, pairs: Int32Array.from([0, 1, 2]) },
});

describe('a graph part re-pointed at a moved note', () => {
  const moved = new Map([['note:aws/EC2.md', 'note:z/EC2.md']]);

  it('gives every edge and related pair that named the old node the new one, with its key', () => {
    const c = part([['link', 'note:a.md', 'note:aws/EC2.md'], ['mention', 'note:a.md', 'concept:ebs']], ['note:aws/EC2.md', 'concept:ebs']);
    const next = remapContribution(c, moved);
    expect(next?.edges.map((e) => [e.target, e.key])).toEqual([
      ['note:z/EC2.md', 'link|note:a.md|note:z/EC2.md'],
      ['concept:ebs', 'mention|note:a.md|concept:ebs'],
    ]);
    expect(next?.related?.nodes).toEqual(['note:z/EC2.md', 'concept:ebs']);
    // What did not name it is the same object: the model takes back and gives again only what changed.
    expect(next?.edges[1]).toBe(c.edges[1]);
    expect(c.edges[0]?.target).toBe('note:aws/EC2.md');
  });

  it('is null for a part that names none of the moved nodes', () => {
    expect(remapContribution(part([['link', 'note:a.md', 'note:b.md']], ['concept:ebs']), moved)).toBeNull();
  });
});
