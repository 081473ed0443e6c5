// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { GraphDTO, LinkDTO } from '../../../../electron/contract';
import { groupOutgoing, mentionedConcepts, outlineOf } from './note-panels';

const link = (target: string, resolved: string | null, embed = false): LinkDTO => ({ target, subpath: null, display: null, embed, kind: 'wiki', line: 1, resolved });
const titleOf = (id: string): string => id.replace(/\.md$/, '').split('/').pop() ?? id;

describe('the panels under a note', () => {
  it('lists each linked note once, with how often it is linked, and a missing one by the name written', () => {
    const rows = groupOutgoing([link('EC2', 'aws/EC2.md'), link('Nueva', null), link('ec2', 'aws/EC2.md'), link('nueva', null), link('foto.png', 'img/foto.png', true)], titleOf);
    expect(rows).toEqual([
      { resolved: 'aws/EC2.md', target: 'EC2', label: 'EC2', count: 2, embed: false },
      { resolved: null, target: 'Nueva', label: 'Nueva', count: 2, embed: false },
      { resolved: 'img/foto.png', target: 'foto.png', label: 'foto.png', count: 1, embed: true },
    ]);
  });

  it('lists a Markdown link and a wikilink to the same missing note as one row, named as a wikilink names it', () => {
    const md = (target: string): LinkDTO => ({ ...link(target, null), kind: 'markdown' });
    const rows = groupOutgoing([link('2026-11-02', null), md('../2026-11-02.md'), md('/2026-11-03.md'), link('2026-11-03', null)], titleOf, 'notas/Plan.md');
    expect(rows.map((r) => [r.target, r.count])).toEqual([
      ['2026-11-02', 2],
      ['2026-11-03', 2],
    ]);
  });

  it('shows headings as read, indented from the shallowest one', () => {
    expect(outlineOf([{ level: 2, text: 'Uso de **EBS**', line: 3 }, { level: 3, text: 'Con [[S3]]', line: 5 }, { level: 2, text: 'Fin', line: 9 }])).toEqual([
      { level: 2, text: 'Uso de EBS', indent: 0 },
      { level: 3, text: 'Con S3', indent: 1 },
      { level: 2, text: 'Fin', indent: 0 },
    ]);
  });

  it("finds the concepts a note mentions in its local graph, most mentioned first, a concept's own note by its concept", () => {
    const node = (id: string, kind: 'note' | 'concept', label: string, concept: string | null) => ({ id, kind, label, noteId: null, concept, folder: null, tags: [], weight: 1, degree: 1 });
    const graph: GraphDTO = {
      nodes: [node('note:a.md', 'note', 'A', null), node('concept:gp2', 'concept', 'gp2', 'concept:gp2'), node('note:EBS.md', 'note', 'EBS', 'concept:ebs'), node('note:b.md', 'note', 'B', null)],
      edges: [
        { id: '1', source: 'note:a.md', target: 'concept:gp2', kind: 'mention', weight: 1 },
        { id: '2', source: 'note:a.md', target: 'note:EBS.md', kind: 'mention', weight: 3 },
        { id: '3', source: 'note:a.md', target: 'note:b.md', kind: 'link', weight: 1 },
        { id: '4', source: 'note:b.md', target: 'concept:gp2', kind: 'mention', weight: 5 },
      ],
    };
    expect(mentionedConcepts(graph, 'a.md')).toEqual([
      { id: 'concept:ebs', label: 'EBS', weight: 3 },
      { id: 'concept:gp2', label: 'gp2', weight: 1 },
    ]);
  });
});
