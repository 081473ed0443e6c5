/**
 * The list item each nested item sits under, by note line: an outliner's term with its notes below it
 * (`- [[Zeroth law of thermodynamics]] #law` over `- this is what makes a [[thermometer]] work`). What the
 * item under it names is stated of the term the item above opens with, as one sentence naming both would be.
 */
export interface ListSection {
  startLine: number;
  listItems?: readonly { line: number; indent: number }[];
}

export function itemParents(sections: readonly ListSection[]): Map<number, number> {
  const parents = new Map<number, number>();
  for (const section of sections) {
    const items = section.listItems;
    if (!items || items.length < 2) continue;
    const open: { line: number; indent: number }[] = [];
    for (const item of items) {
      while (open.length > 0 && (open[open.length - 1] as { indent: number }).indent >= item.indent) open.pop();
      const parent = open[open.length - 1];
      if (parent) parents.set(section.startLine + item.line, section.startLine + parent.line);
      open.push(item);
    }
  }
  return parents;
}
