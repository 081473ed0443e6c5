import { EditorState, type Extension } from '@codemirror/state';
import { t, type MessageKey } from '../../i18n/i18n';

/** CodeMirror's own words (search panel, merge view, completion), by the English phrase it asks for. */
const phrases: Record<string, MessageKey> = {
  Find: 'editor.cm.find',
  Replace: 'editor.cm.replace',
  next: 'editor.cm.next',
  previous: 'editor.cm.previous',
  all: 'editor.cm.all',
  'match case': 'editor.cm.matchCase',
  'by word': 'editor.cm.byWord',
  regexp: 'editor.cm.regexp',
  replace: 'editor.cm.replaceOne',
  'replace all': 'editor.cm.replaceAll',
  close: 'editor.cm.close',
  'current match': 'editor.cm.currentMatch',
  'on line': 'editor.cm.onLine',
  'replaced $ matches': 'editor.cm.replacedMatches',
  'replaced match on line $': 'editor.cm.replacedOnLine',
  'Go to line': 'editor.cm.goToLine',
  go: 'editor.cm.go',
  Completions: 'editor.cm.completions',
  'Control character': 'editor.cm.controlCharacter',
  '$ unchanged lines': 'editor.cm.unchangedLines',
  'Revert this chunk': 'editor.cm.revertChunk',
  Accept: 'editor.cm.accept',
  Reject: 'editor.cm.reject',
};

/** The phrases in the UI's language when the editor is made (`$` is CodeMirror's own placeholder). */
export function editorPhrases(): Extension {
  return EditorState.phrases.of(Object.fromEntries(Object.entries(phrases).map(([phrase, key]) => [phrase, t(key)])));
}
