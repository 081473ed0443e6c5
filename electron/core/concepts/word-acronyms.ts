import { isShouting } from './acronym-uses';
import { englishRole, isEnglishWord } from './english-lexicon';
import { foldName } from './memo';
import { insideTitle, type Line, sentenceOf, type TitleSpans } from './prose-lines';
import type { NoteWords, WordInfo } from './prose-words';
import { hasWholeWord } from './scan';
import { STOP_ACRONYMS } from './stoplists';
import type { ConceptCandidate } from './types';

/**
 * Acronyms that spell an English word (`ACID`, `SOLID`, `CRUD`-like names of a field): the acronym counter
 * refuses a capitalised word the English list knows, since in most notes it is stress or a placeholder
 * (`NOTE`, `REGION`, `NEVER`). A note uses such a word as an acronym when it writes it in capitals again and
 * again, in lines that do not shout, and never as the word, in lower case or title case; and an acronym
 * names a thing, so the word must be one that can be a noun.
 */

const SHAPE = /^[A-Z]{4,6}$/;
const MIN_USES = 2;
/** Labels of a note's callouts and reminders, written in capitals whatever the subject. */
const BOILERPLATE = new Set(['note', 'notes', 'todo', 'warning', 'important', 'caution', 'danger', 'info', 'tip', 'tips', 'hint', 'example', 'summary', 'edit', 'update', 'done', 'fixme', 'hack', 'bonus', 'exam', 'test', 'quiz', 'final', 'review', 'recap', 'question', 'answer', 'true', 'false', 'null', 'none', 'trap', 'gotcha']);

export function wordAcronyms(lines: readonly Line[], tokens: NoteWords, noteId: string, known: ReadonlySet<string>, spans: TitleSpans = new Map()): ConceptCandidate[] {
  const { capFrom, capStart, capEnd, capWord } = tokens;
  let found: Map<string, { n: number; l: Line; start: number; end: number }> | null = null;
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li] as Line;
    let loud: boolean | null = null;
    for (let c = capFrom[li] as number, to = capFrom[li + 1] as number; c < to; c++) {
      const raw = (capWord[c] as WordInfo).raw;
      if (!SHAPE.test(raw)) continue;
      const s = capStart[c] as number;
      const e = capEnd[c] as number;
      loud ??= isShouting(l.text, 0, l.text.length);
      if (loud || (spans.size && insideTitle(spans, l.line, s, e))) continue;
      found ??= new Map();
      const k = found.get(raw);
      if (k) k.n++;
      else found.set(raw, { n: 1, l, start: s, end: e });
    }
  }
  if (!found) return [];
  let prose: string | null = null;
  const out: ConceptCandidate[] = [];
  for (const [raw, c] of found) {
    if (c.n < MIN_USES) continue;
    const lower = raw.toLowerCase();
    // Only the words the acronym counter refused; a noun, not stress (`NEVER`, `HUGE`).
    if (!isEnglishWord(lower) || STOP_ACRONYMS.has(lower) || BOILERPLATE.has(lower)) continue;
    const role = englishRole(lower);
    if (role !== 'noun' && role !== 'unknown') continue;
    if (known.has(foldName(raw))) continue;
    prose ??= lines.map((l) => l.text).join('\n');
    if (hasWholeWord(prose, lower) || hasWholeWord(prose, (raw[0] as string) + lower.slice(1))) continue;
    const l = c.l;
    out.push({ names: [raw], source: 'term', occurrence: { noteId, line: l.line, sentence: sentenceOf(l.text, c.start, c.end), section: l.section } });
  }
  return out;
}
