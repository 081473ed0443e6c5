import type { Core } from 'cytoscape';
import { LABEL_PX, LINE_PX, MAX_WIDTH_PX } from './labels';
import { fitNodes, viewportForExtent } from './viewport';

/** What the camera moves, read at the moment it does. */
export interface CameraHost {
  cy: Core | null;
  container: HTMLDivElement | null;
  large: boolean;
  /** The view moved without a Cytoscape gesture (a resize): the edge layer and labels follow. */
  moved(): void;
}

/**
 * Framing, zoom and resize. Once the person has moved the view themselves (`touched`), a resize keeps what
 * was at the centre at the centre instead of framing the whole graph again.
 */
export class Camera {
  touched = false;
  private resizeTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly host: () => CameraHost) {}

  /**
   * A large graph is framed by its node centres: `cy.fit()` measures every edge and label. Any other by its
   * nodes, with room at the sides for half the longest name (a fifth of a narrow pane at most) and under the
   * bottom row for a line: names are chosen after the view is framed, so `cy.fit()` could not count them,
   * and the rim's names were cut at the canvas's edges (local: "ecret Access Key"; global: the same).
   */
  frame(g: Core): void {
    this.touched = false;
    if (this.host().large) {
      fitNodes(g, 30);
      return;
    }
    const nodes = g.nodes(':visible');
    if (nodes.empty()) return;
    const box = nodes.boundingBox({ includeLabels: false, includeEdges: false, includeOverlays: false });
    const [width, height] = [g.width(), g.height()];
    // Below the lowest node, room for a name wrapped onto two lines (labels.ts).
    const room = { side: Math.max(30, Math.min(MAX_WIDTH_PX / 2, width / 5)), top: 30, bottom: 30 + LINE_PX + LABEL_PX * 1.25 };
    const view = viewportForExtent(box, width, height, room, g.maxZoom());
    g.viewport({ zoom: Math.max(g.minZoom(), view.zoom), pan: view.pan });
  }

  /** The pane changed size (a sidebar folded, the window resized). */
  resized(): void {
    if (this.resizeTimer) clearTimeout(this.resizeTimer);
    this.resizeTimer = setTimeout(() => {
      const g = this.host().cy;
      if (!g) return;
      const [w, h] = [g.width(), g.height()];
      g.resize();
      if (g.width() === w && g.height() === h) return;
      if (!this.touched) this.frame(g);
      else g.panBy({ x: (g.width() - w) / 2, y: (g.height() - h) / 2 });
      this.host().moved();
    }, 60);
  }

  zoomBy(factor: number): void {
    const { cy, container } = this.host();
    if (!cy || !container) return;
    this.touched = true;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 } });
  }

  centreOn(nodeId: string): void {
    const cy = this.host().cy;
    const node = cy?.getElementById(nodeId);
    if (!cy || !node?.length) return;
    this.touched = true;
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1), duration: 200 });
  }

  destroy(): void {
    if (this.resizeTimer) clearTimeout(this.resizeTimer);
  }
}
