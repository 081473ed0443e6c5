import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { markdownLanguage } from '@codemirror/lang-markdown';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, placeholder, type KeyBinding } from '@codemirror/view';
import { tagCompletion, wikiLinkCompletion, type CompletionFeed } from './completion';
import { livePreview } from './live-preview';
import { editorPhrases } from './phrases';
import { markdownSyntax } from './syntax';
import { cairnEditorTheme } from './theme';
import { t } from '../../i18n/i18n';

export type EditorMode = 'live' | 'source';

export interface EditorHooks {
  feed: CompletionFeed;
  /** The document changed; the function reads it (not done per keystroke: a long note is long to join). */
  onChange(read: () => string): void;
  onBlur(): void;
  onSave(): void;
  /** Mod-E: back to the reading view (the app's Ctrl+E opens the editor). */
  onLeave(): void;
}

/** Swapped without rebuilding the editor, so switching modes keeps the cursor and the undo history. */
export const modeCompartment = new Compartment();

export function modeExtension(mode: EditorMode, large = false): Extension {
  return mode === 'live' && !large ? livePreview() : [];
}

/**
 * Past this many characters a note is edited as plain text. Lezer's Markdown parse of a 12.5 MB note of
 * nested quotes took the tab ~100 s of CPU, on opening and again after a keystroke; without a language the
 * same note opens and takes keystrokes at once (VS Code turns tokenizing off for large files likewise).
 */
export const LARGE_NOTE_CHARS = 1_000_000;

export function isLargeNote(text: string): boolean {
  return text.length > LARGE_NOTE_CHARS;
}

/**
 * The editor's extensions: Markdown with Obsidian's links and tags, list and quote continuation (the
 * Markdown keymap's Enter and Backspace), Tab to indent, history, search in the note, `[[` and `#`
 * completion, and Mod-S to save.
 */
export function editorExtensions(mode: EditorMode, hooks: EditorHooks, large = false): Extension {
  const saveKey: KeyBinding = {
    key: 'Mod-s',
    preventDefault: true,
    run: () => {
      hooks.onSave();
      return true;
    },
  };
  const leaveKey: KeyBinding = {
    key: 'Mod-e',
    preventDefault: true,
    run: () => {
      hooks.onLeave();
      return true;
    },
  };
  return [
    history(),
    drawSelection(),
    highlightActiveLine(),
    indentOnInput(),
    bracketMatching(),
    closeBrackets(),
    // Prose: no automatic quotes (apostrophes in Spanish and English text), brackets only.
    large ? [] : markdownLanguage.data.of({ closeBrackets: { brackets: ['(', '[', '{'] } }),
    EditorView.lineWrapping,
    search({ top: true }),
    highlightSelectionMatches(),
    large ? [] : markdownSyntax(),
    autocompletion({ override: [wikiLinkCompletion(hooks.feed), tagCompletion(hooks.feed)], icons: false }),
    keymap.of([saveKey, leaveKey, ...closeBracketsKeymap, ...completionKeymap, ...searchKeymap, ...historyKeymap, indentWithTab, ...defaultKeymap]),
    EditorState.tabSize.of(4),
    placeholder(t('editor.placeholder')),
    editorPhrases(),
    cairnEditorTheme(),
    modeCompartment.of(modeExtension(mode, large)),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) {
        const doc = update.state.doc;
        hooks.onChange(() => doc.toString());
      }
      if (update.focusChanged && !update.view.hasFocus) hooks.onBlur();
    }),
  ];
}
