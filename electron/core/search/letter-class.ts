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

/*
 * Word gaps for the search's prefilter patterns. `[\p{L}\p{N}]` needs the `u` flag, and compiling a pattern
 * with it cost 0.4–0.7 ms per new query (each phrase builds its own): more than the rest of a warm phrase
 * query. These ASCII-only classes compile in ~0.04 ms. They are looser, never stricter: every non-ASCII
 * character counts as both a possible letter and a possible separator, so a pattern built with them matches
 * wherever the `\p` one did (callers verify each match word by word).
 */
/** Matches the rest of a word: anything but ASCII punctuation, space and controls. */
export const WORD_REST = '[^\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f]*';
/** Matches what separates two words: anything but an ASCII letter or digit, at least once. */
export const WORD_GAP = '[^0-9A-Za-z]+';
/** Not preceded by an ASCII letter or digit. */
export const NOT_AFTER_WORD = '(?<![0-9A-Za-z])';
