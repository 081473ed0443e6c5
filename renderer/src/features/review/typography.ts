/**
 * A card's answer is the student's own line, typed fast: `->` and `=>` as arrows read better as `→` and `⇒`.
 * Only spaced arrows between words change (`a -> b`), never code (`x=>y`, `-->`). Display only: the answer
 * the core keeps is the note's text.
 */
export function typeset(text: string): string {
  return text.replace(/(^|\s)->(?=\s|$)/g, '$1→').replace(/(^|\s)=>(?=\s|$)/g, '$1⇒');
}
