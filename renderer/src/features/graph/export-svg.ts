import type { Core, NodeSingular } from 'cytoscape';
import type { GraphColors } from './cy-style';

const esc = (s: string): string => s.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The current view as SVG: what is inside the viewport, in the view's colours, shapes by kind. */
/** `extraEdges`: edges Cytoscape does not hold (a large graph's edge layer draws them). */
export function exportSvgText(cy: Core, c: GraphColors, extraEdges: readonly { source: string; target: string; kind: string; width: number }[] = []): string {
  const ext = cy.extent();
  const pad = 40 / cy.zoom();
  const inView = (p: { x: number; y: number }): boolean => p.x >= ext.x1 - pad && p.x <= ext.x2 + pad && p.y >= ext.y1 - pad && p.y <= ext.y2 + pad;
  const colour: Record<string, string> = { note: c.note, concept: c.concept, tag: c.tag, missing: c.missing };
  const stroke: Record<string, string> = { link: c.note, embed: c.note, mention: c.concept, related: c.concept, tagged: c.tag };
  const dash: Record<string, string> = { mention: ' stroke-dasharray="2 3"', related: ' stroke-dasharray="6 4"' };
  const font = Math.max(11, 11 / cy.zoom());
  const parts: string[] = [];
  cy.edges(':visible').forEach((e) => {
    const a = e.source().position();
    const b = e.target().position();
    if (!inView(a) && !inView(b)) return;
    const kind = e.data('kind') as string;
    parts.push(`<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="${stroke[kind] ?? c.muted}" stroke-opacity="0.45" stroke-width="${e.data('width')}"${dash[kind] ?? ''}/>`);
  });
  for (const e of extraEdges) {
    const a = cy.getElementById(e.source).position();
    const b = cy.getElementById(e.target).position();
    if (!inView(a) && !inView(b)) continue;
    parts.push(`<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="${stroke[e.kind] ?? c.muted}" stroke-opacity="0.3" stroke-width="${e.width}"/>`);
  }
  // Every node: a large graph's plain nodes are invisible in Cytoscape (the edge layer paints them).
  cy.nodes().forEach((n: NodeSingular) => {
    const p = n.position();
    if (!inView(p)) return;
    const r = (n.data('size') as number) / 2;
    const fill = (n.data('gcolour') as string | undefined) ?? (String(n.style('background-color') || '') || colour[n.data('kind') as string] || c.note);
    const kind = n.data('kind') as string;
    if (kind === 'concept') parts.push(`<polygon points="${p.x},${p.y - r} ${p.x + r},${p.y} ${p.x},${p.y + r} ${p.x - r},${p.y}" fill="${fill}"/>`);
    else if (kind === 'tag') parts.push(`<rect x="${p.x - r}" y="${p.y - r}" width="${2 * r}" height="${2 * r}" rx="3" fill="${fill}"/>`);
    else if (kind === 'missing') parts.push(`<circle cx="${p.x}" cy="${p.y}" r="${r}" fill="none" stroke="${fill}" stroke-dasharray="3 2"/>`);
    else parts.push(`<circle cx="${p.x}" cy="${p.y}" r="${r}" fill="${fill}"/>`);
    const labelled = n.style('label') !== '' && n.style('label') !== undefined;
    if (labelled) parts.push(`<text x="${p.x}" y="${p.y + r + font}" font-size="${font.toFixed(1)}" text-anchor="middle" fill="${c.fg}" stroke="${c.bg}" stroke-width="${(font / 5).toFixed(1)}" paint-order="stroke" font-family="sans-serif">${esc(n.data('label') as string)}</text>`);
  });
  const [x, y, w, h] = [ext.x1, ext.y1, ext.w, ext.h].map((v) => v.toFixed(1));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${w} ${h}"><rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${c.bg}"/>${parts.join('')}</svg>`;
}
