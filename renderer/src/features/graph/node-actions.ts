import type { Core, NodeSingular } from 'cytoscape';
import type { GraphEdgeDTO } from '../../../../electron/contract';
import type { Camera } from './camera';
import type { CanvasInputs } from './canvas-inputs';
import { exposeForDebug } from './debug-hook';
import type { EdgeLayer } from './edge-layer';
import type { HeldNode } from './held-node';
import { navigateByKey } from './keyboard';
import { HOVERED } from './labels';
import type { LabelSchedule } from './label-schedule';
import type { LayoutRunner } from './layout-runner';
import { markHood } from './marks';
import type { OverviewView } from './overview-view';
import { wirePointer } from './pointer';

/** The hovered node's mastery, as a number a person can read. */
export interface HoverMastery {
  label: string;
  value: number;
  cards: [number, number] | null;
}

/** What the actions read of the canvas, and tell it back (its reactive state stays on GraphCanvas). */
export interface NodeActionsHost {
  cy(): Core | null;
  /** Read when needed: the canvas's own inputs are set in its constructor, after this host is made. */
  inputs(): CanvasInputs;
  readonly over: OverviewView;
  readonly labels: LabelSchedule;
  readonly camera: Camera;
  readonly hold: HeldNode;
  readonly layout: LayoutRunner;
  neighbourIds(id: string): string[];
  render(relayout: boolean): void;
  showEvidence(edge: GraphEdgeDTO): void;
  clearEvidence(): void;
  hovered(shown: HoverMastery | null): void;
  /** A concept was opened from the graph: the local graph centres on it. */
  focused(nodeId: string): void;
  selected(ids: string[]): void;
}

/** What a person's pointer and keys do to the graph's nodes: hover, open, move between them, drag and pin. */
export class NodeActions {
  constructor(private readonly host: NodeActionsHost) {}

  private get layer(): EdgeLayer | null {
    return this.host.over.layer;
  }

  hover(node: NodeSingular | null): void {
    const { labels } = this.host;
    const inputs = this.host.inputs();
    const m = node ? (node.data('mastery') as number | undefined) : undefined;
    this.host.hovered(node && m !== undefined ? { label: node.data('label') as string, value: m, cards: inputs.coverage?.[node.id()] ?? null } : null);
    const g = this.host.cy();
    if (!g) return;
    g.scratch(HOVERED, node?.id());
    if (!inputs.highlight && !inputs.focus) {
      if (this.host.over.edges) this.host.over.edges.hover(node);
      else markHood(g, node);
    }
    // The hovered node and its neighbours are named first, now rather than after the throttle.
    labels.now();
  }

  open(node: NodeSingular): void {
    const inputs = this.host.inputs();
    const noteId = node.data('noteId') as string | null;
    const concept = node.data('concept') as string | null;
    if (noteId) inputs.onOpenNote(noteId);
    else if (concept) {
      this.host.focused(node.id());
      inputs.onOpenConcept(concept);
    } else if (node.data('kind') === 'missing') inputs.onCreateNote?.(String(node.data('label') ?? node.id().slice('missing:'.length)));
  }

  /** Opens an end of the edge whose evidence is shown, as a click on its node would. */
  openEnd(id: string): void {
    const node = this.host.cy()?.getElementById(id);
    if (node?.nonempty()) this.open(node as NodeSingular);
  }

  onKeydown(event: KeyboardEvent): void {
    const g = this.host.cy();
    if (g) navigateByKey(g, event, this.host.inputs().openNoteId, (id) => this.host.neighbourIds(id), (node) => this.open(node));
  }

  wire(g: Core): void {
    const { camera, hold, labels, layout } = this.host;
    g.on('dragpan scrollzoom pinchzoom', () => (camera.touched = true));
    g.on('grab', 'node', () => hold.grab());
    wirePointer(g, {
      open: (node) => this.open(node),
      showEvidence: (edge) => this.host.showEvidence(edge),
      clearEvidence: () => this.host.clearEvidence(),
      hover: (node) => this.hover(node),
      reviseNode: (node) => this.host.inputs().onReviseNode?.(node.id(), node.data('label') as string),
      selectionChanged: (ids) => {
        this.host.selected(ids);
        labels.schedule();
      },
      viewportChanged: () => {
        this.layer?.viewportChanged();
        labels.schedule();
      },
      positionChanged: () => layout.placing || this.layer?.positionsChanged(),
      pinsChanged: () => layout.persist(),
      released: () => hold.released((relayout) => this.host.render(relayout)),
    });
    exposeForDebug(g, () => this.layer);
  }
}
