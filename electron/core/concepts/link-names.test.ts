import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { ConceptEngine } from './engine';
import { extractCandidates } from './extract';
import { journalDate } from './link-names';

const LOGSEQ = [
  'course:: [[PHYS 2210]]',
  'instructor:: [[Prof. Okafor]]',
  'alias:: Thermo, Thermal physics',
  '',
  '- ## Week 9',
  '  lecture:: [[Nov 2nd, 2026]]',
  '\t- [[Thermodynamics]] = study of energy transfer as [[heat]] and [[work]]',
  '\t- [[Heat]] $Q$ #definition',
  '\t  id:: 6571a2f0-1c3b-4d8e-9a11-0b7e3f2c9d01',
  '\t\t- energy transferred because of a temperature difference',
  '\t- [[Work]] done by a gas, see [[2026-11-09]] and [[isothermal process]]es',
].join('\n');

function engineOf(files: Record<string, string>): ConceptEngine {
  const engine = new ConceptEngine();
  engine.update(Object.entries(files).map(([id, text]) => parseNote(id, text)), []);
  return engine;
}

describe('pages a note links to', () => {
  it('are concepts, one whatever the case or number they are written in', () => {
    const engine = engineOf({ 'pages/PHYS 2210___Thermodynamics.md': LOGSEQ });
    const heat = engine.lookup('heat');
    expect(heat).toBeDefined();
    expect(engine.lookup('Heat')).toBe(heat);
    expect(engine.lookup('work')).toBeDefined();
    expect(engine.lookup('isothermal process')).toBeDefined();
    expect(engine.lookup('isothermal processes')).toBe(engine.lookup('isothermal process'));
    expect(engine.conceptInfo(heat as string)?.sources).toContain('link');
  });

  it('but not a journal date, a property value or a block id', () => {
    const names = extractCandidates(parseNote('pages/PHYS 2210___Thermodynamics.md', LOGSEQ)).candidates.flatMap((c) => c.names.map((n) => n.toLowerCase()));
    for (const junk of ['phys 2210', 'prof. okafor', 'nov 2nd, 2026', '2026-11-09', 'course', 'instructor', 'lecture', 'alias', 'id', 'phys 2210___thermodynamics', 'phys 2210/thermodynamics']) {
      expect(names, junk).not.toContain(junk);
    }
    expect(names.some((n) => n.includes('6571a2f0'))).toBe(false);
  });

  it('a namespaced page names the concept of its last part, with the aliases of its properties', () => {
    const engine = engineOf({ 'pages/PHYS 2210___Thermodynamics.md': LOGSEQ });
    const key = engine.lookup('Thermo');
    expect(key).toBeDefined();
    expect(engine.lookup('Thermodynamics')).toBe(key);
    expect(engine.lookup('thermal physics')).toBe(key);
    expect(engine.conceptInfo(key as string)?.noteId).toBe('pages/PHYS 2210___Thermodynamics.md');
  });

  it('a date is read by its shape, in any language', () => {
    for (const date of ['Nov 2nd, 2026', '2026-11-02', '2026_11_02', 'Monday, 02.11.2026', '2 de noviembre de 2026', 'November 2, 2026']) expect(journalDate(date), date).toBe(true);
    for (const name of ['PHYS 2210', 'Windows Server', 'HW 18.27', 'Carnot cycle', 'Python 3', 'ISO 27001']) expect(journalDate(name), name).toBe(false);
  });
});
