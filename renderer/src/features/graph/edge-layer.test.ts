import { describe, expect, it } from 'vitest';
import { layerTransform } from './edge-layer';
import { edgeBuckets } from './layer-data';

describe('layerTransform', () => {
  it('moves a drawn pixel to where the new viewport shows its model point', () => {
    const drawn = { zoom: 0.5, x: 100, y: 40 };
    const now = { zoom: 1.5, x: -30, y: 210 };
    const model = { x: 70, y: -20 };
    const before = { x: drawn.zoom * model.x + drawn.x, y: drawn.zoom * model.y + drawn.y };
    const { k, tx, ty } = layerTransform(drawn, now);
    expect(k * before.x + tx).toBeCloseTo(now.zoom * model.x + now.x);
    expect(k * before.y + ty).toBeCloseTo(now.zoom * model.y + now.y);
  });
});

describe('edgeBuckets', () => {
  it('colours an edge inside a community with it, and the rest as between', () => {
    const colourOf = Int32Array.from([0, 0, 1, -1]);
    const b = edgeBuckets(Int32Array.from([0, 0, 2, 3]), Int32Array.from([1, 2, 3, 3]), colourOf, 2);
    expect([...b]).toEqual([0, 2, 2, 2]);
  });
});
