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

/**
 * A comparative set against a concept: `misma seguridad que RSA`, `más rápido que TCP`, `parecido a X`,
 * `cheaper than On-Demand`, `the same API as S3`, `similar to X`. A word must stand between `más`/`more` and
 * `que`/`than` (`no es más que un X` says what it is, `more than one AZ` counts).
 */
const COMPARATIVE = /\b(?:(?:mas|menos|mejor|peor|mayor|menor|mism[oa]s?|tan)(?:\s+[\p{L}-]+){1,3}?\s+(?:que|como)|igual(?:\s+de\s+[\p{L}-]+)?\s+que|(?:similar|parecid[oa]s?|equivalente|analog[oa]s?)\s+al?|(?:more|less|better|worse)(?:\s+[\p{L}-]+){1,2}?\s+than|(?!(?:rather|other)\b)[\p{L}]{3,}er\s+than|(?:the\s+)?same(?:\s+[\p{L}-]+){0,3}?\s+as|(?:similar|equivalent|analogous)\s+to)\s+/gu;
const COMPARATIVE_ONE = new RegExp(COMPARATIVE.source, 'u');
const ANY_COMPARATIVE = /\b(?:que|como|than|as|to|al?)\b/i;
const ANY_COMPARATIVE_WORD = /\b(?:m[aá]s|menos|mejor|peor|mayor|menor|mism[oa]s?|tan|igual|similar|parecid[oa]s?|equivalente|an[aá]log[oa]s?|more|less|better|worse|\w{3,}er|same|equivalent|analogous)\b/i;
/** Before the subject of a comparison: markup, a label's colon, an article. */
const SUBJECT_OPENS = /^(?:[^:]*:)?[\s*_`"'#>-]*(?:(?:el|la|los|las|un|una|the|a|an)\s+)?[*_`"']*$/;

export function comparisonRelations(outline: Outline, hits: readonly ConceptHit[], push: Push): void {
  for (const occurrence of eachSentence(hits)) {
    if (ANY_COMPARATIVE.test(occurrence.sentence) && ANY_COMPARATIVE_WORD.test(occurrence.sentence)) comparatives(outline, hits, occurrence, push);
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

/** `ECC: misma seguridad que RSA …`: the sentence's subject, or its line's term, is compared with the concept after the comparative. */
function comparatives(outline: Outline, hits: readonly ConceptHit[], occurrence: Occurrence, push: Push): void {
  const lower = plain(occurrence.sentence);
  // Most sentences with `que`/`than`/`as` compare nothing: the full pattern first, before any name is placed.
  if (!COMPARATIVE_ONE.test(lower)) return;
  const placed = placedIn(outline, hits, occurrence, lower);
  if (placed.length === 0) return;
  for (const m of lower.matchAll(COMPARATIVE)) {
    const end = m.index + m[0].length;
    const object = placed.filter((p) => p.span[0] >= end && AFTER_CUE.test(lower.slice(end, p.span[0]))).sort((a, b) => a.span[0] - b.span[0])[0];
    if (!object) continue;
    let subject = placed.filter((p) => p.span[1] <= m.index && p.key !== object.key && SUBJECT_OPENS.test(lower.slice(0, p.span[0]))).sort((a, b) => a.span[0] - b.span[0])[0]?.key;
    if (subject === undefined) {
      const section = outline.note.sections[occurrence.section];
      subject = section ? outline.head(occurrence.section, occurrence.line - section.startLine)?.key : undefined;
    }
    if (subject !== undefined && subject !== object.key) push(subject, object.key, 'compared with', occurrence);
  }
}
