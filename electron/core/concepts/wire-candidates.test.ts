import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeNoteBytes } from '../markdown/decode';
import { markdownFiles } from '../testing/markdown-files';
import { parseNote } from '../markdown/parse';
import { candidatesJson, parseCandidates } from './candidates-json';
import { extractCandidates } from './extract';
import { wireCandidates } from './wire-candidates';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('candidates sent by a helper thread', () => {
  it('are the JSON the saved state writes, and the candidates keep their note id', () => {
    const dir = path.join(root, 'notes');
    const notes = markdownFiles(dir).map((id) => parseNote(id, decodeNoteBytes(readFileSync(path.join(dir, id))).text));
    notes.push(parseNote('Estudio/AMI.md', '# AMI\n\nUna Amazon Machine Image (AMI) sirve para lanzar instancias EC2. El EBS y el EC2 se usan juntos.\n'));
    let acronyms = 0;
    for (const note of notes) {
      const nc = extractCandidates(note);
      const before = JSON.stringify(nc);
      acronyms += nc.acronyms.length;
      expect(wireCandidates(nc), note.id).toBe(candidatesJson(nc));
      expect(JSON.stringify(nc)).toBe(before);
      expect(parseCandidates(note.id, wireCandidates(nc))).toEqual(nc);
    }
    expect(acronyms).toBeGreaterThan(0);
  });
});
