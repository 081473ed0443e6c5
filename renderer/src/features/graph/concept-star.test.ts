import { describe, expect, it } from 'vitest';
import { fadedOffStar } from './concept-star';
import type { Tie } from './related-backbone';

const tie = (source: string, target: string, kind: string, weight = 1): Tie => ({ source, target, kind, weight });
const C = 'concept:rocas-igneas';

/** A concept with three kinds, mentioned by two notes that also mention the kinds, the kinds sharing sections. */
const ring: Tie[] = [
  tie('concept:granito', C, 'relation'),
  tie('concept:basalto', C, 'relation'),
  tie('concept:obsidiana', C, 'relation'),
  tie('note:rocas.md', C, 'mention', 3),
  tie('note:volcanes.md', C, 'mention'),
  tie('note:rocas.md', 'concept:granito', 'mention'),
  tie('note:rocas.md', 'concept:basalto', 'mention'),
  tie('note:volcanes.md', 'concept:basalto', 'mention', 2),
  tie('concept:granito', 'concept:basalto', 'related', 4),
  tie('concept:basalto', 'concept:obsidiana', 'relation'),
  tie('note:volcanes.md', 'note:rocas.md', 'link'),
];

describe('fadedOffStar', () => {
  it("keeps every one of the centre's ties in sight and fades every line among the nodes round it", () => {
    const faded = fadedOffStar(ring, C);
    ring.forEach((e, i) => expect(faded.has(i), `${e.source} → ${e.target}`).toBe(e.source !== C && e.target !== C));
  });

  it('keeps a node two hops out tied in by its strongest line to the ring inside, and fades its others', () => {
    const edges = [...ring, tie('concept:magma', 'concept:basalto', 'relation', 2), tie('concept:magma', 'note:volcanes.md', 'mention', 1), tie('concept:magma', 'concept:granito', 'related', 1)];
    const faded = fadedOffStar(edges, C);
    const at = (s: string, t: string): number => edges.findIndex((e) => e.source === s && e.target === t);
    expect(faded.has(at('concept:magma', 'concept:basalto'))).toBe(false);
    expect(faded.has(at('concept:magma', 'note:volcanes.md'))).toBe(true);
    expect(faded.has(at('concept:magma', 'concept:granito'))).toBe(true);
    // The ring's own chords still fade.
    expect(faded.has(at('concept:granito', 'concept:basalto'))).toBe(true);
  });

  it('prefers a stated relation to a shared section of the same weight when bringing a far node in', () => {
    const edges = [...ring, tie('concept:lava', 'concept:obsidiana', 'related', 2), tie('concept:lava', 'concept:basalto', 'relation', 2)];
    const faded = fadedOffStar(edges, C);
    expect(faded.has(edges.length - 1)).toBe(false);
    expect(faded.has(edges.length - 2)).toBe(true);
  });
});
