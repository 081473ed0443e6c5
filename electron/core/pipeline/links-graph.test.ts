import { describe, expect, it } from 'vitest';
import { generateNotes } from '../../../bench/vault/generate';
import { GraphModel } from '../graph/graph-model';
import { LinkResolver } from '../markdown/resolve';
import { MemoryVaultFs } from '../vault/memory-vault-fs';
import { buildContribution } from './contributions';
import { linksGraph } from './links-graph';
import { withoutText, type NoteRecord } from './note-record';
import { readAll } from './read-all';
import { storedGraph } from './snapshot';

/*
 * The window opens on a first build's links and tags before its concepts are found. That graph is made
 * straight from the notes; it must be the one a graph model loaded with every note's part without concepts
 * shows, down to the order of nodes and edges, their labels, weights and degrees.
 */

const tricky: Record<string, string> = {
  'a.md': '# A\n\n[[B]] and [[b]] again, ![[B]] embedded, [[A]] itself, [[Ghost]] and [[ghost]] #Tag #tag\n![[pic.png]] [[pic.png]] [[]]\n',
  'b.md': '# B\n\n[[GHOST]] twice [[GHOST]], [[Lost/Deep]] and #TAG #other\n',
  'c.md': '# C\n\n[[ghost]] [[Ghost]] #Other [[Broken]] [[a]]\n',
  'd.md': '---\ntags: [front, Tag]\n---\n# D\n\n[[Broken]] [[c]] #front\n',
  'broken.md': '# Broken\n\n[[A]]\n',
  'sub/e.md': '# E\n\n[[../a]] [[b#Heading]] [[b|shown]] [[Ghost]]\n',
  'pic.png': 'not a note',
};

/** The notes read and parsed, and their links' resolver, as a first build has them when the window opens. */
async function records(files: Record<string, string>): Promise<{ records: NoteRecord[]; resolver: LinkResolver }> {
  const vault = new MemoryVaultFs('vault', files);
  const list = (await readAll(vault, (await vault.scan()).files, () => {})).map(withoutText);
  return { records: list, resolver: new LinkResolver(list.map((record) => record.entry.id)) };
}

function throughModel(list: NoteRecord[], resolver: LinkResolver): ReturnType<typeof storedGraph> {
  const model = new GraphModel();
  model.load(list.map((record) => [record.entry.id, buildContribution(record, resolver, null, () => '')]));
  return storedGraph(model);
}

describe('the links graph a first build opens on', () => {
  it('is the model’s graph of the notes’ parts without concepts: links, embeds, missing pages, tags', async () => {
    const { records: list, resolver } = await records(tricky);
    // A note that could not be read: links to it count in their note's degree, but reach no node.
    const failed = list.map((record) => (record.entry.id === 'broken.md' ? { ...record, parsed: null } : record));
    for (const set of [list, failed]) {
      const direct = linksGraph(set, resolver);
      expect(direct).toEqual(throughModel(set, resolver));
      expect(direct.kinds.sort()).toEqual(['embed', 'link', 'tagged']);
    }
    const ghost = linksGraph(list, resolver).nodes.find((n) => n.id === 'missing:ghost');
    // Two notes spell it `Ghost`, one `GHOST`... the spelling most notes use.
    expect(ghost?.label).toBe('Ghost');
  });

  it('is the model’s graph on a generated vault', async () => {
    const files = Object.fromEntries([...generateNotes(1000, 11)].map((note) => [note.id, note.text]));
    const { records: list, resolver } = await records(files);
    const direct = linksGraph(list, resolver);
    expect(direct.source.length).toBeGreaterThan(1000);
    expect(direct).toEqual(throughModel(list, resolver));
  });
});
