import { createHash } from 'node:crypto';
import type { NoteCandidates } from './types';

/**
 * What a note gives the dictionary, reduced to what can change the dictionary: names and whether each
 * acronym reaches the recurrence threshold. Editing prose that names nothing new keeps the digest, so
 * the dictionary, and every other note's matches, stay as they are.
 */
export function namesDigest(nc: NoteCandidates, withAcronyms = true, withProse = true): string {
  const lines: string[] = [];
  for (const c of nc.candidates) if (withProse || c.source !== 'term') lines.push(`${c.source}${c.fileName ? '*' : ''}:${c.names.join('\u0001')}`);
  if (withAcronyms) for (const a of nc.acronyms) lines.push(`#${a.text}:${Math.min(a.count, 3)}`);
  for (const h of nc.headingTokens) lines.push(`h:${h.join(' ')}`);
  // Only compared for equality: a hash keeps saved states small. '' still means "names nothing".
  if (lines.length === 0) return '';
  return createHash('sha1').update(lines.sort().join('\n')).digest('base64');
}

/** Whether two lists of recurring acronyms (see `recurringAcronyms`) are the same. */
export function sameAcronyms(a: readonly [string, string][], b: readonly [string, string][]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]?.[0] !== b[i]?.[0] || a[i]?.[1] !== b[i]?.[1]) return false;
  return true;
}
