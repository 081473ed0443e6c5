import { describe, expect, it } from 'vitest';
import { fold } from './fold';
import { parseCardJudgements, parseConcepts, parseJudgements, parsePairs, parseRelations } from './gold';
import { conceptCards, conceptRecall, pairMerging, precisionByGold, precisionByJudgement, relationRecall, topByNotes, type ScoredEdge, type ScoredNode } from './score';

const node = (id: string, names: string[], notes = 1): ScoredNode => ({ id, label: names[0] as string, names, notes });

const gold = parseConcepts(
  [
    'canonical\taliases\tmust',
    'Elastic Load Balancer\tELB|load balancer\t1',
    'EFS\tElastic File System|ELASTIC FILESYSTEM\t1',
    'Application Load Balancer\tALB\t1',
    'IAM role\troles|rol de la instancia\t0',
    'Policies\tpolíticas\t0',
  ].join('\n'),
);

// A toy graph: ELB merged with its expansion; EFS and its heading left as two nodes; ALB found; no IAM role.
const nodes = [
  node('concept:elb', ['Elastic Load Balancer', 'ELB']),
  node('concept:efs', ['EFS']),
  node('concept:elastic-filesystem', ['ELASTIC FILESYSTEM']),
  node('note:alb.md', ['Application Load Balancer', 'ALB']),
  node('concept:politicas', ['Políticas']),
  node('concept:sin-embargo', ['Sin embargo']),
];

describe('fold', () => {
  it('folds case, accents, punctuation and a simple plural, and nothing more', () => {
    expect(fold('Políticas')).toBe(fold('politica'));
    expect(fold('AMIs')).toBe(fold('AMI'));
    expect(fold('HTTPS')).not.toBe(fold('HTTP'));
    expect(fold('EFS')).not.toBe(fold('EF'));
    expect(fold('Policies')).toBe(fold('policy'));
    expect(fold('X-Forwarded-For')).toBe(fold('X Forwarded For'));
    expect(fold('--page-size')).toBe(fold('page-size'));
    expect(fold('access')).toBe('access');
    expect(fold('EFS')).not.toBe(fold('EC2'));
    expect(fold('T3a')).not.toBe(fold('T3'));
    expect(fold('Branches')).toBe(fold('branch'));
    expect(fold('caches')).toBe(fold('cache'));
    expect(fold('crashes')).toBe(fold('crash'));
    expect(fold('comunidades')).toBe(fold('comunidad'));
    expect(fold('Poblaciones')).toBe(fold('población'));
    expect(fold('especies')).toBe(fold('especie'));
    expect(fold('roles')).toBe(fold('rol'));
    expect(fold('luces')).toBe(fold('luz'));
    expect(fold('genes')).toBe(fold('gene'));
    expect(fold('series')).toBe(fold('serie'));
    expect(fold('leyes')).toBe(fold('ley'));
  });
});

describe('concept recall', () => {
  it('finds a gold concept by any of its names on any concept node, and names the missed must rows', () => {
    const recall = conceptRecall(gold, nodes);
    expect(recall.must).toEqual({ hit: 3, total: 3 });
    expect(recall.all).toEqual({ hit: 4, total: 5 });
    expect(recall.missedOther).toEqual(['IAM role']);
    expect(conceptRecall(gold, nodes.slice(1)).missedMust).toEqual(['Elastic Load Balancer']);
  });
});

describe('pair merging', () => {
  it('gives 1 when both names are on one node and 0 when they are on two', () => {
    expect(pairMerging(parsePairs('ELB\tElastic Load Balancer'), nodes)).toMatchObject({ hit: 1, total: 1 });
    expect(pairMerging(parsePairs('EFS\tELASTIC FILESYSTEM'), nodes)).toMatchObject({ hit: 0, total: 1, notMerged: ['EFS = ELASTIC FILESYSTEM'] });
    expect(pairMerging(parsePairs('IAM role\tpolicies'), nodes)).toMatchObject({ hit: 0 });
  });
});

describe('relation recall', () => {
  const relations = parseRelations('a\tb\trelation\nApplication Load Balancer\tElastic Load Balancer\tis a kind of\nEFS\tElastic Load Balancer\tnone');
  const edge = (source: string, target: string, kind: string, relation: string | null, evidence: string[] | null): ScoredEdge => ({ source, target, kind, relation, evidence });

  it('tells a typed edge from one whose sentence names both, one with other evidence, a bare one and none, in either direction', () => {
    const typed = relationRecall(relations, gold, nodes, [edge('concept:elb', 'note:alb.md', 'relation', 'is a kind of', ['El ALB es un tipo de ELB.'])]);
    expect(typed).toMatchObject({ anyEdge: 1, typed: 1, typedAsGold: 1, typedOrStated: 1 });
    const misnamed = relationRecall(relations, gold, nodes, [edge('concept:elb', 'note:alb.md', 'relation', 'part of', null)]);
    expect(misnamed).toMatchObject({ typed: 1, typedAsGold: 0 });
    expect(misnamed.rows[0]?.relation).toBe('part of');
    expect(typed.rows[0]).toMatchObject({ found: 'typed', relation: 'is a kind of' });
    const stated = relationRecall(relations, gold, nodes, [edge('note:alb.md', 'concept:elb', 'related', null, ['Un Application Load Balancer es un tipo de load balancer.'])]);
    expect(stated).toMatchObject({ anyEdge: 1, withEvidence: 1, stated: 1, typed: 0, typedOrStated: 1 });
    expect(stated.rows[0]?.sentence).toContain('Application Load Balancer');
    const sameSection = relationRecall(relations, gold, nodes, [edge('note:alb.md', 'concept:elb', 'related', null, ['Una frase de la misma sección que no nombra a ninguno.'])]);
    expect(sameSection).toMatchObject({ anyEdge: 1, withEvidence: 1, stated: 0, typedOrStated: 0 });
    expect(sameSection.rows[0]?.found).toBe('evidence');
    const nested = relationRecall(parseRelations('a\tb\trelation\nElastic Load Balancer\tApplication Load Balancer\tx'), gold, nodes, [edge('note:alb.md', 'concept:elb', 'related', null, ['Application Load Balancer'])]);
    expect(nested.stated).toBe(0);
    const bare = relationRecall(relations, gold, nodes, [edge('note:alb.md', 'concept:elb', 'related', null, null)]);
    expect(bare).toMatchObject({ anyEdge: 1, withEvidence: 0, typedOrStated: 0 });
    expect(bare.rows.map((r) => r.found)).toEqual(['edge', 'none']);
  });

  it('scores the type of a typed edge by what the gold text reads as, and counts a contradicted type among typed edges between gold concepts', () => {
    const rows = parseRelations('a\tb\trelation\nApplication Load Balancer\tElastic Load Balancer\tis a type of\nEFS\tPolicies\tcontrasts with\nEFS\tElastic Load Balancer\texplains');
    const typedEdges = [
      edge('note:alb.md', 'concept:elb', 'relation', 'is a kind of', null),
      edge('concept:efs', 'concept:politicas', 'relation', 'is a kind of', null),
      edge('concept:efs', 'concept:elb', 'relation', 'part of', null),
      edge('concept:elastic-filesystem', 'concept:politicas', 'relation', 'has', null),
      edge('concept:sin-embargo', 'concept:elb', 'relation', 'is a kind of', null),
    ];
    const r = relationRecall(rows, gold, nodes, typedEdges);
    // `explains` has no reading: typed, but not judged.
    expect(r).toMatchObject({ typed: 3, typeJudged: 2, typeAgrees: 1 });
    expect(r.rows.map((row) => row.typeAgrees)).toEqual([true, false, null]);
    // Four edges join gold concepts (not the one from `Sin embargo`); three have a readable row; two contradict it.
    expect(r).toMatchObject({ goldTypedEdges: 4, goldTypedJudged: 3, goldTypedWrong: 2 });
    expect(r.wrongTypes[0]).toContain('contrasts with');
    const right = relationRecall(rows, gold, nodes, [edge('concept:efs', 'concept:politicas', 'relation', 'compared with', null)]);
    expect(right).toMatchObject({ typeJudged: 1, typeAgrees: 1, goldTypedWrong: 0 });
  });

  it('does not count a note mentioning a concept as a relation', () => {
    expect(relationRecall(relations, gold, nodes, [edge('note:alb.md', 'concept:elb', 'mention', null, ['mentions it'])]).anyEdge).toBe(0);
  });
});

describe('precision', () => {
  it('against the gold list counts the nodes bearing none of its names as junk', () => {
    expect(precisionByGold(gold, nodes)).toMatchObject({ hit: 5, total: 6, junk: ['Sin embargo'] });
  });

  it('by judgement leaves unjudged terms out of the share and counts them', () => {
    const judged = parseJudgements('term\treal\nElastic Load Balancer\t1\nEFS\t1\nSin embargo\t0');
    const result = precisionByJudgement(nodes, judged);
    expect(result).toMatchObject({ real: 2, junk: 1, unjudged: 3, junkTerms: ['Sin embargo'] });
    expect(result.precision).toBeCloseTo(2 / 3);
  });

  it('judges the nodes with the most notes first', () => {
    const ranked = topByNotes([node('a', ['rare'], 1), node('b', ['common'], 9), node('c', ['middle'], 4)], 2);
    expect(ranked.map((n) => n.id)).toEqual(['b', 'c']);
  });
});

describe('concept cards', () => {
  const cards = [
    { front: 'ELB', back: 'ELB is a service that\n spreads traffic across targets.', nodeIds: ['concept:elb'] },
    { front: 'ALB', back: 'Sirve para crear ALBs.', nodeIds: ['note:alb.md'] },
    { front: 'Políticas', back: 'Políticas: documentos JSON.', nodeIds: ['concept:politicas'] },
  ];
  const judged = parseCardJudgements(['concept\tanswer\tright', 'Elastic Load Balancer\tELB is a service that spreads traffic across targets.\t1', 'application load balancer\tSirve para crear ALBs.\t0'].join('\n'));

  it('counts the must concepts that are nodes with a card, and judges each card by its answer, whitespace aside', () => {
    const result = conceptCards(gold, nodes, cards, judged);
    // Must rows that are nodes: ELB, EFS, ALB; EFS has no card. Políticas is not `must`: its card is not scored.
    expect(result.coverage).toEqual({ hit: 2, total: 3 });
    expect(result.noCard).toEqual(['EFS']);
    expect([result.right, result.wrong, result.unjudged, result.precision]).toEqual([1, 1, 0, 0.5]);
    expect(result.wrongCards.map((c) => c.concept)).toEqual(['Application Load Balancer']);
  });

  it('leaves an answer nobody judged out of precision, and says so', () => {
    const result = conceptCards(gold, nodes, [{ ...cards[0]!, back: 'ELB: see the table' }], judged);
    expect([result.right, result.wrong, result.unjudged, result.precision]).toEqual([0, 0, 1, null]);
    expect(result.unjudgedCards[0]?.answer).toBe('ELB: see the table');
  });
});
