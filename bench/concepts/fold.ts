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

/**
 * Singular and plural meet on one stem, in English and in Spanish: `policies`/`policy` → `polici`, `roles`/`role`/`rol`
 * → `rol`, `comunidades`/`comunidad`, `poblaciones`/`poblacion`, `especies`/`especie`, `luces`/`luz` → `luc`,
 * `branches`/`branch`. The stem is only compared, never shown. It may join a rare pair such as `plan`/`plane`, which a
 * scored list would need to hold both of to matter.
 */
function singular(word: string): string {
  if (/\d/.test(word)) return word;
  if (word.endsWith('z')) return `${word.slice(0, -1)}c`;
  if (word.length <= 3 || /(ss|us|is)$/.test(word)) return word;
  let stem = word.endsWith('s') ? word.slice(0, -1) : word;
  if (stem.endsWith('ie')) stem = stem.slice(0, -1);
  else if (/[^aeiou]y$/.test(stem)) stem = `${stem.slice(0, -1)}i`;
  else if (/[^aeiou]e$/.test(stem) && stem.length > 3) stem = stem.slice(0, -1);
  return stem;
}
