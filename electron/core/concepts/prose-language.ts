import type { Line } from './prose-lines';

/** Which language a note or a sentence is written in, English or Spanish, told by its function words. */

/**
 * Function words of both languages as whole words. The two sets share no word, so one pass counts both
 * (two patterns read every line twice).
 */
const FUNCTION_WORDS = /\b(?:the|of|and|to|is|are|with|for|this|that|you|your|el|los|las|del|que|es|son|para|con|una|por|como|se)\b/gi;
const isAsciiWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * English function words of the text less its Spanish ones. Counted with `test`, which makes no match
 * array and no string per word (a note's function words are a third of its words): a match is a whole
 * ASCII word, found back from where it ends, and its length and first letter tell the two sets apart
 * (English of/to/is, the/and/are/for/you, with/this/that/your; Spanish el/es/se, los/las/del/que/son/con/
 * una/por, para/como).
 */
function leaning(text: string): number {
  let d = 0;
  FUNCTION_WORDS.lastIndex = 0;
  while (FUNCTION_WORDS.test(text)) {
    const end = FUNCTION_WORDS.lastIndex;
    let start = end - 1;
    while (start > 0 && isAsciiWordChar(text.charCodeAt(start - 1))) start--;
    const first = text.charCodeAt(start) | 32;
    const length = end - start;
    const english = length === 2 ? first === 111 || first === 116 || first === 105 /* o t i */
      : length === 3 ? first === 116 || first === 97 || first === 102 || first === 121 /* t a f y */
        : first === 119 || first === 116 || first === 121; /* w t y */
    d += english ? 1 : -1;
  }
  return d;
}

/** Whether a sentence is English (true), Spanish (false), or cannot tell (null), by its function words. */
export function englishText(text: string): boolean | null {
  const d = leaning(text);
  return d === 0 ? null : d > 0;
}

/** Whether the note's prose is mostly English (word order rules for phrases differ from Spanish). */
export function isEnglish(lines: readonly Line[]): boolean {
  let d = 0;
  // The first few thousand characters tell the language as well as the whole note.
  let read = 0;
  for (const l of lines) {
    d += leaning(l.text);
    if ((read += l.text.length) > 4000) break;
  }
  return d > 0;
}
