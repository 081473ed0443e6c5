/**
 * An acronym and a name that only match by their initials in the same vault are one idea:
 * `ELB` ↔ `ELASTIC LOAD BALANCER`, `ALB` ↔ `Application Load Balancer`, `EFS` ↔ `ELASTIC FILESYSTEM` (a
 * compound word gives two initials), `EC2` ↔ `ELASTIC COMPUTING CLOUD` (a digit repeats the letter before
 * it). Only names written like names take part — every word capitalised or in capitals — so ordinary
 * phrases never fold onto an acronym by chance.
 */

import { isEnglishWord } from './english-lexicon';

const MINOR = new Set(['of', 'and', 'for', 'the', 'a', 'an', 'on', 'in', 'to', 'de', 'del', 'la', 'el', 'y', 'e', 'para', 'en']);
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
