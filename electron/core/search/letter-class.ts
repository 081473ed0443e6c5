import { foldPlain } from './fold';

/**
 * Per ASCII letter, the other characters whose accent- and case-folded form it is (é, É, è… and E for e).
 * Scanned once, lazily: Latin, Greek and Cyrillic blocks and the letterlike symbols (the Kelvin sign folds
 * to k) are where such characters live.
 */
let variants: Map<string, string> | null = null;

function build(): Map<string, string> {
  const m = new Map<string, string>();
  const add = (from: number, to: number): void => {
    for (let cp = from; cp < to; cp++) {
      const ch = String.fromCharCode(cp);
      const p = foldPlain(ch);
      if (p.length === 1 && p >= 'a' && p <= 'z' && p !== ch) m.set(p, (m.get(p) ?? '') + ch);
    }
  };
  add(0x41, 0x5b);
  add(0xc0, 0x2000);
  add(0x2100, 0x2150);
  return m;
}

/** A regular-expression class matching every character that folds to the ASCII letter or digit `c`. */
export function letterClass(c: string): string {
  variants ??= build();
  const v = variants.get(c);
  return v ? `[${c}${v}]` : c;
}

/**
 * The stem of a folded ASCII key that every written form of it starts with, up to accents and case:
 * folding trims plural endings and `-ies` becomes `-y`, so all but the last letter (`polic` for `policy`).
 */
export function keyStem(key: string): string {
  return key.slice(0, Math.max(1, key.length - 1));
}

/** A pattern source for `stem` that matches it written with any accents and case. */
export function stemSource(stem: string): string {
  let out = '';
  for (const c of stem) out += letterClass(c);
  return out;
}
