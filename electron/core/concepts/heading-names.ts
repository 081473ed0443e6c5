/**
 * What a heading names once its dressing is off: emphasis (a Google Docs export bolds every heading,
 * `## **6.1 Ciclo del carbono**`), the outline number in front (`3.2 TCP`) and an aside in parentheses at
 * its end (`**6.2 Ciclo del nitrógeno** (el que mas cae!!)`).
 */
const EMPHASIS = /\*+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;
const NUMBERED = /^\s*(\d+(?:\.\d+)*\.?)\s+(?=\S)/;
const ASIDE = /\s*\([^()]*\)\s*$/;

const bare = (heading: string): string => (heading.includes('*') || heading.includes('_') ? heading.replace(EMPHASIS, '') : heading);

/** The heading's outline number (`6.1`, `5.`), or undefined. */
export function headingNumber(heading: string): string | undefined {
  return NUMBERED.exec(bare(heading))?.[1];
}

/** The heading as a name: no emphasis, no outline number, no closing aside. */
export function headingName(heading: string): string {
  return bare(heading).replace(ASIDE, '').replace(NUMBERED, '').trim();
}
