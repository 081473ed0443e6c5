import { describe, expect, it } from 'vitest';
import type { Shape } from './layer-nodes';
import { paintPicture, paintWhole, PATH_SEGMENTS, type LayerPicture } from './layer-paint';
import { nextSlice, SLICE } from './layer-slices';

/** A 2D context that writes down what it is asked to draw. */
function recorder(): { ctx: CanvasRenderingContext2D; ops: string[] } {
  const ops: string[] = [];
  const state: Record<string, unknown> = {};
  const ctx = new Proxy(state, {
    get: (_, name: string) => (name in state ? state[name] : (...args: unknown[]) => void ops.push(`${name}(${args.join(',')})`)),
    set: (_, name: string, value: unknown) => {
      state[name] = value;
      ops.push(`${name}=${String(value)}`);
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, ops };
}

/** `nodes` nodes on a grid and `edges` edges between them, in four colours. */
function picture(nodeCount: number, edgeCount: number): LayerPicture {
  let seed = 11;
  const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const xy = Float64Array.from({ length: nodeCount * 2 }, (_, i) => (i % 2 ? Math.floor(i / 2 / 50) * 10 : ((i / 2) % 50) * 10));
  const source = Int32Array.from({ length: edgeCount }, () => rand(nodeCount));
  const target = Int32Array.from({ length: edgeCount }, () => rand(nodeCount));
  return {
    xy,
    source,
    target,
    order: Int32Array.from({ length: edgeCount }, (_, i) => i),
    skipEdges: null,
    bucket: Uint8Array.from({ length: edgeCount }, () => rand(4)),
    colours: ['#a00', '#0a0', '#00a', '#888'],
    faded: false,
    budget: Infinity,
    view: { x1: -1e6, y1: -1e6, x2: 1e6, y2: 1e6 },
    zoom: 1,
    pan: { x: 0, y: 0 },
    scale: 1,
    width: 800,
    height: 600,
    nodes: {
      nodes: { size: Float64Array.from({ length: nodeCount }, () => 4 + rand(20)), shape: Uint8Array.from({ length: nodeCount }, () => rand(4) as Shape), colour: Uint16Array.from({ length: nodeCount }, () => rand(6)) },
      skip: Uint8Array.from({ length: nodeCount }, () => (rand(10) === 0 ? 1 : 0)),
      colours: ['#1', '#2', '#3', '#4', '#5', '#6'],
      alpha: 1,
    },
  };
}

describe('the edge layer painted in slices', () => {
  it('draws what a whole redraw draws, cut only between paths and between node fills', () => {
    const p = picture(3000, 9000);
    const whole = recorder();
    const all = paintWhole(whole.ctx, p);
    const sliced = recorder();
    const steps = paintPicture(sliced.ctx, p, 1200);
    let painted;
    const cuts: number[] = [];
    for (;;) {
      const step = steps.next();
      if (step.done) {
        painted = step.value;
        break;
      }
      cuts.push(sliced.ops.length);
    }
    expect(painted.edges).toBe(9000);
    expect(painted.nodes).toBe(all.nodes);
    expect([...painted.picked]).toEqual([...all.picked]);
    // The same strokes and fills in the same order; a slice only says the colour and alpha again.
    const drawing = (ops: string[]): string[] => ops.filter((op) => !op.startsWith('strokeStyle=') && !op.startsWith('globalAlpha='));
    expect(drawing(sliced.ops)).toEqual(drawing(whole.ops));
    expect(cuts.length).toBeGreaterThanOrEqual(6);
    let from = 0;
    for (const cut of [...cuts, sliced.ops.length]) {
      const slice = sliced.ops.slice(from, cut);
      // Never inside a path: a slice ends after a stroke or a fill.
      if (cut < sliced.ops.length) expect(slice.filter((op) => !op.includes('=')).at(-1)).toMatch(/^(stroke|fill)\(/);
      expect(slice.filter((op) => op.startsWith('lineTo(')).length).toBeLessThanOrEqual(1200 + PATH_SEGMENTS);
      from = cut;
    }
  });

  it('gives every fill the colour and alpha a whole redraw gives it, after a cut', () => {
    const p = picture(4000, 100);
    const sliced = recorder();
    const steps = paintPicture(sliced.ctx, p, 500);
    while (!steps.next().done);
    const whole = recorder();
    paintWhole(whole.ctx, p);
    const styleAtFills = (ops: string[]): string[] => {
      let style = '';
      let alpha = '';
      const out: string[] = [];
      for (const op of ops) {
        if (op.startsWith('fillStyle=') || op.startsWith('strokeStyle=')) style = op;
        else if (op.startsWith('globalAlpha=')) alpha = op;
        else if (op.startsWith('fill(') || op.startsWith('stroke(')) out.push(`${style} ${alpha}`);
      }
      return out;
    };
    expect(styleAtFills(sliced.ops)).toEqual(styleAtFills(whole.ops));
  });

  it('sizes each slice as asked after the last one, and still draws what a whole redraw draws', () => {
    const p = picture(3000, 9000);
    const whole = recorder();
    paintWhole(whole.ctx, p);
    const sliced = recorder();
    // Smaller and smaller slices, as a busy machine's slow rasterising would ask for.
    const sizes = [2000, 1200, 800, 400];
    let asked = 0;
    const steps = paintPicture(sliced.ctx, p, () => sizes[Math.min(asked++, sizes.length - 1)]!);
    const lines: number[] = [];
    let from = 0;
    for (;;) {
      const done = steps.next().done;
      lines.push(sliced.ops.slice(from).filter((op) => op.startsWith('lineTo(')).length);
      from = sliced.ops.length;
      if (done) break;
    }
    const drawing = (ops: string[]): string[] => ops.filter((op) => !op.startsWith('strokeStyle=') && !op.startsWith('globalAlpha='));
    expect(drawing(sliced.ops)).toEqual(drawing(whole.ops));
    expect(lines[0]).toBeLessThanOrEqual(2000 + PATH_SEGMENTS);
    // Once the slices are down to one path of edges, each is about one path.
    expect(lines.slice(4, 10).every((n) => n <= 400 + PATH_SEGMENTS)).toBe(true);
    expect(lines.length).toBeGreaterThan(9000 / (400 + PATH_SEGMENTS));
  });

  it('aims each next slice at a few ms, within one path and SLICE', () => {
    expect(nextSlice(3000, 60)).toBe(600);
    expect(nextSlice(3000, 6)).toBe(SLICE);
    expect(nextSlice(600, 1000)).toBe(PATH_SEGMENTS);
    expect(nextSlice(1000, 0)).toBe(SLICE);
  });
});
