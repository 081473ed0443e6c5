import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import type { NoteSummary } from '../../../../electron/contract';
import { linkNames, tagCompletion, wikiLinkCompletion, type CompletionFeed } from './completion';

const note = (id: string, title: string, aliases: string[] = [], tags: string[] = []): NoteSummary => ({
  id,
  title,
  aliases,
  tags,
  folder: id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : '',
  size: 1,
  mtimeMs: 1,
  readOnly: false,
  problems: [],
});

const notes = [note('aws/AMI.md', 'AMI', ['AMI', 'Amazon Machine Image'], ['aws/compute']), note('a/Index.md', 'Index', [], ['aws/compute', 'examen']), note('b/Index.md', 'Index')];
const feed: CompletionFeed = {
  notes: () => notes,
  anchors: async (id) => ({ id, headings: [{ level: 2, text: 'Crear una AMI', line: 3 }], blocks: [{ id: 'paso1', text: 'Primer paso', line: 5 }] }),
};

async function complete(source: (c: CompletionContext) => Promise<CompletionResult | null> | CompletionResult | null, doc: string): Promise<CompletionResult | null> {
  const state = EditorState.create({ doc });
  return source(new CompletionContext(state, doc.length, false));
}

describe('editor completion', () => {
  it('names a note by its file name, or by its path where the name is shared', () => {
    const name = linkNames(notes);
    expect(notes.map(name)).toEqual(['AMI', 'a/Index', 'b/Index']);
  });

  it('[[ offers titles and aliases, not an alias equal to the title', async () => {
    const result = await complete(wikiLinkCompletion(feed), 'Ver [[Am');
    expect(result?.from).toBe('Ver [['.length);
    expect(result?.options.map((o) => o.label)).toEqual(['AMI', 'Amazon Machine Image', 'Index', 'Index']);
  });

  it('[[Note# offers its headings and [[Note#^ its blocks, from after the #', async () => {
    const headings = await complete(wikiLinkCompletion(feed), 'x [[AMI#Cre');
    expect(headings?.options.map((o) => o.label)).toEqual(['Crear una AMI']);
    expect(headings?.from).toBe('x [[AMI#'.length);
    const blocks = await complete(wikiLinkCompletion(feed), 'x [[AMI#^pa');
    expect(blocks?.options.map((o) => o.label)).toEqual(['paso1']);
    expect(await complete(wikiLinkCompletion(feed), 'no link here')).toBeNull();
  });

  it('# offers tags, most used first, but not inside a word', async () => {
    const result = await complete(tagCompletion(feed), 'texto #aws');
    expect(result?.options.map((o) => o.label)).toEqual(['aws/compute', 'examen']);
    expect((result?.options[0]?.boost ?? 0) > (result?.options[1]?.boost ?? 0)).toBe(true);
    expect(await complete(tagCompletion(feed), 'a#b')).toBeNull();
  });
});
