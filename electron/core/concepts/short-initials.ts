/**
 * Two-letter acronyms and the two words they stand for: `BD` ↔ `base de datos`, `PR` ↔ `pull request`,
 * `SG` ↔ `security group`. Two letters are spelled by too many pairs of words across a vault (`Elastic IP`,
 * `Editing IAM` and `Elastic Inference` all spell EI), so initials.ts leaves them out; inside one note a
 * student who writes both an acronym and the only two-word name it spells means one thing. Believed only:
 * - in a note that uses both;
 * - when that is the only name of two words the acronym's notes spell it with;
 * - when the text pairs neither with another name already (an acronym spelled out, a name with its acronym).
 */
import { spelledAcronym } from './initials';

const MINOR = new Set(['of', 'and', 'for', 'the', 'a', 'an', 'on', 'in', 'to', 'de', 'del', 'la', 'el', 'los', 'las', 'y', 'e', 'para', 'en']);

interface Union {
  find(x: string): string;
}

export interface ShortInitialsInput {
  /** The vault's acronyms (folded) with the notes (numbers) that use them. */
  acronyms: Iterable<[string, readonly number[]]>;
  /** Folded names with the notes (numbers) that write them. */
  names: Iterable<[string, readonly number[]]>;
  /** Every folded name of the vault, to see what the text already pairs. */
  folds: Iterable<string>;
  isAcronym: (f: string) => boolean;
}

/** The two significant words' initials of a folded name, or null when it has not exactly two. */
function twoInitials(folded: string): string | null {
  const words = folded.split(' ').filter((w) => w && !MINOR.has(w));
  if (words.length !== 2 || !words.every((w) => /^\p{L}+$/u.test(w) && w.length > 1)) return null;
  return `${words[0]?.[0] ?? ''}${words[1]?.[0] ?? ''}`.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Pairs (acronym, name) to join, by the rules above. */
export function shortInitialMatches(input: ShortInitialsInput, uf: Union): [string, string][] {
  const byLetters = new Map<string, { acronym: string; notes: Set<number> }[]>();
  for (const [a, notes] of input.acronyms) {
    const spelled = spelledAcronym(a);
    if (!/^[a-z]{2}$/.test(a) || notes.length === 0) continue;
    byLetters.set(spelled, [...(byLetters.get(spelled) ?? []), { acronym: a, notes: new Set(notes) }]);
  }
  if (byLetters.size === 0) return [];
  // Components the text already gives a long name (an acronym spelled out) or an acronym (a name abbreviated).
  const spelledOut = new Set<string>();
  const abbreviated = new Set<string>();
  for (const f of input.folds) {
    const root = uf.find(f);
    if (f.includes(' ')) spelledOut.add(root);
    else if (input.isAcronym(f)) abbreviated.add(root);
  }
  const found = new Map<string, Set<string>>();
  for (const [f, notes] of input.names) {
    const letters = twoInitials(f);
    const candidates = letters === null ? undefined : byLetters.get(letters);
    if (!candidates) continue;
    for (const c of candidates) {
      if (!notes.some((n) => c.notes.has(n))) continue;
      const roots = found.get(c.acronym) ?? new Set<string>();
      roots.add(uf.find(f));
      found.set(c.acronym, roots);
    }
  }
  const out: [string, string][] = [];
  for (const [acronym, roots] of found) {
    if (roots.size !== 1 || spelledOut.has(uf.find(acronym))) continue;
    const root = [...roots][0] as string;
    if (abbreviated.has(root) || root === uf.find(acronym)) continue;
    out.push([acronym, root]);
  }
  return out;
}
