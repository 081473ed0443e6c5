/**
 * Pushes apart nodes the layout left on top of one another, so every node shows and a click on it opens it:
 * fcose keeps nodes apart only on average, and left a small note lying on the sample vault's hub, which
 * then took the click meant for the hub (the graph-legibility click flake of sessions 7–10).
 * `positions` holds x, y pairs in the order of `sizes` (diameters); fixed (pinned) nodes do not move.
 * A grid of cells one diameter wide keeps each pass near-linear.
 */
export function separate(positions: Float64Array, sizes: readonly number[], fixed: readonly boolean[], gap = 4, passes = 30): Float64Array {
  const n = sizes.length;
  const out = Float64Array.from(positions);
  const cell = Math.max(1, ...sizes) + gap;
  for (let pass = 0; pass < passes; pass++) {
    const grid = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const key = cellKey(Math.floor(out[2 * i]! / cell), Math.floor(out[2 * i + 1]! / cell));
      const list = grid.get(key);
      if (list) list.push(i);
      else grid.set(key, [i]);
    }
    let moved = false;
    for (let i = 0; i < n; i++) {
      const cx = Math.floor(out[2 * i]! / cell);
      const cy = Math.floor(out[2 * i + 1]! / cell);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          const list = grid.get(cellKey(cx + dx, cy + dy));
          if (!list) continue;
          for (const j of list) {
            if (j <= i || (fixed[i] && fixed[j])) continue;
            moved = pushApart(out, i, j, (sizes[i]! + sizes[j]!) / 2 + gap, fixed[i]!, fixed[j]!) || moved;
          }
        }
      }
    }
    if (!moved) break;
  }
  return out;
}

/** A grid cell as one number (a string key per node per pass was most of the time at 10k nodes). */
const cellKey = (x: number, y: number): number => x * 1_048_576 + y;

/** Moves i and j apart along the line between them until `need` apart; true when they were closer. */
function pushApart(p: Float64Array, i: number, j: number, need: number, fixedI: boolean, fixedJ: boolean): boolean {
  let dx = p[2 * j]! - p[2 * i]!;
  let dy = p[2 * j + 1]! - p[2 * i + 1]!;
  let d = Math.hypot(dx, dy);
  if (d >= need) return false;
  if (d < 1e-6) {
    // Exactly on top of each other: apart along a direction that depends on the pair, the same every run.
    const angle = ((i * 7919 + j * 104729) % 360) * (Math.PI / 180);
    dx = Math.cos(angle);
    dy = Math.sin(angle);
    d = 1;
  }
  const shift = need - d;
  const share = fixedI ? 0 : fixedJ ? 1 : 0.5;
  p[2 * i] = p[2 * i]! - (dx / d) * shift * share;
  p[2 * i + 1] = p[2 * i + 1]! - (dy / d) * shift * share;
  p[2 * j] = p[2 * j]! + (dx / d) * shift * (1 - share);
  p[2 * j + 1] = p[2 * j + 1]! + (dy / d) * shift * (1 - share);
  return true;
}
