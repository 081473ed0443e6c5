import { createRequire } from 'node:module';

/**
 * Is this lower-case word an ordinary English word? From `an-array-of-english-words` (MIT, ~275k words),
 * loaded on first use. English capitalises buttons and menu items mid-sentence (`choose Next`, `select
 * Enter`), so a lone capitalised word of English prose is a name only when no dictionary knows it
 * (`Fargate`, `CloudWatch`); Spanish capitalises neither, so Spanish notes do not need it.
 */
let words: Set<string> | null = null;

export function isEnglishWord(lower: string): boolean {
  words ??= new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
  return words.has(lower);
}
