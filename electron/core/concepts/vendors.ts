import type { CandidateEntry } from './dictionary-inputs';
import { isCommonWord } from './common-words';
import { STOP_ACRONYMS } from './stoplists';

/**
 * The words that stand before the vault's product names. `brands` are vendors: `Amazon EBS` is `EBS`.
 * `describing` are words that qualify a name (`Default VPC`, `Rotating KMS`): neither kind makes a term
 * of its own, but only a vendor's name is the same concept without it.
 */
export function findVendors(
  entries: readonly CandidateEntry[],
  acronyms: ReadonlySet<string>,
  fold: (s: string) => string,
): { brands: Set<string>; describing: Set<string> } {
  // The vault's own definitions say which words are brands: `Amazon Elastic Block Store (Amazon EBS)`
  // also names plain `EBS`, so `Amazon` is one.
  const brands = new Set<string>();
  for (const e of entries) {
    if (e.source !== 'definition' || e.names.length < 3) continue;
    const short = fold(e.names[1] ?? '').split(' ');
    if (short.length === 2 && short[1] === fold(e.names[2] ?? '')) brands.add(short[0] ?? '');
  }
  // A capitalised word that opens both `W ECS` (an acronym of three letters or more) and another name
  // (`W Machine Image`) is a vendor's name before its products: `Amazon ECS` is ECS.
  const opens = new Map<string, Set<string>>();
  const beforeAcronym = new Set<string>();
  for (const e of entries) {
    for (const n of e.names) {
      const m = /^(\p{Lu}\p{Ll}+)\s+(\S.*)$/u.exec(n.trim());
      if (!m) continue;
      const w = fold(m[1] ?? '');
      opens.set(w, (opens.get(w) ?? new Set()).add(fold(m[2] ?? '')));
      if (/^[A-Z][A-Z0-9]{2,}$/.test(m[2] ?? '') && acronyms.has((m[2] ?? '').toLowerCase())) beforeAcronym.add(w);
    }
  }
  const describing = new Set<string>();
  const lowercase = beforeAcronym.size ? writtenInLowercase(entries, beforeAcronym, fold) : new Set<string>();
  for (const w of beforeAcronym) {
    if ((opens.get(w)?.size ?? 0) < 2) continue;
    // An everyday word (`Instance ID`, `Subnet ID`) is part of the name, not a vendor; so is a word the
    // prose also writes in lowercase (`default security group`, `encrypt snapshots`): a vendor's name is
    // always capitalised. `Rotating KMS`, `Verified AMI`: a participle opens a task or a kind.
    if (isCommonWord(w)) continue;
    (lowercase.has(w) || PARTICIPLE.test(w) ? describing : brands).add(w);
  }
  return { brands, describing };
}

/** English and Spanish participles and gerunds, as folded: `rotating`, `verified`, `cifrado`, `usando`. */
const PARTICIPLE = /^\p{L}{3,}(?:ing|ed|ado|ada|ido|ida|ando|iendo)$/u;

/** Which of `words` (folded) the vault's prose also writes in lowercase, inside a term or definition it names. */
function writtenInLowercase(entries: Iterable<CandidateEntry>, words: ReadonlySet<string>, fold: (s: string) => string): Set<string> {
  const found = new Set<string>();
  for (const e of entries) {
    // A note's name comes from its file name, often all lowercase (`install-nvidia-driver.md`).
    if (e.source === 'note') continue;
    for (const n of e.names) {
      for (const t of n.split(/\s+/)) {
        if (t === '' || t !== t.toLowerCase() || !/^\p{Ll}/u.test(t)) continue;
        const f = fold(t);
        if (words.has(f)) found.add(f);
      }
    }
  }
  return found;
}

/** A brand name's own name: `Amazon CloudWatch` also names `CloudWatch`, as `Amazon EBS` names `EBS`. */
export function withoutBrand(names: string[], brands: ReadonlySet<string>, fold: (s: string) => string): string[] {
  let out = names;
  for (const n of names) {
    const m = /^(\S+)\s+(\S+)$/.exec(n.trim());
    if (!m || !brands.has(fold(m[1] ?? ''))) continue;
    const rest = m[2] ?? '';
    // Only a word whose shape makes it a name: an acronym (EBS) or an inner capital (CloudWatch).
    if (!/^[A-Z][A-Z0-9]+s?$/.test(rest) && !/^[A-Z]?[a-z0-9]+[A-Z]/.test(rest)) continue;
    // `Subnet ID`: an acronym that names nothing alone (STOP_ACRONYMS) stays part of the name.
    if (STOP_ACRONYMS.has(rest.toLowerCase())) continue;
    if (out === names) out = [...names];
    if (!out.includes(rest)) out.push(rest);
  }
  return out;
}
