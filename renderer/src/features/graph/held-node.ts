import type { Core } from 'cytoscape';

/**
 * A node held by the pointer, and a render asked for meanwhile: it would remove the node from under the
 * pointer, so it waits for the release.
 */
export class HeldNode {
  private grabbed = false;
  /** The render waiting (whether it lays out again), or null. */
  private waiting: boolean | null = null;

  grab(): void {
    this.grabbed = true;
  }

  /**
   * Whether a node is held. Asked on every delta; matching `:grabbed` over the AWS guide's 7.6k nodes was
   * ~15 ms of the save's first task, so it is matched only between a grab and its free.
   */
  held(cy: Core | null): boolean {
    if (!this.grabbed) return false;
    this.grabbed = !!cy?.nodes(':grabbed').length;
    return this.grabbed;
  }

  /** Keeps a render for the release. */
  wait(relayout: boolean): void {
    this.waiting = (this.waiting ?? false) || relayout;
  }

  /** The node was let go: the render kept runs once Cytoscape has finished letting go of it. */
  released(render: (relayout: boolean) => void): void {
    if (this.waiting === null) return;
    const relayout = this.waiting;
    this.waiting = null;
    setTimeout(() => render(relayout), 0);
  }
}
