import type { Core } from 'cytoscape';
import type { GraphEdgeDTO } from '../../../../electron/contract';
import { edgeWidth, type GraphColors } from './cy-style';
import type { EdgeLayer } from './edge-layer';
import { exportSvgText } from './export-svg';

/** What an export needs of the view: Cytoscape, and the edge layer with the edges it draws, past EDGE_LAYER_MIN. */
export interface ExportSource {
  cy: Core;
  layer: EdgeLayer | null;
  shownEdges: readonly GraphEdgeDTO[];
  colors: GraphColors;
}

function download(name: string, href: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}

/** The view as a PNG or SVG picture, or the graph as JSON, downloaded. */
export async function exportView(kind: 'png' | 'svg' | 'json', source: ExportSource): Promise<void> {
  if (kind === 'png') await exportPng(source);
  else if (kind === 'svg') exportSvg(source);
  else exportJson(source);
}

export async function exportPng({ cy, layer, colors }: ExportSource): Promise<void> {
  const bg = colors.bg;
  if (!layer) {
    download('cairn-graph.png', URL.createObjectURL(cy.png({ output: 'blob', bg, full: false, scale: 2 }) as unknown as Blob));
    return;
  }
  // The layer's edges and nodes under what Cytoscape draws: cy.png() knows only its own canvas.
  const canvas = document.createElement('canvas');
  canvas.width = cy.width() * 2;
  canvas.height = cy.height() * 2;
  const ctx = canvas.getContext('2d')!;
  layer.paint(ctx, 2);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalCompositeOperation = 'destination-over';
  ctx.fillStyle = bg;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.globalCompositeOperation = 'source-over';
  ctx.drawImage(await createImageBitmap(cy.png({ output: 'blob', full: false, scale: 2 }) as unknown as Blob), 0, 0, canvas.width, canvas.height);
  canvas.toBlob((blob) => blob && download('cairn-graph.png', URL.createObjectURL(blob)), 'image/png');
}

export function exportJson({ cy, layer, shownEdges }: ExportSource): void {
  const data = {
    nodes: cy.nodes().map((n) => ({ ...(n.data() as object), position: n.position() })),
    edges: layer ? shownEdges.map((e) => ({ ...e, width: edgeWidth(e.weight) })) : cy.edges().map((e) => e.data() as object),
  };
  download('cairn-graph.json', URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' })));
}

export function exportSvg({ cy, layer, shownEdges, colors }: ExportSource): void {
  const extra = layer ? shownEdges.filter((e) => !cy.hasElementWithId(e.id)).map((e) => ({ ...e, width: edgeWidth(e.weight) })) : [];
  download('cairn-graph.svg', URL.createObjectURL(new Blob([exportSvgText(cy, colors, extra)], { type: 'image/svg+xml' })));
}
