/**
 * The bench's own folding of a name, kept apart from the core's on purpose: the scoring must not share the
 * extractor's idea of what two names have in common. Case, accents, punctuation and a simple plural.
 */
export function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    // An acronym's plural (`AMIs`, `EC2s`) before case is lost.
    .replace(/(\p{Lu}{2,}[\p{Lu}\p{N}]*)s\b/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    // A short word in capitals is an acronym, whose final S is its own (HTTPS is not the plural of HTTP).
    .map((word) => (/^\p{Lu}[\p{Lu}\p{N}]{1,4}$/u.test(word) ? word.toLowerCase() : singular(word.toLowerCase())))
    .join(' ');
}

/** English and Spanish plural in its simplest form: `policies` → `policy`, `roles` → `role`, `AMIs` → `ami`. */
function singular(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word)) return word;
  const one = word.endsWith('s') ? word.slice(0, -1) : word;
  // `branches` and `branch`, `caches` and `cache`: a final e after ch/sh is dropped on both sides.
  return /[cs]he$/.test(one) ? one.slice(0, -1) : one;
}
