import { listMarkdown, readEach, splitFrontMatter } from './files';

export interface FloorResult {
  files: number;
  bytes: number;
  ms: number;
  withFrontMatter: number;
}

/**
 * The floor: list, read and split front matter, nothing more. No real indexer can beat it, so
 * "Cairn ÷ floor" says how much of Cairn's time is its own work rather than the disk's.
 */
export async function runFloor(dir: string): Promise<FloorResult> {
  const start = performance.now();
  const files = await listMarkdown(dir);
  let withFrontMatter = 0;
  let bodyChars = 0;
  const bytes = await readEach(files, (_file, text) => {
    const { front, body } = splitFrontMatter(text);
    if (front !== null) withFrontMatter++;
    bodyChars += body.length;
  });
  // bodyChars is read so the split cannot be optimised away.
  if (bodyChars < 0) throw new Error('unreachable');
  return { files: files.length, bytes, ms: performance.now() - start, withFrontMatter };
}
