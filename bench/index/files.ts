import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Markdown files under `root`, skipping dot folders as Cairn does, sorted for a stable order. */
export async function listMarkdown(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && entry.name.endsWith('.md')) out.push(full);
    }
  };
  await walk(root);
  return out.sort();
}

/** Reads every file with the same concurrency as Cairn's reader (16), handing each text to `visit`. */
export async function readEach(files: string[], visit: (file: string, text: string) => void, concurrency = 16): Promise<number> {
  let next = 0;
  let bytes = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++] as string;
      const buffer = await fs.readFile(file);
      bytes += buffer.length;
      visit(file, buffer.toString('utf8'));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return bytes;
}

/** Front matter split the cheap way: a leading `---` line up to the next `---` line. */
export function splitFrontMatter(text: string): { front: string | null; body: string } {
  if (!text.startsWith('---')) return { front: null, body: text };
  const firstBreak = text.indexOf('\n');
  if (firstBreak < 0 || text.slice(0, firstBreak).trim() !== '---') return { front: null, body: text };
  const close = text.indexOf('\n---', firstBreak);
  if (close < 0) return { front: null, body: text };
  const after = text.indexOf('\n', close + 4);
  return { front: text.slice(firstBreak + 1, close), body: after < 0 ? '' : text.slice(after + 1) };
}
