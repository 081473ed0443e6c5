import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseNote } from '../../electron/core/markdown/parse';
import { toSearchDoc } from '../../electron/core/search/doc';
import type { SearchDoc } from '../../electron/core/search/types';

/** Every Markdown file of a folder as the service would index it (parseNote → toSearchDoc). Ids are NFC. */
export function loadVaultDocs(dir: string): SearchDoc[] {
  const out: SearchDoc[] = [];
  const walk = (d: string): void => {
    for (const ent of readdirSync(d, { withFileTypes: true })) {
      if (ent.name.startsWith('.')) continue;
      const full = join(d, ent.name);
      if (ent.isDirectory()) walk(full);
      else if (ent.name.toLowerCase().endsWith('.md')) {
        const id = relative(dir, full).split(sep).join('/').normalize('NFC');
        out.push(toSearchDoc(parseNote(id, readFileSync(full, 'utf8')), []));
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
