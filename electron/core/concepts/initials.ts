/**
 * An acronym and a name that only match by their initials in the same vault are one idea:
 * `ELB` ↔ `ELASTIC LOAD BALANCER`, `ALB` ↔ `Application Load Balancer`, `EFS` ↔ `ELASTIC FILESYSTEM` (a
 * compound word gives two initials), `EC2` ↔ `ELASTIC COMPUTING CLOUD` (a digit repeats the letter before
 * it). Only names written like names take part — every word capitalised or in capitals — so ordinary
 * phrases never fold onto an acronym by chance.
 */

import { isEnglishWord } from './english-lexicon';
import { looseStem } from './fold';

/** `d` is how notes taken fast write `de` (`ARN d transferencia` = ARNt). */
const MINOR = new Set(['of', 'and', 'for', 'the', 'a', 'an', 'on', 'in', 'to', 'de', 'del', 'd', 'la', 'el', 'y', 'e', 'para', 'en']);
const MAX_VARIANTS = 64;
/** A compound's second part starts at least this far in, and leaves at least this much (`file|system`). */
const MIN_PART = 4;

/** `ec2` → `ecc`, `s3` → `sss`: how a digit in an acronym is spelled out. */
export function spelledAcronym(folded: string): string {
  return folded.replace(/([a-z])([2-9])/g, (_m, l: string, d: string) => l.repeat(Number(d))).replace(/[^a-z]/g, '');
}

/** Whether a surface looks like a name: two or more words, each significant one capitalised. */
export function nameLike(surface: string): boolean {
  const words = surface.split(/[\s-]+/).filter(Boolean);
  const significant = words.filter((w) => !MINOR.has(w.toLowerCase()));
  return significant.length >= 2 && significant.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * The initial strings a name can stand for: one letter per significant word, or two for a long word
 * read as a compound; also without a leading word the vault uses as a brand (`Amazon Elastic Block
 * Store` → `ebs`, when its definitions show `Amazon` is one).
 */
export function initialsOf(surface: string, brands: ReadonlySet<string> = new Set()): string[] {
  const words = surface
    .toLowerCase()
    .split(/[\s-]+/)
    .map((w) => w.normalize('NFD').replace(/[^a-z0-9]/g, ''))
    .filter((w) => w && !MINOR.has(w));
  if (words.length < 2) return [];
  const out = new Set<string>();
  // At most one word is read as a compound: more would let almost any name spell almost any acronym.
  const walk = (i: number, acc: string, split: boolean): void => {
    if (out.size >= MAX_VARIANTS) return;
    if (i === words.length) {
      if (acc.length >= 2) out.add(acc);
      return;
    }
    const w = words[i] ?? '';
    walk(i + 1, acc + (w[0] ?? ''), split);
    if (split) return;
    // A compound is two words written as one (`file|system`), not any cut of a long word (`Certifi|cate`
    // would make `End Certificate` spell EC2).
    for (let p = MIN_PART; p <= w.length - MIN_PART; p++) if (isEnglishWord(w.slice(0, p)) && isEnglishWord(w.slice(p))) walk(i + 1, acc + (w[0] ?? '') + (w[p] ?? ''), true);
  };
  walk(0, '', false);
  // A word in capitals inside the name (`Elastic IP`) gives all its letters: `EIP`.
  const caps = surface.split(/[\s-]+/).filter((w) => w && !MINOR.has(w.toLowerCase()));
  if (caps.some((w) => /^[A-Z]{2,}$/.test(w))) out.add(caps.map((w) => (/^[A-Z]{2,}$/.test(w) ? w.toLowerCase() : w[0]?.toLowerCase() ?? '')).join(''));
  const rest = words.slice(1);
  if (rest.length >= 2 && brands.has(words[0] ?? '')) out.add(rest.map((w) => w[0] ?? '').join(''));
  return [...out];
}

/** An acronym and a name (both folded) whose initials spell it. */
export interface InitialsMatch {
  acronym: string;
  name: string;
}

interface Components {
  find(x: string): string;
}

/** The words that carry a folded name's meaning, each as its loose stem (`comput` for computing and compute). */
function stems(folded: string, brands: ReadonlySet<string>): string[] {
  return folded
    .split(' ')
    .filter((w) => w && !MINOR.has(w) && !brands.has(w))
    .map((w) => looseStem(w));
}

/** A stem among `known`, or a compound of two of them (`filesystem` for `file system`). */
function knownStem(stem: string, known: ReadonlySet<string>): boolean {
  if (known.has(stem)) return true;
  for (let p = 2; p <= stem.length - 2; p++) if (known.has(stem.slice(0, p)) && known.has(stem.slice(p))) return true;
  return false;
}

/**
 * Which matches by initials alone to believe. Initials are a guess; the vault's own text is evidence:
 * - where the text pairs an acronym with a name (`Amazon Simple Storage Service (Amazon S3)`), a name
 *   matching only by initials joins only if it is a spelling of that name (`ELASTIC COMPUTING CLOUD` for
 *   `Elastic Compute Cloud`), not another phrase with the same initials (`SQL Server Standard`);
 * - a name the text pairs with one acronym does not join another spelled alike (`ECC` is not EC2);
 * - an acronym the text never expands, matched by names that share no word (`AWS Systems Manager`,
 *   `Apple Silicon M1`), is ambiguous and joins none of them.
 * `folds` are every folded name of the vault; `joined` tells the components made so far from the text.
 */
export function believedMatches(found: readonly InitialsMatch[], joined: Components, folds: Iterable<string>, brands: ReadonlySet<string>): InitialsMatch[] {
  const byAcronym = new Map<string, string[]>();
  const acronymsAt = new Map<string, Set<string>>();
  for (const m of found) {
    const root = joined.find(m.acronym);
    acronymsAt.set(root, (acronymsAt.get(root) ?? new Set()).add(m.acronym));
    if (root === joined.find(m.name)) continue;
    const list = byAcronym.get(m.acronym);
    if (list) list.push(m.name);
    else byAcronym.set(m.acronym, [m.name]);
  }
  if (byAcronym.size === 0) return [];
  const given = new Map<string, string[][]>();
  const pairedRoots = new Set<string>();
  for (const f of folds) {
    if (!f.includes(' ')) continue;
    const root = joined.find(f);
    const here = acronymsAt.get(root);
    if (!here) continue;
    const words = f.split(' ');
    for (const a of here) {
      if (words.includes(a) || !initialsOf(f, brands).includes(spelledAcronym(a))) continue;
      given.set(a, [...(given.get(a) ?? []), stems(f, brands)]);
      pairedRoots.add(root);
    }
  }
  const out: InitialsMatch[] = [];
  const spoken = new Set(pairedRoots);
  for (const [acronym, names] of byAcronym) {
    const expansions = given.get(acronym);
    if (!expansions) continue;
    const known = new Set(expansions.flat());
    for (const name of names) {
      if (!stems(name, brands).every((s) => knownStem(s, known))) continue;
      out.push({ acronym, name });
      spoken.add(joined.find(name));
    }
  }
  for (const [acronym, names] of byAcronym) {
    if (given.has(acronym)) continue;
    const free = names.filter((n) => !spoken.has(joined.find(n)));
    const first = new Set(stems(free[0] ?? '', brands));
    if (free.every((n) => stems(n, brands).some((s) => first.has(s)))) for (const name of free) out.push({ acronym, name });
  }
  return out;
}
