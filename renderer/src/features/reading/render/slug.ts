/**
 * One slug for headings, `[[Note#Heading]]` and `#anchor` links, so they meet whatever their case,
 * spacing or punctuation: letters and digits of any script are kept (`Conexión` stays `conexión`).
 */
export function slugify(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s+/g, '-');
}

/** `%`-decoding that never throws: `[link](%)` is text a person wrote, not an error. */
export function safeDecode(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
