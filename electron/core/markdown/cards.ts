/** A question and its answer, written in a note as `question::answer` (or `:::` for both directions). */
export interface NoteCard {
  front: string;
  back: string;
  /** 1-based line in the file. */
  line: number;
  /** True for the answer→question card a `:::` line also makes. */
  reversed: boolean;
}

/**
 * Notes opt in with a `flashcards` tag (nested ones too: `flashcards/aws`), as in Obsidian's Spaced
 * Repetition plugin: `key:: value` is also Dataview's inline-field syntax, so untagged notes are left alone.
 */
export const isFlashcardTag = (tag: string): boolean => /^flashcards(\/|$)/i.test(tag);

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_MARKER = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[.\]\s+)?/;

/** Index of `sep` in `line` outside inline code spans, or -1. */
function separatorAt(line: string, sep: string): number {
  let from = 0;
  for (;;) {
    const at = line.indexOf(sep, from);
    if (at < 0) return -1;
    const ticks = (line.slice(0, at).match(/`/g) ?? []).length;
    // `::::` or more is not a card separator; neither is one inside `code`.
    if (ticks % 2 === 0 && line[at + sep.length] !== ':' && (at === 0 || line[at - 1] !== ':')) return at;
    from = at + sep.length;
  }
}

/** The cards in a note's body; `bodyStartLine` is the file line the body starts on. */
export function extractCards(body: string, bodyStartLine: number): NoteCard[] {
  const cards: NoteCard[] = [];
  let fence: string | null = null;
  const lines = body.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const open = FENCE.exec(raw);
    if (fence) {
      if (open && open[1]!.startsWith(fence)) fence = null;
      continue;
    }
    if (open) {
      fence = open[1]!;
      continue;
    }
    if (/^( {4}|\t)/.test(raw)) continue;
    const line = raw.replace(LIST_MARKER, '');
    const line1 = bodyStartLine + i;
    for (const [sep, both] of [[':::', true], ['::', false]] as const) {
      const at = separatorAt(line, sep);
      if (at < 0) continue;
      const front = line.slice(0, at).trim();
      const back = line.slice(at + sep.length).trim();
      if (front && back) {
        cards.push({ front, back, line: line1, reversed: false });
        if (both) cards.push({ front: back, back: front, line: line1, reversed: true });
      }
      break;
    }
  }
  return cards;
}
