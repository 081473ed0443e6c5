/** Where a node is, and whether the person pinned it there. */
export type Spot = { x: number; y: number; pinned?: true };
type Positions = Record<string, Spot>;

const key = (vault: string): string => `cairn:positions:${vault}`;

/** Per-vault node positions, so the graph opens as it was left. */
export function loadPositions(vault: string): Positions {
  if (!vault) return {};
  try {
    return JSON.parse(localStorage.getItem(key(vault)) ?? '{}') as Positions;
  } catch {
    return {};
  }
}

export function savePositions(vault: string, positions: Positions): void {
  if (!vault) return;
  try {
    localStorage.setItem(key(vault), JSON.stringify(positions));
  } catch {
    // Storage full or unavailable: the next start lays the graph out again, nothing else is lost.
  }
}
