import type { NamePair } from './name-pairs';

/**
 * `**Market equilibrium** — the price where Qd = Qs, known as the market-clearing price (P*).`: a marked head
 * defined after its dash or colon, the definition closing on what the thing is known as. Only after a head
 * the person marked: in running prose `una persona, llamada deudor` names a part, not the whole.
 */
const HEAD = /^\s*(?:[-*+]\s+|\d{1,3}[.)]\s+)?(\*\*|__|==)([^*_=\n]{2,50})\1\s*(?:—|–|-|:|=)\s+/u;
const KNOWN = /,\s+(?:(?:also\s+)?known\s+as|a\.k\.a\.|(?:tambi[eé]n\s+)?conocid[oa]s?\s+como)\s+(?:(?:the|a|an|el|la|los|las)\s+)?([\p{L}][\p{L}\p{N}'’-]*(?:\s+[\p{L}][\p{L}\p{N}'’-]*){0,3})\s*(?=[.,;:(]|$)/iu;

export function knownAs(line: string, offset: number, out: NamePair[]): void {
  const head = HEAD.exec(line);
  if (!head) return;
  const known = KNOWN.exec(line.slice(head[0].length));
  if (!known) return;
  const name = (head[2] as string).trim();
  const other = (known[1] as string).trim();
  if (name.toLowerCase() !== other.toLowerCase()) out.push({ names: [name, other], at: offset + head[0].length + known.index });
}
