/** The gold lists: tab-separated, one row a line; a first row naming the columns is skipped. */
import { readFileSync } from 'node:fs';
import { fold } from './fold';

export interface GoldConcept {
  canonical: string;
  aliases: string[];
  must: boolean;
}

export interface GoldPair {
  a: string;
  b: string;
}

export interface GoldRelation {
  a: string;
  b: string;
  relation: string;
}

function rows(text: string, header: RegExp): string[][] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'));
  if (lines[0] && header.test(lines[0])) lines.shift();
  return lines.map((l) => l.split('\t').map((c) => c.trim()));
}

export function parseConcepts(text: string): GoldConcept[] {
  return rows(text, /^canonical\t/).map(([canonical = '', aliases = '', must = '0']) => ({
    canonical,
    aliases: aliases.split('|').map((a) => a.trim()).filter(Boolean),
    must: must === '1',
  }));
}

export function parsePairs(text: string): GoldPair[] {
  return rows(text, /^a\tb\s*$/).map(([a = '', b = '']) => ({ a, b }));
}

export function parseRelations(text: string): GoldRelation[] {
  return rows(text, /^a\tb\trelation/).map(([a = '', b = '', relation = '']) => ({ a, b, relation }));
}

/** `term<TAB>1|0` rows (1 = a real term a student would draw as a node); keyed by the folded term. */
export function parseJudgements(text: string): Map<string, boolean> {
  const judged = new Map<string, boolean>();
  for (const [term = '', verdict = ''] of rows(text, /^term\t/)) {
    if (term && (verdict === '1' || verdict === '0')) judged.set(fold(term), verdict === '1');
  }
  return judged;
}

export const readText = (file: string): string => readFileSync(file, 'utf8');

/** An answer as the card judgements key it: whitespace collapsed, so a card's line breaks do not make it a new answer. */
export const answerKey = (concept: string, answer: string): string => `${fold(concept)}\t${answer.replace(/\s+/g, ' ').trim()}`;

/**
 * `concept<TAB>answer<TAB>1|0` rows (1 = the answer says what the concept is or is for; 0 = circular, an
 * instruction, a mere mention, or about another concept), keyed by `answerKey`.
 */
export function parseCardJudgements(text: string): Map<string, boolean> {
  const judged = new Map<string, boolean>();
  for (const [concept = '', answer = '', verdict = ''] of rows(text, /^concept\tanswer\t/)) {
    if (concept && answer && (verdict === '1' || verdict === '0')) judged.set(answerKey(concept, answer), verdict === '1');
  }
  return judged;
}
