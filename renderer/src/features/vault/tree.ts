import type { NoteSummary } from '../../../../electron/contract';

export interface TreeFolder {
  name: string;
  path: string;
  folders: TreeFolder[];
  notes: NoteSummary[];
}

// One collator for every comparison: localeCompare makes one per call.
const collator = new Intl.Collator();

export function buildTree(notes: NoteSummary[]): TreeFolder {
  const root: TreeFolder = { name: '', path: '', folders: [], notes: [] };
  for (const note of notes) {
    let folder = root;
    if (note.folder) {
      for (const part of note.folder.split('/')) {
        const path = folder.path ? `${folder.path}/${part}` : part;
        let next = folder.folders.find((f) => f.name === part);
        if (!next) folder.folders.push((next = { name: part, path, folders: [], notes: [] }));
        folder = next;
      }
    }
    folder.notes.push(note);
  }
  const sort = (folder: TreeFolder): void => {
    folder.folders.sort((a, b) => collator.compare(a.name, b.name));
    folder.notes.sort((a, b) => collator.compare(a.title, b.title));
    folder.folders.forEach(sort);
  };
  sort(root);
  return root;
}

/**
 * Whether two lists draw the same tree: the same notes in the same order with the same title, folder and
 * flags. A save changes a note's size and time only; rebuilding and redrawing the whole tree for it took
 * tens of milliseconds of the save's task in a vault of hundreds of notes.
 */
export function sameTreeShape(a: readonly NoteSummary[], b: readonly NoteSummary[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as NoteSummary;
    const y = b[i] as NoteSummary;
    if (x.id !== y.id || x.title !== y.title || x.folder !== y.folder || x.readOnly !== y.readOnly) return false;
    if (x.problems.length !== y.problems.length || x.problems.some((p, j) => p.message !== y.problems[j]?.message)) return false;
  }
  return true;
}
