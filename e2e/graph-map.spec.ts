import { expect, test } from './fixtures';
import { astronomyNote } from './astronomy-note';
import { graph, openGraph } from './graph-page';

// The one-note vault's global graph was a radial star: every concept at the same distance round the note,
// the relations between concepts lost among the spokes.
interface MapShape {
  hubMentions: number;
  mentions: number;
  /** The most a hub mention shows through, and the least a relation does. */
  mentionOpacity: number;
  relationOpacity: number;
  /** Median length of the relation edges, and median distance of a concept from the note. */
  relationLength: number;
  noteDistance: number;
  /** The note is drawn over its concepts, and named. */
  noteOnTop: boolean;
  noteNamed: boolean;
}

test.describe('a one-note vault', () => {
  test.use({ vaultFiles: astronomyNote });

  test('draws its concept map: the note’s mentions fade back and related concepts sit together, not round the note', async ({ app }) => {
    await openGraph(app, 10);
    const shape = await graph<MapShape>(
      app,
      `const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
       const len = (a, b) => Math.hypot(a.position().x - b.position().x, a.position().y - b.position().y);
       const note = cy.nodes('[kind = "note"]');
       const mentions = cy.edges('[kind = "mention"]');
       const relations = cy.edges('[kind = "relation"]').filter((e) => e.source().data('kind') === 'concept' && e.target().data('kind') === 'concept');
       return {
         hubMentions: mentions.filter((e) => e.hasClass('ambient')).length,
         mentions: mentions.length,
         mentionOpacity: Math.max(...mentions.map((e) => e.effectiveOpacity())),
         relationOpacity: Math.min(...relations.map((e) => e.effectiveOpacity())),
         relationLength: median(relations.map((e) => len(e.source(), e.target()))),
         noteDistance: median(cy.nodes('[kind = "concept"]').map((n) => len(n, note))),
         noteOnTop: cy.nodes('[kind = "concept"]').every((n) => Number(n.style('z-index')) < Number(note.style('z-index'))),
         noteNamed: note.hasClass('labelled'),
       };`,
    );
    expect(shape.mentions).toBeGreaterThanOrEqual(12);
    expect(shape.hubMentions).toBe(shape.mentions);
    expect(shape.mentionOpacity).toBeLessThan(0.15);
    expect(shape.relationOpacity).toBeGreaterThan(0.5);
    // Kinds sit by what they are kinds of, far closer than the note's concepts sit to the note.
    expect(shape.relationLength).toBeLessThan(0.5 * shape.noteDistance);
    expect(shape.noteOnTop).toBe(true);
    expect(shape.noteNamed).toBe(true);

    // Hovering the note brings its mentions back.
    const box = (await app.getByTestId('graph-canvas').boundingBox())!;
    const p = await graph<{ x: number; y: number }>(app, `return cy.nodes('[kind = "note"]').renderedPosition();`);
    await app.mouse.move(box.x + p.x, box.y + p.y);
    await expect.poll(() => graph<number>(app, `return Math.min(...cy.edges('[kind = "mention"]').map((e) => e.effectiveOpacity()));`)).toBeGreaterThan(0.3);
  });

  test('its local graph fades the note’s spokes as the global graph does', async ({ app }) => {
    await openGraph(app, 10);
    const id = await graph<string>(app, `return cy.nodes('[kind = "note"]').data('noteId');`);
    await app.locator(`[data-testid=file-item][data-note-id="${id}"]`).click();
    await app.getByTestId('graph-mode-local').click();
    await expect(app.getByTestId('graph-canvas')).toHaveAttribute('data-layout-state', 'done');
    const count = `const m = cy.edges('[kind = "mention"]'); return { mentions: m.length, faded: m.filter((e) => e.hasClass('ambient')).length, opacity: Math.max(...m.map((e) => e.effectiveOpacity())) };`;
    await expect.poll(() => graph<{ mentions: number }>(app, count).then((s) => s.mentions)).toBeGreaterThanOrEqual(12);
    const shape = await graph<{ mentions: number; faded: number; opacity: number }>(app, count);
    expect(shape.faded).toBe(shape.mentions);
    expect(shape.opacity).toBeLessThan(0.15);
  });
});

test.describe('a vault of several notes, each naming a few concepts', () => {
  test.use({
    vaultFiles: Object.fromEntries(
      ['Mercurio', 'Venus', 'Marte', 'Júpiter'].map((planet, i) => [`${planet}.md`, `# ${planet}\n\n${planet} tiene **${['cráteres', 'nubes ácidas', 'polvo rojo', 'una gran mancha'][i]}** y un **${['núcleo de hierro', 'efecto invernadero', 'monte Olimpo', 'campo magnético'][i]}**.\n`]),
    ),
  });

  test('keeps its mentions drawn: no note ties to most of the concepts', async ({ app }) => {
    await openGraph(app, 3);
    const shape = await graph<{ mentions: number; faded: number; opacity: number }>(
      app,
      `const m = cy.edges('[kind = "mention"]'); return { mentions: m.length, faded: m.filter((e) => e.hasClass('ambient')).length, opacity: Math.min(...m.map((e) => e.effectiveOpacity())) };`,
    );
    expect(shape.mentions).toBeGreaterThanOrEqual(4);
    expect(shape.faded).toBe(0);
    expect(shape.opacity).toBeGreaterThan(0.3);
  });
});
