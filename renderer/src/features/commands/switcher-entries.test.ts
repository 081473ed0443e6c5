import { describe, expect, it } from 'vitest';
import type { ConceptSummaryDTO, NoteSummary } from '../../../../electron/contract';
import { switcherEntries, switcherResults } from './switcher-entries';

const note = (id: string, title: string, aliases: string[] = []): NoteSummary => ({ id, title, aliases, tags: [], folder: '', size: 1, mtimeMs: 0, readOnly: false, problems: [] });
const concept = (key: string, label: string, aliases: string[] = [], noteId: string | null = null): ConceptSummaryDTO => ({ id: `concept:${key}`, label, aliases, noteId });

describe('switcherResults', () => {
  const notes = [note('EC2.md', 'EC2', ['Elastic Compute Cloud']), note('S3.md', 'S3')];
  const concepts = [concept('elastic load balancer', 'Elastic Load Balancer', ['ELB']), concept('ec2', 'EC2', [], 'EC2.md')];
  const entries = switcherEntries(notes, concepts);

  it('finds a concept by an alias: ELB is the Elastic Load Balancer', () => {
    const [first] = switcherResults('ELB', notes, entries);
    expect(first).toMatchObject({ kind: 'concept', name: 'ELB', concept: { label: 'Elastic Load Balancer' } });
  });

  it('lists a note before its concept when both match as well, each once', () => {
    const rows = switcherResults('EC2', notes, entries).map((e) => (e.kind === 'note' ? `note ${e.note.id}` : `concept ${e.concept.id}`));
    expect(rows.slice(0, 2)).toEqual(['note EC2.md', 'concept concept:ec2']);
    expect(new Set(rows).size).toBe(rows.length);
  });

  it('shows notes only while nothing is typed', () => {
    expect(switcherResults('  ', notes, entries).every((e) => e.kind === 'note')).toBe(true);
  });
});
