import { ClozeCrafter } from 'clozecraft';

/**
 * A card written in a note, read as Obsidian's Spaced Repetition plugin reads them: `question::answer`,
 * `question:::answer` (both ways), a question over several lines then `?` (or `??`, both ways) alone on a
 * line then the answer up to a blank line, and clozes (`==hidden==`, `{{c1::hidden}}`, `{{c1::hidden::hint}}`).
 */
export interface NoteCard {
  kind: 'basic' | 'cloze';
  front: string;
  back: string;
  /** 1-based file line the card starts on. */
  line: number;
  /** 1-based file line it ends on (the same line for one-line cards). */
  endLine: number;
  /** True for the answer→question card a `:::` line or a `??` card also makes. */
  reversed: boolean;
  /**
   * What names the card whatever surrounds it: its question as written (folded), the side it asks, and
   * which cloze. Moving the card, editing other cards or the note's prose leaves it unchanged.
   */
  identity: string;
}

/**
 * Notes opt in with a `flashcards` tag (nested ones too: `flashcards/aws`), as in Obsidian's Spaced
 * Repetition plugin: `key:: value` is also Dataview's inline-field syntax, so untagged notes are left alone.
 */
export const isFlashcardTag = (tag: string): boolean => /^flashcards(\/|$)/i.test(tag);

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_MARKER = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[.\]\s+)?/;
const HEADING = /^ {0,3}#{1,6}(\s|$)/;
// The plugin's default patterns: highlights, and Anki's curly brackets with an optional number and hint.
const clozes = new ClozeCrafter(['==[123;;]answer[;;hint]==', '{{[c123::]answer[::hint]}}']);

/** Index of `sep` in `line` outside inline code spans and `{{…}}` clozes, or -1. */
function separatorAt(line: string, sep: string): number {
  let from = 0;
  for (;;) {
    const at = line.indexOf(sep, from);
    if (at < 0) return -1;
    const before = line.slice(0, at);
    const ticks = (before.match(/`/g) ?? []).length;
    // `{{c1::NLB}}` holds `::` but is a cloze, not a question and its answer.
    const inCloze = before.lastIndexOf('{{') > before.lastIndexOf('}}');
    // `::::` or more is not a card separator; neither is one inside `code`.
    if (ticks % 2 === 0 && !inCloze && line[at + sep.length] !== ':' && (at === 0 || line[at - 1] !== ':')) return at;
    from = at + sep.length;
  }
}

/** Same question, same card: case, spacing and list markers do not make another one. */
const fold = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

interface Block {
  lines: string[];
  /** 0-based body index of the first line. */
  start: number;
  /** Index in `lines` of the `?` / `??` line, or -1. */
  separator: number;
  reversed: boolean;
}

/** The cards in a note's body; `bodyStartLine` is the file line the body starts on. */
export function extractCards(body: string, bodyStartLine: number): NoteCard[] {
  const cards: NoteCard[] = [];
  const lines = body.split(/\r?\n/);
  let block: Block | null = null;
  let fence: string | null = null;

  const close = (end: number): void => {
    if (block) cards.push(...blockCards(block, end, bodyStartLine));
    block = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const open = FENCE.exec(raw);
    if (fence) {
      if (open && open[1]!.startsWith(fence)) fence = null;
      // Code stays in a multi-line answer as written, and never makes a card of its own.
      if (block) (block as Block).lines.push(raw);
      continue;
    }
    if (open) {
      fence = open[1]!;
      if (block) (block as Block).lines.push(raw);
      continue;
    }
    const trimmed = raw.trim();
    if (!trimmed || HEADING.test(raw) || trimmed.startsWith('<!--')) {
      close(i - 1);
      continue;
    }
    if (/^( {4}|\t)/.test(raw) && !block) continue;
    const current = block as Block | null;
    if (current && current.separator < 0 && (trimmed === '?' || trimmed === '??')) {
      current.separator = current.lines.length;
      current.reversed = trimmed === '??';
      current.lines.push(raw);
      continue;
    }
    if (!current || current.separator < 0) {
      const single = singleLine(raw, bodyStartLine + i);
      if (single.length > 0) {
        // As in the plugin, a one-line card ends the paragraph it sits in.
        close(i - 1);
        cards.push(...single);
        continue;
      }
    }
    if (!block) block = { lines: [], start: i, separator: -1, reversed: false };
    (block as Block).lines.push(raw);
  }
  close(lines.length - 1);
  return cards;
}

function singleLine(raw: string, line: number): NoteCard[] {
  if (/^( {4}|\t)/.test(raw)) return [];
  const text = raw.replace(LIST_MARKER, '');
  for (const [sep, both] of [[':::', true], ['::', false]] as const) {
    const at = separatorAt(text, sep);
    if (at < 0) continue;
    const front = text.slice(0, at).trim();
    const back = text.slice(at + sep.length).trim();
    if (!front || !back) return [];
    const out: NoteCard[] = [{ kind: 'basic', front, back, line, endLine: line, reversed: false, identity: `q:${fold(front)}` }];
    if (both) out.push({ kind: 'basic', front: back, back: front, line, endLine: line, reversed: true, identity: `r:${fold(back)}` });
    return out;
  }
  return [];
}

function blockCards(block: Block, end: number, bodyStartLine: number): NoteCard[] {
  const first = bodyStartLine + block.start;
  const last = bodyStartLine + end;
  if (block.separator >= 0) {
    const front = block.lines.slice(0, block.separator).join('\n').trim();
    const back = block.lines.slice(block.separator + 1).join('\n').trim();
    if (!front || !back) return [];
    const out: NoteCard[] = [{ kind: 'basic', front, back, line: first, endLine: last, reversed: false, identity: `q:${fold(front)}` }];
    if (block.reversed) out.push({ kind: 'basic', front: back, back: front, line: first, endLine: last, reversed: true, identity: `r:${fold(back)}` });
    return out;
  }
  // A list is a set of separate facts: each item is its own cloze note; a paragraph is one.
  const items = block.lines.every((l) => LIST_MARKER.test(l))
    ? block.lines.map((l, k) => ({ text: l.replace(LIST_MARKER, ''), from: first + k, to: first + k }))
    : [{ text: block.lines.join('\n'), from: first, to: last }];
  const out: NoteCard[] = [];
  for (const item of items) {
    // A cloze written inside `code` is an example of the syntax, not a card.
    if (!clozes.isClozeNote(item.text.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length)))) continue;
    const note = clozes.createClozeNote(item.text);
    if (!note) continue;
    for (let k = 0; k < note.numCards; k++) {
      const front = note.getCardFront(k).trim();
      const back = note.getCardBack(k).trim();
      if (!front || !back || front === back) continue;
      out.push({ kind: 'cloze', front, back, line: item.from, endLine: item.to, reversed: false, identity: `c${k + 1}:${fold(item.text)}` });
    }
  }
  return out;
}
