import { englishRole } from './english-lexicon';
import { plain } from './fold';
import { FOLDED_GENERIC, isStopword } from './folded-lists';
import { participle } from './glosses';
import { LABELS, VALUES, adverb, plainTerm } from './head-terms';
import { foldName } from './memo';
import { ITEM_MARKER, labelTerm, nounLabel } from './outline-labels';
import type { Line } from './prose-lines';

/** An outline's labels (`5.2.3. La mora o retraso:`) as heads: their term, and the item under them that defines it. */

/** `5.2.3. La mora o retraso (arts. 1100 CC):` → `mora`: an outline's label ending its line, without marker and asides. */
export function outlineIntro(text: string): string | null {
  const label = text.replace(ITEM_MARKER, '').replace(/:\s*$/, '').replace(/\s*\([^()]*\)/g, '').replace(/[*_]+/g, '').trim();
  // A sentence before the colon (`Se distinguen tres tipos de elementos:`) introduces a list; it names nothing.
  if (!label || /[.;:,]/.test(label) || label.split(/\s+/).length > 6) return null;
  return labelTerm(label);
}

/** The item right under an outline's label that says what its term is (`…, la causa es …`), or null. */
export function firstItemSaying(term: string, lines: readonly Line[], li: number): Line | null {
  const next = lines[li + 1];
  const here = lines[li] as Line;
  if (!next || next.section !== here.section || next.line > here.line + 2) return null;
  const t = term.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${t}\\s+(?:es|son|is|are|means?|significa)\\s`, 'iu').test(next.text) ? next : null;
}

/**
 * An outline label's term (see outline-labels.ts). Its capital is the outline's, so a word the note writes
 * in lower case is no less a term here; a lone word must read as a noun (`Pago`, `Condonación`, not `Posible`).
 */
export function labelName(label: string, text: () => string): string | null {
  const name = label.trim();
  if (name.includes(' ')) {
    // `Autonomía de la voluntad`, `Dación en pago`, `Culpa in contrahendo`: the label bounds the name, so the
    // article a Spanish complement takes after `de`, and a preposition inside, are part of it.
    const bare = name.replace(/\s(de|a)\s(?:la|las|los|el)\s/giu, ' $1 ').replace(/\s(?:en|sin|con|por|a|in)\s(?=\p{L})/giu, ' de ');
    return plainTerm(bare) === null ? null : bare === name ? plainTerm(name) : name;
  }
  const f = plain(name);
  if (!/^\p{L}[\p{L}-]+$/u.test(name) || isStopword(f) || FOLDED_GENERIC.has(foldName(name)) || LABELS.has(f) || VALUES.has(f) || participle(name)) return null;
  const lower = name.toLowerCase();
  const role = englishRole(lower);
  if (role === 'modifier' || role === 'base-verb' || role === 'verb' || adverb(f)) return null;
  return nounLabel(name, text) ? name : null;
}
