/** Where a node is, and whether the person pinned it there. */
export type Spot = { x: number; y: number; pinned?: true };
type Positions = Record<string, Spot>;

const key = (vault: string): string => `cairn:positions:${vault}`;
/**
 * Nodes placed since the last whole save, kept apart: writing the AWS guide's 7.6k positions again (read,
 * parse, stringify, store ~300 KB) for each node a save adds was a 40 ms task.
 */
const addedKey = (vault: string): string => `cairn:positions-added:${vault}`;

function read(name: string): Positions {
  try {
    return JSON.parse(localStorage.getItem(name) ?? '{}') as Positions;
  } catch {
    return {};
  }
}

/** Per-vault node positions, so the graph opens as it was left. */
export function loadPositions(vault: string): Positions {
  if (!vault) return {};
  const added = localStorage.getItem(addedKey(vault));
  const positions = read(key(vault));
  return added ? Object.assign(positions, read(addedKey(vault))) : positions;
}

export function savePositions(vault: string, positions: Positions): void {
  if (!vault) return;
  try {
    localStorage.setItem(key(vault), JSON.stringify(positions));
    localStorage.removeItem(addedKey(vault));
  } catch {
    // Storage full or unavailable: the next start lays the graph out again, nothing else is lost.
  }
}

/** Keeps the positions of a few nodes (new ones, placed) beside the others, without writing those again. */
export function keepPositions(vault: string, positions: Positions): void {
  if (!vault) return;
  try {
    localStorage.setItem(addedKey(vault), JSON.stringify(Object.assign(read(addedKey(vault)), positions)));
  } catch {
    // As above.
  }
}
