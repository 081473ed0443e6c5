import { describe, expect, it } from 'vitest';
import { usesEdgeLayer } from './cy-options';

describe('usesEdgeLayer', () => {
  it('sends a dense vault of 1,000 notes to the edge layer, and keeps the AWS guide and small vaults with Cytoscape', () => {
    // The dense bench graph at 1k: 21k edges; the AWS EC2 guide: 1,226 nodes, 10.2k edges.
    expect(usesEdgeLayer(1000, 21_417)).toBe(true);
    expect(usesEdgeLayer(1226, 10_200)).toBe(false);
    expect(usesEdgeLayer(120, 400)).toBe(false);
    // Few nodes with many edges stay with Cytoscape's full styling (the overview stylesheet is for large graphs).
    expect(usesEdgeLayer(600, 20_000)).toBe(false);
    expect(usesEdgeLayer(10_000, 29_407)).toBe(true);
    expect(usesEdgeLayer(2500, 3000)).toBe(true);
  });
});
