import type { NoteSummary } from '../../../../electron/contract';

/**
 * The tag the search box's hint shows as its `tag:` example: the vault's most used one, by its first
 * segment (`#aws` for `#aws/networking`, which `tag:#aws` also finds), so the hint reads as this
 * vault's; null for a vault without tags. Ties go to the first in alphabetical order, so it holds still.
 */
export function placeholderTag(notes: readonly NoteSummary[]): string | null {
  const counts = new Map<string, number>();
  for (const note of notes) {
    for (const root of new Set(note.tags.map((tag) => tag.replace(/^#/, '').split('/')[0]!).filter(Boolean))) counts.set(root, (counts.get(root) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [tag, n] of counts) {
    if (n > most || (n === most && best !== null && tag < best)) [best, most] = [tag, n];
  }
  return best;
}
