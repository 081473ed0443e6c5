import { plain } from './fold';
import type { Outline } from './outline';
import { eachSentence, placedIn, type Placed } from './sentence-places';
import type { ConceptHit, ConceptKey, Occurrence } from './types';

type Push = (from: ConceptKey, to: ConceptKey, name: 'leads to', evidence: Occurrence) => void;

/**
 * A flow written with arrows between names, in any language: `working dir → staging → repo`, `new -> ready
 * -> running`, `internet => router => switch`. Each name leads to the next. Only where a name is the whole
 * step (an article, markup and a parenthesis aside): `quantum too big → behaves like FCFS` is cause and effect
 * in prose, and `**term** -> what it is` a definition (genus-relations.ts), not a flow. A single arrow
 * counts only between two bare names on a line of their own, or after a label's colon.
 */
const ARROW = /\s*(?:->|=>|→|⇒|⟶)\s*/g;
const ANY_ARROW = /->|=>|→|⇒|⟶/;
/** What may open a step: markup, a list mark, an article. */
const STEP_START = /^[\s*_`"'>-]*(?:(?:el|la|los|las|un|una|the|a|an)\s+)?[*_`"']*/;
/** What may close a step: markup, a parenthesis glossing the name, a full stop. */
const BOLD_HEAD = /^[\s>*+-]*(?:\*\*|__)/;
const STEP_END = /^[*_`"']*\s*(?:\([^()]*\))?[\s*_`"'.;,]*$/;

export function arrowRelations(outline: Outline, hits: readonly ConceptHit[], push: Push): void {
  for (const occurrence of eachSentence(hits)) {
    if (!ANY_ARROW.test(occurrence.sentence)) continue;
    const lower = plain(occurrence.sentence);
    const bounds: [number, number][] = [];
    let from = 0;
    for (const m of lower.matchAll(ARROW)) {
      bounds.push([from, m.index]);
      from = m.index + m[0].length;
    }
    bounds.push([from, lower.length]);
    if (bounds.length < 2) continue;
    // The first step may follow a label's colon: `flujo: A → B → C`.
    const first = bounds[0] as [number, number];
    const colon = lower.lastIndexOf(':', first[1]);
    if (colon >= first[0]) first[0] = colon + 1;
    const placed = placedIn(outline, hits, occurrence, lower);
    const steps = bounds.map(([a, b]) => wholeStep(placed, lower, a, b));
    // `**snapshot** -> backup`: one arrow after a bold term defines it.
    if (bounds.length === 2 && BOLD_HEAD.test(occurrence.sentence)) continue;
    for (let i = 0; i + 1 < steps.length; i++) {
      const a = steps[i];
      const b = steps[i + 1];
      if (a && b && a !== b) push(a, b, 'leads to', occurrence);
    }
  }
}

/** The concept that is the whole of the step [a, b), or undefined. */
function wholeStep(placed: readonly Placed[], lower: string, a: number, b: number): ConceptKey | undefined {
  const start = a + (STEP_START.exec(lower.slice(a, b))?.[0].length ?? 0);
  let best: Placed | undefined;
  for (const p of placed) if (p.span[0] === start && p.span[1] <= b && STEP_END.test(lower.slice(p.span[1], b)) && (!best || p.span[1] > best.span[1])) best = p;
  return best?.key;
}
