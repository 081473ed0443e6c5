import { describe, expect, it } from 'vitest';
import { HUB_MIN, hubNotes, springOf, type SpringEdge } from './layout-springs';

const mention = (note: string, concept: string): SpringEdge => ({ source: note, target: concept, kind: 'mention', weight: 1 });
const concepts = (n: number, from = 0): string[] => Array.from({ length: n }, (_, i) => `concept:c${from + i}`);

describe('hubNotes', () => {
  it('names the note of a one-note vault that mentions every concept', () => {
    expect([...hubNotes(concepts(HUB_MIN + 8).map((c) => mention('note:a', c)))]).toEqual(['note:a']);
  });

  it('names no hub among notes that each mention their own few concepts', () => {
    const edges = ['a', 'b', 'c', 'd'].flatMap((note, i) => concepts(HUB_MIN, i * HUB_MIN).map((c) => mention(`note:${note}`, c)));
    expect(hubNotes(edges).size).toBe(0);
  });

  it('names none in a small vault, where a note naming most concepts is no star', () => {
    expect(hubNotes(concepts(HUB_MIN - 1).map((c) => mention('note:a', c))).size).toBe(0);
  });

  it('names the outliner page that links every concept instead of mentioning it, but not a note linking other notes', () => {
    const link = (note: string, target: string): SpringEdge => ({ source: note, target, kind: 'link', weight: 1 });
    expect([...hubNotes(concepts(HUB_MIN + 8).map((c) => link('note:a', c)))]).toEqual(['note:a']);
    expect(springOf(link('note:a', 'concept:c0'), new Set(['note:a']))!.elasticity).toBeLessThan(0.05);
    expect(hubNotes(Array.from({ length: HUB_MIN + 8 }, (_, i) => link('note:index', `note:n${i}.md`))).size).toBe(0);
  });

  it('names the summary that mentions most of what short notes mention', () => {
    const all = concepts(30);
    const edges = [...all.slice(0, 20).map((c) => mention('note:summary', c)), ...all.slice(20).map((c) => mention('note:other', c))];
    expect([...hubNotes(edges)]).toEqual(['note:summary']);
  });
});

describe('springOf', () => {
  const related = (weight: number, hidden = true): SpringEdge => ({ source: 'concept:a', target: 'concept:b', kind: 'related', weight, hidden });

  it('leaves hidden edges out of a vault with no hub, as before', () => {
    expect(springOf(related(5), new Set())).toBeNull();
  });

  it('round a hub, weakens its mentions and lets the concept pairs shape the picture, the stronger the shorter', () => {
    const hubs = new Set(['note:a']);
    const hub = springOf(mention('note:a', 'concept:x'), hubs)!;
    const rel = springOf({ source: 'concept:x', target: 'concept:y', kind: 'relation', weight: 1 }, hubs)!;
    const weak = springOf(related(1), hubs)!;
    const strong = springOf(related(8), hubs)!;
    expect(hub.elasticity).toBeLessThan(weak.elasticity);
    expect(rel.length).toBeLessThan(hub.length);
    expect(strong.length).toBeLessThan(weak.length);
    expect(strong.elasticity).toBeGreaterThan(weak.elasticity);
    // Another note's mentions keep their pull.
    expect(springOf(mention('note:b', 'concept:x'), hubs)!.elasticity).toBeGreaterThan(hub.elasticity);
  });
});
