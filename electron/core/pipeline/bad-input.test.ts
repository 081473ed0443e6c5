import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CairnError, type NoteSummary } from '../../contract';
import { openVaultSession, type VaultSession } from '../session';
import { MAX_LINKED_PAGES } from '../concepts/link-names';
import { makeTempVault, type TempVault } from '../testing/temp-vault';
import { MAX_NOTE_BYTES } from './note-record';

/*
 * One vault holding every kind of file a person's folder can throw at us, all at once, opened the way a
 * host opens it. Nothing here may crash the index, drop a good note, run code or damage bytes on disk.
 */

const LATIN1 = Uint8Array.from([...Buffer.from('# Menú\n\nUn '), 0x63, 0x61, 0x66, 0xe9, ...Buffer.from(' con leche y [[EC2]].\n')]);
const WITH_NUL = Buffer.concat([Buffer.from('# Binario\n\nTexto antes'), Buffer.from([0, 0, 1, 2]), Buffer.from(' y después [[EC2]].\n')]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(4096, 0xfe), Buffer.from([0, 0xff, 0xc0])]);
const LINKS = 100_000;

/** A real collection before each heap reading: what the index keeps, not garbage not yet collected. */
const gc: () => void = (() => {
  if (globalThis.gc) return globalThis.gc;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

/** JavaScript front matter whose evaluation would leave a file behind: proof that it never ran. */
const payload = (marker: string): string => `{ pwned: process.getBuiltinModule('fs').writeFileSync(${JSON.stringify(marker)}, 'ran') }`;

let vault: TempVault;
let session: VaultSession;
let outsideDir: string;
let markers: { js: string; javascript: string };
const notes = new Map<string, NoteSummary>();

interface BuildCost {
  ms: number;
  cpuMs: number;
  keptMb: number;
  peakMb: number;
}
let hostile: BuildCost;
let peer: BuildCost;
/** What stayed in the heap once the peer was closed: the process's caches of names and compiled code, not an index. */
let peerLeftMb = 0;

const linksTo = (from: number, count: number): string => Array.from({ length: count }, (_, i) => `[[destino ${from + i}]]`).join(' ');

/**
 * Opens a vault and measures it: wall time, the CPU of every thread of the process (the build's helper
 * threads too; unlike wall time, not stretched by other programs on the machine), and the heap it keeps.
 */
async function measuredOpen(dir: string): Promise<{ session: VaultSession; cost: BuildCost }> {
  gc();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const opened = await openVaultSession(dir, { host: 'test', watch: false });
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  gc();
  const keptMb = (process.memoryUsage().heapUsed - before) / 1048576;
  return { session: opened, cost: { ms, cpuMs: (used.user + used.system) / 1000, keptMb, peakMb: (peak - before) / 1048576 } };
}

/*
 * The peer: the same 100,000 links to missing notes, spread over notes of 2 × MAX_LINKED_PAGES links each, so
 * each is still read as a list of links (no concepts), as the hostile note is. What the index keeps is the
 * same; only the hostile vault's one huge note, 17 MB note and symlink loops differ. Built first, it also pays
 * the process's one-off costs: compiling, and filling the per-process caches of names (memo.ts), which stay
 * after it is closed (tens of MB at 100,000 names) and are taken off its heap below.
 */
/** Builds, measures and closes the peer; nothing of its session outlives this call. */
async function buildPeer(dir: string): Promise<BuildCost> {
  const built = await measuredOpen(dir);
  await built.session.close();
  return built.cost;
}

beforeAll(async () => {
  const perNote = 2 * MAX_LINKED_PAGES;
  const files: Record<string, string> = {};
  for (let from = 0; from < LINKS; from += perNote) files[`lista ${from}.md`] = `# Lista ${from}\n\n${linksTo(from, Math.min(perNote, LINKS - from))}\n`;
  const peerVault = await makeTempVault(files);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  try {
    peer = await buildPeer(peerVault.dir);
  } finally {
    await peerVault.cleanup();
  }
  gc();
  peerLeftMb = (process.memoryUsage().heapUsed - heapBefore) / 1048576;
  // A guard against a hang only: on a machine shared by many builds a cold build of 100,000 links took 60 s.
}, 300_000);

beforeAll(async () => {
  outsideDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-outside-'));
  await fs.writeFile(path.join(outsideDir, 'secreto.md'), '# Secreto\n\nNo debe indexarse.\n');
  markers = { js: path.join(outsideDir, 'js-ran'), javascript: path.join(outsideDir, 'javascript-ran') };
  vault = await makeTempVault({
    'EC2.md': '---\naliases: [Elastic Compute Cloud]\ntags: [aws]\n---\n# EC2\n\nEl balanceador de carga reparte tráfico entre instancias. Ver [[ELB]] y ![[diagrama.png]].\n',
    'ELB.md': '# ELB\n\nEl Elastic Load Balancer reparte peticiones entre instancias [[EC2]].\n',
    'yaml-roto.md': '---\ntitle: [sin cerrar\naliases: {a: \n---\n# YAML roto\n\nEl cuerpo sigue indexado: [[EC2]] guardabosques.\n',
    'sin-cierre.md': '---\ntitle: nunca cerrado\n\n# Sin cierre\n\nTodo es texto: [[ELB]] faroleros.\n',
    'codigo-js.md': `---js\n${payload(markers.js)}\n---\n# JS\n\nCuerpo de la nota js.\n`,
    'codigo-javascript.md': `---javascript\n${payload(markers.javascript)}\n---\n# JavaScript\n\nCuerpo de la nota javascript.\n`,
    'bom.md': '\uFEFF---\ntags: [con-bom]\n---\n# BOM\n\nNota con BOM que enlaza [[ELB]].\n',
    'crlf.md': '---\r\naliases: [retorno de carro]\r\n---\r\n# CRLF\r\n\r\nLínea de Windows con [[EC2]].\r\n#windows\r\n',
    'nul.md': WITH_NUL,
    'latin1.md': LATIN1,
    'enorme.md': '',
    'enlaces.md': '',
    'Índice de café ☕.md': '# Índice\n\nEnlaza [[🚀 lanzamiento]] y [[notas/Paginación de la CLI]].\n',
    '🚀 lanzamiento.md': '# Lanzamiento 🚀\n\nPaso a paso con cohetes.\n',
    'notas/Paginación de la CLI.md': '# Paginación de la CLI\n\nLa paginación usa --page-size.\n',
    'vacía.md': '',
    'diagrama.png': PNG,
  });
  // 17 MB of text, over the 16 MB limit: one buffer write, fast enough for a unit test.
  await fs.writeFile(path.join(vault.dir, 'enorme.md'), Buffer.alloc(17 * 1024 * 1024, 'palabra '));
  await vault.write('enlaces.md', `# Enlaces\n\n${linksTo(0, LINKS)}\n`);
  await fs.symlink('.', path.join(vault.dir, 'bucle'));
  await fs.symlink('propio.md', path.join(vault.dir, 'propio.md'));
  await fs.symlink(path.join(outsideDir, 'secreto.md'), path.join(vault.dir, 'fuera.md'));
  await fs.symlink(outsideDir, path.join(vault.dir, 'carpeta-fuera'));

  const built = await measuredOpen(vault.dir);
  session = built.session;
  hostile = built.cost;
  for (const note of await session.service.listNotes()) notes.set(note.id, note);
}, 300_000);

afterAll(async () => {
  await session?.close();
  await vault?.cleanup();
  if (outsideDir) await fs.rm(outsideDir, { recursive: true, force: true });
});

const note = (id: string): NoteSummary => {
  const found = notes.get(id);
  if (!found) throw new Error(`${id} is not listed; listed: ${[...notes.keys()].join(', ')}`);
  return found;
};
const codes = (id: string): string[] => note(id).problems.map((p) => p.code);

describe('a vault full of hostile files', () => {
  it('lists every note, and says why what it skipped was skipped', async () => {
    expect([...notes.keys()].sort()).toEqual(
      [
        'EC2.md',
        'ELB.md',
        'bom.md',
        'codigo-javascript.md',
        'codigo-js.md',
        'crlf.md',
        'enlaces.md',
        'enorme.md',
        'latin1.md',
        'notas/Paginación de la CLI.md',
        'nul.md',
        'sin-cierre.md',
        'vacía.md',
        'yaml-roto.md',
        'Índice de café ☕.md',
        '🚀 lanzamiento.md',
      ].sort(),
    );
    const skipped = new Map(session.service.index.skipped.map((s) => [s.id, s]));
    expect(skipped.get('bucle')?.reason).toBe('symlink-loop');
    expect(skipped.get('propio.md')?.reason).toBe('symlink-loop');
    expect(skipped.get('fuera.md')?.reason).toBe('symlink-outside');
    expect(skipped.get('carpeta-fuera')?.reason).toBe('symlink-outside');
    for (const s of skipped.values()) expect(s.message).toContain(s.id);
    const info = await session.service.describeVault();
    expect(info.noteCount).toBe(16);
    expect(info.attachmentCount).toBe(1);
    // Every flagged note and every skipped entry counts as a problem the person can see.
    expect(info.problemCount).toBe([...notes.values()].filter((n) => n.problems.length > 0).length + skipped.size);
    expect(info.problemCount).toBeGreaterThanOrEqual(7 + 4);
  });

  it('flags broken front matter with a readable reason and still indexes the body', async () => {
    const yaml = note('yaml-roto.md').problems;
    expect(yaml.map((p) => p.code)).toEqual(['yaml-error']);
    expect(yaml[0]?.message).toMatch(/not valid YAML/);
    expect(codes('sin-cierre.md')).toEqual(['unclosed-frontmatter']);
    expect(note('sin-cierre.md').problems[0]?.message).toMatch(/never closed/);
    expect((await session.service.search({ query: 'guardabosques' })).hits.map((h) => h.noteId)).toEqual(['yaml-roto.md']);
    expect((await session.service.search({ query: 'faroleros' })).hits.map((h) => h.noteId)).toEqual(['sin-cierre.md']);
    const graph = await session.service.getGraph({});
    const edge = (from: string, to: string): boolean => graph.edges.some((e) => e.kind === 'link' && e.source === `note:${from}` && e.target === `note:${to}`);
    expect(edge('yaml-roto.md', 'EC2.md')).toBe(true);
    expect(edge('sin-cierre.md', 'ELB.md')).toBe(true);
  });

  it('never runs ---js or ---javascript front matter, and says so', async () => {
    // Control: the same payload, evaluated, does write its file; so the absence below means it never ran.
    const control = path.join(outsideDir, 'control-ran');
    new Function(`return (${payload(control)})`)();
    await expect(fs.readFile(control, 'utf8')).resolves.toBe('ran');

    await expect(fs.stat(markers.js)).rejects.toThrow(/ENOENT/);
    await expect(fs.stat(markers.javascript)).rejects.toThrow(/ENOENT/);
    for (const id of ['codigo-js.md', 'codigo-javascript.md']) {
      expect(codes(id)).toEqual(['js-frontmatter']);
      expect(note(id).problems[0]?.message).toMatch(/never run/);
    }
    // Reading the note (front matter and all) does not run it either.
    const dto = await session.service.readNote('codigo-js.md');
    expect(dto.frontmatter).toEqual({});
    expect(dto.body).toContain('Cuerpo de la nota js.');
    await expect(fs.stat(markers.js)).rejects.toThrow(/ENOENT/);
  });

  it('reads BOM and CRLF notes like any other: properties, links and line numbers', async () => {
    expect(note('bom.md').problems).toEqual([]);
    expect(note('bom.md').tags).toEqual(['con-bom']);
    expect(note('crlf.md').problems).toEqual([]);
    expect(note('crlf.md').aliases).toEqual(['retorno de carro']);
    expect(note('crlf.md').tags).toContain('windows');
    const crlf = await session.service.readNote('crlf.md');
    expect(crlf.links.map((l) => ({ target: l.target, line: l.line, resolved: l.resolved }))).toEqual([{ target: 'EC2', line: 6, resolved: 'EC2.md' }]);
    const bom = await session.service.readNote('bom.md');
    expect(bom.links.map((l) => l.resolved)).toEqual(['ELB.md']);
    expect(bom.content.startsWith('---')).toBe(true);
  });

  it('opens non-UTF-8 and NUL notes read-only and refuses to save over them, leaving the bytes intact', async () => {
    expect(codes('latin1.md')).toEqual(['non-utf8']);
    expect(codes('nul.md')).toEqual(['nul-bytes']);
    for (const [id, original] of [
      ['latin1.md', LATIN1],
      ['nul.md', WITH_NUL],
    ] as const) {
      expect(note(id).readOnly).toBe(true);
      expect(note(id).problems[0]?.message).toMatch(/read-only/);
      const dto = await session.service.readNote(id);
      const attempt = session.service.saveNote({ id, content: dto.content + '\nEditado.\n', baseHash: dto.hash });
      await expect(attempt).rejects.toBeInstanceOf(CairnError);
      await expect(attempt).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/read-only/) });
      expect(new Uint8Array(await fs.readFile(path.join(vault.dir, id)))).toEqual(new Uint8Array(original));
    }
    // Still indexed as best we can: their links count.
    const graph = await session.service.getGraph({});
    for (const id of ['latin1.md', 'nul.md']) expect(graph.edges.some((e) => e.source === `note:${id}` && e.target === 'note:EC2.md')).toBe(true);
    // A good note next to them saves fine, so the refusal above is about those files, not saving as such.
    const ok = await session.service.readNote('ELB.md');
    await session.service.saveNote({ id: 'ELB.md', content: ok.content + '\nGuardado.\n', baseHash: ok.hash });
    expect(await vault.read('ELB.md')).toContain('Guardado.');
  });

  it('skips a note over the size limit without reading it, and says how big it is', async () => {
    const big = note('enorme.md');
    expect(big.size).toBeGreaterThan(MAX_NOTE_BYTES);
    expect(big.problems.map((p) => p.code)).toEqual(['too-large']);
    expect(big.problems[0]?.message).toMatch(/17\.0 MB is over the 16 MB limit/);
    expect(big.readOnly).toBe(true);
    const attempt = session.service.saveNote({ id: 'enorme.md', content: 'tiny', baseHash: null });
    await expect(attempt).rejects.toMatchObject({ code: 'forbidden' });
    expect((await fs.stat(path.join(vault.dir, 'enorme.md'))).size).toBe(17 * 1024 * 1024);
    expect((await session.service.search({ query: 'palabra' })).hits.map((h) => h.noteId)).not.toContain('enorme.md');
  });

  it('indexes a note with 100,000 links, each missing target once', async () => {
    const graph = await session.service.getGraph({});
    const fromIt = graph.edges.filter((e) => e.source === 'note:enlaces.md' && e.kind === 'link');
    expect(fromIt).toHaveLength(LINKS);
    expect(graph.nodes.filter((n) => n.kind === 'missing' && n.label.startsWith('destino ')).length).toBe(LINKS);
    expect((await session.service.brokenLinks()).filter((b) => b.from === 'enlaces.md')).toHaveLength(LINKS);
  });

  it('handles names with accents, spaces and emoji end to end', async () => {
    const index = await session.service.readNote('Índice de café ☕.md');
    expect(index.links.map((l) => l.resolved)).toEqual(['🚀 lanzamiento.md', 'notas/Paginación de la CLI.md']);
    expect(note('🚀 lanzamiento.md').title).toBe('🚀 lanzamiento');
    expect((await session.service.search({ query: 'paginacion' })).hits.map((h) => h.noteId)).toContain('notas/Paginación de la CLI.md');
    expect((await session.service.search({ query: 'cohetes' })).hits.map((h) => h.noteId)).toEqual(['🚀 lanzamiento.md']);
    const rocket = (await session.service.readNote('🚀 lanzamiento.md')).backlinks.map((b) => b.from);
    expect(rocket).toEqual(['Índice de café ☕.md']);
  });

  it('lists an empty note with no problems, and a binary attachment as an attachment that links resolve to', async () => {
    expect(note('vacía.md')).toMatchObject({ title: 'vacía', problems: [], readOnly: false, size: 0 });
    const ec2 = await session.service.readNote('EC2.md');
    expect(ec2.links.find((l) => l.target === 'diagrama.png')?.resolved).toBe('diagrama.png');
    expect(notes.has('diagrama.png')).toBe(false);
  });

  it('still answers graph and search for the good notes', async () => {
    const graph = await session.service.getGraph({});
    expect(graph.edges.some((e) => e.kind === 'link' && e.source === 'note:EC2.md' && e.target === 'note:ELB.md')).toBe(true);
    expect(graph.edges.some((e) => e.kind === 'link' && e.source === 'note:ELB.md' && e.target === 'note:EC2.md')).toBe(true);
    expect((await session.service.search({ query: 'balanceador' })).hits.map((h) => h.noteId)).toContain('EC2.md');
    expect((await session.service.search({ query: 'Elastic Compute Cloud' })).hits[0]?.noteId).toBe('EC2.md');
    // Nothing from outside the vault leaked in through the symlinks.
    expect((await session.service.search({ query: 'Secreto' })).hits).toEqual([]);
  });

  it('neither reads nor writes through the symlinks that point outside the vault', async () => {
    await expect(session.service.readNote('fuera.md')).rejects.toMatchObject({ code: expect.stringMatching(/not-found|forbidden/) });
    await expect(session.service.saveNote({ id: 'carpeta-fuera/nuevo.md', content: '# Nuevo\n', baseHash: null })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(session.service.saveNote({ id: 'fuera.md', content: '# Pisado\n', baseHash: null })).rejects.toBeInstanceOf(CairnError);
    expect((await fs.readdir(outsideDir)).sort()).not.toContain('nuevo.md');
    expect(await fs.readFile(path.join(outsideDir, 'secreto.md'), 'utf8')).toBe('# Secreto\n\nNo debe indexarse.\n');
  });

  it('costs no more time or memory than a plain vault with as many links', () => {
    const line = (c: BuildCost): string => `${Math.round(c.ms)} ms (CPU ${Math.round(c.cpuMs)} ms); heap kept +${c.keptMb.toFixed(1)} MB, peak +${c.peakMb.toFixed(1)} MB`;
    const peerIndexMb = peer.keptMb - peerLeftMb;
    console.info(`hostile vault: ${line(hostile)}\npeer vault:    ${line(peer)}, of which +${peerLeftMb.toFixed(1)} MB stayed once closed`);
    // A note read in time or memory growing faster than its links (100,000 in one note against 2,000 in each
    // peer note) costs 50 times the peer's share at least: far past these bounds, set for a machine's noise.
    expect(hostile.cpuMs).toBeLessThan(2 * peer.cpuMs + 1000);
    // Both indexes keep the same nodes, edges and names, ~2 KB a link.
    expect(hostile.keptMb).toBeLessThan(1.15 * peerIndexMb + 8);
  });
});
