import { expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { extractCandidates } from './extract';

/** What the note defines (source `definition`), by lower-cased name, with the sentence it is defined by. */
const definitions = (text: string): Map<string, string> =>
  new Map(extractCandidates(parseNote('glossary.md', text)).candidates.filter((c) => c.source === 'definition').flatMap((c) => c.names.map((n) => [n.toLowerCase(), c.occurrence.sentence] as const)));

it('a definition list defines each term by the item under it, one blank line apart at most; a term with no item defines nothing', () => {
  const found = definitions([
    '# Stats glossary', '',
    'Standard deviation', ': a measure of how spread out values are around the mean', '',
    'Sampling distribution', '', ':   the distribution of a statistic over all possible samples', '',
    '**Median**', '~ the middle value when the data are sorted', '',
    'Confidence level', '', '', ': too far below to be its item', '',
    'Outliers', 'are values far from the rest of the data.', '',
  ].join('\n'));
  expect(found.get('standard deviation')).toBe('Standard deviation: a measure of how spread out values are around the mean');
  expect(found.get('sampling distribution')).toBe('Sampling distribution: the distribution of a statistic over all possible samples');
  expect(found.get('median')).toBe('Median: the middle value when the data are sorted');
  expect(found.has('confidence level')).toBe(false);
  expect(found.has('outliers')).toBe(false);
});
