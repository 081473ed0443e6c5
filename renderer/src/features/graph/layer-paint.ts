import { byBucket, pickEdges, type Rect } from './edge-thinning';
import { Shape, type LayerNodes } from './layer-nodes';

/**
 * Segments stroked as one path. Stroking a whole colour's edges as one path made Chromium's software
 * rasteriser spend ~5 s per frame on a 10k-note vault's 157k edges (one path's stroke is scan-converted
 * whole); paths of a few hundred segments draw the same picture: 5.2 s → 1.2–1.5 s per frame there (2,000: 1.7 s).
 */
export const PATH_SEGMENTS = 400;

/** What one picture of the edge layer is painted from (EdgeLayer holds it). */
export interface LayerPicture {
  xy: Float64Array;
  source: Int32Array;
  target: Int32Array;
  /** Edges strongest first (EdgeOrder). */
  order: Int32Array;
  /** Edges Cytoscape draws itself; null when none. */
  skipEdges: Uint8Array | null;
  bucket: Uint8Array;
  /** One colour per bucket; the last is "between communities". */
  colours: readonly string[];
  faded: boolean;
  budget: number;
  /** The model rectangle edges are stroked through, and the transform to the canvas. */
  view: Rect;
  zoom: number;
  pan: { x: number; y: number };
  /** Device pixels per CSS pixel; and the canvas size in CSS pixels, cleared first. */
  scale: number;
  width: number;
  height: number;
  /** Plain nodes, and which of them Cytoscape draws (left out); null paints no node. */
  nodes: { nodes: LayerNodes; skip: Uint8Array; colours: readonly string[]; alpha: number } | null;
}

export interface Painted {
  /** The edges stroked, by index. */
  picked: Int32Array;
  edges: number;
  nodes: number;
  inView: number;
}

/**
 * Paints a picture, yielding after at most `slices` segments or nodes (a number, or asked again after each
 * yield) so a caller can paint it over several
 * tasks (EdgeLayer's progressive redraw); run to the end at once it is one whole redraw. A path is never
 * cut by a slice, and neither is a node colour's fill: the strokes and fills are those of a whole redraw.
 */
export function* paintPicture(ctx: CanvasRenderingContext2D, p: LayerPicture, slices: number | (() => number) = Infinity): Generator<void, Painted> {
  // Read again after each yield: a caller may size the next slice by how long the last one took.
  let slice = typeof slices === 'number' ? slices : slices();
  const { xy, source, target, zoom, pan, scale } = p;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 1;
  ctx.clearRect(0, 0, p.width * scale, p.height * scale);
  ctx.setTransform(zoom * scale, 0, 0, zoom * scale, pan.x * scale, pan.y * scale);
  ctx.lineWidth = Math.min(1.6, Math.max(0.8, zoom * 2)) / zoom;
  const between = p.colours.length - 1;
  const picked = pickEdges(p.order, source, target, xy, p.view, p.budget, p.skipEdges);
  const { edges, start } = byBucket(picked.edges, p.bucket, between + 1);
  let done = 0;
  for (let b = 0; b <= between; b++) {
    if (start[b] === start[b + 1]) continue;
    const style = { stroke: p.colours[b]!, alpha: (b === between ? 0.06 : 0.22) * (p.faded ? 0.3 : 1) };
    ctx.strokeStyle = style.stroke;
    ctx.globalAlpha = style.alpha;
    ctx.beginPath();
    let inPath = 0;
    for (let k = start[b]!; k < start[b + 1]!; k++) {
      const e = edges[k]!;
      const s = 2 * source[e]!;
      const t = 2 * target[e]!;
      ctx.moveTo(xy[s]!, xy[s + 1]!);
      ctx.lineTo(xy[t]!, xy[t + 1]!);
      if (++inPath < PATH_SEGMENTS) continue;
      ctx.stroke();
      inPath = 0;
      if ((done += PATH_SEGMENTS) >= slice) {
        yield;
        done = 0;
        if (typeof slices === 'function') slice = slices();
        // The context keeps its state across slices; said again, a slice stands on its own.
        ctx.strokeStyle = style.stroke;
        ctx.globalAlpha = style.alpha;
      }
      ctx.beginPath();
    }
    if (inPath > 0) ctx.stroke();
    done += inPath;
  }
  ctx.globalAlpha = 1;
  let painted = 0;
  if (p.nodes) {
    if (done > 0 && done >= slice / 2) yield;
    painted = yield* paintNodeSlices(ctx, xy, p.nodes.nodes, p.nodes.skip, p.nodes.colours, p.nodes.alpha, slices);
  }
  return { picked: picked.edges, edges: edges.length, nodes: painted, inView: picked.inView };
}

/**
 * Paints the nodes not skipped, one path per colour and shape; `alpha` fades them under a search. Yields
 * between two fills once `slice` nodes were painted since the last yield.
 */
export function* paintNodeSlices(ctx: CanvasRenderingContext2D, xy: Float64Array, nodes: LayerNodes, skip: Uint8Array, colours: readonly string[], alpha: number, slices: number | (() => number) = Infinity): Generator<void, number> {
  const slice = (): number => (typeof slices === 'number' ? slices : slices());
  const { size, shape, colour } = nodes;
  const count = size.length;
  // The nodes of each colour and shape, in node order, the fills in the order the keys first appear.
  const keyOf = new Map<number, number>();
  const keys: number[] = [];
  const keyIndex = new Int32Array(count).fill(-1);
  const counts: number[] = [];
  for (let i = 0; i < count; i++) {
    if (skip[i]) continue;
    const key = colour[i]! * 4 + shape[i]!;
    let k = keyOf.get(key);
    if (k === undefined) {
      k = keys.length;
      keyOf.set(key, k);
      keys.push(key);
      counts.push(0);
    }
    keyIndex[i] = k;
    counts[k]!++;
  }
  const start = new Int32Array(keys.length + 1);
  for (let k = 0; k < keys.length; k++) start[k + 1] = start[k]! + counts[k]!;
  const fill = start.slice(0, keys.length);
  const members = new Int32Array(start[keys.length]!);
  for (let i = 0; i < count; i++) if (keyIndex[i]! >= 0) members[fill[keyIndex[i]!]!++] = i;
  let sinceYield = 0;
  for (let k = 0; k < keys.length; k++) {
    if (sinceYield >= slice()) {
      yield;
      sinceYield = 0;
    }
    const slot = keys[k]! >> 2;
    const form = (keys[k]! & 3) as Shape;
    ctx.beginPath();
    for (let m = start[k]!; m < start[k + 1]!; m++) {
      const i = members[m]!;
      const x = xy[2 * i]!;
      const y = xy[2 * i + 1]!;
      const r = size[i]! / 2;
      if (form === Shape.Diamond) {
        ctx.moveTo(x, y - r);
        ctx.lineTo(x + r, y);
        ctx.lineTo(x, y + r);
        ctx.lineTo(x - r, y);
        ctx.closePath();
      } else if (form === Shape.Square) {
        ctx.rect(x - r, y - r, 2 * r, 2 * r);
      } else {
        ctx.moveTo(x + r, y);
        ctx.arc(x, y, r, 0, Math.PI * 2);
      }
    }
    ctx.fillStyle = colours[slot] ?? colours[0]!;
    // Missing notes are a faint disc with a ring in Cytoscape; at overview sizes a faint disc reads the same.
    ctx.globalAlpha = alpha * (form === Shape.Ring ? 0.35 : 1);
    ctx.fill();
    sinceYield += start[k + 1]! - start[k]!;
  }
  ctx.globalAlpha = 1;
  return members.length;
}

/** A whole picture at once. */
export function paintWhole(ctx: CanvasRenderingContext2D, p: LayerPicture): Painted {
  const steps = paintPicture(ctx, p);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
