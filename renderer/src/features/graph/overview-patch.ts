/**
 * Community colours carried over a delta: a node keeps the slot it had, a new one has none (-1) until the
 * next whole render. Recomputing them (Louvain) on each save of the AWS guide cost ~0.25 s of one task.
 */
export function carryPalette(before: { ids: readonly string[]; palette: Int32Array } | null, ids: readonly string[]): Int32Array {
  const slot = new Map<string, number>();
  if (before) before.ids.forEach((id, i) => slot.set(id, before.palette[i] ?? -1));
  return Int32Array.from(ids, (id) => slot.get(id) ?? -1);
}
