import cytoscape, { type Core } from 'cytoscape';
import type { GraphEdgeDTO, GraphNodeDTO } from '../../../../electron/contract';
import type { CairnClient } from '../../lib/api/types';
import { hasHardwareWebgl, LARGE_GRAPH, usesEdgeLayer, viewOptions } from './cy-options';
import { graphStyle, readColors } from './cy-style';
import { placeNodes, toEdge } from './elements';
import { exportView } from './exports';
import { groupMatches, type GraphState } from './graph.svelte';
import { handOver } from './hand-over';
import { HeldNode } from './held-node';
import { Camera } from './camera';
import { LabelSchedule } from './label-schedule';
import { LayoutRunner } from './layout-runner';
import type { LocalView } from './local-view';
import { fadedCount, markFaint, markHighlight, markHubMentions, markMastery, markMasteryOf, markOpen, selectOnly } from './marks';
import { OverviewView } from './overview-view';
import { OverviewPatchRun } from './overview-patch-run';
import { paletteFor } from './palette-cache';
import { patchHeld } from './patch';
import { loadPositions, type Spot } from './positions';
import { fitPoints } from './viewport';
import { skipTransparentNodes } from './skip-transparent';
import { EdgeEvidenceState, type ShownEvidence } from './edge-evidence.svelte';
import type { CanvasInputs } from './canvas-inputs';
import { NodeActions, type HoverMastery } from './node-actions';

/**
 * The graph drawn by Cytoscape (and, past EDGE_LAYER_MIN nodes, the edge layer under it): renders, deltas,
 * layouts and kept positions. GraphView holds one and shows its state.
 */
export class GraphCanvas {
  /** 'running' until the first graph is placed: a test (or a person) waiting for 'done' waits for real positions. */
  layoutState = $state<'running' | 'done'>('running');
  nodeCount = $state(0);
  edgeCount = $state(0);
  highlightedCount = $state(0);
  masteredCount = $state(0);
  focusedCount = $state(0);
  selectedIds = $state.raw<string[]>([]);
  /** The hovered node's mastery, as a number a person can read. */
  hoverMastery = $state<HoverMastery | null>(null);
  private readonly edgeEvidence = new EdgeEvidenceState();
  /** The clicked edge, its ends and the sentences behind it (edge-evidence.svelte.ts). */
  get evidence(): ShownEvidence | null {
    return this.edgeEvidence.shown;
  }
  set evidence(shown: ShownEvidence | null) {
    this.edgeEvidence.shown = shown;
  }
  /** Edges drawn faded until an end is hovered (marks.ts fadedCount): the view says so. */
  fadedCount = $state(0);
  /** Set while the edge layer draws only the strongest of the edges in view (edge-thinning.ts). */
  thinned = $state<{ drawn: number; inView: number } | null>(null);
  /** The local graph's centre: the open note, or the concept last clicked. */
  focusId = $state<string | null>(null);
  /** The local graph shown: how many nodes of how many (the cap says so, and offers more). */
  localShown = $state<{ shown: number; total: number } | null>(null);

  cy: Core | null = null;
  container: HTMLDivElement | null = null;
  vaultName = '';
  private large = false;
  /** Whether the stylesheet leaves plain nodes to the edge layer (graphStyle's `overview`). */
  private overviewStyle = false;
  private hardwareWebgl: boolean | null = null;
  /** Past EDGE_LAYER_MIN nodes: the edges drawn under Cytoscape, and what Cytoscape holds of them. */
  private readonly over = new OverviewView((t) => {
    if (t === null || this.thinned?.drawn !== t.drawn || this.thinned.inView !== t.inView) this.thinned = t;
  });
  private get layer() {
    return this.over.layer;
  }
  private get overview() {
    return this.over.edges;
  }
  /** The capped local neighbourhood on screen (hops from the centre), laid out as rings; null in the global graph. */
  private local: LocalView | null = null;
  private shownEdges: GraphEdgeDTO[] = [];
  /** Exports wait for it: a graph still being handed over would be exported with part of its nodes. */
  private handing: Promise<void> = Promise.resolve();
  /** A large graph's nodes the edge layer paints but Cytoscape does not hold yet (hand-over.ts), where they are. */
  private pending = new Map<string, Spot>();
  /** Bumped by every render, so a hand-over still under way for an older one stops. */
  private renderGen = 0;
  /** A node held by the pointer, and a render waiting for its release. */
  private readonly hold = new HeldNode();
  private readonly layout = new LayoutRunner(() => ({
    cy: this.cy,
    vaultName: this.vaultName,
    local: this.local,
    centre: this.model.center,
    layerEdges: this.layer ? this.shownEdges : null,
    hiddenEdges: (shown) => this.model.hiddenRelated(shown),
    pending: this.pending,
    neighbourIds: (id) => this.neighbourIds(id),
    frame: (g) => this.camera.frame(g),
    labelsNow: () => this.labels.now(),
    labelsSoon: () => this.labels.schedule(),
    setState: (state) => (this.layoutState = state),
  }));
  /** A delta patched into the overview, over several tasks. */
  private readonly overviewPatch = new OverviewPatchRun({
    renderGen: () => this.renderGen,
    cy: () => this.cy,
    container: () => this.container,
    view: this.over,
    visible: () => this.model.visible(this.inputs.highlight),
    patchable: (nodes, edges) => !!this.layer && !this.local && this.pending.size === 0 && this.layoutState !== 'running' && usesEdgeLayer(nodes.length, edges.length),
    groupColour: (n) => this.groupColour(n),
    nodesPatched: (count) => {
      this.nodeCount = count;
      this.markOpen();
      if (this.inputs.highlight) this.markHighlight();
    },
    edgesPatched: (shown) => {
      this.shownEdges = shown;
      this.edgeCount = shown.length;
    },
    addedNodes: (ids) => this.placedNew(ids),
    render: () => this.render(false),
  });
  private readonly labels = new LabelSchedule(() => ({ cy: this.cy, large: this.large, overview: this.overview }));
  private readonly camera = new Camera(() => ({
    cy: this.cy,
    container: this.container,
    large: this.large,
    moved: () => {
      this.layer?.viewportChanged();
      this.labels.schedule();
    },
  }));

  private readonly actions = new NodeActions({
    cy: () => this.cy,
    inputs: () => this.inputs,
    over: this.over,
    labels: this.labels,
    camera: this.camera,
    hold: this.hold,
    layout: this.layout,
    neighbourIds: (id) => this.neighbourIds(id),
    render: (relayout) => this.render(relayout),
    showEvidence: (edge) => void this.edgeEvidence.show(edge, this.cy, this.client),
    clearEvidence: () => (this.evidence = null),
    hovered: (shown) => (this.hoverMastery = shown),
    focused: (nodeId) => (this.focusId = nodeId),
    selected: (ids) => (this.selectedIds = ids),
  });

  constructor(
    readonly model: GraphState,
    private readonly client: CairnClient,
    private readonly inputs: CanvasInputs,
  ) {}

  private groupColour = (n: GraphNodeDTO): string | undefined => this.model.groups.find((g) => groupMatches(g.query, n))?.colour;

  /** WebGL or not is fixed when Cytoscape starts, so crossing the size threshold means a new instance. */
  private ensureCy(container: HTMLDivElement, count: number, edgeCount: number): Core {
    const wantLarge = count > LARGE_GRAPH;
    const wantOverview = usesEdgeLayer(count, edgeCount);
    if (this.cy && wantLarge === this.large) {
      if (wantOverview !== this.overviewStyle) this.cy.style(graphStyle(readColors(container), this.large, (this.overviewStyle = wantOverview)));
      return this.cy;
    }
    this.cy?.destroy();
    this.large = wantLarge;
    this.overviewStyle = wantOverview;
    const g = cytoscape({ container, style: graphStyle(readColors(container), this.large, this.overviewStyle), ...viewOptions(count, (this.hardwareWebgl ??= hasHardwareWebgl())) });
    this.cy = g;
    skipTransparentNodes(g);
    this.actions.wire(g);
    return g;
  }

  render(relayout: boolean): void {
    const container = this.container;
    if (!container) return;
    if (this.hold.held(this.cy)) {
      this.hold.wait(relayout);
      return;
    }
    const { nodes: visibleNodes, edges, local } = this.model.visible(this.inputs.highlight);
    this.local = local ?? null;
    this.localShown = local ? { shown: local.nodes.length, total: local.total } : null;
    // A concept's mentions by notes the cap left out show as a count on it, not as a fan of edges.
    const nodes = local?.hiddenMentions.size ? visibleNodes.map((n) => (local.hiddenMentions.has(n.id) ? { ...n, label: `${n.label} · +${local.hiddenMentions.get(n.id)}` } : n)) : visibleNodes;
    const known = new Map<string, Spot>([...this.pending, ...(this.cy?.nodes().map((n): [string, Spot] => [n.id(), { ...n.position() }]) ?? [])]);
    const pinned = new Set(this.cy?.nodes('.pinned').map((n) => n.id()) ?? []);
    // A whole render replaces every element: the node a person just clicked must stay selected through it
    // (an index update arriving right after a click re-rendered the graph and dropped the selection).
    const selected = this.cy?.nodes(':selected').map((n) => n.id()) ?? [];
    // The first graph this view shows is framed whole, from kept positions as from the waiting spiral.
    const first = (this.cy?.nodes().length ?? 0) === 0 && this.pending.size === 0;
    const g = this.ensureCy(container, nodes.length, edges.length);
    // A big graph is coloured by community, so its clusters show.
    const palette = nodes.length > LARGE_GRAPH ? paletteFor(this.vaultName, nodes.map((n) => n.id), edges) : null;
    const groups = nodes.map(this.groupColour);
    const { elements: nodeElements, missing } = placeNodes(nodes, known, loadPositions(this.vaultName), pinned, palette, groups);
    const overview = usesEdgeLayer(nodes.length, edges.length);
    const gen = ++this.renderGen;
    this.pending = new Map();
    // A layout still running was computing positions for the elements about to be replaced: it starts again
    // once they are in (settle); meanwhile it must not move or save them.
    const unfinished = this.layout.busy && this.layoutState === 'running';
    this.layout.cancel();
    g.batch(() => {
      g.elements().remove();
      if (!overview) g.add([...nodeElements, ...edges.map(toEdge)]);
      for (const id of overview ? [] : selected) g.getElementById(id).select();
    });
    this.shownEdges = edges;
    this.over.forgetEdges();
    if (overview) {
      // The layer paints every node and edge now; Cytoscape takes the nodes over the next frames (hand-over.ts).
      this.over.show(g, container, nodes, edges, palette, groups, Float64Array.from(nodeElements.flatMap((e) => [e.position.x, e.position.y])));
      this.pending = new Map(nodeElements.map((e) => [e.data.id!, { ...e.position, ...(e.locked ? { pinned: true as const } : {}) }]));
      if (first || (missing.length > 0 && missing.length === nodes.length)) fitPoints(g, this.pending.values(), 30);
      this.handing = handOver(g, nodeElements, () => gen === this.renderGen && this.cy === g).then((done) => {
        if (!done) return;
        this.pending = new Map();
        this.settle(g, relayout, unfinished, missing, nodes.length, edges.length, first);
      });
      return;
    }
    this.over.hide();
    this.settle(g, relayout, unfinished, missing, nodes.length, edges.length, first);
  }

  /**
   * A delta (a save, a change on disk) applied to what Cytoscape holds, instead of a whole render: only the
   * elements that changed are restyled and redrawn. False when a whole render is needed: the edge layer,
   * a hand-over or a layout under way, or a size threshold crossed.
   */
  patch(): boolean {
    const g = this.cy;
    // A local graph's cap and rings are worked out again from the whole neighbourhood.
    if (!g || this.local || this.pending.size > 0 || this.layoutState === 'running' || this.hold.held(g)) return false;
    if (this.layer) {
      // In turns after this one (overview-patch-run.ts); deltas arriving meanwhile are taken in by the next patch.
      this.overviewPatch.request(g);
      return true;
    }
    const { nodes, edges } = this.model.visible(this.inputs.highlight);
    if (usesEdgeLayer(nodes.length, edges.length) || nodes.length > LARGE_GRAPH !== this.large) return false;
    const patched = patchHeld(g, nodes, edges, this.groupColour);
    if (!patched) return true;
    this.nodeCount = nodes.length;
    this.edgeCount = edges.length;
    if (patched.added.length) this.placedNew(patched.added);
    this.markOpen();
    this.refade();
    if (this.inputs.highlight) this.markHighlight();
    return true;
  }

  /**
   * Nodes a delta added go next to their neighbours and are kept there; the edge layer moves them in its
   * picture, redrawn in slices (a whole redraw for their every move was a 100 ms task after such a save).
   */
  private placedNew(ids: readonly string[]): void {
    this.layer?.nodesMoved(this.layout.placeAdded(ids));
    if (this.cy) this.masteredCount += markMasteryOf(this.cy, this.inputs.mastery ?? {}, ids);
  }

  /** The rest of a render, once Cytoscape holds every node. */
  private settle(g: Core, relayout: boolean, unfinished: boolean, missing: string[], nodeTotal: number, edgeTotal: number, first: boolean): void {
    const missingSet = new Set(missing);
    g.nodes().forEach((node) => {
      if (!missingSet.has(node.id())) node.scratch('_placed', true);
    });
    // Nothing was placed before (the waiting spiral), or nothing was shown before: frame the whole vault.
    if (first || (missing.length > 0 && missing.length === nodeTotal)) this.camera.frame(g);
    this.nodeCount = nodeTotal;
    this.edgeCount = edgeTotal;
    this.markOpen();
    this.refade();
    this.markHighlight();
    this.markMastery();
    const incremental = !relayout && !unfinished && missing.length < nodeTotal && missing.length <= Math.max(5, nodeTotal * 0.02);
    if (relayout || unfinished || missing.length > 0) this.layout.run(incremental);
    else {
      this.layoutState = 'done';
      this.labels.schedule();
    }
  }

  /** A node's neighbours, from the graph itself: with the edge layer, Cytoscape holds few of the edges. */
  private neighbourIds(id: string): string[] {
    if (this.overview) return this.overview.neighbourIds(id);
    return this.cy?.getElementById(id).neighborhood().nodes().map((n) => n.id()) ?? [];
  }

  runLayout(incremental: boolean): void {
    // The layout reads every node's size.
    this.over.deferred.flush();
    this.layout.run(incremental);
  }

  /** The local graph's next strongest nodes. */
  showMore(step: number): void {
    this.model.localLimit += step;
    this.render(true);
  }

  /** The fading marks again (a render, a delta, the person turning fading on or off), and their count. */
  refade(): void {
    const g = this.cy;
    if (!g) return;
    const on = this.model.fadeLines;
    // With the edge layer Cytoscape holds only some of the edges, too few to tell a hub. A local graph's hubs
    // fade as the global graph's do: the centre's spokes and a ring note's chords hid the ties between concepts.
    const centre = this.local ? this.model.center : null;
    if (!this.layer) markHubMentions(g, on, centre);
    markFaint(g, centre, on);
    this.fadedCount = fadedCount(g);
  }

  markOpen(): void {
    if (this.cy && markOpen(this.cy, this.inputs.openNoteId)) this.labels.schedule();
  }

  /** Selects the node of the concept opened elsewhere (selectOnly); its label comes first. */
  selectConcept(id: string): void {
    if (this.cy && selectOnly(this.cy, id)) this.labels.schedule();
  }

  markHighlight(): void {
    if (!this.cy) return;
    const { highlight, focus = null, highlightConcepts = null } = this.inputs;
    this.layer?.setFaded(!!highlight || !!focus);
    this.layer?.setNodesDimmed(!!highlight || !!focus);
    const counts = markHighlight(this.cy, highlight, focus, highlight ? highlightConcepts : null);
    this.highlightedCount = counts.highlighted;
    this.focusedCount = counts.focused;
    this.labels.schedule();
  }

  markMastery(): void {
    if (this.cy) this.masteredCount = markMastery(this.cy, this.inputs.mastery ?? {});
  }

  /** Opens an end of the edge whose evidence is shown, as a click on its node would. */
  openEnd(id: string): void {
    this.actions.openEnd(id);
  }

  onKeydown(event: KeyboardEvent): void {
    this.actions.onKeydown(event);
  }

  resized(): void {
    this.camera.resized();
  }

  fit(): void {
    if (this.cy) this.camera.frame(this.cy);
  }

  zoomBy(factor: number): void {
    this.camera.zoomBy(factor);
  }

  centreOnOpen(): void {
    this.camera.centreOn(`note:${this.inputs.openNoteId}`);
  }

  /** Waits for a hand-over under way, so an export holds every node. */
  async exporting(kind: 'png' | 'svg' | 'json'): Promise<void> {
    await this.handing;
    if (!this.cy || !this.container) return;
    this.over.deferred.flush();
    await exportView(kind, { cy: this.cy, layer: this.layer, shownEdges: this.shownEdges, colors: readColors(this.container) });
  }

  /** With `join`, a fetch the same as one on its way is left to that one, which draws the answer. */
  async refetch(relayout: boolean, join = false): Promise<void> {
    const openNoteId = this.inputs.openNoteId;
    const joined = await this.model.fetch(this.focusId ?? (openNoteId ? `note:${openNoteId}` : null), join);
    if (!joined) this.render(relayout);
  }

  /** The theme changed: Cytoscape's style and the layer's colours are read again from the page. */
  restyle(): void {
    const { cy, container } = this;
    if (!cy || !container) return;
    cy.style(graphStyle(readColors(container), this.large, this.overviewStyle));
    this.over.restyle(container);
  }

  destroy(): void {
    this.renderGen++;
    this.layout.cancel();
    this.labels.destroy();
    this.camera.destroy();
    this.overviewPatch.cancel();
    this.over.destroy();
    this.cy?.destroy();
  }
}
