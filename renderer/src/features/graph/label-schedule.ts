import type { Core } from 'cytoscape';
import { chooseLabels } from './labels';
import type { OverviewEdges } from './overview-edges';

/** Fewest ms between two choices of labels while the view moves. */
const LABEL_THROTTLE = 100;

/** What the labels are chosen on, read at the moment they are. */
export interface LabelTarget {
  cy: Core | null;
  /** A large graph waits until the view stops: restyling its labels mid-pan cost frames. */
  large: boolean;
  /** Past EDGE_LAYER_MIN nodes, what Cytoscape holds of the edges follows the view too. */
  overview: OverviewEdges | null;
}

/**
 * Labels are chosen again as the view moves (labels.ts picks them by screen-space collision): a few times
 * a second while it moves, and once it stops; a large graph only once it stops.
 */
export class LabelSchedule {
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When labels were last chosen (performance.now()). */
  private at = 0;

  constructor(private readonly target: () => LabelTarget) {}

  schedule(): void {
    if (this.target().large) {
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => this.now(), 120);
      return;
    }
    if (this.timer) return;
    this.timer = setTimeout(() => this.now(), Math.max(0, LABEL_THROTTLE - (performance.now() - this.at)));
  }

  /** Now rather than after the throttle (the hovered node and its neighbours are named first). */
  now(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.at = performance.now();
    const { cy, overview } = this.target();
    if (!cy) return;
    chooseLabels(cy);
    overview?.updateDetail();
  }

  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}
