/** One place a note's text names another note without linking to it. */
export interface MentionSpot {
  /** 1-based line of the file. */
  line: number;
  /** 0-based column of the name in that line. */
  col: number;
  /** The name as written there. */
  match: string;
  /** The whole line, as written. */
  text: string;
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
/** Spans that are not prose a link could be made from: links, embeds, code, URLs, tags, HTML. */
const NOT_PROSE = /!?\[\[[^\]\n]*\]\]|!?\[[^\]\n]*\]\([^)\n]*\)|`[^`\n]*`|<[^>\n]*>|\b[a-z][a-z0-9+.-]*:\/\/\S+|(?:^|\s)#[\p{L}\p{N}_/-]+/giu;
/** Names shorter than this match inside too many ordinary words to be worth proposing. */
const MIN_NAME = 3;
const MAX_SPOTS = 200;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A matcher for any of `names` as whole words, case-insensitively; null when no name is long enough. */
export function namesPattern(names: readonly string[]): RegExp | null {
  const usable = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= MIN_NAME))].sort((a, b) => b.length - a.length);
  if (usable.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${usable.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
}

/**
 * Where `body` names one of `names` in plain prose: not inside a link, an embed, code, a URL, a tag or
 * HTML, and not in a fenced code block. `firstLine` is the file line the body starts on.
 */
export function findUnlinkedMentions(body: string, firstLine: number, pattern: RegExp): MentionSpot[] {
  const spots: MentionSpot[] = [];
  const lines = body.split('\n');
  let fence: string | null = null;
  for (let i = 0; i < lines.length && spots.length < MAX_SPOTS; i++) {
    const line = (lines[i] as string).replace(/\r$/, '');
    const f = FENCE.exec(line);
    if (f) {
      const mark = f[1] as string;
      if (fence === null) fence = mark;
      else if (mark[0] === fence[0] && mark.length >= fence.length) fence = null;
      continue;
    }
    if (fence !== null || line.length > 20_000) continue;
    // Masked with spaces of the same length, so columns still point into the line as written.
    const prose = line.replace(NOT_PROSE, (m) => ' '.repeat(m.length));
    pattern.lastIndex = 0;
    for (let m = pattern.exec(prose); m && spots.length < MAX_SPOTS; m = pattern.exec(prose)) {
      spots.push({ line: firstLine + i, col: m.index, match: line.slice(m.index, m.index + m[0].length), text: line });
    }
  }
  return spots;
}
