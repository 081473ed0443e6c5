import { plain } from './fold';
import type { Outline } from './outline';
import { eachSentence, placedIn, type Placed } from './sentence-places';
import type { ConceptHit, ConceptKey, Occurrence } from './types';

type Push = (from: ConceptKey, to: ConceptKey, name: 'compared with', evidence: Occurrence) => void;

/**
 * Two concepts a sentence sets against each other, in Spanish and English: `Q: TCP vs UDP?`, `la diferencia
 * entre un contenedor y una VM`, `the difference between paging and segmentation`, `unlike Y, X …`, `a
 * diferencia de Y, X …`. Each must stand right beside its cue: a concept further off is
 * seldom one of the two.
 */
const ANY_CUE = /\b(?:vs\.?|versus|diferencias? entre|differences? between|unlike|a diferencia de)(?:\s|$)/i;
const BETWEEN = /\b(?:diferencias? entre|differences? between)\s+/g;
const VERSUS = /\b(?:vs\.?|versus)(?=\s)/g;
const UNLIKE = /(?:^|[\s(])(?:unlike|a diferencia de)\s+/g;
/** What may part a concept from its cue: markup, a parenthesis glossing it, an article after the cue. */
const BEFORE_CUE = /^(?:\s*\([^()]*\))?[\s*_`"']*$/;
const AFTER_CUE = /^[\s*_`"']*(?:(?:el|la|los|las|un|una|the|a|an)\s+)?[*_`"']*$/;
/** What joins the two concepts after `entre`/`between`. */
const AND = /^(?:\s*\([^()]*\))?[\s*_`"']*(?:y|e|and)\s+(?:(?:el|la|los|las|un|una|the|a|an)\s+)?[*_`"']*$/;
/** After `unlike Y,` the sentence's subject: markup and an article may come first. */
const SUBJECT_START = /^(?:\s*\([^()]*\))?\s*,\s*(?:(?:el|la|los|las|un|una|the|a|an)\s+)?[*_`"']*$/;

/** What may stand before the first of two concepts set side by side: nothing, a label and its colon, markup. */
const OPENS = /(?:^|[:;(,?!.]|\bq\b)[\s*_`"'#>-]*(?:(?:el|la|los|las|the)\s+)?$/;

export function comparisonRelations(outline: Outline, hits: readonly ConceptHit[], push: Push): void {
  for (const occurrence of eachSentence(hits)) {
    if (!ANY_CUE.test(occurrence.sentence)) continue;
    const lower = plain(occurrence.sentence);
    const outer = placedIn(outline, hits, occurrence, lower);
    if (outer.length < 2) continue;
    const endingAt = (at: number): Placed | undefined => outer.filter((p) => p.span[1] <= at && BEFORE_CUE.test(lower.slice(p.span[1], at))).sort((a, b) => b.span[1] - a.span[1])[0];
    const startingAt = (at: number, gap: RegExp): Placed | undefined => outer.filter((p) => p.span[0] >= at && gap.test(lower.slice(at, p.span[0]))).sort((a, b) => a.span[0] - b.span[0])[0];
    for (const m of lower.matchAll(VERSUS)) {
      const left = endingAt(m.index);
      // The first of the two opens its clause (`Q: TCP vs UDP?`, `Tipos: A vs B`): `20% lower costs vs T3` compares a figure.
      if (left && !OPENS.test(lower.slice(0, left.span[0]))) continue;
      const right = startingAt(m.index + m[0].length, AFTER_CUE);
      if (left && right && left.key !== right.key) push(left.key, right.key, 'compared with', occurrence);
    }
    for (const m of lower.matchAll(BETWEEN)) {
      const first = startingAt(m.index + m[0].length, AFTER_CUE);
      const second = first && startingAt(first.span[1], AND);
      if (first && second && first.key !== second.key) push(first.key, second.key, 'compared with', occurrence);
    }
    for (const m of lower.matchAll(UNLIKE)) {
      const other = startingAt(m.index + m[0].length, AFTER_CUE);
      const subject = other && startingAt(other.span[1], SUBJECT_START);
      if (other && subject && other.key !== subject.key) push(subject.key, other.key, 'compared with', occurrence);
    }
  }
}
