import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NoteId } from '../../contract';
import { parseNote } from '../markdown/parse';
import type { ParsedNote } from '../markdown/types';
import { ConceptDictionary } from './dictionary';
import { DictionaryInputs } from './dictionary-inputs';
import { ConceptEngine, type UpdatePace } from './engine';
import { extractCandidates } from './extract';
import { plain } from './fold';
import { typedRelations } from './relations';
import { mulberry32 as prng } from '../testing/prng';

/*
 * The dictionary is kept up to date note by note (dictionary-inputs.ts) instead of being made again from
 * every note's candidates. Whatever sequence of notes is added, edited and deleted, the engine must end
 * where a fresh one over the same notes starts: same concepts (names, labels, owners, definitions), same
 * hits in every note, same co-occurrences and typed relations.
 */

const SAMPLE = path.resolve(__dirname, '../../../notes');

function readVault(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) out.set(path.relative(dir, p).split(path.sep).join('/'), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

/** The sample vault's prose cut at its headings: the pieces random notes are made of. */
function pieces(vault: Map<string, string>): string[] {
  const out: string[] = [];
  for (const text of vault.values()) {
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const part of body.split(/\n(?=#{1,3} )/)) if (part.trim().length > 20) out.push(part.trim().slice(0, 1500));
  }
  return out;
}

const TITLES = ['EC2', 'ELB', 'Elastic Load Balancer', 'AMI', 'EFS', 'Amazon EBS', 'Auto Scaling', 'Instance Store', 'Roles de IAM', 'CloudWatch', 'Notas', 'VPC'];
const ALIASES = ['Elastic Compute Cloud', 'balanceador de carga', 'Amazon Machine Image', 'imagen', 'ELASTIC FILESYSTEM', 'Spot Fleet'];
const LINES = [
  'Una Amazon Machine Image (AMI) es la plantilla de una instancia EC2.',
  'Elastic Block Store (EBS) proporciona volúmenes para las instancias.',
  'El Application Load Balancer (ALB) reparte peticiones HTTP.',
  'ELASTIC COMPUTING CLOUD: instancias bajo demanda. Usamos EC2 y EC2 y S3.',
  'Las instancias de rendimiento ampliable acumulan créditos de CPU.',
  'EC2 Image Builder crea AMIs a partir de una image recipe.',
  '## Instance store\n\nEl instance store es almacenamiento temporal.',
  '## Spot Fleet\n\nUn spot fleet junta instancias de spot.',
];

function randomNote(rand: () => number, pool: readonly string[], title: string): string {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const lines: string[] = [];
  if (rand() < 0.35) lines.push('---', rand() < 0.5 ? `title: '${pick(TITLES)}'` : `aliases: [${pick(ALIASES)}]`, '---');
  lines.push(`# ${title}`, '');
  const parts = 1 + Math.floor(rand() * 3);
  for (let p = 0; p < parts; p++) lines.push(rand() < 0.3 ? pick(LINES) : pick(pool), '');
  return lines.join('\n');
}

/** Every note whose text holds the key's first letters: more notes than a search index names, never fewer. */
function finderOver(notes: Map<NoteId, ParsedNote>): (key: string) => Set<NoteId> {
  const texts = new Map([...notes].map(([id, n]) => [id, plain(`${n.title}\n${n.body}`)]));
  return (key) => new Set([...texts].filter(([, t]) => t.includes(key.slice(0, 3))).map(([id]) => id));
}

/** What a user sees of the engine, as plain data, note by note. */
function observed(engine: ConceptEngine, notes: Map<NoteId, ParsedNote>): Record<string, unknown> {
  const ids = [...notes.keys()].sort();
  return {
    dictionary: engine.exportState().dictionary,
    concepts: engine.concepts(),
    hits: ids.map((id) => [id, engine.hitsFor(id)]),
    relations: ids.map((id) => [id, typedRelations(notes.get(id) as ParsedNote, engine.hitsFor(id), engine.relationDictionary)]),
    related: engine.related(),
  };
}

function fresh(notes: Map<NoteId, ParsedNote>): ConceptEngine {
  const engine = new ConceptEngine();
  engine.update([...notes.values()], []);
  return engine;
}

const pool = pieces(readVault(SAMPLE));

describe('the dictionary kept note by note equals one made from every note', () => {
  it('the sample vault has prose to make notes of', () => {
    expect(pool.length).toBeGreaterThan(30);
  });

  for (const seed of [11, 12, 13, 14]) {
    it(`seed ${seed}: 40 random adds, edits and deletes give the concepts, hits and relations of a fresh build`, () => {
      const rand = prng(seed);
      const pick = <T,>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
      const notes = new Map<NoteId, ParsedNote>();
      const newId = (): NoteId => `${pick(['', 'aws/', 'apuntes/'])}${pick(TITLES)}${rand() < 0.5 ? ` ${Math.floor(rand() * 9)}` : ''}.md`;
      const titleOf = (id: NoteId): string => id.replace(/^.*\//, '').replace(/\.md$/, '');
      while (notes.size < 12) {
        const id = newId();
        notes.set(id, parseNote(id, randomNote(rand, pool, titleOf(id))));
      }
      const engine = new ConceptEngine();
      engine.update([...notes.values()], []);
      const log: string[] = [];
      for (let step = 1; step <= 40; step++) {
        const roll = rand();
        const ids = [...notes.keys()];
        const changed: ParsedNote[] = [];
        const removed: NoteId[] = [];
        if (roll < 0.35 || ids.length < 4) {
          const id = newId();
          changed.push(parseNote(id, randomNote(rand, pool, titleOf(id))));
        } else if (roll < 0.7) {
          const id = pick(ids);
          changed.push(parseNote(id, randomNote(rand, pool, rand() < 0.8 ? titleOf(id) : pick(TITLES))));
        } else {
          removed.push(pick(ids));
          // Sometimes a batch: a delete and a new note at once (a rename, as the watcher sees it).
          if (rand() < 0.3) {
            const id = newId();
            changed.push(parseNote(id, randomNote(rand, pool, titleOf(id))));
          }
        }
        for (const id of removed) notes.delete(id);
        for (const n of changed) notes.set(n.id, n);
        const pace: UpdatePace = rand() < 0.3 ? 'defer-prose' : 'now';
        log.push(`${pace} +${changed.map((n) => n.id).join(',')} -${removed.join(',')}`);
        engine.update(changed, removed, rand() < 0.5 ? finderOver(notes) : undefined, pace);
        if (step % 5 !== 0) continue;
        // Names read from prose wait for a pause under `defer-prose`: the pause comes before comparing.
        if (engine.namesWaiting) engine.update([], [], finderOver(notes), 'catch-up');
        expect(observed(engine, notes), `step ${step}, seed ${seed}:\n${log.slice(-5).join('\n')}`).toEqual(observed(fresh(notes), notes));
      }
    });
  }

  it('inputs updated note by note build the dictionary a walk over every note builds', () => {
    const rand = prng(7);
    const all = [...readVault(SAMPLE)].map(([id, text]) => extractCandidates(parseNote(id, text)));
    const inputs = DictionaryInputs.of(all);
    const current = new Map(all.map((nc) => [nc.noteId, nc]));
    for (let step = 0; step < 30; step++) {
      const id = `n/${Math.floor(rand() * 8)}.md`;
      if (rand() < 0.3 && current.has(id)) {
        inputs.remove(id);
        current.delete(id);
      } else {
        const nc = extractCandidates(parseNote(id, randomNote(rand, pool, pick(rand, TITLES))));
        inputs.add(nc);
        current.set(id, nc);
      }
      // Built twice from the same inputs too: the caches kept between builds change nothing.
      const kept = new ConceptDictionary(inputs).exportState();
      expect(new ConceptDictionary(inputs).exportState()).toEqual(kept);
      expect(kept).toEqual(new ConceptDictionary([...current.values()]).exportState());
    }
  });
});

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}
