import type { Core, SingularElementArgument } from 'cytoscape';

/** The canvas renderer's per-element draw (Cytoscape 3.3x), called for every element on a frame it cannot take from its cached layers. */
type DrawCachedElement = (this: unknown, context: CanvasRenderingContext2D, ele: SingularElementArgument, ...rest: unknown[]) => void;

interface CanvasRendererLike {
  drawCachedElement?: DrawCachedElement;
  /** Set once wrapped. */
  cairnSkipsTransparent?: true;
}

/**
 * Past EDGE_LAYER_MIN Cytoscape holds every node but draws few (cy-style.ts CY_DRAWN): the rest are
 * transparent, kept for hover and click while the edge layer paints them. For 250 ms after any change to what
 * it holds (a node a save adds, a class) Cytoscape draws from its elements instead of its cached layers, and
 * its per-element draw measures each element's bounding box before it finds it invisible: ~25 ms a frame over
 * the AWS guide's 7.6k nodes on a quiet machine, 50–120 ms under load, the long task after a save that adds a
 * node. The draw is wrapped to leave a transparent node out before measuring it: Cytoscape would draw nothing
 * of it (its own check, `visible()`, counts opacity 0 as hidden), so the picture is the same. Hit-testing does
 * not go through it. A renderer without this method (another version, the WebGL one) is left as it is.
 */
export function skipTransparentNodes(cy: Core): void {
  const renderer = (cy as unknown as { renderer?: () => CanvasRendererLike | undefined }).renderer?.();
  const draw = renderer?.drawCachedElement;
  if (!renderer || typeof draw !== 'function' || renderer.cairnSkipsTransparent) return;
  renderer.cairnSkipsTransparent = true;
  renderer.drawCachedElement = function (this: unknown, context, ele, ...rest) {
    if (ele.isNode() && ele.transparent()) return;
    draw.call(this, context, ele, ...rest);
  };
}
