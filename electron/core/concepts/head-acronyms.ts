/** An acronym heading its line, spelled out after its `=` or in a parenthesis further on. */
import type { NamePair } from './name-pairs';
import { PAREN } from './paren-glosses';
import { isWord, nameOf } from './name-shapes';
import { spanishTerm } from './name-languages';
import { mostInitials, spells } from './acronym-letters';

/** `**AZ** = …`, `EBS -> …`, `ENI: …`, `**MMU** — …` — an acronym heading its line. */
const HEAD_ACRONYM = /^(\*\*|__)?([A-Z][A-Z0-9]{1,5})\1?\s*(?:=|->|→|:|-|–|—)\s+/;
/** `iam = identity and access management`: notes typed fast write acronyms in lower case, spelled out after `=`. */
const HEAD_LOWER = /^(\*\*|__)?([a-z][a-z0-9]{1,5})\1?\s*=\s+/;

export function headAcronym(body: string, at: number, out: NamePair[], spanish: () => boolean): void {
  const c = body.charCodeAt(0);
  const head = (c >= 65 && c <= 90) || c === 42 || c === 95 ? HEAD_ACRONYM.exec(body) : c >= 97 && c <= 122 ? lowerHead(body) : null;
  if (!head) return;
  const acronym = head[2] as string;
  const rest = body.slice(head[0].length);
  // `**MMU** — memory management unit: the hardware …`: the name ends at a colon too.
  const afterEquals = /^(.*?)(?:[.,;:(]|\s[-–—]\s|\s->|$)/.exec(rest)?.[1] ?? '';
  const tries = [afterEquals, ...[...rest.matchAll(PAREN)].map((m) => m[1] ?? '')];
  for (const t of tries) {
    const name = nameOf(t);
    if (name && name.includes(' ') && (spells(acronym, name) || (t === afterEquals && spanish()) && spanishTerm(name) && mostInitials(acronym, name))) {
      out.push({ names: [name, acronym], at });
      return;
    }
  }
}

/**
 * `s3 = simple storage service, …`: a lower-case word heading its line is an acronym when it is no word
 * of either language and the name after its `=` spells it letter by letter (checked by the caller).
 */
function lowerHead(body: string): RegExpExecArray | null {
  const m = HEAD_LOWER.exec(body);
  return m && !isWord(m[2] as string) ? m : null;
}
