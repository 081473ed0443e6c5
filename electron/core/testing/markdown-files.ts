import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The Markdown files below `dir`, as vault ids (`aws/EC2.md`), dot folders left out as the index does. */
export function markdownFiles(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.name.startsWith('.')) return [];
    return e.isDirectory() ? markdownFiles(dir, p) : e.name.endsWith('.md') ? [p] : [];
  });
}
