import { describe, expect, it } from 'vitest';
import { graphStyle, CY_DRAWN } from './cy-style';
import { KINDS, nodeColourSlots, Shape, shapeOf } from './layer-nodes';

const P = 12;
const kind = (k: (typeof KINDS)[number]): number => P + KINDS.indexOf(k);

describe('nodeColourSlots', () => {
  it('picks group colour, then community, then kind, as the stylesheet does', () => {
    const { colour, groupColours } = nodeColourSlots(['note', 'note', 'concept', 'missing', 'tag', 'note'], Int32Array.from([3, -1, 5, 2, -1, 3]), [undefined, undefined, undefined, undefined, undefined, '#abcdef'], P);
    expect([...colour]).toEqual([3, kind('note'), 5, kind('missing'), kind('tag'), P + KINDS.length]);
    expect(groupColours).toEqual(['#abcdef']);
  });

  it('gives each distinct group colour one slot', () => {
    const { colour, groupColours } = nodeColourSlots(['note', 'note', 'note'], null, ['#111', '#222', '#111'], P);
    expect(groupColours).toEqual(['#111', '#222']);
    expect(colour[0]).toBe(colour[2]);
    expect(colour[1]).not.toBe(colour[0]);
  });
});

describe('shapeOf', () => {
  it('maps kinds to the shapes Cytoscape draws them with', () => {
    expect(shapeOf('note')).toBe(Shape.Circle);
    expect(shapeOf('concept')).toBe(Shape.Diamond);
    expect(shapeOf('tag')).toBe(Shape.Square);
    expect(shapeOf('missing')).toBe(Shape.Ring);
  });
});

describe('graphStyle overview', () => {
  const colours = { bg: '#000', fg: '#fff', muted: '#888', accent: '#f0f', note: '#00f', concept: '#f80', tag: '#0f0', missing: '#aaa', border: '#333' };
  const rules = (sheet: unknown): { selector: string; style: Record<string, unknown> }[] => sheet as { selector: string; style: Record<string, unknown> }[];

  it('hides plain nodes from Cytoscape and shows the ones it must draw, last', () => {
    const sheet = rules(graphStyle(colours, true, true));
    const tail = sheet.slice(-3);
    expect(tail[0]).toEqual({ selector: 'node', style: { opacity: 0 } });
    expect(tail[1]).toEqual({ selector: CY_DRAWN, style: { opacity: 1 } });
    for (const own of ['node.hood', 'node.labelled', 'node.open', 'node.highlighted', 'node:selected', 'node.pinned', 'node[mastery]', 'node.near']) {
      expect(CY_DRAWN.split(', ')).toContain(own);
      expect(tail[2]!.selector.split(', ')).toContain(`${own}.dimmed`);
    }
  });

  it('leaves smaller graphs to Cytoscape entirely', () => {
    for (const sheet of [graphStyle(colours), graphStyle(colours, true)]) expect(rules(sheet).some((r) => r.style.opacity === 0)).toBe(false);
  });

  it('gives a graph of any size text properties only on the nodes chosen to show a label (labels.ts)', () => {
    for (const sheet of [rules(graphStyle(colours, true)), rules(graphStyle(colours))]) {
      expect(sheet.filter((r) => r.selector === 'node').every((r) => !('font-size' in r.style) && !('label' in r.style))).toBe(true);
      const label = sheet.find((r) => r.selector.includes('node.labelled'))!.style.label as unknown as (n: { data: (k: string) => string }) => string;
      expect(label({ data: () => 'Vicios del consentimiento' })).toBe('Vicios del consentimiento');
      expect(sheet.filter((r) => 'label' in r.style).every((r) => r.selector.includes('.labelled'))).toBe(true);
    }
  });
});
