import { describe, expect, it } from 'vitest';
import { evidenceOf, relationsIn } from '../testing/typed-relations';

describe('verb families, in Spanish and English', () => {
  it('reads what causes, prevents, points to, replaces and manages something', () => {
    expect(relationsIn(['Fragmentation', 'Compaction'], '# Mem\n\nCompaction prevents fragmentation in the heap.\n')).toEqual([['Compaction', 'prevents', 'Fragmentation']]);
    expect(relationsIn(['Deadlock', 'Lock ordering'], '# Sync\n\nEl lock ordering evita el deadlock.\n')).toEqual([['Lock ordering', 'prevents', 'Deadlock']]);
    expect(relationsIn(['Overload', 'Timeout'], '# Net\n\nAn overload causes a timeout.\n')).toEqual([['Overload', 'causes', 'Timeout']]);
    expect(relationsIn(['Symlink', 'Inode'], '# FS\n\nUn symlink apunta a un inode concreto.\n')).toEqual([['Symlink', 'points to', 'Inode']]);
    expect(relationsIn(['Journal', 'Logbook'], '# FS\n\nThe journal replaces the logbook of older versions.\n')).toEqual([['Journal', 'replaces', 'Logbook']]);
    expect(relationsIn(['Supervisor', 'Worker'], '# Proc\n\nEl supervisor gestiona los workers.\n')).toEqual([['Supervisor', 'manages', 'Worker']]);
    expect(relationsIn(['Quinolonas', 'Girasa'], '# Antibióticos\n\nLas quinolonas inhiben la girasa bacteriana.\n')).toEqual([['Quinolonas', 'prevents', 'Girasa']]);
    expect(relationsIn(['Beta blocker', 'Adrenaline'], '# Drugs\n\nA beta blocker blocks adrenaline at the heart.\n')).toEqual([['Beta blocker', 'prevents', 'Adrenaline']]);
    expect(relationsIn(['Partition', 'Throttling'], '# DB\n\nA hot partition triggers throttling.\n')).toEqual([['Partition', 'causes', 'Throttling']]);
    expect(relationsIn(['Mutación', 'Mutágeno'], '# Genética\n\nUna mutación es inducida por un mutágeno.\n')).toEqual([['Mutágeno', 'causes', 'Mutación']]);
  });

  it('reads a passive or a converse with its agent as the source', () => {
    expect(relationsIn(['Timeout', 'Overload'], '# Net\n\nA timeout is often caused by an overload.\n')).toEqual([['Overload', 'causes', 'Timeout']]);
    expect(relationsIn(['Logbook', 'Journal'], '# FS\n\nEl logbook fue reemplazado por el journal.\n')).toEqual([['Journal', 'replaces', 'Logbook']]);
    expect(relationsIn(['Salsa20', 'TLS'], '# Notas\n\n- Salsa20: rápido, lo usa TLS en móviles\n')).toContainEqual(['TLS', 'uses', 'Salsa20']);
  });

  it('reads every part a whole is made of', () => {
    expect(relationsIn(['Kubernetes cluster', 'Control plane', 'Worker node'], '# K\n\nUn Kubernetes cluster está formado por un control plane y varios worker nodes.\n')).toEqual([
      ['Control plane', 'part of', 'Kubernetes cluster'],
      ['Worker node', 'part of', 'Kubernetes cluster'],
    ]);
    expect(relationsIn(['Virtual address', 'Page number', 'Offset'], '# Mem\n\nA virtual address consists of a page number and an offset.\n')).toEqual([
      ['Page number', 'part of', 'Virtual address'],
      ['Offset', 'part of', 'Virtual address'],
    ]);
  });

  it('carries the term a line opens with to the sentences after it that open with their verb', () => {
    const text = '# Mem\n\n**segmentation** — variable-size segments. causes external fragmentation. old machines used it\n';
    expect(relationsIn(['Segmentation', 'External fragmentation'], text)).toEqual([['Segmentation', 'causes', 'External fragmentation']]);
    expect(evidenceOf(['Segmentation', 'External fragmentation'], text, 'Segmentation', 'External fragmentation')).toBe('**segmentation** — variable-size segments. causes external fragmentation. old machines used it');
    // A sentence with a subject of its own that is no concept says nothing of the line's term.
    expect(relationsIn(['Banker', 'Deadlock'], '# Sync\n\n**banker** — an algorithm. the system then prevents deadlock by checking.\n')).toEqual([]);
  });

  it('does not read a verb inside a concept\'s own name', () => {
    expect(relationsIn(['Políticas administradas por AWS', 'AWS'], '# IAM\n\nLas políticas administradas por AWS son cómodas. AWS las mantiene.\n').filter((r) => r[1] === 'manages')).toEqual([]);
  });
});

describe('comparisons stated in a sentence', () => {
  it('reads two concepts set side by side with vs, or after difference between, as compared with each other', () => {
    expect(relationsIn(['TCP', 'UDP'], '# Review\n\nQ: TCP vs UDP?\nA: TCP is reliable.\n')).toContainEqual(['TCP', 'compared with', 'UDP']);
    expect(relationsIn(['Kubernetes', 'Docker Swarm'], '# Examen\n\nRepasar la diferencia entre Kubernetes y Docker Swarm.\n')).toEqual([['Kubernetes', 'compared with', 'Docker Swarm']]);
    expect(relationsIn(['Paging', 'Segmentation'], '# Mem\n\nUnlike segmentation, paging has no external holes.\n')).toEqual([['Paging', 'compared with', 'Segmentation']]);
  });

  it('does not compare concepts that only share a sentence with the cue', () => {
    expect(relationsIn(['Kubernetes', 'Docker Swarm'], '# Examen\n\nKubernetes gana en la diferencia entre proyectos grandes y Docker Swarm.\n')).toEqual([]);
    expect(relationsIn(['TCP', 'UDP', 'QUIC'], '# Review\n\nTCP is older. QUIC vs the rest: UDP based.\n')).toEqual([]);
  });
});

/** Labels compared without case, spaces or hyphens: a concept note's title `MongoDB` is labelled `Mongo DB`. */
const folded = (rows: string[][]): string[][] => rows.map((r) => r.map((x) => x.toLowerCase().replace(/[\s-]/g, '')));

describe('lists and tables a sentence or a note lays out', () => {
  it('reads the items after a short lead naming kinds or examples as kinds of the lead\'s concept', () => {
    const text = '# Redes\n\nHay tres tipos de VPN: IPsec, que va en el kernel; WireGuard, que es nueva; y OpenVPN.\n';
    expect(folded(relationsIn(['VPN', 'IPsec', 'WireGuard', 'OpenVPN'], text))).toEqual(
      expect.arrayContaining(folded([
        ['IPsec', 'is a kind of', 'VPN'],
        ['WireGuard', 'is a kind of', 'VPN'],
        ['OpenVPN', 'is a kind of', 'VPN'],
      ])),
    );
  });

  it('reads the parts a possessive lead lists as parts of the sentence before\'s subject', () => {
    const text = '# K\n\nEl control plane es el cerebro. Sus componentes son el kube-apiserver, etcd y el kube-scheduler.\n';
    expect(folded(relationsIn(['Control plane', 'kube-apiserver', 'etcd', 'kube-scheduler'], text))).toEqual(
      expect.arrayContaining(folded([
        ['kube-apiserver', 'part of', 'Control plane'],
        ['etcd', 'part of', 'Control plane'],
      ])),
    );
  });

  it('reads examples glossing a concept as kinds of it, not of a concept a preposition governs', () => {
    expect(relationsIn(['Block cipher', 'AES'], '# Cripto\n\nUn block cipher (ej AES) cifra bloques fijos.\n')).toEqual([['AES', 'is a kind of', 'Block cipher']]);
    expect(relationsIn(['EBS', 'Throughput', 'Instance type'], '# Perf\n\nSome factors affect the throughput of EBS, such as instance type.\n').filter((r) => r[1] === 'is a kind of')).toEqual([]);
  });

  it('reads a table\'s rows under a kinds header as kinds of what the lead above names, and its example column', () => {
    const text = '# BD\n\nNoSQL = sin esquema fijo. Tipos:\n\n| tipo | ejemplo |\n| --- | --- |\n| Key-value store | Redis |\n| Document store | MongoDB |\n';
    expect(folded(relationsIn(['NoSQL', 'Key-value store', 'Document store', 'Redis', 'MongoDB'], text))).toEqual(
      expect.arrayContaining(folded([
        ['Key-value store', 'is a kind of', 'NoSQL'],
        ['Redis', 'is a kind of', 'Key-value store'],
        ['MongoDB', 'is a kind of', 'Document store'],
      ])),
    );
    // A table whose header names two concepts sets them side by side.
    expect(relationsIn(['Security group', 'NACL'], '# Net\n\n| | Security group | NACL |\n| --- | --- | --- |\n| estado | stateful | stateless |\n')).toEqual([['Security group', 'compared with', 'NACL']]);
  });
});
