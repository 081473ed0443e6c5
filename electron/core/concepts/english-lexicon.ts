import { createRequire } from 'node:module';

/**
 * Is this lower-case word an ordinary English word? From `an-array-of-english-words` (MIT, ~275k words),
 * loaded on first use. English capitalises buttons and menu items mid-sentence (`choose Next`, `select
 * Enter`), so a lone capitalised word of English prose is a name only when no dictionary knows it
 * (`Fargate`, `CloudWatch`); Spanish capitalises neither, so Spanish notes do not need it.
 */
let words: readonly string[] | null = null;
/** Only if the list were ever shipped out of order. */
let wordSet: Set<string> | null = null;

export function isEnglishWord(lower: string): boolean {
  if (!words) {
    words = createRequire(import.meta.url)('an-array-of-english-words') as string[];
    // The list comes sorted: a binary search over it spares building a set of 275,000 words in every
    // thread that reads prose (as long as loading the list again).
    for (let i = 1; i < words.length; i++) {
      if (!((words[i - 1] as string) < (words[i] as string))) {
        wordSet = new Set(words);
        break;
      }
    }
  }
  if (wordSet) return wordSet.has(lower);
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = words[mid] as string;
    if (w === lower) return true;
    if (w < lower) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Parts of speech of everyday English words, from `wink-lexicon` (MIT): ~13,000 words, each with its Penn
 * Treebank tags, the most frequent first. Only its word table is loaded (`src/lexicon.js`, not the WordNet
 * data beside it). A term is a noun phrase, so a phrase through a word that can only be a verb, an adverb,
 * a determiner or a number is a clause (`console shows`, `snapshot privately`, `run four`); words the table
 * does not know (`subnet`, `CloudWatch`) are taken for nouns, as technical words mostly are.
 */
let tags: Record<string, string[] | undefined> | null = null;

function tagsOf(lower: string): readonly string[] | undefined {
  tags ??= createRequire(import.meta.url)('wink-lexicon/src/lexicon.js') as Record<string, string[] | undefined>;
  return Object.prototype.hasOwnProperty.call(tags, lower) ? tags[lower] : undefined;
}

export type EnglishRole = 'unknown' | 'noun' | 'modifier' | 'base-verb' | 'verb' | 'other';

/**
 * What an English word can be inside a noun phrase: `noun` (it can head one: `data`, `instance`,
 * `monitoring`, `forward`), `modifier` (only an adjective or participle: `available`, `running`),
 * `base-verb` (only a verb's base form: `create`, `allow`, `write`: the first word of an instruction, or a
 * compound's modifier inside one, `credit earn rate`), `verb` (its usual reading is a conjugated verb:
 * `shows`, `illustrates`), `other` (an adverb, determiner, preposition or number: `privately`, `both`,
 * `unless`, `four`), or `unknown`.
 */
export function englishRole(lower: string): EnglishRole {
  const t = tagsOf(lower);
  if (!t || t.length === 0) return 'unknown';
  const top = t[0] as string;
  // `shows` is mostly a verb, `logs` mostly a noun: the most frequent reading decides for -s forms.
  if (top === 'VBZ' || top === 'MD') return 'verb';
  // `currently`, `privately`: an adverb in -ly is one whatever else the table allows; `forward` is a noun too.
  if (top.startsWith('RB') && lower.endsWith('ly')) return 'other';
  if (t.some((x) => x === 'NN' || x === 'NNS' || x === 'NNP' || x === 'NNPS')) return 'noun';
  if (t.some((x) => x.startsWith('JJ') || x === 'VBN' || x === 'VBG')) return 'modifier';
  if (t.some((x) => x === 'VB' || x === 'VBP' || x === 'VBD')) return 'base-verb';
  return 'other';
}

/** Is the word's usual reading a plural noun (`types`, `alarms`)? A compound's modifiers are singular. */
export function isEnglishPlural(lower: string): boolean {
  return tagsOf(lower)?.[0] === 'NNS';
}

/** Is the word's usual reading a past tense or participle, and never a noun (`made`, `took`)? */
export function isEnglishPastForm(lower: string): boolean {
  const t = tagsOf(lower);
  return !!t && (t[0] === 'VBD' || t[0] === 'VBN') && !t.some((x) => x.startsWith('NN'));
}

/** Is the word's usual reading a gerund or present participle (`importing`, `creating`)? */
export function isEnglishGerund(lower: string): boolean {
  return tagsOf(lower)?.[0] === 'VBG';
}

/**
 * Is an `-ing` word a noun that names an activity or a kind (`staging`, `routing`, `scheduling`), never an
 * adjective (`running`, `existing`, `pending` are states)? A word neither the table nor the word list knows
 * is technical, and taken for a noun; one the word list knows but the table does not (`preceding`) is not.
 */
export function isGerundNoun(lower: string, usually = false): boolean {
  if (!lower.endsWith('ing')) return false;
  const t = tagsOf(lower);
  if (!t) return !isEnglishWord(lower);
  // `usually`: the noun is its most frequent reading (`scheduling`, `billing`), not only a possible one
  // (`launching`, `organizing` are mostly verbs).
  if (usually) return t[0] === 'NN';
  return t.some((x) => x === 'NN') && !t.some((x) => x.startsWith('JJ'));
}

const FUNCTION_TAGS = new Set(['IN', 'DT', 'PDT', 'CC', 'TO', 'PRP', 'PRP$', 'WDT', 'WP', 'WP$', 'WRB', 'MD', 'EX', 'RB', 'RBR', 'RBS', 'RP']);

/** Is the word's usual reading a function word or an adverb (`unlike`, `through`, `also`), whatever else the table allows? */
export function isEnglishFunctionWord(lower: string): boolean {
  const top = tagsOf(lower)?.[0];
  return top !== undefined && FUNCTION_TAGS.has(top);
}
