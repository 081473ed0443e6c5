/**
 * What the graph does when the index reports a vault ready (`vault-opened`). `shown` is the vault the view
 * last asked about ('' before its first answer), `onScreen` how many nodes it holds, `saved` how many
 * positions were kept for the opened vault.
 *
 * The event can arrive before the page knows which vault it shows: that is the same vault, not another
 * one, and its kept positions hold. (Read as another vault, every launch of a large vault re-ran the
 * layout — 16 s at 10k notes — over the positions it had saved.)
 */
export function onVaultOpened(shown: string, opened: string, onScreen: number, saved: number): { relayout: boolean; join: boolean } {
  const other = shown !== '' && shown !== opened;
  if (other) return { relayout: true, join: false };
  return { relayout: onScreen === 0 && saved === 0, join: true };
}
