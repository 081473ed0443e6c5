import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { wikiTags } from './syntax';

/** Markdown styled as prose: the app's colours through its CSS variables, so both themes follow. */
const markdownHighlight = HighlightStyle.define([
  { tag: tags.heading1, fontSize: '1.6em', fontWeight: '700' },
  { tag: tags.heading2, fontSize: '1.35em', fontWeight: '700' },
  { tag: tags.heading3, fontSize: '1.18em', fontWeight: '650' },
  { tag: [tags.heading4, tags.heading5, tags.heading6], fontWeight: '650' },
  { tag: tags.strong, fontWeight: '700' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: tags.strikethrough, textDecoration: 'line-through' },
  { tag: [tags.link, tags.url], color: 'var(--cairn-accent)' },
  { tag: wikiTags.link, color: 'var(--cairn-accent)' },
  { tag: wikiTags.tag, color: 'var(--cairn-tag)' },
  { tag: [tags.processingInstruction, wikiTags.mark, tags.meta], color: 'var(--cairn-muted)' },
  { tag: tags.monospace, fontFamily: 'var(--cairn-mono)', fontSize: '0.92em', background: 'var(--cairn-accent-soft)', borderRadius: '3px' },
  { tag: tags.quote, color: 'var(--cairn-muted)' },
  { tag: tags.contentSeparator, color: 'var(--cairn-muted)' },
  { tag: [tags.keyword, tags.controlKeyword], color: 'var(--cairn-concept)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--cairn-tag)' },
  { tag: tags.comment, color: 'var(--cairn-muted)', fontStyle: 'italic' },
]);

const editorTheme = EditorView.theme({
  '&': { height: '100%', fontSize: '14.5px', background: 'var(--cairn-panel)', color: 'var(--cairn-fg)' },
  '.cm-scroller': { fontFamily: 'var(--cairn-font)', lineHeight: '1.65', overflow: 'auto' },
  '.cm-content': { padding: '12px 4px 40vh', caretColor: 'var(--cairn-accent)' },
  '&.cm-focused': { outline: 'none' },
  '.cm-cursor': { borderLeftColor: 'var(--cairn-accent)', borderLeftWidth: '2px' },
  '.cm-activeLine': { background: 'color-mix(in srgb, var(--cairn-accent-soft) 40%, transparent)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { background: 'var(--cairn-accent-soft) !important' },
  '.cm-selectionMatch': { background: 'var(--cairn-mark)' },
  '.cm-panels': { background: 'var(--cairn-sidebar)', color: 'var(--cairn-fg)', borderColor: 'var(--cairn-border)' },
  '.cm-searchMatch': { background: 'var(--cairn-mark)' },
  '.cm-tooltip': { background: 'var(--cairn-panel)', border: '1px solid var(--cairn-border)', borderRadius: '8px', boxShadow: '0 8px 24px rgba(0,0,0,.18)' },
  '.cm-tooltip-autocomplete ul li[aria-selected]': { background: 'var(--cairn-accent)', color: 'white' },
  '.cm-completionDetail': { color: 'var(--cairn-muted)', fontStyle: 'normal', marginLeft: '8px' },
  '.cm-tooltip.cm-tooltip-autocomplete > ul': { fontFamily: 'var(--cairn-font)', maxHeight: '16em' },
  '.cm-tooltip-autocomplete ul li[aria-selected] .cm-completionDetail': { color: 'rgba(255,255,255,.8)' },
  // Fenced code keeps a code look in both modes.
  '.cm-lp-codeblock': { fontFamily: 'var(--cairn-mono)', fontSize: '0.9em', background: 'var(--cairn-bg)' },
});

export function cairnEditorTheme(): Extension {
  return [editorTheme, syntaxHighlighting(markdownHighlight)];
}
