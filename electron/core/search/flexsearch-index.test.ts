import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { FlexSearchIndex } from './flexsearch-index';
import { SearchStateError } from './state-error';
import type { SearchDoc } from './types';

/** A note as the service would hand it over: sections split at headings, lines 1-based. */
function note(id: string, body: string, extra: Partial<SearchDoc> = {}): SearchDoc {
  const sections: SearchDoc['sections'] = [];
  let current: { heading: string | null; line: number; lines: string[]; level: number } = { heading: null, line: 1, lines: [], level: 0 };
  body.split('\n').forEach((text, i) => {
    const h = /^(#{1,6})\s+(.*)$/.exec(text);
    if (h) {
      if (current.lines.length) sections.push({ heading: current.heading, line: current.line, text: current.lines.join('\n'), level: current.level });
      current = { heading: h[2] ?? '', line: i + 1, lines: [text], level: (h[1] ?? '').length };
    } else current.lines.push(text);
  });
  sections.push({ heading: current.heading, line: current.line, text: current.lines.join('\n'), level: current.level });
  const title = id.replace(/^.*\//, '').replace(/\.md$/, '');
  return {
    id,
    title,
    aliases: [],
    headings: sections.flatMap((s) => (s.heading ? [s.heading] : [])),
    tags: [],
    path: id,
    concepts: [],
    sections,
    ...extra,
  };
}

/** The state as the cache stores it: v8-serialised (typed arrays stay typed arrays). */
const roundTrip = (state: unknown): unknown => deserialize(serialize(state)) as unknown;

const ids = (index: FlexSearchIndex, q: string): string[] => index.search(q).hits.map((h) => h.noteId);

function sample(): FlexSearchIndex {
  const index = new FlexSearchIndex();
  index.upsert(note('aws/Elastic Load Balancer.md', '# Elastic Load Balancer\nReparte el tráfico entre instancias.\n## Tipos\nALB, NLB y GWLB.', {
    aliases: ['ELB', 'balanceador de carga'],
    tags: ['aws/networking', 'examen'],
    concepts: ['ELB', 'EC2'],
  }));
  index.upsert(note('aws/AWS CLI.md', '# AWS CLI\nLa paginación del output se controla con --max-items.\n## Credenciales\nEl comando aws configure.', {
    tags: ['aws/tools'],
    concepts: ['AWS CLI'],
  }));
  index.upsert(note('aws/cómputo/EC2.md', '# EC2\nUna instancia arranca desde una AMI.\n## Ciclo de vida\nLas instancias se detienen y se terminan. Un balanceador reparte tráfico.', {
    aliases: ['Elastic Compute Cloud', 'instancia EC2'],
    tags: ['aws/compute'],
    concepts: ['EC2', 'AMI'],
  }));
  index.upsert(note('guide/launching.md', 'To launch an instance, choose an image.\n## Images\nPublic images are shared. The instance type decides the hardware.', { tags: ['aws/compute/ec2'] }));
  index.upsert(note('study.md', 'Notes about the load test.\nThe balancer of load is here; load balancer notes come later.\n## Redes\nLoad balancing of traffic.'));
  return index;
}

describe('FlexSearchIndex', () => {
  it('ranks a title match above a body match', () => {
    const r = ids(sample(), 'balanceador');
    expect(r[0]).toBe('aws/Elastic Load Balancer.md');
    expect(r).toContain('aws/cómputo/EC2.md');
  });

  it('ignores accents and case', () => {
    expect(ids(sample(), 'paginacion')).toEqual(['aws/AWS CLI.md']);
    expect(ids(sample(), 'BALANCEADOR')[0]).toBe('aws/Elastic Load Balancer.md');
  });

  it('folds Spanish and English plurals', () => {
    expect(ids(sample(), 'instancias')).toContain('aws/Elastic Load Balancer.md');
    expect(ids(sample(), 'image')).toContain('guide/launching.md');
    expect(ids(sample(), 'balanceadores')[0]).toBe('aws/Elastic Load Balancer.md');
  });

  it('completes the word being typed', () => {
    expect(ids(sample(), 'balanc')).toEqual(expect.arrayContaining(['aws/Elastic Load Balancer.md', 'aws/cómputo/EC2.md']));
    expect(ids(sample(), 'credenc')).toEqual(['aws/AWS CLI.md']);
    // Only the last word is a prefix: an earlier one must be whole.
    expect(ids(sample(), 'credenc aws')).toEqual([]);
  });

  it('tolerates one typo in longer words', () => {
    expect(ids(sample(), 'instnace')).toContain('guide/launching.md');
    expect(ids(sample(), 'ec3')).toEqual([]);
  });

  it('requires every word (implicit AND) and honours OR and exclusions', () => {
    expect(ids(sample(), 'instance hardware')).toEqual(['guide/launching.md']);
    expect(ids(sample(), 'paginación OR hardware').sort()).toEqual(['aws/AWS CLI.md', 'guide/launching.md']);
    expect(ids(sample(), 'balanceador -ciclo')).toEqual(['aws/Elastic Load Balancer.md']);
  });

  it('matches phrases only when the words are adjacent', () => {
    expect(ids(sample(), '"load balancer"').sort()).toEqual(['aws/Elastic Load Balancer.md', 'study.md']);
    expect(ids(sample(), '"balancer load"')).toEqual([]);
    expect(ids(sample(), '-"load balancer" load')).toEqual([]);
    expect(ids(sample(), '"load test"')).toEqual(['study.md']);
  });

  it('matches a phrase that holds a function word, and not its words apart', () => {
    expect(ids(sample(), '"balancer of load"')).toEqual(['study.md']);
    expect(ids(sample(), '"of load balancer"')).toEqual([]);
  });

  it('finds a phrase in any section, title or alias, with accents and case folded, and never across sections', () => {
    const idx = new FlexSearchIndex();
    idx.upsert(note('a.md', '# Intro\nNothing here.\n## Redes\nLos Balanceadores de Carga reparten el tráfico.'));
    idx.upsert(note('b.md', '# Tráfico\nEl balanceador.\n## Carga\nDe carga nada.'));
    idx.upsert(note('c.md', 'Plain body.', { title: 'Grupo de Seguridad', aliases: ['Security Group'] }));
    idx.upsert(note('d.md', '# Cómo Paginación Funciona\nTexto.'));
    expect(ids(idx, '"balanceador de carga"')).toEqual(['a.md']);
    expect(idx.search('"balanceador de carga"').hits[0]?.heading).toBe('Redes');
    // b.md holds both words, but "balanceador" ends one section and "Carga" starts the next one.
    expect(ids(idx, '"balanceador carga"')).toEqual([]);
    expect(ids(idx, '"trafico el balanceador"')).toEqual(['b.md']);
    expect(ids(idx, '"grupo de seguridad"')).toEqual(['c.md']);
    expect(ids(idx, '"SECURITY group"')).toEqual(['c.md']);
    expect(ids(idx, '"group security"')).toEqual([]);
    expect(ids(idx, '"como paginacion"')).toEqual(['d.md']);
    expect(ids(idx, '"paginacion como"')).toEqual([]);
  });

  it('finds a phrase made only of function words, adjacent and in order', () => {
    const idx = new FlexSearchIndex();
    idx.upsert(note('a.md', 'El rol de la cuenta.'));
    idx.upsert(note('b.md', 'La cuenta de usuario.'));
    idx.upsert(note('c.md', 'One of the roles.'));
    expect(ids(idx, '"de la"')).toEqual(['a.md']);
    expect(ids(idx, '"la de"')).toEqual([]);
    expect(ids(idx, '"of the"')).toEqual(['c.md']);
    expect(ids(idx, '"de la" cuenta')).toEqual(['a.md']);
    // The hit points at the section holding the phrase and highlights the phrase, not every "de".
    idx.upsert(note('d.md', '# Uso\nDe uno, de dos, de tres, de cuatro.\n## Roles\nEl rol de la cuenta.'));
    const hit = idx.search('"de la"').hits.find((h) => h.noteId === 'd.md');
    expect(hit?.heading).toBe('Roles');
    expect(hit?.matchCount).toBe(1);
    const sn = hit?.snippets[0];
    expect(sn?.highlights.map(([s, e]) => sn.text.slice(s, e))).toEqual(['de la']);
    idx.remove('d.md');
    idx.upsert(note('b.md', 'La cuenta de la organización.'));
    expect(ids(idx, '"de la"')).toEqual(['a.md', 'b.md']);
    idx.remove('a.md');
    expect(ids(idx, '"de la"')).toEqual(['b.md']);
  });

  it('finds a rare phrase among thousands of notes holding its words apart', () => {
    const idx = new FlexSearchIndex();
    for (let i = 0; i < 3500; i++) idx.upsert(note(`apart/${String(i).padStart(4, '0')}.md`, 'The load went up; the balancer kept up.'));
    idx.upsert(note('zz.md', 'Then a long story about many things, and only at the very end: the load balancer.'));
    expect(ids(idx, '"load balancer"')).toEqual(['zz.md']);
    expect(ids(idx, 'load balancer').length).toBe(50);
  });

  it('follows phrases through edits, removals and the rebuild that drops retired versions', () => {
    const idx = sample();
    expect(ids(idx, '"load test"')).toEqual(['study.md']);
    idx.upsert(note('study.md', 'Notes about the test of load.'));
    expect(ids(idx, '"load test"')).toEqual([]);
    expect(ids(idx, '"test of load"')).toEqual(['study.md']);
    idx.upsert(note('guide/launching.md', 'A load test, at last.'));
    expect(ids(idx, '"load test"')).toEqual(['guide/launching.md']);
    idx.remove('guide/launching.md');
    expect(ids(idx, '"load test"')).toEqual([]);
    for (let i = 0; i < 1200; i++) idx.upsert(note('churn.md', `version ${i} of the load test`));
    expect(ids(idx, '"load test"')).toEqual(['churn.md']);
    expect(ids(idx, '"version 1199"')).toEqual(['churn.md']);
    expect(ids(idx, '"version 1198"')).toEqual([]);
    expect(ids(idx, '"test of load"')).toEqual(['study.md']);
  });

  it('completes a heading word being typed and points at that section', () => {
    const hit = sample().search('credenci').hits[0];
    expect(hit?.noteId).toBe('aws/AWS CLI.md');
    expect(hit?.heading).toBe('Credenciales');
  });

  it('filters by tag (with sub-tags), path, file and concept', () => {
    const idx = sample();
    expect(ids(idx, 'tag:#aws/compute').sort()).toEqual(['aws/cómputo/EC2.md', 'guide/launching.md']);
    expect(ids(idx, 'tag:aws').length).toBe(4);
    expect(ids(idx, 'path:computo')).toEqual(['aws/cómputo/EC2.md']);
    expect(ids(idx, 'file:cli')).toEqual(['aws/AWS CLI.md']);
    expect(ids(idx, 'concept:AMI')).toEqual(['aws/cómputo/EC2.md']);
    expect(ids(idx, 'tag:aws/compute instance')).toEqual(['guide/launching.md']);
    // A tag that only starts with the same letters is not under it.
    idx.upsert(note('awsome.md', 'instance notes', { tags: ['awsome', 'aws-extra'] }));
    expect(ids(idx, 'tag:aws instance')).toEqual(['guide/launching.md']);
    expect(ids(idx, 'tag:aws').length).toBe(4);
    expect(ids(idx, 'tag:awsome')).toEqual(['awsome.md']);
  });

  it('ranks a concept filter alone by how much each note says about the concept, with highlights', () => {
    const idx = new FlexSearchIndex();
    idx.upsert(note('passing.md', '# Launch\nPick an AMI and go.', { concepts: ['AMI'] }));
    idx.upsert(note('about.md', '# AMI\nAn AMI holds the root volume. Copy an AMI across Regions; share an AMI.', { concepts: ['AMI'] }));
    idx.upsert(note('other.md', '# EBS\nVolumes.', { concepts: ['EBS'] }));
    const hits = idx.search('concept:AMI').hits;
    expect(hits.map((h) => h.noteId)).toEqual(['about.md', 'passing.md']);
    expect(hits[0]!.matchCount).toBeGreaterThan(0);
    expect(hits[0]!.snippets.some((sn) => sn.highlights.length > 0)).toBe(true);
    expect(ids(idx, 'concept:AMI path:md')).toEqual(['about.md', 'passing.md']);
  });

  it('follows tag changes on upsert, remove, compaction and a state round trip', async () => {
    const idx = sample();
    idx.upsert(note('guide/launching.md', 'Launch notes.', { tags: ['idea'] }));
    expect(ids(idx, 'tag:aws/compute')).toEqual(['aws/cómputo/EC2.md']);
    expect(ids(idx, 'tag:idea')).toEqual(['guide/launching.md']);
    idx.remove('aws/cómputo/EC2.md');
    expect(ids(idx, 'tag:aws/compute')).toEqual([]);
    // Enough edits to make the index rebuild itself without the retired versions.
    for (let i = 0; i < 1200; i++) idx.upsert(note('churn.md', `version ${i}`, { tags: [i % 2 ? 'odd' : 'even'] }));
    expect(ids(idx, 'tag:odd')).toEqual(['churn.md']);
    expect(ids(idx, 'tag:even')).toEqual([]);
    expect(ids(idx, 'tag:idea')).toEqual(['guide/launching.md']);
    const copy = new FlexSearchIndex();
    await copy.importState(roundTrip(await idx.exportState()));
    expect(ids(copy, 'tag:idea')).toEqual(['guide/launching.md']);
    expect(ids(copy, 'tag:aws').sort()).toEqual(['aws/AWS CLI.md', 'aws/Elastic Load Balancer.md']);
  });

  it('reports a query it cannot parse instead of guessing', () => {
    const r = sample().search('"unclosed');
    expect(r.hits).toEqual([]);
    expect(r.error).toMatch(/quote/i);
    expect(sample().search('ec2 OR').error).toMatch(/OR/);
    expect(sample().search('tag:').error).toMatch(/tag:/);
  });

  it('reports the heading and line of the best match, with highlighted snippets', () => {
    const hit = sample().search('detienen').hits[0];
    expect(hit?.noteId).toBe('aws/cómputo/EC2.md');
    expect(hit?.heading).toBe('Ciclo de vida');
    expect(hit?.line).toBe(4);
    const snip = hit?.snippets[0];
    expect(snip).toBeDefined();
    const [s, e] = snip?.highlights[0] ?? [0, 0];
    expect(snip?.text.slice(s, e)).toBe('detienen');
    expect(sample().search('load').hits.find((h) => h.noteId === 'study.md')?.matchCount).toBe(4);
  });

  it('updates results on upsert and remove', () => {
    const idx = sample();
    idx.upsert(note('aws/AWS CLI.md', '# AWS CLI\nAhora habla de perfiles.'));
    expect(ids(idx, 'paginacion')).toEqual([]);
    expect(ids(idx, 'perfiles')).toEqual(['aws/AWS CLI.md']);
    idx.remove('aws/AWS CLI.md');
    expect(ids(idx, 'perfiles')).toEqual([]);
    expect(idx.size).toBe(4);
  });

  it('keeps one-note upserts fast', () => {
    const idx = sample();
    const body = Array.from({ length: 300 }, (_, i) => `palabra${i % 97} instancia balanceador`).join(' ');
    for (let i = 0; i < 200; i++) idx.upsert(note(`bulk/${i}.md`, body));
    const t0 = performance.now();
    for (let i = 0; i < 50; i++) idx.upsert(note(`bulk/${i}.md`, `# Editada\n${body} cambio${i}`));
    expect((performance.now() - t0) / 50).toBeLessThan(5);
    expect(ids(idx, 'cambio7')).toEqual(['bulk/7.md']);
  });

  it('round-trips through exportState/importState with the same results', async () => {
    const idx = sample();
    idx.upsert(note('aws/AWS CLI.md', '# AWS CLI\nLa paginación, otra vez.'));
    const state = roundTrip(await idx.exportState());
    const copy = new FlexSearchIndex();
    await copy.importState(state);
    for (const q of ['balanceador', 'paginacion', 'balanc', 'instnace', '"load balancer"', '"balancer of load"', '"de carga"', 'tag:aws']) {
      expect(copy.search(q).hits).toEqual(idx.search(q).hits);
    }
    expect(ids(copy, '"load balancer"').sort()).toEqual(['aws/Elastic Load Balancer.md', 'study.md']);
    expect(ids(copy, '"la paginacion"')).toEqual(['aws/AWS CLI.md']);
    copy.upsert(note('new.md', 'paginación nueva'));
    expect(ids(copy, 'paginacion').sort()).toEqual(['aws/AWS CLI.md', 'new.md']);
    expect(ids(copy, '"paginacion nueva"')).toEqual(['new.md']);
    copy.remove('study.md');
    expect(ids(copy, '"load balancer"')).toEqual(['aws/Elastic Load Balancer.md']);
  });

  it('rejects a state from another FlexSearch version or configuration', async () => {
    const state = (await sample().exportState()) as unknown as Record<string, unknown>;
    await expect(new FlexSearchIndex().importState({ ...state, flexsearch: '0.7.43' })).rejects.toBeInstanceOf(SearchStateError);
    await expect(new FlexSearchIndex().importState({ ...state, config: '{}' })).rejects.toThrow(/rebuild/);
    await expect(new FlexSearchIndex().importState(null)).rejects.toThrow(SearchStateError);
    // A state without the phrase pairs (an older cache) or with damaged ones is rebuilt, not half-used.
    await expect(new FlexSearchIndex().importState({ ...state, pairs: undefined })).rejects.toBeInstanceOf(SearchStateError);
    const pairs = state.pairs as Record<string, unknown>;
    await expect(new FlexSearchIndex().importState({ ...state, pairs: { ...pairs, pool: new Uint8Array(1) } })).rejects.toBeInstanceOf(SearchStateError);
  });

  it('tells which notes hold a word, as concepts fold it, wherever the note has it', () => {
    const index = new FlexSearchIndex();
    index.upsert(note('a.md', 'Lanzamos varias instancias en la VPC.'));
    index.upsert(note('b.md', '# Balanceadores\nNada más.'));
    index.upsert(note('Instancia.md', 'Otra cosa.'));
    index.upsert(note('c.md', 'Tres AMIS en mayúsculas.'));
    index.upsert(note('d.md', 'Nada que ver.'));
    expect([...(index.notesHolding('instancia') ?? [])].sort()).toEqual(['Instancia.md', 'a.md']);
    expect([...(index.notesHolding('balanceador') ?? [])]).toEqual(['b.md']);
    // `AMIS` shouted is indexed as `amis`; where AMI is a known acronym the concepts fold it to `ami`.
    expect([...(index.notesHolding('ami') ?? [])]).toEqual(['c.md']);
    index.remove('a.md');
    expect([...(index.notesHolding('instancia') ?? [])]).toEqual(['Instancia.md']);
    // Bodies leave function words out: the index cannot tell.
    expect(index.notesHolding('que')).toBeNull();
  });
});
