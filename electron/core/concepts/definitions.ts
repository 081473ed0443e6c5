/**
 * Abbreviation definitions in prose: `Amazon Machine Image (AMI)`, `AMIs (Amazon Machine Images)`,
 * `Amazon Elastic Block Store (Amazon EBS)`. The long form is found with Schwartz & Hearst's algorithm
 * (2003): walk the short form's characters backwards through the words before the parenthesis; the first
 * character must start a word. It needs no dictionary, which is the point.
 */

export interface Definition {
  long: string;
  /** Short forms: as written, plus the bare acronym when a shared brand word prefixes both forms. */
  short: string[];
  /** Offset of the parenthesis in the text. */
  at: number;
}

const PAREN = /\(([^()\n]{1,120})\)/g;

function upperCount(s: string): number {
  let n = 0;
  for (const ch of s) if (ch >= 'A' && ch <= 'Z') n++;
  return n;
}

/** Capitals, counting a final digit after them as one: `S3` is spelled SSS. */
function capitals(s: string): number {
  return upperCount(s) + (/^[A-Z]+\d$/.test(s) ? 1 : 0);
}

/** Short forms look like acronyms: up to two words, the last with two capitals (EBS, IPv6, Amazon EC2, S3). */
function isShortForm(s: string): boolean {
  if (s.length < 2 || s.length > 16) return false;
  const parts = s.split(/\s+/);
  if (parts.length > 2) return false;
  const last = parts[parts.length - 1] ?? '';
  if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(last) || capitals(last) < 2) return false;
  return parts.every((p) => /^[A-Za-z0-9][\w-]*$/.test(p));
}

const isAlnum = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Schwartz–Hearst: the shortest tail of `lf` whose letters spell `sf`, or null. */
export function bestLongForm(sf: string, lf: string): string | null {
  const s = sf.toLowerCase();
  const l = lf.toLowerCase();
  let si = s.length - 1;
  let li = l.length - 1;
  while (si >= 0) {
    const c = s[si];
    if (!isAlnum(c)) {
      si--;
      continue;
    }
    while (li >= 0 && (l[li] !== c || (si === 0 && li > 0 && isAlnum(l[li - 1])))) li--;
    if (li < 0) return null;
    li--;
    si--;
  }
  const from = l.lastIndexOf(' ', li) + 1;
  return lf.slice(from).trim();
}

/** `AMIs` → `AMI`; `EC2` → `ECC` and `S3` → `SSS`, the way such names are spelled out. */
function spellings(sf: string): string[] {
  const base = /[A-Z0-9]s$/.test(sf) ? sf.slice(0, -1) : sf;
  const out = [base];
  const expanded = base.replace(/([A-Za-z])([2-9])/g, (_m, l: string, d: string) => l.repeat(Number(d)));
  if (expanded !== base) out.push(expanded);
  return out;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'a', 'an', 'to', 'in', 'on', 'de', 'del', 'la', 'el', 'y', 'e', 'para', 'en']);

/**
 * Schwartz–Hearst alone accepts `AMI (Amazon Linux 2)` (the letters occur somewhere). Also ask that each
 * content word of the long form start with a letter of the short form, in order.
 */
function initialsFit(sf: string, lf: string): boolean {
  const letters = sf.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  let at = 0;
  for (const w of lf.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!w || MINOR_WORDS.has(w)) continue;
    const i = letters.indexOf(w[0] ?? '', at);
    if (i < 0) return false;
    at = i + 1;
  }
  return true;
}

/**
 * `ciclooxigenasa (COX)`, `ANTIBIÓTICOS (ATB)`, `database (DB)`: one long word whose letters spell the
 * acronym, its first letter first, as Schwartz–Hearst reads it. A word several times the acronym's length
 * leaves little room for chance (`example (EX)` is not written).
 */
function oneWordSpelling(spelled: string, lf: string): boolean {
  return /^[A-Z]{2,5}$/.test(spelled) && /^\p{L}+$/u.test(lf) && lf.length >= 3 * spelled.length;
}

function matchLong(sf: string, candidate: string, maxWords: number): string | null {
  const words = candidate.split(/\s+/).filter(Boolean);
  const window = words.slice(-maxWords).join(' ');
  for (const spelled of spellings(sf)) {
    const found = bestLongForm(spelled, window);
    if (!found) continue;
    const lf = found.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const n = wordCount(lf);
    if ((n < 2 && !oneWordSpelling(spelled, lf)) || lf.length <= sf.length) continue;
    if (lf.toLowerCase().includes(sf.toLowerCase())) continue;
    if (!initialsFit(spelled, lf)) continue;
    return lf;
  }
  return null;
}

/** `Amazon EBS` for `Amazon Elastic Block Store` also names plain `EBS`. */
function shortForms(sf: string, lf: string): string[] {
  const parts = sf.split(/\s+/);
  const out = [sf];
  if (parts.length === 2) {
    const [brand, acronym] = parts as [string, string];
    if (lf.toLowerCase().startsWith(`${brand.toLowerCase()} `) && capitals(acronym) >= 2) out.push(acronym);
  }
  return out;
}

export function findDefinitions(text: string): Definition[] {
  if (!text.includes('(')) return [];
  const out: Definition[] = [];
  PAREN.lastIndex = 0;
  for (let m = PAREN.exec(text); m; m = PAREN.exec(text)) {
    const inner = (m[1] ?? '').trim();
    const at = m.index;
    // The words before the parenthesis, back to the previous clause break.
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    let before = text.slice(lineStart, at);
    const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf(': '), before.lastIndexOf('; '),
      before.lastIndexOf(')'), before.lastIndexOf('('), before.lastIndexOf(', '));
    if (cut >= 0) before = before.slice(cut + 1);
    // `**AMI** (Amazon Machine Image)`: emphasis around the name is not part of it.
    before = before.trimEnd().replace(/(?<=[\p{L}\p{N}])[*_]+$/u, '');
    if (!before) continue;

    if (isShortForm(inner)) {
      const maxWords = Math.min(inner.length + 5, inner.length * 2);
      const lf = matchLong(inner, before, maxWords);
      if (lf) out.push({ long: lf, short: shortForms(inner, lf), at });
      continue;
    }
    // `AMIs (Amazon Machine Images)`: the short form is the word before, the long form inside.
    const prev = /([A-Za-z][A-Za-z0-9-]*)$/.exec(before)?.[1];
    if (!prev || !/^[A-Z][A-Z0-9-]*[A-Z0-9]s?$/.test(prev) || capitals(prev) < 2) continue;
    if (/[,;:]/.test(inner) || wordCount(inner) > prev.length + 5) continue;
    const lf = matchLong(prev, inner, prev.length + 5);
    if (lf && wordCount(lf) >= wordCount(inner) - 1) out.push({ long: lf, short: [prev], at });
  }
  return out;
}

/**
 * `AZ = Availability Zone. Region = …`, `HA - high availability`: the long form an acronym opening a line is
 * spelled out by, when the text after its separator starts with it (its first clause, all of it), or null.
 */
export function expansionOf(sf: string, text: string): string | null {
  const clause = (/^[^.,;:()\n]+/.exec(text)?.[0] ?? '').trim();
  const n = wordCount(clause);
  if (n < 2 || n > sf.length + 2) return null;
  const lf = matchLong(sf, clause, n);
  return lf !== null && wordCount(lf) === n ? lf : null;
}
