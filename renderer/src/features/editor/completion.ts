import type { Completion, CompletionContext, CompletionResult, CompletionSource } from '@codemirror/autocomplete';
import type { EditorView } from '@codemirror/view';
import type { NoteAnchorsDTO, NoteId, NoteSummary } from '../../../../electron/contract';

/** What completion needs from the vault: fed by the contract (listNotes, noteAnchors). */
export interface CompletionFeed {
  notes(): readonly NoteSummary[];
  anchors(id: NoteId): Promise<NoteAnchorsDTO>;
}

const MD = /\.md$/i;

const baseName = (id: NoteId): string => id.split('/').pop()!.replace(MD, '');

/** The shortest name that finds each note: its file name, or its path where that name is shared. */
export function linkNames(all: readonly NoteSummary[]): (note: NoteSummary) => string {
  const counts = new Map<string, number>();
  for (const note of all) {
    const key = baseName(note.id).toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return (note) => ((counts.get(baseName(note.id).toLowerCase()) ?? 0) > 1 ? note.id.replace(MD, '') : baseName(note.id));
}

/**
 * Inserts the link text and closes the link, stepping over a `]]` the bracket closer already typed, so the
 * cursor ends after the link whichever way it was started.
 */
function applyLink(text: string, linkFrom?: number) {
  return (view: EditorView, _completion: Completion, optionFrom: number, to: number): void => {
    // Headings and blocks are matched after the `#` but rewrite the whole link text.
    const from = linkFrom ?? optionFrom;
    const after = view.state.doc.sliceString(to, to + 2);
    const closing = after === ']]' ? 2 : after.startsWith(']') ? 1 : 0;
    const insert = `${text}]]`;
    view.dispatch({
      changes: { from, to: to + closing, insert },
      selection: { anchor: from + insert.length },
      userEvent: 'input.complete',
    });
  };
}

/** `[[` completes titles and aliases, `[[Note#` headings, `[[Note#^` block ids. */
export function wikiLinkCompletion(feed: CompletionFeed): CompletionSource {
  return async (context: CompletionContext): Promise<CompletionResult | null> => {
    const match = context.matchBefore(/!?\[\[[^[\]|\n]*$/);
    if (!match) return null;
    const open = match.text.indexOf('[[') + 2;
    const typed = match.text.slice(open);
    const from = match.from + open;
    const hash = typed.indexOf('#');
    const notes = feed.notes();
    if (hash === -1) {
      const options: Completion[] = [];
      const linkName = linkNames(notes);
      for (const note of notes) {
        if (!MD.test(note.id)) continue;
        const name = linkName(note);
        options.push({ label: note.title, detail: note.folder || undefined, type: 'note', apply: applyLink(name) });
        for (const alias of note.aliases) if (alias.toLowerCase() !== note.title.toLowerCase()) options.push({ label: alias, detail: `→ ${note.title}`, type: 'alias', apply: applyLink(`${name}|${alias}`), boost: -1 });
      }
      return { from, options, validFor: /^[^[\]|#\n]*$/ };
    }
    const target = typed.slice(0, hash);
    const note = target === '' ? null : findNote(notes, target);
    if (!note) return null;
    const anchors = await feed.anchors(note.id).catch(() => null);
    if (!anchors || context.aborted) return null;
    const block = typed.slice(hash + 1).startsWith('^');
    const start = from + hash + 1 + (block ? 1 : 0);
    const options: Completion[] = block
      ? anchors.blocks.map((b) => ({ label: b.id, detail: b.text, type: 'block', apply: applyLink(`${target}#^${b.id}`, from) }))
      : anchors.headings.map((h) => ({ label: h.text, detail: `H${h.level}`, type: 'heading', apply: applyLink(`${target}#${h.text}`, from) }));
    return { from: start, options, validFor: /^[^[\]|#^\n]*$/ };
  };
}

/** The note a typed link target names: by file name or path (no `.md` needed), else by title or alias. */
function findNote(notes: readonly NoteSummary[], target: string): NoteSummary | null {
  const wanted = target.trim().replace(MD, '').toLowerCase();
  return (
    notes.find((n) => n.id.replace(MD, '').toLowerCase() === wanted) ??
    notes.find((n) => n.id.split('/').pop()!.replace(MD, '').toLowerCase() === wanted) ??
    notes.find((n) => n.title.toLowerCase() === wanted || n.aliases.some((a) => a.toLowerCase() === wanted)) ??
    null
  );
}

/** `#` completes the vault's tags, most used first. */
export function tagCompletion(feed: CompletionFeed): CompletionSource {
  return (context: CompletionContext): CompletionResult | null => {
    const match = context.matchBefore(/(?:^|\s)#[\p{L}\p{N}_\-/]*$/u);
    if (!match) return null;
    const from = match.from + match.text.indexOf('#') + 1;
    if (from === context.pos && !context.explicit && match.text.trim() !== '#') return null;
    const counts = new Map<string, number>();
    for (const note of feed.notes()) for (const tag of note.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    if (counts.size === 0) return null;
    const options = [...counts].map(([tag, count]) => ({ label: tag, detail: `${count}`, type: 'tag', boost: Math.min(count, 50) / 50 }));
    return { from, options, validFor: /^[\p{L}\p{N}_\-/]*$/u };
  };
}
