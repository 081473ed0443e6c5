import { describe, expect, it } from 'vitest';
import type { EvidenceDTO, GraphDTO, GraphEdgeDTO, GraphNodeDTO } from '../../contract';
import { ReviewGraph, relationOf } from './concept-graph';
import type { DeckCard } from './deck';
import { graphCards } from './generated';
import { DEFAULT_CREDIT, indexCards } from './implicit';
import { buildQueue } from './queue';

const node = (id: string, label: string): GraphNodeDTO => ({ id, kind: 'concept', label, noteId: null, concept: id, folder: null, tags: [], weight: 1, degree: 1 });
// Typed relations as the graph states them: a kind other than the untyped ones, and the relation's name.
const typed = (source: string, target: string, relation: string): GraphEdgeDTO =>
  ({ id: `${source}>${relation}>${target}`, source, target, kind: 'relation', weight: 1, relation }) as unknown as GraphEdgeDTO;
const link = (source: string, target: string): GraphEdgeDTO => ({ id: `${source}-${target}`, source, target, kind: 'link', weight: 1 });

const GRAPH: GraphDTO = {
  nodes: [node('concept:elb', 'ELB'), node('concept:alb', 'ALB'), node('concept:nlb', 'NLB'), node('concept:gwlb', 'GWLB'), node('concept:ec2', 'EC2'), node('concept:ami', 'AMI'), node('concept:builder', 'EC2 Image Builder'), node('concept:vpc', 'VPC')],
  edges: [
    typed('concept:alb', 'concept:elb', 'is a kind of'),
    typed('concept:nlb', 'concept:elb', 'is a kind of'),
    typed('concept:builder', 'concept:ami', 'creates'),
    link('concept:elb', 'concept:ec2'),
    link('concept:elb', 'concept:gwlb'),
    link('concept:elb', 'concept:vpc'),
    link('concept:ec2', 'concept:ami'),
    typed('concept:ec2', 'concept:vpc', 'used with'),
  ],
};
const SENTENCES: Record<string, string> = {
  'concept:alb>is a kind of>concept:elb': 'El ALB es un tipo de ELB que trabaja en la capa 7.',
  'concept:nlb>is a kind of>concept:elb': 'El NLB es un tipo de ELB de capa 4.',
  'concept:builder>creates>concept:ami': 'EC2 Image Builder crea AMIs a partir de una receta.',
};
const source = {
  text: () => undefined,
  evidence: (edgeId: string): EvidenceDTO[] => (SENTENCES[edgeId] ? [{ noteId: 'aws.md', line: 3, text: SENTENCES[edgeId]! }] : []),
};
const labels = new Map(GRAPH.nodes.map((n) => [n.id, n.label]));

describe('cards from typed relations', () => {
  const graph = new ReviewGraph(GRAPH);
  const cards = graphCards([], graph, source, labels);

  it('asks how two concepts are related, answered by the relation and the sentence that states it', () => {
    const builder = cards.find((c) => c.kind === 'relation' && c.nodeIds.includes('concept:builder'))!;
    expect(builder.front).toBe('EC2 Image Builder · AMI');
    expect(builder.answer()).toBe('EC2 Image Builder — creates — AMI\n\n“EC2 Image Builder crea AMIs a partir de una receta.”');
    expect(builder.source).toEqual({ noteId: 'aws.md', line: 3 });
  });

  it('a relation no sentence states makes no card: there would be no answer to show', () => {
    expect(cards.some((c) => c.nodeIds.includes('concept:vpc') && c.kind === 'relation')).toBe(false);
  });

  it('asks nothing the names give away: "CloudWatch Logs · CloudWatch", "EFS · Elastic" through its expansion', () => {
    const g: GraphDTO = {
      nodes: [node('concept:cwl', 'CloudWatch Logs'), node('concept:cw', 'CloudWatch'), node('concept:efs', 'EFS'), node('concept:elastic', 'Elastic'), node('concept:ecs', 'ECS')],
      edges: [typed('concept:cwl', 'concept:cw', 'feature of'), typed('concept:efs', 'concept:elastic', 'feature of'), typed('concept:efs', 'concept:ecs', 'used with')],
    };
    const said = { text: () => undefined, evidence: (): EvidenceDTO[] => [{ noteId: 'aws.md', line: 1, text: 'Una frase.' }] };
    const efs = { key: 'efs', label: 'EFS', aliases: ['Elastic File System'], noteId: null, definitions: [] };
    const made = graphCards([efs], new ReviewGraph(g), said, new Map(g.nodes.map((n) => [n.id, n.label])));
    expect(made.filter((c) => c.kind === 'relation').map((c) => c.front)).toEqual(['EFS · ECS']);
  });

  it('"which of these is a kind of ELB?": the right answer and wrong options from around ELB', () => {
    const kinds = cards.filter((c) => c.kind === 'kind-of');
    expect(kinds.map((c) => c.front)).toEqual(['ELB', 'ELB']);
    const alb = kinds.find((c) => c.nodeIds[0] === 'concept:alb')!;
    expect(alb.options).toContain('ALB');
    expect(alb.options).not.toContain('NLB');
    expect(alb.options).not.toContain('ELB');
    expect(alb.options!.length).toBeGreaterThanOrEqual(3);
    expect(alb.answer().split('\n\n')[0]).toBe('ALB');
  });

  it('foundations come first: ELB sits below its kinds, AMI below what creates it', () => {
    const depth = graph.depths();
    expect(depth.get('concept:elb')).toBe(0);
    expect(depth.get('concept:alb')).toBe(1);
    expect(depth.get('concept:builder')).toBe(1);
    expect(depth.get('concept:ec2')).toBe(0);
  });

  it('reads a relation from the edge, and none from an untyped edge', () => {
    expect(relationOf(GRAPH.edges[0]!)).toBe('is a kind of');
    expect(relationOf(GRAPH.edges[3]!)).toBeNull();
    expect(relationOf({ ...GRAPH.edges[3]!, kind: 'part-of' as never })).toBe('part of');
  });

  it('hops walk the concept graph both ways', () => {
    expect([...graph.within('concept:alb', 2).keys()].sort()).toEqual(['concept:alb', 'concept:ec2', 'concept:elb', 'concept:gwlb', 'concept:nlb', 'concept:vpc']);
  });
});

describe('the order of new cards', () => {
  it('puts a concept’s foundations before it, whatever the deck’s own order', () => {
    const graph = new ReviewGraph(GRAPH);
    const card = (id: string, nodeIds: string[]): DeckCard => ({ id, kind: 'concept', front: id, nodeIds, source: null, answer: () => id });
    const cards = [card('alb', ['concept:alb']), card('builder', ['concept:builder']), card('elb', ['concept:elb']), card('ami', ['concept:ami'])];
    const queue = buildQueue({
      cards,
      schedule: () => undefined,
      credit: DEFAULT_CREDIT,
      now: new Date(),
      index: indexCards(cards, graph),
      depth: graph.depths(),
      newLeft: 3,
      reviewsLeft: 10,
    });
    expect(queue.fresh.map((c) => c.id)).toEqual(['elb', 'ami', 'alb']);
    expect(queue.newCount).toBe(4);
  });
});
