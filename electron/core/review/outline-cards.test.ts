import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openVaultSession } from '../session';

// An outliner's page (Logseq): each term a linked block, with tags, a formula symbol or block properties
// after it, and its gloss as the first child; a worked example's numbers under a label; a callout whose title
// is the term.
const OUTLINE = `- ## Week 3 — Stars
	- [[Cepheid variable]]
	  id:: 6571a2f0-1c3b-4d8e-9a11-0b7e3f2c9d01
		- a pulsating star whose period of brightness tells its true luminosity
		- used to measure distances to nearby galaxies
	- [[Absolute magnitude]]
		- the brightness of a star as seen from a distance of 10 parsecs
	- [[Apparent magnitude]]
		- during a clear night the eye sees down to magnitude 6
	- [[Stellar parallax]]
		- worked example: $d = 1/p = 1/0.25 \\approx 4.00$ pc, $D = 4.00 \\cdot 3.26 \\approx 13.04$ ly
	- [[Neutron star]]
		- a collapsed core whose matter is packed as tightly as an atomic nucleus
- ## Week 4
	- [[Stellar wind]]
		- stellar wind: $\\dot M \\approx 2.0 \\times 10^{-14}$, $v \\approx 400.5$ km/s
	- [[Hubble's law]]: $v = H_0 d$
	- [[Third law of planetary motion]] #law
		- if a planet's orbit is twice as wide, its year is almost three times as long
	- [[Displacement law]]
		- $\\lambda_{max} T = b$
		- it is how the colour of a star gives its temperature
	- [[Surface gravity]] $g$ (m/(s·s)): the pull a body feels at the surface of a star or planet
	- [[Red giant]]
		- if the core runs out of hydrogen the star swells
	- [[Heat pump]]
		- a cooling machine run backwards: uses work to move heat into the house
`;

const CALLOUTS = `# Óptica

> [!note] Difracción
> Desviación de una onda al pasar por una rendija del tamaño de su longitud de onda.

La **difracción** explica los anillos de las lentes; con rayos X, la difracción mide la forma de los cristales.
`;

const REVIEW = `# Exam review

- [[Cepheid variable]] and [[Absolute magnitude]] come up in every exam, with [[Stellar parallax]], [[Neutron star]] and [[Apparent magnitude]].
- Read the [[Stellar wind]] chapter again.
- Learn [[Third law of planetary motion]], [[Displacement law]], [[Surface gravity]], [[Heat pump]] and [[Red giant]] by heart.
`;

describe('concept cards from an outline and a callout', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cairn-outline-cards-'));
  writeFileSync(path.join(dir, 'ASTR 1010.md'), OUTLINE);
  writeFileSync(path.join(dir, 'optica.md'), CALLOUTS);
  writeFileSync(path.join(dir, 'exam review.md'), REVIEW);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers a linked block from its first child, past its tags, symbol and properties; never with a worked example or what happens in it', async () => {
    const session = await openVaultSession(dir, { host: 'cli', watch: false, cacheDir: null });
    try {
      await session.service.setReviewSettings({ newPerDay: 500 });
      const queue = await session.service.reviewQueue({ limit: 500 });
      const cards = Object.fromEntries(queue.cards.filter((c) => c.kind === 'concept').map((c) => [c.front.toLowerCase(), c.back]));
      expect(cards['cepheid variable']).toBe('Cepheid variable — a pulsating star whose period of brightness tells its true luminosity');
      expect(cards['absolute magnitude']).toBe('Absolute magnitude — the brightness of a star as seen from a distance of 10 parsecs');
      expect(cards['neutron star']).toBe('Neutron star — a collapsed core whose matter is packed as tightly as an atomic nucleus');
      // A law's own formula says what it is.
      expect(cards["hubble's law"]).toBe("Hubble's law: $v = H_0 d$");
      // A law's statement, even a conditional one; past a first child that is the formula alone, the words under it; a
      // unit whose parentheses hold their own.
      expect(cards["third law of planetary motion"]).toBe("Third law of planetary motion — if a planet's orbit is twice as wide, its year is almost three times as long");
      expect(cards["displacement law"]).toBe("Displacement law — it is how the colour of a star gives its temperature");
      expect(cards['surface gravity']).toBe('Surface gravity $g$ (m/(s·s)): the pull a body feels at the surface of a star or planet');
      // A noun phrase up to its colon, then what it does.
      expect(cards['heat pump']).toBe('Heat pump — a cooling machine run backwards: uses work to move heat into the house');
      // What happens if something else does, for a thing that states nothing: no card.
      expect(cards['red giant']).toBeUndefined();
      // What happens during it, numbers worked out: no card rather than a wrong one.
      expect(cards['apparent magnitude']).toBeUndefined();
      expect(cards['stellar parallax']).toBeUndefined();
      expect(cards['stellar wind']).toBeUndefined();
      // A callout titled with the term: its body's first sentence.
      expect(cards['difracción']).toBe('Difracción — Desviación de una onda al pasar por una rendija del tamaño de su longitud de onda.');
    } finally {
      await session.close();
    }
  }, 60_000);
});
