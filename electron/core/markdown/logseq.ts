/*
 * Logseq's page habits, as its Markdown files hold them (and Dataview's inline fields, which share the
 * `key:: value` syntax): properties, task markers, planning lines, block references and namespace file names.
 * None of it is prose: a property is metadata about a page or a block, a marker is the state of a task.
 */

/**
 * `alias:: Thermo, Thermal physics`, `  id:: 6571a2f0-…`, `- collapsed:: true`: a line that is only a
 * property. A key is one word (Logseq writes no spaces in keys), so `Capital of France:: Paris` is not one.
 */
const PROPERTY = /^[ \t]*(?:[-*+][ \t]+)?([\p{L}\p{N}_][\p{L}\p{N}_.-]*)::(?:[ \t]+(.*?))?[ \t]*$/u;

export interface PropertyLine {
  /** Lower-cased, as Logseq reads keys. */
  key: string;
  value: string;
}

export function propertyLine(raw: string): PropertyLine | null {
  if (!raw.includes('::')) return null;
  const m = PROPERTY.exec(raw);
  return m ? { key: (m[1] as string).toLowerCase(), value: m[2] ?? '' } : null;
}

/** Whether a property line opens with a list marker (a page's first block may be written `- key:: value`). */
export const markedProperty = (raw: string): boolean => /^[ \t]*[-*+][ \t]/.test(raw);

/**
 * A page's properties as front-matter values: `alias::` and `tags::` become lists (`[[a b]], c` → `a b`,
 * `c`), `title::` the title. Other keys are kept as written; nothing else reads them.
 */
export function pageData(lines: readonly PropertyLine[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const { key, value } of lines) {
    if (value === '' || key in data) continue;
    if (key === 'alias' || key === 'aliases' || key === 'tags' || key === 'tag') data[key] = listItems(value);
    else data[key] = value.replace(/^\[\[([^[\]]+)\]\]$/, '$1');
  }
  return data;
}

/** `[[machine learning]], ai, #[[deep nets]]` → the three names, brackets and `#` removed. */
function listItems(value: string): string[] {
  const out: string[] = [];
  const re = /#?\[\[([^[\]]+)\]\]|([^,]+)/g;
  for (const m of value.matchAll(re)) {
    const item = (m[1] ?? m[2] ?? '').trim().replace(/^#/, '');
    if (item) out.push(item);
  }
  return out;
}

/**
 * `TODO`, `DONE`, `LATER`, `NOW` …, and a priority `[#A]` after it: the state of a task, before its text.
 * Upper case only, as Logseq writes them.
 */
const TASK = /^(?:TODO|DOING|DONE|LATER|NOW|WAITING|WAIT|CANCELED|CANCELLED|STARTED|IN-PROGRESS)(?:[ \t]+\[#[A-C]\])?(?:[ \t]+|$)/;

/** Roam's checkbox, `{{[[TODO]]}}` or `{{[[DONE]]}}` (`{{TODO}}` in older graphs): a task's state too. */
const ROAM_TASK = /^\{\{(?:\[\[)?(?:TODO|DONE)(?:\]\])?\}\}(?:[ \t]+|$)/;

/** Length of a task marker opening `text` at `start`, 0 when there is none. */
export function taskMarker(text: string, start: number): number {
  const c = text.charCodeAt(start);
  if (c === 123 /* { */) return ROAM_TASK.exec(text.slice(start, start + 16))?.[0].length ?? 0;
  if (c < 65 || c > 90) return 0;
  const m = TASK.exec(text.slice(start, start + 32));
  return m ? m[0].length : 0;
}

/** `SCHEDULED: <2026-12-09 Wed>`, `DEADLINE: <…>`: when a task is due, not what it says. */
export const PLANNING = /^[ \t]*(?:SCHEDULED|DEADLINE):[ \t]*<[^>]*>[ \t]*$/;

/** `((6571a2f0-1c3b-4d8e-9a11-0b7e3f2c9d01))`: a reference to a block by its id; it reads as nothing. */
export const BLOCK_REF = /\(\([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\)\)/gi;

/**
 * The page a Logseq file name stands for: namespaces are written `a___b` (`:triple-lowbar`, Logseq's
 * current file names) or `a%2Fb` (older exports) for the page `a/b`. Other names are returned as they are.
 */
export function pageOfFileName(base: string): string {
  let page = base;
  if (/[^_]___[^_]/.test(page)) page = page.replace(/___/g, '/');
  if (/%2f/i.test(page)) page = page.replace(/%2f/gi, '/');
  return page;
}
