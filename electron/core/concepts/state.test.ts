import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { NoteId } from '../../contract';
import { parseNote } from '../markdown/parse';
import type { ParsedNote } from '../markdown/types';
import { CONCEPT_STATE_VERSION, ConceptEngine } from './engine';
import type { ConceptEngineState } from './types';

const repoRoot = resolve(import.meta.dirname, '../../..');
const guideDir = resolve(repoRoot, '../shared/corpora/aws-ec2-user-guide');

const parse = (files: Record<string, string>): ParsedNote[] => Object.entries(files).map(([id, t]) => parseNote(id, t));
const byId = (notes: readonly ParsedNote[]): Map<NoteId, ParsedNote> => new Map(notes.map((n) => [n.id, n]));

/** Everything a caller can ask, per concept and per note, one comparable part at a time. */
function* answerParts(e: ConceptEngine, ids: readonly NoteId[]): Generator<[string, unknown]> {
  yield ['signature', e.signature];
  const concepts = [...e.concepts()].sort((a, b) => (a.key < b.key ? -1 : 1));
  yield ['concept keys', concepts.map((c) => c.key)];
  for (const c of concepts) yield [`concept ${c.key}`, { ...c, mentions: e.mentionsOf(c.key), notes: e.notesOf(c.key) }];
  for (const id of [...ids].sort()) yield [`note ${id}`, { hits: e.hitsFor(id), related: e.relatedFor(id) }];
  yield ['ranked', e.ranked().slice(0, 50)];
  yield ['related', e.related().slice(0, 50)];
}

/** All of them as one value, for a small vault: a failing test shows the whole difference. */
const answers = (e: ConceptEngine, ids: readonly NoteId[]): unknown => Object.fromEntries(answerParts(e, ids));

/**
 * The first part two engines answer differently, or null. Part by part: the AWS guide's answers made one
 * ~480 MB value per engine, and building and comparing two of them was most of a several-minute test.
 */
function firstDifference(a: ConceptEngine, b: ConceptEngine, ids: readonly NoteId[]): { part: string; a: unknown; b: unknown } | null {
  const other = answerParts(b, ids);
  for (const [part, mine] of answerParts(a, ids)) {
    const theirs = other.next();
    if (theirs.done || theirs.value[0] !== part) return { part, a: mine, b: theirs.done ? undefined : theirs.value[0] };
    if (!isDeepStrictEqual(mine, theirs.value[1])) return { part, a: mine, b: theirs.value[1] };
  }
  const extra = other.next();
  return extra.done ? null : { part: extra.value[0], a: undefined, b: extra.value[1] };
}

const roundTrip = (s: ConceptEngineState): ConceptEngineState => deserialize(serialize(s)) as ConceptEngineState;

const vault = {
  'EC2.md': '---\naliases: [Elastic Compute Cloud]\n---\nThe service.',
  'AMI.md': 'An Amazon Machine Image (AMI) is a template.',
  'notes.md': '# Summary\nI launched EC2 from an Amazon Machine Image.\n\nThen another AMI, and EFS.',
  'efs.md': 'EFS here, EFS there.',
};

describe('ConceptEngine state', () => {
  it('answers identically after exportState → v8 serialize → deserialize → fromState', () => {
    const notes = parse(vault);
    const fresh = new ConceptEngine();
    fresh.update(notes, []);
    const restored = ConceptEngine.fromState(roundTrip(fresh.exportState()), byId(notes));
    expect(answers(restored, Object.keys(vault))).toEqual(answers(fresh, Object.keys(vault)));
    expect(restored.lookup('Amazon Machine Images')).toBe('ami');
  });

  it('keeps working incrementally after a restore, like an engine that never stopped', () => {
    const notes = parse(vault);
    const live = new ConceptEngine();
    live.update(notes, []);
    const restored = ConceptEngine.fromState(roundTrip(live.exportState()), byId(notes));
    // Exporting lets the exported engine drop its candidates as objects: it must go on like one that never did.
    const never = new ConceptEngine();
    never.update(notes, []);

    // An edit that names nothing new, then one that adds an alias (every note is matched again).
    for (const step of [
      { changed: parse({ 'notes.md': '# Summary\nNothing left but EFS.' }), removed: [] as NoteId[] },
      { changed: parse({ 'AMI.md': '---\naliases: [imagen de máquina]\n---\nAn Amazon Machine Image (AMI).' }), removed: [] },
      { changed: parse({ 'other.md': 'Una imagen de máquina y EC2.' }), removed: ['efs.md'] },
    ]) {
      never.update(step.changed, step.removed);
      expect(restored.update(step.changed, step.removed)).toEqual(live.update(step.changed, step.removed));
    }
    const ids = ['EC2.md', 'AMI.md', 'notes.md', 'other.md', 'efs.md'];
    expect(answers(restored, ids)).toEqual(answers(live, ids));
    expect(answers(live, ids)).toEqual(answers(never, ids));
    expect(restored.hitsFor('other.md').map((h) => h.key)).toEqual(['ami', 'ec2']);
  });

  it('treats notes missing from the vault as removed', () => {
    const notes = parse(vault);
    const live = new ConceptEngine();
    live.update(notes, []);
    const state = roundTrip(live.exportState());
    const without = byId(notes.filter((n) => n.id !== 'efs.md'));
    const restored = ConceptEngine.fromState(state, without);
    live.update([], ['efs.md']);
    expect(answers(restored, Object.keys(vault))).toEqual(answers(live, Object.keys(vault)));
    // notes.md still names EFS once: a concept from its first use, now named by one note.
    expect(restored.lookup('EFS')).toBe('efs');
    expect(restored.noteCount('efs')).toBe(1);
  });

  it('refuses a state written by other extraction rules', () => {
    const e = new ConceptEngine();
    e.update(parse(vault), []);
    const state = { ...e.exportState(), version: CONCEPT_STATE_VERSION - 1 };
    expect(() => ConceptEngine.fromState(state, byId(parse(vault)))).toThrow(/version/);
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.md') ? [p] : [];
  });
}

describe.runIf(existsSync(guideDir))('ConceptEngine state on the AWS EC2 guide', () => {
  it('restores every note and concept much faster than extracting and matching again', () => {
    const notes = walk(guideDir).map((f) => parseNote(relative(guideDir, f), readFileSync(f, 'utf8')));
    const ids = notes.map((n) => n.id);
    const fresh = new ConceptEngine();
    let t = performance.now();
    fresh.update(notes, []);
    const updateMs = performance.now() - t;
    const bytes = serialize(fresh.exportState());
    // The fastest of a few restores: one short sample on a busy machine is mostly the wait for a core.
    let restoreMs = Infinity;
    let restored = fresh;
    for (let sample = 0; sample < 5; sample++) {
      const state = deserialize(bytes) as ConceptEngineState;
      t = performance.now();
      restored = ConceptEngine.fromState(state, byId(notes));
      restoreMs = Math.min(restoreMs, performance.now() - t);
    }
    expect(restored).not.toBe(fresh);
    expect(firstDifference(restored, fresh, ids)).toBeNull();
    console.info(`AWS guide: extracted and matched in ${Math.round(updateMs)} ms, restored in ${Math.round(restoreMs)} ms (fastest of 5)`);
    expect(restoreMs).toBeLessThan(Math.max(100, updateMs / 4));
    // Nothing changed on disk: the warm engine does no work.
    expect(restored.update([], []).dictionaryChanged).toBe(false);
    // A whole guide extracted, matched and compared twice: ~75 s on a quiet machine, over 4 minutes at load 20.
    // The timeout guards against a hang only.
  }, 900_000);
});
