import { syntaxTree } from '@codemirror/language';
import type { EditorState, Extension, Range } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, WidgetType, type DecorationSet, type ViewUpdate } from '@codemirror/view';
import { t } from '../../i18n/i18n';

/*
 * Live preview, as Obsidian's: the text stays Markdown (one document, one undo history), and decorations
 * over the syntax tree hide the marks (`**`, `#`, `[[`, `](url)` …) on every line but those the selection
 * touches, where the raw text comes back to be edited.
 */

const hidden = Decoration.replace({});

class BulletWidget extends WidgetType {
  eq(): boolean {
    return true;
  }
  toDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = 'cm-lp-bullet';
    span.textContent = '•';
    return span;
  }
}

class CheckboxWidget extends WidgetType {
  constructor(readonly checked: boolean) {
    super();
  }
  eq(other: CheckboxWidget): boolean {
    return other.checked === this.checked;
  }
  toDOM(): HTMLElement {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = this.checked;
    box.className = 'cm-lp-task';
    box.setAttribute('aria-label', t(this.checked ? 'editor.taskDone' : 'editor.taskOpen'));
    return box;
  }
  ignoreEvent(): boolean {
    return false;
  }
}

const bullet = Decoration.replace({ widget: new BulletWidget() });
const lineClass = (cls: string): Decoration => Decoration.line({ class: cls });

/** Line numbers the selection touches: their Markdown shows as written. */
function activeLines(state: EditorState): Set<number> {
  const lines = new Set<number>();
  for (const range of state.selection.ranges) {
    const first = state.doc.lineAt(range.from).number;
    const last = state.doc.lineAt(range.to).number;
    for (let n = first; n <= last; n++) lines.add(n);
  }
  return lines;
}

function build(view: EditorView): DecorationSet {
  const { state } = view;
  const active = activeLines(state);
  const ranges: Range<Decoration>[] = [];
  const isActive = (pos: number): boolean => active.has(state.doc.lineAt(pos).number);
  const hide = (from: number, to: number): void => {
    if (from < to && !isActive(from)) ranges.push(hidden.range(from, to));
  };
  for (const { from, to } of view.visibleRanges) {
    syntaxTree(state).iterate({
      from,
      to,
      enter: (node) => {
        const name = node.name;
        switch (name) {
          case 'HeaderMark': {
            if (node.node.parent?.name.startsWith('ATXHeading')) {
              // The mark and the space after it.
              const after = state.doc.sliceString(node.to, node.to + 1) === ' ' ? node.to + 1 : node.to;
              hide(node.from, after);
            }
            return;
          }
          case 'EmphasisMark':
          case 'StrikethroughMark':
          case 'WikiLinkMark':
            hide(node.from, node.to);
            return;
          case 'CodeMark':
            if (node.node.parent?.name === 'InlineCode') hide(node.from, node.to);
            return;
          case 'WikiLink': {
            // With a display text, the target is hidden too: `[[EC2|la instancia]]` reads "la instancia".
            const display = node.node.getChild('WikiLinkDisplay');
            const target = node.node.getChild('WikiLinkTarget');
            if (display && target) hide(target.from, target.to);
            return;
          }
          case 'Link': {
            // A callout's `[!tip]` is not a link: it stays as written.
            if (state.doc.sliceString(node.from, node.from + 2) === '[!') return false;
            // `[text](url "title")` reads "text": every mark, the URL and the title go.
            for (let child = node.node.firstChild; child; child = child.nextSibling) {
              if (child.name === 'LinkMark' || child.name === 'URL' || child.name === 'LinkTitle') hide(child.from, child.to);
            }
            const close = node.node.getChildren('LinkMark')[1];
            if (close) hide(close.from, node.to);
            return false;
          }
          case 'QuoteMark': {
            const line = state.doc.lineAt(node.from);
            if (node.from === line.from || /^\s*>?\s*$/.test(state.doc.sliceString(line.from, node.from))) {
              ranges.push(lineClass('cm-lp-quote').range(line.from));
              const after = state.doc.sliceString(node.to, node.to + 1) === ' ' ? node.to + 1 : node.to;
              hide(node.from, after);
            }
            return;
          }
          case 'ListMark': {
            const text = state.doc.sliceString(node.from, node.to);
            const task = node.node.parent?.getChild('Task');
            if (task && !isActive(node.from)) {
              // `- [ ] x` reads as a box: the bullet goes, the `[ ]` becomes a checkbox.
              const marker = task.getChild('TaskMarker');
              if (marker) {
                ranges.push(hidden.range(node.from, marker.from));
                const checked = /x/i.test(state.doc.sliceString(marker.from, marker.to));
                ranges.push(Decoration.replace({ widget: new CheckboxWidget(checked) }).range(marker.from, marker.to));
              }
            } else if (/^[-*+]$/.test(text) && !isActive(node.from)) {
              ranges.push(bullet.range(node.from, node.to));
            }
            return;
          }
          case 'FencedCode': {
            for (let pos = node.from; pos <= node.to; ) {
              const line = state.doc.lineAt(pos);
              ranges.push(lineClass('cm-lp-codeblock').range(line.from));
              pos = line.to + 1;
            }
            return false;
          }
          case 'HorizontalRule':
            if (!isActive(node.from)) ranges.push(lineClass('cm-lp-hr').range(state.doc.lineAt(node.from).from));
            return;
          default:
            if (name.startsWith('ATXHeading')) ranges.push(lineClass(`cm-lp-heading cm-lp-h${name.slice(-1)}`).range(state.doc.lineAt(node.from).from));
            return;
        }
      },
    });
  }
  return Decoration.set(ranges, true);
}

/** A click on a task's box ticks it in the text (the text is the only truth). */
function toggleTask(view: EditorView, target: HTMLElement): boolean {
  if (!(target instanceof HTMLInputElement) || !target.classList.contains('cm-lp-task')) return false;
  const pos = view.posAtDOM(target);
  const text = view.state.doc.sliceString(pos, pos + 3);
  if (!/^\[[ xX]\]$/.test(text)) return false;
  view.dispatch({ changes: { from: pos + 1, to: pos + 2, insert: text[1] === ' ' ? 'x' : ' ' } });
  return true;
}

const plugin = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = build(view);
    }
    update(update: ViewUpdate): void {
      if (update.docChanged || update.selectionSet || update.viewportChanged || syntaxTree(update.startState) !== syntaxTree(update.state)) {
        this.decorations = build(update.view);
      }
    }
  },
  {
    decorations: (v) => v.decorations,
    eventHandlers: {
      mousedown(event, view) {
        if (toggleTask(view, event.target as HTMLElement)) event.preventDefault();
      },
    },
  },
);

const previewTheme = EditorView.baseTheme({
  '.cm-lp-quote': { borderLeft: '3px solid var(--cairn-border)', paddingLeft: '12px !important', color: 'var(--cairn-muted)' },
  '.cm-lp-bullet': { color: 'var(--cairn-muted)', display: 'inline-block', width: '0.9em', textAlign: 'center' },
  '.cm-lp-task': { margin: '0 4px 0 0', verticalAlign: 'middle', cursor: 'pointer' },
  '.cm-lp-hr': { borderBottom: '1px solid var(--cairn-border)', color: 'transparent' },
  '.cm-lp-heading': { paddingTop: '0.3em' },
});

export function livePreview(): Extension {
  return [plugin, previewTheme, EditorView.editorAttributes.of({ class: 'cm-live-preview' })];
}
