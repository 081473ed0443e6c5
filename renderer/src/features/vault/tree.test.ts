import { describe, expect, it } from 'vitest';
import type { NoteSummary } from '../../../../electron/contract';
import { buildTree, sameTreeShape } from './tree';

const note = (id: string, extra: Partial<NoteSummary> = {}): NoteSummary => ({
  id,
  title: id.replace(/^.*\//, '').replace(/\.md$/, ''),
  aliases: [],
  tags: [],
  folder: id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : '',
  size: 10,
  mtimeMs: 1,
  readOnly: false,
  problems: [],
  ...extra,
});

describe('the file tree', () => {
  it('sorts folders, then notes, by name in each folder', () => {
    const tree = buildTree([note('b.md'), note('aws/EC2.md'), note('A.md'), note('aws/redes/VPC.md'), note('aws/AMI.md')]);
    expect(tree.folders.map((f) => f.name)).toEqual(['aws']);
    expect(tree.notes.map((n) => n.title)).toEqual(['A', 'b']);
    expect(tree.folders[0]?.notes.map((n) => n.title)).toEqual(['AMI', 'EC2']);
    expect(tree.folders[0]?.folders[0]?.path).toBe('aws/redes');
  });

  it('is not redrawn for a save (new size and time), and is for a new title, folder, flag or problem', () => {
    const list = [note('a.md'), note('aws/EC2.md')];
    expect(sameTreeShape(list, [note('a.md', { size: 99, mtimeMs: 2 }), note('aws/EC2.md')])).toBe(true);
    expect(sameTreeShape(list, [note('a.md', { title: 'Alpha' }), note('aws/EC2.md')])).toBe(false);
    expect(sameTreeShape(list, [note('a.md'), note('aws/EC2.md', { folder: 'gcp' })])).toBe(false);
    expect(sameTreeShape(list, [note('a.md', { readOnly: true }), note('aws/EC2.md')])).toBe(false);
    expect(sameTreeShape(list, [note('a.md', { problems: [{ code: 'yaml-error', message: 'bad YAML' }] }), note('aws/EC2.md')])).toBe(false);
    expect(sameTreeShape(list, [note('a.md')])).toBe(false);
    expect(sameTreeShape(list, [note('a.md'), note('aws/EC3.md')])).toBe(false);
  });
});
