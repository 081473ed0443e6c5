import { plain } from './fold';
import type { Outline } from './outline';
import type { ConceptHit, ConceptKey, Occurrence } from './types';

type Push = (from: ConceptKey, to: ConceptKey, name: 'lives in', evidence: Occurrence) => void;

/**
 * A sentence that opens with the place and then says what is made there: `Dentro de la VPC se crean
 * subnets`, `Inside a VPC you create subnets`, `Within each Region there are several AZs`. What is made
 * lives in the place. The place and the thing must follow their cue words closely.
 */
const FRONTED = /^[\s*_>-]*(?:dentro de|inside|within|en cada|in each)\s+(?:(?:la|el|los|las|un|una|cada|the|a|an|each|your)\s+)?/;
const MADE = /^,?\s*(?:se (?:crean?|lanzan?|despliegan?|ejecutan?)|hay|existen?|viven?|you (?:can )?(?:create|launch|deploy)|there (?:is|are)|(?:is|are) created|we (?:create|launch))\s+(?:(?:varias|varios|muchas|muchos|una|uno|un|unas|unos|las|los|one|several|many|multiple|some|the|a|an|your)\s+)?/;
const ANY_FRONTED = /^[\s*_>-]*(?:dentro de|inside|within|en cada|in each)\b/i;

/** What the sentences that open with a place state lives there. One test per sentence string: few open so. */
export function placeRelations(outline: Outline, hits: readonly ConceptHit[], push: Push): void {
  const seen = new Set<string>();
  for (const h of hits) {
    const sentence = h.occurrence.sentence;
    if (seen.has(sentence)) continue;
    seen.add(sentence);
    if (!ANY_FRONTED.test(sentence)) continue;
    const lower = plain(sentence);
    const cue = FRONTED.exec(lower);
    if (!cue) continue;
    const named = hits.filter((x) => x.occurrence.sentence === sentence && x.occurrence.line === h.occurrence.line);
    const place = at(outline, named, lower, cue[0].length);
    if (!place) continue;
    const made = MADE.exec(lower.slice(place.end));
    if (!made) continue;
    const thing = at(outline, named, lower, place.end + made[0].length);
    if (thing && thing.key !== place.key) push(thing.key, place.key, 'lives in', h.occurrence);
  }
}

/** The concept whose name starts right at `from` (the longest), or undefined. */
function at(outline: Outline, hits: readonly ConceptHit[], lower: string, from: number): { key: ConceptKey; end: number } | undefined {
  let best: { key: ConceptKey; end: number } | undefined;
  for (const h of hits) {
    const span = outline.spanOf(h.key, lower, from);
    if (span && span[0] === from && (!best || span[1] > best.end)) best = { key: h.key, end: span[1] };
  }
  return best;
}
