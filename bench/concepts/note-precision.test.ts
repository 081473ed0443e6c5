import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { noteCorpora, scoreDump } from './concepts-bench';
import type { Dump, DumpNode } from './dump';

const node = (label: string): DumpNode => ({ id: `concept:${label}`, kind: 'concept', label, concept: `concept:${label}`, names: [label], notes: 1 });
const dump = (labels: string[]): Dump => ({ src: '', dir: '', glossary: 'on', buildMs: 1, conceptNodes: labels.map(node), edges: [], cards: null });

describe("a held-out note's precision with its judged.tsv", () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'cairn-note-precision-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('counts a judged real term outside the gold list as real, keeps the strict figure, and names the unjudged', () => {
    const sets = path.join(tmp, 'sets');
    const note = path.join(sets, 'heldout', 'a-note');
    mkdirSync(note, { recursive: true });
    writeFileSync(path.join(note, 'n.md'), 'x');
    writeFileSync(path.join(note, 'concepts.tsv'), 'canonical\taliases\tmust\nVPC\tVirtual Private Cloud\t1\n');
    // A gold name judged junk by mistake stays real: the gold list is the note's own truth.
    writeFileSync(path.join(note, 'judged.tsv'), 'term\tverdict\nTCP\t1\nexam tip\t0\nVPC\t0\n');
    const [corpus] = noteCorpora(path.join(tmp, 'out'), 'heldout', sets);
    const score = scoreDump(corpus!, 'current', dump(['Virtual Private Cloud', 'TCP', 'exam tip', 'old name']));
    expect(score.precision?.byGold).toMatchObject({ hit: 1, total: 4 });
    expect(score.precision?.goldAndJudged).toMatchObject({ real: 2, junk: 1, unjudged: 1, junkTerms: ['exam tip'], unjudgedTerms: ['old name'] });
    expect(score.precision?.goldAndJudged?.precision).toBeCloseTo(2 / 3);
  });
});
