/**
 * Containers a line may open before the rest of its marks are kept as text. markdown-it stops parsing a
 * block at `maxNesting` and silently drops everything after it (5,000 nested `>` showed nothing); a list
 * costs two levels (list and item), so 15 stays under the limit of 40 set in pipeline.ts.
 */
export const MAX_CONTAINERS = 15;

const MARK = /[ \t]{0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]*/y;

/** Lines opening more than MAX_CONTAINERS quotes or lists keep the first ones; the rest are escaped. */
export function flattenDeepNesting(body: string): string {
  if (!/(?:(?:>|[-*+]|\d{1,9}[.)])[ \t]*){16}/.test(body)) return body;
  return body
    .split('\n')
    .map((line) => {
      let pos = 0;
      let count = 0;
      MARK.lastIndex = 0;
      while (count <= MAX_CONTAINERS) {
        MARK.lastIndex = pos;
        const m = MARK.exec(line);
        if (!m || m[0].length === 0) return line;
        if (count === MAX_CONTAINERS) break;
        pos = MARK.lastIndex;
        count++;
      }
      return line.slice(0, pos) + line.slice(pos).replace(/^([ \t]*)([>*+-]|\d{1,9}[.)])/, '$1\\$2');
    })
    .join('\n');
}
