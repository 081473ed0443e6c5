import { describe, expect, it } from 'vitest';
import type { NoteSummary } from '../../../../electron/contract';
import { placeholderTag } from './placeholder-tag';

const note = (id: string, tags: string[]): NoteSummary => ({ id, title: id, aliases: [], tags, folder: '', size: 0, mtimeMs: 0, readOnly: false, problems: [] });

describe('the search hint’s tag example', () => {
  it('is the vault’s most used tag, by its first segment', () => {
    const notes = [note('a.md', ['biologia/celula', 'examen']), note('b.md', ['biologia/genetica']), note('c.md', ['examen']), note('d.md', ['biologia'])];
    expect(placeholderTag(notes)).toBe('biologia');
  });

  it('counts a note once for a tag it has under several branches', () => {
    const notes = [note('a.md', ['historia/roma', 'historia/grecia', 'historia/egipto']), note('b.md', ['repaso']), note('c.md', ['repaso'])];
    expect(placeholderTag(notes)).toBe('repaso');
  });

  it('is none for a vault without tags, and holds still on a tie', () => {
    expect(placeholderTag([note('a.md', [])])).toBeNull();
    expect(placeholderTag([note('a.md', ['zeta']), note('b.md', ['alfa'])])).toBe('alfa');
  });
});
