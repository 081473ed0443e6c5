/**
 * `**Bordadura** (floreo): sale de una nota…`, `- penicilina G (bencilpenicilina) → IV/IM`, `### 1.7 Quinolonas
 * (fluoroquinolonas)`, `**observational learning** (social learning): …`: a term that heads its item, heading or bold
 * mark, with one other name of it in parentheses before what the item says about it. In either language and
 * in the same one: glosses (paren-glosses.ts) only join a Spanish term to its English name or an acronym.
 * The place is the cue: the parenthesis closes the head, so what it holds names the head, not an example of
 * it (those follow `ej`, `e.g.` or a list) nor a remark on it (an adjective: `(opcional)`, `(irreversible!)`).
 */
import { plain } from './fold';
import { isStopword } from './folded-lists';
import { EXAMPLE, nameOf, wordsOf } from './name-shapes';
import { clauseWord } from './clause-words';
import { isSpanishSpelling } from './spanish-lexicon';
import { englishRole, isEnglishWord } from './english-lexicon';

/**
 * Where the parenthesis closes a head, and what must follow it: a list item's or a bold head's definition
 * cue (`:`, `=`, an arrow), a table cell's bar, or nothing after a heading. An item that ends there
 * (`- Composición química (espectro)`) or goes on in prose may be giving what the head is measured by, or an
 * example of it.
 */
const ITEM_HEAD = /^\s*(?:[-*+]\s+|\d{1,3}[.)]\s+)?((?:\*\*|__)?)([^()*_|:=→#]{2,50}?)\1\s*$/u;
const ITEM_END = /^[*_]*\s*(?::|=|→|->)/u;
const CELL_HEAD = /^\s*\|\s*((?:\*\*|__)?)([^()*_|:=→#]{2,50}?)\1\s*$/u;
const CELL_END = /^[*_]*\s*\|/u;
const HEADING = /^\s*(?:#{1,6}\s+)?(?:\d{1,3}(?:\.\d{1,3})*\.?\s+)?([^()*_|:=→#]{2,50}?)\s*$/u;
const HEADING_END = /^\s*#*\s*$/u;
/** A word of a common noun's name in lower case: no digits, no capitals inside (`createVolume`, `hd0`). */
const LOWER_WORD = /^\p{Ll}[\p{Ll}'’½-]*$/u;
const ACRONYM_WORD = /^[\p{Lu}][\p{Lu}\p{N}]+$/u;

/** Some word of the name is Spanish and not English, or bears its accents (`cadena de confianza`, not `chain of trust`). */
const spanishOnly = (name: string): boolean => wordsOf(name.toLowerCase()).some((w) => /[áéíóúñ]/u.test(w) || (isSpanishSpelling(w) && !isEnglishWord(w)));

/** A chain's link (`P above P* → surplus (excess supply) → price falls`) heads what follows as an item does. */
function afterArrow(before: string): string {
  const arrow = before.lastIndexOf('→');
  const ascii = before.lastIndexOf('->');
  return arrow >= 0 || ascii >= 0 ? before.slice(Math.max(arrow + 1, ascii + 2)) : before;
}

/** Whether a name reads plural: its first word (a Spanish head) or its last (an English one) in `-s`. */
function plural(name: string): boolean | null {
  const words = wordsOf(plain(name));
  const ends = [words[0] ?? '', words[words.length - 1] ?? ''];
  if (ends.some((w) => /(?:is|us|ss)$/.test(w))) return null;
  return ends.some((w) => /[^s]s$/.test(w));
}

/**
 * A Spanish adjective or participle by its ending (`opcional`, `reversible`, `recomendado`), a remark on the
 * term rather than its name; the lexicon has no Spanish parts of speech.
 */
const SPANISH_ADJECTIVE = /(?:ble|nte|al|il|ar|iv[oa]|os[oa]|ad[oa]|id[oa]|ic[oa])s?$/u;
/** Words that say what the parenthesis holds is not a name (`(see below)`, `(ver tabla)`, `(opt.)`). */
const REMARK = /^(?:see|ver|cf|vs|v|nota|note|optional|opcional|deprecated|obsoleto|old|new|nuevo|antiguo|default|por defecto|recommended|recomendado|importante|important|example|ejemplo|console|consola|aka|a\.k\.a|also|tambi[eé]n)\b/iu;

/**
 * The item head before the parenthesis at `at` and the one name the parenthesis holds, or null. `inner` is
 * the parenthesis' text; `first`, whether the line opens its section, where a heading's text stands.
 */
export function parenSynonym(line: string, at: number, inner: string, first: boolean): [string, string] | null {
  const close = line.indexOf(')', at);
  if (close < 0) return null;
  const before = line.slice(0, at);
  const after = line.slice(close + 1);
  // A section's text opens with its heading's, without the `#`.
  const heading = (first && HEADING_END.test(after)) || line.trimStart().startsWith('#');
  const head = heading ? (HEADING_END.test(after) ? HEADING.exec(before)?.[1] : undefined) : line.trimStart().startsWith('|') ? (CELL_END.test(after) ? CELL_HEAD.exec(before)?.[2] : undefined) : ITEM_END.test(after) ? ITEM_HEAD.exec(afterArrow(before))?.[2] : undefined;
  if (!head) return null;
  const x = nameOf(head);
  const bare = inner.replace(/[*_"“”]+/g, '').trim();
  // One name of one to three words in lower case, as a common noun's is: a capital opens a person's or a
  // place's name (`(Locke, Hume)`), an acronym is glosses', code (`(\`ebs\`)`) names a value.
  if (!x || x.length < 3 || ACRONYM_WORD.test(x) || inner.includes('`') || EXAMPLE.test(bare) || REMARK.test(bare)) return null;
  const y = nameOf(bare);
  if (!y || y !== bare) return null;
  const words = wordsOf(y);
  if (words.length > 3 || wordsOf(x).length > 4 || plain(x) === plain(y) || !words.every((w) => LOWER_WORD.test(w))) return null;
  if (words.some((w, i) => clauseWord(w) || (isStopword(plain(w)) && (i === 0 || !/^(?:de|del|d|of|en)$/u.test(plain(w)))))) return null;
  if (words.length === 1) {
    const role = englishRole(y);
    if (role === 'modifier' || role === 'base-verb' || (role === 'unknown' && SPANISH_ADJECTIVE.test(plain(y)))) return null;
  }
  // `**Rolling update** (canary release)`: two names of some words each, in one language and with no word in
  // common, are two things side by side; in two languages they are one name translated.
  const xs = wordsOf(plain(x));
  if (xs.length >= 2 && words.length >= 2 && !words.some((w) => xs.includes(plain(w))) && spanishOnly(x) === spanishOnly(y)) return null;
  // A kind named by its class (`amlodipino (dihidropiridinas)`) is not in the same number; a synonym is.
  const [px, py] = [plural(x), plural(y)];
  if (px !== null && py !== null && px !== py) return null;
  // A heading's parenthesis often says how (`(console)`, `(failed mount)`): there only a name sharing a word
  // with the heading's is another name of it (`Quinolonas (fluoroquinolonas)`, `Notas extrañas (notas de adorno)`).
  if (heading && !words.some((w) => w.length >= 4 && xs.some((v) => v.length >= 4 && (plain(w).includes(v) || v.includes(plain(w)))))) return null;
  return [x, y];
}
