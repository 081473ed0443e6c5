import type { ParsedNote } from '../markdown/types';
import { spanishVerb } from './clause-words';
import { isCommonWord } from './common-words';
import { englishRole } from './english-lexicon';
import { plain } from './fold';
import { FOLDED_GENERIC, isStopword } from './folded-lists';
import { participle } from './glosses';
import { adverb, isLabel } from './head-terms';
import { ACRONYM_SHAPE } from './make-concept';
import { foldName } from './memo';
import type { Line } from './prose-lines';
import type { NoteWords } from './prose-words';
import { tidy } from './sentence';
import type { ConceptCandidate } from './types';

/**
 * One word heading its line, whatever its case: `nucleo: guarda el ADN`, `gen = fragmento d ADN …`,
 * `concurrency = how many requests …`, `MITOSIS: 1 cel diploide → …`, `**Merge** — git merge …`, and a word
 * standing over what describes it (`- **Serverless**` over its items, `interfase (…):` over a numbered list,
 * `TRANSCRIPCION (…)` over its phases). Students write their terms in lower case, so the case says nothing;
 * the position says the word is what the line is about, and the note coming back to the word says it is a
 * subject of the note rather than a label of one line (`abrevs: q = que …`, `Nota: …`). An everyday word or a
 * verb needs more: bold and a heading of the note naming it too.
 */

/** The word, in bold or not, an aside in brackets, then a separator and what it says, or nothing. */
const HEAD = /^(\*\*|__)?(\p{L}[\p{L}-]{2,40})\1?(?:\s*\(([^()]{1,80})\))?(?:\s*(?:(:(?=\s)|->|→|=>|=|—|–)\s*(.*)|\s+-\s+(.*)|\s*(:?)\s*))$/u;
/** `q = que, x = por, xq = porque`: a legend of the writer's abbreviations, which are not the note's subjects. */
const LEGEND_ENTRY = /(?:^|[,;]\s*)\p{L}{1,6}\s*=\s*\p{L}/gu;
/** What a form asks of its reader (the lexicon reads `select` and `enter` as modifiers). */
const UI_VERBS = new Set(['select', 'choose', 'enter', 'specify', 'click', 'type', 'open', 'set', 'clear', 'elige', 'selecciona', 'pulsa', 'escribe', 'introduce', 'marca']);
/** How often the note must come back to the word outside its own line. */
const MIN_USES = 2;
const MIN_REST_WORDS = 2;

function allCaps(word: string): boolean {
  return word.length >= 5 && /^[\p{Lu}-]+$/u.test(word);
}

export function loneHeads(note: ParsedNote, lines: readonly Line[], words: NoteWords, known: ReadonlySet<string>): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  // Uses of each folded word in the note, counted once and only when some line opens with a lone word.
  let uses: Map<string, number> | null = null;
  const usesOf = (folded: string): number => {
    if (!uses) {
      uses = new Map();
      // The buffers are shared between notes: this note's tokens are those before its last line's end.
      for (let t = 0, to = words.lineFrom[lines.length] as number; t < to; t++) {
        const w = words.word[t];
        if (w) uses.set(w.folded, (uses.get(w.folded) ?? 0) + 1);
      }
    }
    return uses.get(folded) ?? 0;
  };
  let lowerWords: Set<string> | null = null;
  const writtenLower = (lower: string): boolean => {
    if (!lowerWords) {
      lowerWords = new Set();
      for (let t = 0, to = words.lineFrom[lines.length] as number; t < to; t++) {
        const raw = words.word[t]?.raw;
        if (raw && /^\p{Ll}/u.test(raw)) lowerWords.add(raw);
      }
    }
    return lowerWords.has(lower);
  };
  let headed: Set<string> | null = null;
  const inHeading = (folded: string): boolean => {
    // A short heading names its subjects (`Merge vs Rebase`); a long one (`Actions for Amazon EC2`) a task or a topic.
    headed ??= new Set(note.headings.map((h) => foldName(h.text).split(' ')).filter((ws) => ws.length <= 3).flat());
    return headed.has(folded);
  };
  // Indent of each list item by file line, per section (proseLines drops the markers).
  const items = new Map<number, Map<number, number>>();
  const itemIndent = (l: Line): number | undefined => {
    let byLine = items.get(l.section);
    if (!byLine) {
      const s = note.sections[l.section];
      byLine = new Map((s?.listItems ?? []).map((i) => [(s?.startLine ?? 0) + i.line, i.indent]));
      items.set(l.section, byLine);
    }
    return byLine.get(l.line);
  };
  const leading = (text: string): number => text.length - text.trimStart().length;
  /** Whether line li stands over what follows: an item over deeper items or its own lines, a line over a list or deeper lines. */
  const over = (li: number): boolean => {
    const l = lines[li] as Line;
    const next = lines[li + 1];
    if (!next || next.section !== l.section) return false;
    const indent = itemIndent(l);
    const nextIndent = itemIndent(next);
    if (indent === undefined) return nextIndent !== undefined || (next.line === l.line + 1 && leading(next.text) > leading(l.text));
    return nextIndent === undefined ? next.line === l.line + 1 : nextIndent > indent;
  };
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li] as Line;
    const body = l.text.trim();
    // Quick test before the pattern: a word, then a bracket, a separator or the end within a few characters.
    if (body.length < 3 || !/^(?:\*\*|__)?\p{L}/u.test(body)) continue;
    const m = HEAD.exec(body.length > 400 ? body.slice(0, 400) : body);
    if (!m) continue;
    const bold = m[1] !== undefined;
    const raw = m[2] as string;
    const aside = m[3];
    const rest = (m[5] ?? m[6] ?? '').trim();
    // `interfase (…):` with nothing after its colon introduces what follows.
    const said = rest !== '' && (m[4] !== undefined || m[6] !== undefined);
    let name = raw;
    const lower = raw.toLowerCase();
    const folded = foldName(raw);
    if (!folded || folded.includes(' ') || known.has(folded) || ACRONYM_SHAPE.test(raw)) continue;
    if (said) {
      // What it says: a few words, not a number or a value (`timeout: 15 min`), not another legend entry.
      if ((rest.match(/\p{L}{2,}/gu) ?? []).length < MIN_REST_WORDS || /^\d+\s*\p{L}{0,4}$/u.test(rest)) continue;
      LEGEND_ENTRY.lastIndex = 0;
      if ((body.match(LEGEND_ENTRY) ?? []).length >= 3) continue;
      // `**Count**: Specify the number …`: a form's field and what to do with it.
      const verb = /^\p{Lu}\p{Ll}+/u.exec(rest)?.[0].toLowerCase();
      if (verb && (UI_VERBS.has(verb) || englishRole(verb) === 'base-verb')) continue;
    } else {
      // Alone on its line, it stands over what follows, as a heading does: a marked item (bold) over its
      // own items or lines, a line marked by capitals or an aside over a list.
      const item = itemIndent(l) !== undefined;
      if (item ? !bold && aside === undefined : !allCaps(raw) && aside === undefined) continue;
      // A line in capitals is a heading as a typed notebook writes one.
      if (!over(li) && !allCaps(raw)) continue;
    }
    if (allCaps(raw)) {
      // `MITOSIS:` shouts a word the note writes in lower case elsewhere; capitals never written so are an acronym's.
      if (!/\p{Ll}/u.test(raw.slice(1)) && usesOf(folded) <= 1) continue;
      name = lower;
    }
    const bare = plain(lower);
    if (isStopword(bare) || FOLDED_GENERIC.has(folded) || isLabel(raw) || participle(raw) || adverb(bare)) continue;
    const role = englishRole(lower);
    if (role === 'modifier') continue;
    const strong = bold && inHeading(folded);
    if ((isCommonWord(folded) || spanishVerb(lower) || role === 'base-verb' || role === 'verb') && !strong) continue;
    // The note comes back to it: in other lines, or in a heading.
    let own = 0;
    for (let t = words.lineFrom[li] as number, to = words.lineFrom[li + 1] as number; t < to; t++) if (words.word[t]?.folded === folded) own++;
    // Standing over its own list or lines, as a heading stands over a section, once more is enough.
    if (usesOf(folded) - own + (inHeading(folded) ? 1 : 0) < (said && !over(li) ? MIN_USES : 1)) continue;
    // `**Host** - only for Outposts` where the note says `host` elsewhere: capitalised by its place, a field's
    // label; a student's term heading its line keeps its case (`**Lambda**`), or a heading names it too.
    if (said && !strong && /^\p{Lu}\p{Ll}+$/u.test(raw) && writtenLower(lower)) continue;
    const sentence = tidy(body.replace(/(\*\*|__)/g, ''));
    const occurrence = { noteId: note.id, line: l.line, sentence, section: l.section };
    out.push(said ? { names: [name], source: 'definition', gloss: 'strong', occurrence } : { names: [name], source: 'term', occurrence });
  }
  return out;
}
