import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { ConceptEngine } from './engine';
import { relatedInNote } from './related';
import { turnsDuring } from '../testing/turns';

const notes = (files: Record<string, string>) => Object.entries(files).map(([id, t]) => parseNote(id, t));

describe('relatedInNote', () => {
  it('relates concepts that share a section, weighted by sections, with evidence', () => {
    const engine = new ConceptEngine();
    engine.update(
      notes({
        'EC2.md': 'x',
        'AMI.md': 'x',
        'EFS.md': 'x',
        'n.md': '# Overview\nEC2 boots an AMI.\n# Summary\nEC2 and AMI again, and EFS.\n# Notes\nOnly EFS.',
      }),
      [],
    );
    const pairs = [...relatedInNote(engine.hitsFor('n.md')).values()];
    const byPair = Object.fromEntries(pairs.map((p) => [`${p.a}+${p.b}`, p.weight]));
    expect(byPair).toEqual({ 'ami+ec2': 2, 'ami+efs': 1, 'ec2+efs': 1 });
    const ev = pairs.find((p) => p.a === 'ami' && p.b === 'ec2')?.evidence ?? [];
    expect(ev[0]).toEqual({ noteId: 'n.md', line: 2, sentence: 'EC2 boots an AMI.', section: 0 });
    expect(ev.length).toBeLessThanOrEqual(4);
  });
});

describe('ConceptEngine', () => {
  const vault = {
    'EC2.md': '---\naliases: [Elastic Compute Cloud]\n---\nThe service.',
    'AMI.md': 'An Amazon Machine Image (AMI) is a template.',
    'notes.md': '# Summary\nI launched EC2 from an Amazon Machine Image.\n\nThen another AMI.',
  };

  it('gives the event loop turns while it builds, and ends where one update would', async () => {
    const once = new ConceptEngine();
    once.update(notes(vault), []);
    const inTurns = new ConceptEngine();
    const { turns } = await turnsDuring(() => inTurns.updateInTurns(notes(vault), [], 1));
    // Three notes read and three matched, a turn after each.
    expect(turns).toBeGreaterThanOrEqual(5);
    expect(inTurns.exportState()).toEqual(once.exportState());
    expect(inTurns.ranked()).toEqual(once.ranked());
  });

  it('knows where each concept is defined and mentioned', () => {
    const e = new ConceptEngine();
    e.update(notes(vault), []);
    const ami = e.concept(e.lookup('AMI') ?? '');
    expect(ami?.noteId).toBe('AMI.md');
    expect(ami?.definitions).toEqual([
      { noteId: 'AMI.md', line: 1, sentence: 'An Amazon Machine Image (AMI) is a template.', section: 0 },
    ]);
    expect(e.mentionsOf('ami')).toEqual([
      { noteId: 'notes.md', line: 2, sentence: 'I launched EC2 from an Amazon Machine Image.', section: 0 },
      { noteId: 'notes.md', line: 4, sentence: 'Then another AMI.', section: 0 },
    ]);
    expect(e.notesOf('ec2')).toEqual(['notes.md']);
    expect(e.related('ec2').map((p) => [p.a, p.b, p.weight])).toEqual([['ami', 'ec2', 1]]);
  });

  it('re-matches one note when its edit names nothing new, all notes when names change', () => {
    const e = new ConceptEngine();
    expect(e.update(notes(vault), []).dictionaryChanged).toBe(true);
    const sig = e.signature;

    const edited = notes({ 'notes.md': '# Summary\nNo more mentions.\n\nStill nothing.' });
    expect(e.update(edited, []).dictionaryChanged).toBe(false);
    expect(e.signature).toBe(sig);
    expect(e.hitsFor('notes.md')).toEqual([]);
    expect(e.notesOf('ami')).toEqual(['AMI.md']);

    // A new alias is a new name: every note is matched again.
    const other = notes({ 'other.md': 'Una imagen de máquina sirve.' });
    e.update(other, []);
    expect(e.hitsFor('other.md')).toEqual([]);
    const r = e.update(notes({ 'AMI.md': '---\naliases: [imagen de máquina]\n---\nAn Amazon Machine Image (AMI) is a template.' }), []);
    expect(r.dictionaryChanged).toBe(true);
    expect(e.hitsFor('other.md').map((h) => h.key)).toEqual(['ami']);

    // Removing the note that named the alias drops the concept and its mentions.
    expect(e.update([], ['AMI.md']).dictionaryChanged).toBe(true);
    expect(e.lookup('imagen de máquina')).toBeUndefined();
    expect(e.hitsFor('other.md')).toEqual([]);
    expect(e.hitsFor('AMI.md')).toEqual([]);
  });

  it('follows definition lines that move without a dictionary change', () => {
    const e = new ConceptEngine();
    e.update(notes(vault), []);
    const r = e.update(notes({ 'AMI.md': 'New first line.\n\nAn Amazon Machine Image (AMI) is a template.' }), []);
    expect(r.dictionaryChanged).toBe(false);
    expect(e.concept('ami')?.definitions.map((d) => d.line)).toEqual([3]);
  });
});

describe('ConceptEngine updates that only move acronym counts', () => {
  const files = {
    'a.md': 'EBS and VPC. The IMDS answers.',
    'b.md': 'EBS again, with a VPC.',
    'Elastic Block Store.md': '---\naliases: [EBS]\n---\nDefines Elastic Block Store (EBS).',
  };
  const fresh = (f: Record<string, string>): ConceptEngine => {
    const e = new ConceptEngine();
    e.update(notes(f), []);
    return e;
  };

  it('keeps the dictionary when no acronym crosses its threshold, with what a fresh build gives', () => {
    const live = fresh(files);
    // VPC recurs already (two notes): a third use changes its count, not the dictionary.
    const edited = { ...files, 'a.md': 'EBS and VPC. The IMDS answers. VPC again.' };
    const result = live.update(notes({ 'a.md': edited['a.md'] }), []);
    expect(result).toMatchObject({ dictionaryChanged: false, rebuilt: false });
    const want = fresh(edited);
    expect(live.signature).toBe(want.signature);
    expect(live.concepts()).toEqual(want.concepts());
    expect(live.hitsFor('a.md')).toEqual(want.hitsFor('a.md'));
  });

  it('rebuilds when a new acronym is first written', () => {
    const live = fresh({ ...files, 'a.md': 'EBS and VPC. The service answers.' });
    expect(live.lookup('IMDS')).toBeUndefined();
    const result = live.update(notes({ 'b.md': 'EBS again, with a VPC and the IMDS.' }), []);
    expect(result.rebuilt).toBe(true);
    expect(live.lookup('IMDS')).toBeDefined();
  });
});

describe('ConceptEngine under random acronym edits', () => {
  it('matches a fresh build after every edit, whichever way it decides the dictionary stays', () => {
    const words = ['EBS', 'VPC', 'IMDS', 'ENI', 'NACL', 'SQS', 'AMIs', 'AMI'];
    let seed = 11;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const files: Record<string, string> = {};
    for (const id of ['a.md', 'b.md', 'c.md', 'd.md']) files[id] = `Uses ${words[random(words.length)]} here.`;
    const live = new ConceptEngine();
    live.update(notes(files), []);
    for (let step = 0; step < 40; step++) {
      const id = ['a.md', 'b.md', 'c.md', 'd.md'][random(4)] as string;
      const text = Array.from({ length: 1 + random(4) }, () => `The ${words[random(words.length)]} works.`).join(' ');
      files[id] = text;
      live.update(notes({ [id]: text }), []);
      const want = new ConceptEngine();
      want.update(notes(files), []);
      expect(live.signature, `step ${step}`).toBe(want.signature);
      expect(live.concepts(), `step ${step}`).toEqual(want.concepts());
    }
  });
});
