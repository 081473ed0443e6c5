import { describe, expect, it } from 'vitest';
import type { GraphDTO } from '../../contract';
import { MemoryVaultFs } from '../vault/memory-vault-fs';
import { VaultIndex } from './vault-index';
import { mulberry32 as prng } from '../testing/prng';

/*
 * The promise of the incremental pipeline: whatever sequence of edits arrives, the graph and the search
 * index end up exactly as a fresh build over the same files would make them. Each test keeps a live index
 * fed with changes and, after every step, compares it with a fresh build of the current files.
 */

type Files = Record<string, string>;
type Op = { put: Files } | { del: string[] } | { rename: [from: string, to: string] };

const QUERIES = ['instancia', 'balanceador', 'EC2', 'paginación', 'volumen', 'zorro', 'tag:aws'];

class LiveVault {
  readonly files = new Map<string, string>();
  readonly fs: MemoryVaultFs;
  readonly index: VaultIndex;

  constructor(initial: Files) {
    for (const [id, text] of Object.entries(initial)) this.files.set(id, text);
    this.fs = new MemoryVaultFs('live', initial);
    this.index = new VaultIndex(this.fs);
  }

  /** Applies one step to the files and tells the index which ids changed, as the watcher would. */
  async apply(op: Op): Promise<void> {
    const touched: string[] = [];
    if ('put' in op) {
      for (const [id, text] of Object.entries(op.put)) {
        this.files.set(id, text);
        this.fs.put(id, text);
        touched.push(id);
      }
    } else if ('del' in op) {
      for (const id of op.del) {
        this.files.delete(id);
        this.fs.delete(id);
        touched.push(id);
      }
    } else {
      const [from, to] = op.rename;
      const text = this.files.get(from) ?? '';
      this.files.delete(from);
      this.fs.delete(from);
      this.files.set(to, text);
      this.fs.put(to, text);
      touched.push(from, to);
    }
    await this.index.applyChanges(touched);
  }
}

function canonical(graph: GraphDTO): { nodes: unknown[]; edges: unknown[] } {
  const nodes = [...graph.nodes].map((n) => ({ ...n, tags: [...n.tags].sort() })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const edges = [...graph.edges].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { nodes, edges };
}

function searchIds(index: VaultIndex, query: string): string[] {
  return index.search
    .search(query, 200)
    .hits.map((hit) => hit.noteId)
    .sort();
}

async function freshIndex(files: Map<string, string>): Promise<VaultIndex> {
  const index = new VaultIndex(new MemoryVaultFs('fresh', Object.fromEntries(files)));
  await index.build();
  return index;
}

/** Asserts the live index equals a fresh build; `step` names the step in the failure message. */
async function expectSameAsFresh(live: LiveVault, step: string): Promise<void> {
  const fresh = await freshIndex(live.files);
  const got = canonical(live.index.graph.snapshot());
  const want = canonical(fresh.graph.snapshot());
  expect(diff(got, want), `graph after ${step}`).toEqual([]);
  for (const query of QUERIES) expect(searchIds(live.index, query), `search "${query}" after ${step}`).toEqual(searchIds(fresh, query));
}

/** Readable differences (node and edge ids with what differs), so a failure points at the cause. */
function diff(got: { nodes: unknown[]; edges: unknown[] }, want: { nodes: unknown[]; edges: unknown[] }): string[] {
  const out: string[] = [];
  for (const kind of ['nodes', 'edges'] as const) {
    const g = new Map((got[kind] as { id: string }[]).map((x) => [x.id, JSON.stringify(x)]));
    const w = new Map((want[kind] as { id: string }[]).map((x) => [x.id, JSON.stringify(x)]));
    for (const [id, text] of w) {
      if (!g.has(id)) out.push(`missing ${kind} ${text}`);
      else if (g.get(id) !== text) out.push(`stale ${kind} ${g.get(id)} — fresh: ${text}`);
    }
    for (const [id, text] of g) if (!w.has(id)) out.push(`extra ${kind} ${text}`);
  }
  return out;
}

const EC2 = '---\naliases: [Elastic Compute Cloud]\ntags: [aws/compute]\n---\n# EC2\n\nAmazon EC2 ejecuta instancias a partir de una [[AMI]].\nVer [[Auto Scaling]] y [[ELB#Tipos]].\n';
const AMI = '---\naliases: [AMIs]\n---\n# AMI\n\nUna Amazon Machine Image (AMI) es la plantilla de una instancia [[EC2]].\n';
const ELB = '# ELB\n\n## Tipos\n\nEl balanceador de carga reparte peticiones entre instancias EC2. #aws/networking\n';
const PROSE = '# Apuntes\n\nHoy lancé una instancia EC2 detrás del balanceador de carga y revisé el volumen raíz.\n';
const BASE: Files = { 'aws/EC2.md': EC2, 'aws/AMI.md': AMI, 'redes/ELB.md': ELB, 'apuntes.md': PROSE };

interface Scenario {
  name: string;
  initial: Files;
  steps: Op[];
  /**
   * A mismatch found and reported but not yet fixed (its cause is outside this folder's remit): the
   * scenario runs as `it.fails`, so fixing the bug turns it red until this marker is removed.
   */
  knownBug?: string;
}

const SCENARIOS: Scenario[] = [
  { name: 'create a note that links to existing ones', initial: BASE, steps: [{ put: { 'nuevo.md': '# Nuevo\n\nEnlaza [[EC2]] y [[AMI]]. #aws/nuevo\n' } }] },
  {
    name: 'edit a note: links, tags and prose change',
    initial: BASE,
    steps: [{ put: { 'aws/EC2.md': EC2.replace('[[AMI]]', '[[ELB]]').replace('aws/compute', 'aws/cómputo') } }, { put: { 'apuntes.md': PROSE + '\nUn zorro en la paginación.\n' } }],
  },
  { name: 'delete a note other notes link to', initial: BASE, steps: [{ del: ['aws/AMI.md'] }, { del: ['redes/ELB.md'] }] },
  { name: 'rename a note (delete + create in one batch)', initial: BASE, steps: [{ rename: ['redes/ELB.md', 'redes/Balanceador.md'] }, { rename: ['redes/Balanceador.md', 'ELB.md'] }] },
  {
    name: 'rename a note in two batches',
    initial: BASE,
    steps: [{ del: ['aws/AMI.md'] }, { put: { 'imagenes/AMI.md': AMI } }],
  },
  {
    name: 'an alias turns plain-prose mentions in other notes into mention edges, and back',
    initial: { ...BASE, 'redes/ELB.md': ELB, 'otro.md': '# Otro\n\nEl balanceador de carga también sirve aquí.\n' },
    steps: [
      { put: { 'redes/ELB.md': '---\naliases: [balanceador de carga]\n---\n' + ELB } },
      { put: { 'redes/ELB.md': ELB } },
    ],
  },
  {
    name: 'a new note resolves a missing link, and deleting it makes it missing again',
    initial: BASE,
    steps: [{ put: { 'aws/Auto Scaling.md': '# Auto Scaling\n\nEscala instancias [[EC2]].\n' } }, { del: ['aws/Auto Scaling.md'] }],
  },
  {
    name: 'a closer file takes over a link by shortest path, and gives it back',
    initial: { ...BASE, 'a/b/Tipos.md': '# Tipos\n', 'x.md': '# X\n\nVer [[Tipos]].\n' },
    steps: [{ put: { 'Tipos.md': '# Tipos raíz\n' } }, { del: ['Tipos.md'] }],
  },
  {
    name: 'a note named like an acronym already used in prose becomes that concept’s note',
    initial: { 'a.md': '# A\n\nUsamos VPC con VPC y VPC.\n', 'b.md': '# B\n\nOtra VPC aquí.\n' },
    steps: [{ put: { 'VPC.md': '# VPC\n\nVirtual Private Cloud.\n' } }, { del: ['VPC.md'] }],
  },
  {
    name: 'an edit changes how a concept is spelled most often',
    initial: { 'a.md': '# A\n\nEl Instance Store es rápido.\n\n## Instance store\n', 'b.md': '# B\n\n## Instance Store\n', 'c.md': '# C\n\n## instance store\n' },
    steps: [{ put: { 'd.md': '# D\n\n## instance store\n\n## instance store\n' } }, { put: { 'e.md': '# E\n\n## instance store\n' } }],
  },
  {
    name: 'a new note changes a concept node’s label (its most used spelling)',
    initial: { 'a.md': '# A\n\n## Spot Fleet\n\nUn spot fleet.\n', 'b.md': '# B\n\n## Spot Fleet\n\nOtro spot fleet.\n', 'c.md': '# C\n\n## Spot Fleet\n\nY spot fleet.\n' },
    steps: [{ put: { 'd.md': '# D\n\n## SPOT fleet\n\n## SPOT fleet\n\n## SPOT fleet\n\n## SPOT fleet\n\nspot fleet\n' } }, { del: ['d.md'] }],
  },
  {
    name: 'a heading concept mentioned in a third note becomes a node for every note',
    initial: { 'a.md': '# A\n\n## Spot Fleet\n\nTexto.\n', 'b.md': '# B\n\nUsa spot fleet a veces.\n', 'c.md': '# C\n\nNada.\n' },
    steps: [{ put: { 'c.md': '# C\n\nTambién spot fleet.\n' } }, { put: { 'c.md': '# C\n\nNada.\n' } }],
  },
  {
    // A new note's title changes the dictionary, so only the notes that change can reach are redone.
    name: 'a new note naming a heading concept makes it a node for the notes that already named it',
    initial: { 'a.md': '# A\n\n## Spot Fleet\n\nTexto.\n', 'b.md': '# B\n\nUsa spot fleet a veces.\n', 'c.md': '# C\n\nNada.\n' },
    steps: [{ put: { 'Dédalo.md': '# Dédalo\n\nTambién spot fleet.\n' } }, { del: ['Dédalo.md'] }],
  },
  {
    name: 'links whose target is spelled differently from the file name',
    initial: {
      'nfd.md': '# NFD\n\nVer [[Paginacio\u0301n]].\n',
      'bs.md': '# BS\n\nVer [[docs\\Guía]].\n',
      'enc.md': '# Enc\n\nVer [la guía](docs/Gu%C3%ADa%20r%C3%A1pida.md).\n',
    },
    steps: [
      { put: { 'Paginación.md': '# Paginación\n' } },
      { put: { 'docs/Guía.md': '# Guía\n', 'docs/Guía rápida.md': '# Guía rápida\n' } },
      { del: ['Paginación.md', 'docs/Guía.md', 'docs/Guía rápida.md'] },
    ],
  },
  {
    name: 'a missing target spelled two ways gets the same label whichever note came first',
    initial: { 'b.md': '# B\n\nVer [[auto scaling]].\n' },
    steps: [{ put: { 'a.md': '# A\n\nVer [[Auto Scaling]].\n' } }, { put: { 'c.md': '# C\n\nVer [[Auto Scaling]].\n' } }, { del: ['c.md'] }],
  },
  {
    // Attachments name no concept, so adding one cannot hide a missed re-resolution behind a full rebuild.
    name: 'attachment links spelled differently from the file name (NFD, backslash, URL-encoded)',
    initial: {
      'nfd.md': '# NFD\n\n![[mapa-cami\u0301n.png]]\n',
      'bs.md': '# BS\n\n![[img\\red.png]]\n',
      'enc.md': '# Enc\n\n![plano](img/plano%20r%C3%A1pido.png)\n',
      'wikienc.md': '# WikiEnc\n\n![[foto%20grande.png]]\n',
    },
    steps: [
      { put: { 'mapa-camión.png': 'png' } },
      { put: { 'img/plano rápido.png': 'png' } },
      { put: { 'foto grande.png': 'png' } },
      { put: { 'img/red.png': 'png' } },
      { del: ['mapa-camión.png', 'img/red.png', 'img/plano rápido.png', 'foto grande.png'] },
    ],
  },
];

describe('incremental updates equal a fresh build', () => {
  for (const scenario of SCENARIOS) {
    (scenario.knownBug ? it.fails : it)(scenario.knownBug ? `${scenario.name} [known bug: ${scenario.knownBug}]` : scenario.name, async () => {
      const live = new LiveVault(scenario.initial);
      await live.index.build();
      await expectSameAsFresh(live, 'the first build');
      for (const [i, op] of scenario.steps.entries()) {
        await live.apply(op);
        await expectSameAsFresh(live, `step ${i + 1} ${JSON.stringify(op).slice(0, 80)}`);
      }
    });
  }
});

const TITLES = ['EC2', 'AMI', 'ELB', 'EFS', 'IAM', 'S3', 'CloudWatch', 'Auto Scaling', 'Volumen', 'Instancia', 'Paginación', 'Región', 'Subred', 'VPC', 'Snapshot'];
const FOLDERS = ['', 'aws/', 'aws/redes/', 'notas/'];
const PHRASES = [
  'Una instancia EC2 usa una AMI.',
  'El balanceador de carga reparte el tráfico.',
  'El volumen EBS guarda datos de la instancia.',
  'La paginación de la CLI usa --page-size.',
  'CloudWatch mide la CPU de la instancia.',
  'Un zorro cruzó la región.',
  'El bucket S3 guarda objetos.',
  'IAM da roles a la instancia EC2.',
  'La VPC tiene una subred pública.',
];

function randomNote(rand: () => number, title: string): string {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const lines: string[] = [];
  if (rand() < 0.4) {
    const aliases = [pick(['balanceador de carga', 'Elastic Compute Cloud', 'imagen', 'cubo', 'roles', 'Amazon Machine Image'])];
    lines.push('---', `aliases: [${aliases.join(', ')}]`, `tags: [aws/${pick(['red', 'cómputo', 'datos'])}]`, '---');
  }
  lines.push(`# ${title}`, '');
  const paragraphs = 1 + Math.floor(rand() * 3);
  for (let p = 0; p < paragraphs; p++) {
    if (rand() < 0.4) lines.push(`## ${pick(['Tipos', 'Precios', 'Instance store', 'Uso'])}`, '');
    const parts = [pick(PHRASES)];
    // Some links spelled in lower case: a missing target's node must get the same label either way.
    if (rand() < 0.6) parts.push(`Ver [[${rand() < 0.3 ? pick(TITLES).toLowerCase() : pick(TITLES)}]].`);
    if (rand() < 0.2) parts.push(`![[${pick(TITLES)}]]`);
    if (rand() < 0.2) parts.push(`#${pick(['aws', 'estudio', 'aws/red'])}`);
    if (rand() < 0.15) parts.push(`${pick(['Amazon Machine Image (AMI)', 'Elastic Block Store (EBS)', 'Virtual Private Cloud (VPC)'])} es clave.`);
    lines.push(parts.join(' '), '');
  }
  return lines.join('\n');
}

describe('incremental updates equal a fresh build under random edits', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`seed ${seed}: 50 random creates, edits, deletes and renames over ~30 notes`, async () => {
      const rand = prng(seed);
      const pick = <T,>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
      const newId = (): string => `${pick(FOLDERS)}${pick(TITLES)}${rand() < 0.3 ? ` ${Math.floor(rand() * 3)}` : ''}.md`;
      const initial: Files = {};
      while (Object.keys(initial).length < 30) {
        const id = newId();
        initial[id] = randomNote(rand, id.replace(/^.*\//, '').replace(/\.md$/, ''));
      }
      const live = new LiveVault(initial);
      await live.index.build();
      const log: string[] = [];
      for (let step = 1; step <= 50; step++) {
        const ids = [...live.files.keys()];
        const roll = rand();
        let op: Op;
        if (roll < 0.25 || ids.length < 5) {
          const id = newId();
          op = { put: { [id]: randomNote(rand, id.replace(/^.*\//, '').replace(/\.md$/, '')) } };
        } else if (roll < 0.6) {
          const id = pick(ids);
          op = { put: { [id]: randomNote(rand, rand() < 0.8 ? id.replace(/^.*\//, '').replace(/\.md$/, '') : pick(TITLES)) } };
        } else if (roll < 0.8) {
          op = { del: [pick(ids)] };
        } else {
          const from = pick(ids);
          const to = newId();
          op = from === to || live.files.has(to) ? { del: [from] } : { rename: [from, to] };
        }
        log.push(JSON.stringify(op).slice(0, 120));
        await live.apply(op);
        if (step % 10 === 0) await expectSameAsFresh(live, `step ${step} (seed ${seed}); last ops:\n${log.slice(-10).join('\n')}`);
      }
    });
  }
});
