import { describe, expect, it } from 'vitest';
import { pickLabels, type LabelCandidate } from './labels';

const node = (x: number, y: number, size: number, rank = Infinity): LabelCandidate => ({ x, y, size, rank });

describe('pickLabels', () => {
  it('names search hits before bigger nodes, even where they crowd a hub', () => {
    const nodes = [node(0, 0, 40), node(10, 0, 8, 0), node(2000, 0, 30)];
    expect(pickLabels(nodes, 1)).toEqual([1, 2]);
  });

  it('names the open note first, then hits in their result order whatever their size', () => {
    const nodes = [node(0, 0, 5, 1), node(20, 0, 30, 2), node(3000, 0, 6, -1), node(40, 0, 9, 0)];
    expect(pickLabels(nodes, 1)).toEqual([2, 3]);
  });

  it('without hits, names the biggest nodes, skipping any that would overlap a bigger one', () => {
    const nodes = [node(0, 0, 10), node(50, 10, 20), node(0, 400, 5)];
    expect(pickLabels(nodes, 1)).toEqual([1, 2]);
  });

  it('gives every hit a chance past the usual share of the screen, and stops at a readable number of labels', () => {
    const nodes = Array.from({ length: 400 }, (_, i) => node((i % 20) * 1000, Math.floor(i / 20) * 1000, 100 - (i % 50), i >= 380 ? i - 380 : Infinity));
    const picked = pickLabels(nodes, 1);
    expect(picked.length).toBe(45);
    expect(picked.slice(0, 20).every((i) => i >= 380)).toBe(true);
  });
});
