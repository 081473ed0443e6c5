import type { Occurrence } from '../concepts/types';

/**
 * Where a note states something of two concepts without one sentence naming both: one line of several
 * sentences (`**paging** — memory is split into pages. any page can go in any frame → no external
 * fragmentation`: the line is about its term throughout), or a question and the answer on the line after it
 * (`Q: What does ARP do?` / `A: … maps an IP address to a MAC address`). The two sentences, joined, are the
 * statement; none when the two are further apart.
 */
export function lineStatement(a: readonly Occurrence[], b: readonly Occurrence[], lineText: (line: number) => string): { line: number; text: string } | null {
  for (const x of a) {
    for (const y of b) {
      if (x.sentence === y.sentence) continue;
      if (x.line === y.line) {
        // On one line, the first sentence names what the line is about; a later one in a paragraph may be about anything.
        const line = lineText(x.line);
        const first = opens(line, x.sentence) ? x : opens(line, y.sentence) ? y : null;
        if (first) return { line: x.line, text: joined(first.sentence, (first === x ? y : x).sentence) };
        continue;
      }
      const [first, second] = x.line < y.line ? [x, y] : [y, x];
      if (second.line - first.line <= 2 && question(lineText(first.line)) && answer(lineText(second.line))) {
        return { line: first.line, text: joined(first.sentence, second.sentence) };
      }
    }
  }
  return null;
}

/**
 * Where a heading names one concept and its section the other (`### Aminoglucósidos` over `- RAM:
 * **nefrotoxicidad** y **ototoxicidad**`): the heading is what its section's lines speak of. The heading,
 * then the sentence; none when neither is named by the heading of the other's section.
 */
export function headingStatement(a: readonly Occurrence[], b: readonly Occurrence[], sections: readonly { startLine: number; heading: string | null }[]): { line: number; text: string } | null {
  for (const [heads, members] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const h of heads) {
      const section = sections[h.section];
      if (!section?.heading || h.line !== section.startLine) continue;
      const member = members.find((m) => m.section === h.section && m.line !== section.startLine);
      if (member) return { line: member.line, text: `${bareHeading(section.heading)} › ${member.sentence}` };
    }
  }
  return null;
}

/**
 * Where an item names one concept and the item it is nested under opens with the other (`- [[Zeroth law of
 * thermodynamics]] #law` over `- this is what makes a [[thermometer]] work`): the item above, then the item.
 * `parents` gives each nested item's parent line; `opens(side, line)` whether that side is the first concept
 * its line names.
 */
export function itemStatement(a: readonly Occurrence[], b: readonly Occurrence[], parents: ReadonlyMap<number, number>, opens: (side: 'a' | 'b', line: number) => boolean): { line: number; text: string } | null {
  for (const [side, heads, members] of [
    ['a', a, b],
    ['b', b, a],
  ] as const) {
    for (const m of members) {
      const parent = parents.get(m.line);
      if (parent === undefined || !opens(side, parent)) continue;
      const head = heads.find((h) => h.line === parent);
      if (head) return { line: m.line, text: `${head.sentence} › ${m.sentence}` };
    }
  }
  return null;
}

/**
 * Where a table's header names one concept and a row of it the other (`| | **SN2** | **SN1** |` over `| cinética
 * | segundo orden | primer orden |`): the header, then the row.
 */
export function tableStatement(a: readonly Occurrence[], b: readonly Occurrence[], lineText: (line: number) => string): { line: number; text: string } | null {
  for (const [heads, members] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const m of members) {
      const header = tableHeader(m.line, lineText);
      if (header === null || header === m.line) continue;
      const head = heads.find((h) => h.line === header);
      if (head) return { line: m.line, text: `${lineText(header).trim()} › ${lineText(m.line).trim()}` };
    }
  }
  return null;
}

const TABLE_RULE = /^\s*\|?\s*:?-{3,}/;
/** Rows a table may hold above a row before its header is too far to speak for it. */
const MAX_TABLE_ROWS = 40;

/** The header line of the table a line is a row of, or null. */
function tableHeader(line: number, lineText: (line: number) => string): number | null {
  if (!lineText(line).trimStart().startsWith('|')) return null;
  for (let j = line - 1; j >= 0 && j >= line - MAX_TABLE_ROWS; j--) {
    const text = lineText(j);
    if (!text.trimStart().startsWith('|')) return null;
    if (TABLE_RULE.test(text)) return j > 0 && lineText(j - 1).trimStart().startsWith('|') ? j - 1 : null;
  }
  return null;
}

const bareHeading = (heading: string): string => heading.replace(/\*\*|__/g, '').trim();

const QUESTION = /^(?:[-*]\s+)?(?:\*\*)?(?:q|p|pregunta|question)\s*[:.)]/i;
const ANSWER = /^(?:[-*]\s+)?(?:\*\*)?(?:a|r|respuesta|answer)\s*[:.)]/i;

const letters = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether a sentence is the first on its line. */
function opens(line: string, sentence: string): boolean {
  const head = letters(sentence).slice(0, 24);
  return head !== '' && letters(line).startsWith(head);
}

function question(line: string): boolean {
  return QUESTION.test(line.trim()) || line.trim().endsWith('?');
}

function answer(line: string): boolean {
  return ANSWER.test(line.trim());
}

/** A note's lines by number, read from its sections' text. */
export function noteLines(sections: readonly { startLine: number; text: string }[]): (line: number) => string {
  return (line) => {
    for (let i = sections.length - 1; i >= 0; i--) {
      const s = sections[i] as { startLine: number; text: string };
      if (s.startLine <= line) return s.text.split('\n')[line - s.startLine] ?? '';
    }
    return '';
  };
}

/** Both sentences: each is already cut round its concept's name, which cutting again could drop. */
function joined(first: string, second: string): string {
  // A definition's sentence may already run over the whole line.
  if (first.includes(second)) return first;
  return `${first} … ${second}`;
}
