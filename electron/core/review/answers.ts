/**
 * What a concept card may answer with. The concept engine gives the sentences that say what a concept is
 * (its definitions) and the lines that only name it (an acronym spelled out, a name pair); a card asks
 * "what is it?", so it needs more care than "Defined in" does: a line that merely starts a chain
 * (`X → Y → Z`), a list of examples, a bare expansion, or a gloss followed by the gloss of another term
 * would teach the wrong thing. The rules read the layout and grammar of a definition, in Spanish and
 * English, never any vault's words.
 */
import { spanishVerb } from '../concepts/clause-words';
import { isSpanishVerbOnly } from '../concepts/spanish-lexicon';
import { englishRole } from '../concepts/english-lexicon';
import { plain } from '../concepts/fold';
import { abbreviationAt } from '../concepts/sentence';
import { isAcronymOf } from './acronym-of';

/**
 * A list item's marker: a bullet, `1.` or `1)`, an outline's `5.2.4.`, a letter's `b)` (a law or history
 * outline: `a) Dolo: …`), or a footnote's label (`[^2]: Escala menor armónica = …`), whose text reads as an item.
 */
const MARKER = String.raw`(?:[-*+•]|\d+(?:\.\d+)*[.)]|[a-z]\)|\[\^[\p{L}\p{N}_-]{1,20}\]:)`;
/** Before the subject: a list marker, an answer's `A:`/`R:`, emphasis or a wikilink's brackets, an article. */
const LEAD = new RegExp(String.raw`^\s*(?:${MARKER}\s+)?(?:(?:a|r|answer|respuesta)\s*:\s+)?(?:==)?[*_\x60"“]*(?:\[\[)?(?:(?:el|la|los|las|un|una|the|an?)\s+)?(?:==)?[*_\x60"“]*(?:\[\[)?`, 'iu');
/**
 * After the subject: a wikilink's brackets, emphasis, its symbol in a formula (`[[Internal energy]] $U$`), the
 * concept's other name in parentheses (`**AMI** (Amazon Machine Image)`, a unit with its own: `(J/(kg·K))`) or after `o`/`or` before the gloss
 * (`Anulabilidad o nulidad relativa (arts. …): …`) or between commas (`El recall, o sensibilidad, responde a …`, `el
 * cruzamiento prueba, en inglés test cross, sirve para …`), and
 * a unit or reference in parentheses; a highlight's `==` (`==Tax incidence== refers to …`) as emphasis.
 */
const AFTER_NAME = /^(?:\]\])?(?:==)?[*_`"”]*(?:==)?(?:\s*\$[^$\n]{1,60}\$)?(?:\s*\((?:[^()]|\([^()]{0,40}\)){1,80}\))?(?:\s+(?:o|u|or)\s+[^\s:()=→$]+(?:\s+[^\s:()=→$]+){0,3}(?=\s*(?:\(|:|=|→|—|–)))?(?:,\s+(?:o|u|or|en\s+ingles|in\s+english|en\s+espanol|in\s+spanish|aka)\s+[^,:;()=→$]{1,40},(?=\s+\p{L}))?(?:\s*\([^()]{1,80}\))?[*_`"”]*/u;
/**
 * What joins a term to its gloss on a line: `term: …`, `term = …`, `term - …`, `term → …`, `term, …`, `term, i.e. …`
 * (`es decir`, `o sea`, `that is`), and a flashcard export's `term;gloss` (Anki's plain-text notes: no space either side).
 */
const SEPARATOR = /^\s*(?:,?\s*(?:i\.\s?e\.|es\s+decir|o\s+sea|that\s+is)\s*,?|:|=|->|→|⇒|[-–—]|,|;(?=\S))\s*/u;
const ARROW = /^\s*(?:->|→|⇒)/u;

export const words = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const folded = new WeakMap<readonly string[], string[]>();
/**
 * The names, folded as `plain` folds them, longest first: `EC2 Image Builder` before `EC2`. Kept per names
 * array: a deck asks about each concept's definitions with the same one.
 */
export function foldedNames(names: readonly string[]): string[] {
  let out = folded.get(names);
  if (!out) {
    out = [...new Set(names.map((n) => plain(n).replace(/\s+/g, ' ').trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
    folded.set(names, out);
  }
  return out;
}

/**
 * The text after the concept's name when the sentence opens with it (past a list marker, `A:`, emphasis,
 * an article, and a parenthesised second name), folded; null when it opens with something else.
 */
export function afterName(sentence: string, names: readonly string[]): string | null {
  const text = plain(sentence).replace(/\s+/g, ' ');
  const lead = LEAD.exec(text)?.[0].length ?? 0;
  // A name the engine read with its item's letter (`f) Novación`) starts before the marker is passed.
  const raw = /^\s*/u.exec(text)?.[0].length ?? 0;
  // `El término albedo designa …`, `The term albedo refers to …`: the word that frames the name is no part of it.
  const frame = lead + (FRAME_WORD.exec(text.slice(lead))?.[0].length ?? 0);
  for (const name of foldedNames(names)) {
    const from = text.startsWith(name, lead) ? lead : raw < lead && text.startsWith(name, raw) ? raw : frame > lead && text.startsWith(name, frame) ? frame : -1;
    if (from < 0) {
      const past = pastExpansion(text, lead, name);
      if (past >= 0) return text.slice(past).replace(/^[*_`"”]+/u, '');
      continue;
    }
    const end = from + name.length;
    // A whole word, or its plural.
    const next = text.slice(end).replace(/^e?s(?![\p{L}\p{N}])/u, '');
    if (/^[\p{L}\p{N}]/u.test(next)) continue;
    return next.slice(AFTER_NAME.exec(next)?.[0].length ?? 0);
  }
  return null;
}

const FRAME_WORD = /^(?:termino|concepto|palabra|expresion|term|concept|word|expression)\s+(?:[*_`"“]+)?/u;

/**
 * `unconditioned response (UCR / UR): the unlearned reaction …`: a sentence that opens with an acronym's long form
 * and the acronym in parentheses opens with the acronym; where the parentheses close in the folded text, or -1.
 */
function pastExpansion(text: string, lead: number, name: string): number {
  if (!/^[a-z][a-z0-9]{1,6}$/u.test(name)) return -1;
  const open = text.indexOf('(', lead);
  if (open <= lead || open - lead > 60) return -1;
  const inner = /^\(\s*([^()\s/,;]+)\s*(?:[/,;][^()]{0,30})?\)/u.exec(text.slice(open));
  if (inner?.[1] !== name) return -1;
  const long = text.slice(lead, open).replace(/[*_`"”]+/gu, '').trim();
  if (!/^\p{L}[\p{L}\p{N}' -]*$/u.test(long)) return -1;
  const end = open + inner[0].length;
  // `acorde de séptima de dominante (V7) — tríada …`: a symbol not spelled by the words, the pair then glossed.
  return isAcronymOf(name.toUpperCase(), long) || (/\d/u.test(name) && words(long) >= 2 && /^[*_`"”]*\s*(?::|=|—|–)\s/u.test(text.slice(end))) ? end : -1;
}

/** `X → Y → Z`: the concept opens a chain of steps or places; the line says where it leads, not what it is. */
function opensChain(rest: string): boolean {
  if (!ARROW.test(rest)) return false;
  // `bactericida → mata la bacteria ; bacteriostático → inhibe …`: a semicolon ends the entry, and its chain.
  const segments = (rest.replace(ARROW, '').split(/;\s/u)[0] ?? '').split(/->|→|⇒/u);
  return segments.length > 1 && words((segments[0] ?? '').replace(/\([^()]*\)/g, '')) <= 4;
}

/** `X is used for DNS, video calls, games`, `X: un objeto en S3, un mensaje en SQS, …`: uses or examples, not what it is. */
function examplesOnly(rest: string): boolean {
  const body = rest.replace(SEPARATOR, '').replace(/\([^()]*\)/g, ' ').trim();
  const used = /^(?:(?:is|are)\s+used\s+(?:for|by|in)|se\s+(?:usan?|utilizan?)\s+(?:para|en)|e\.\s?g\.|p\.\s?ej\.|ej\.?:?|por\s+ejemplo|for\s+example|such\s+as|como)\s+/iu.exec(body);
  const list = (used ? body.slice(used[0].length) : body).replace(/[.\s]+$/u, '');
  const items = list.split(/\s*,\s*|\s+(?:and|or|y|e|o|u)\s+/u).filter(Boolean);
  // `create and control encryption keys, integrated with S3, EBS, RDS…`: a list that opens with a verb says
  // what the thing does, and its examples come after.
  if (!used && opensWithVerb(list)) return false;
  // `the IAM role that Lambda assumes, it gives permission to call DynamoDB, S3 etc`: a noun phrase says what
  // it is, and its examples come after.
  // `un objeto nuevo en S3, un mensaje en SQS, …`: items that each open with one are examples all the same.
  const determined = (item: string): boolean => /^(?:the|an?|el|la|los|las|un|una)\s/u.test(item);
  if (!used && determined(items[0] ?? '') && words(items[0] ?? '') >= 4 && !items.slice(1).every(determined)) return false;
  const short = items.length >= 3 && items.every((item) => words(item) <= (used ? 3 : 6));
  // Without a cue, only a list left open (`…`, `etc.`) is read as examples: `Usuario: una persona o
  // aplicación, con credenciales` is a short list too.
  return short && (used !== null || /(?:\.\.\.|…|\betc\.?)\s*$/u.test(rest));
}

/** The first word (lower case) is a verb, not a noun: `create …`, `cambia …`, `Es …`, `se usa …`. */
export function opensWithVerb(text: string): boolean {
  const ws = text.trim().toLowerCase().split(/\s+/);
  const w = (CLITICS.has(ws[0] ?? '') ? ws[1] : ws[0]) ?? '';
  if (!/^\p{L}+$/u.test(w)) return false;
  const role = englishRole(w);
  return COPULAS.has(w) || role === 'verb' || role === 'base-verb' || spanishVerb(w);
}

/**
 * `IP pública -> cambia cada vez que paras la instancia`, `token -> expires after 1 h`: a verb of change or
 * state right after the separator tells what happens to the thing, not what it is or does.
 * (`mutaciones cromosómicas, cambian la estructura de un cromosoma`: with an object, it is what the thing does.)
 */
export const STATE_VERB = /^(?:vienen?|estando|est[aá]n?(?!\s+(?:formad|compuest|hech|dividid))|cambian?(?!\s+(?:el|la|los|las|lo|un|una|su|sus)\s)|var[ií]an?|dependen?|caducan?|expiran?|desaparecen?|se\s+pierden?|sigue[n]?|quedan?|changes?(?!\s+(?:the|an?|its|their)\s)|var(?:y|ies)|depends?|expires?|disappears?|stays?|remains?|becomes?|comes?|gets\s+lost)\b/iu;

/**
 * `Replicación: CRR (entre regiones) y SRR (misma región), …`: the separator is followed by the names of its
 * kinds (capitalised or acronyms, joined by `y`/`and`/`,`/`vs`), which say what kinds there are, not what it is.
 */
function kindsOnly(rest: string, sentence: string): boolean {
  // Read in the sentence as written: `rest` is folded to lower case.
  const after = SEPARATOR.test(rest) ? /(?::|=|->|→|⇒|\s[-–—])\s*(.*)$/u.exec(sentence)?.[1] : undefined;
  if (after === undefined) return false;
  // `Gateway endpoint — Solo para S3 y DynamoDB`: the names it works with, not what it is either.
  const whole = after.replace(/\([^()]*\)/g, ' ');
  const first = (whole.split(/[,;.:]/u)[0] ?? '').trim();
  const only = /^(?:s[oó]lo|only|just)\s+(?:para|for|en|in|con|with)\s+/iu.exec(first);
  // (`solo para S3 y DynamoDB, se añade como ruta …` goes on to say what it is.)
  if (only && /[,;:]/u.test(whole) ) return false;
  const clause = only ? first.slice(only[0].length) : first;
  const items = clause.split(/\s*\/\s*|\s+(?:y|e|o|u|and|or|vs\.?)\s+/u).filter(Boolean);
  // `UML → diagrama de clases (…) y diagrama de secuencia`: kinds that share their head noun. (`fase I y fase II`,
  // numbered, are the stages it goes through.)
  const head = (item: string): string => (item.trim().split(/\s+/u)[0] ?? '').toLowerCase();
  const numbered = (item: string): boolean => /^\S+\s+(?:[IVX]+|\d+|[A-Z])\b/u.test(item.trim());
  if (!only && items.length >= 2 && head(items[0] as string).length >= 4 && items.every((item) => head(item) === head(items[0] as string) && words(item) >= 2 && words(item) <= 4 && !numbered(item))) return true;
  return items.length >= 2 && items.every((item) => {
    const ws = item.split(/\s+/);
    return ws.length <= 2 && ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
  });
}

/**
 * `git commit -m "Fix bug"   # guarda un snapshot`: a shell line is an instruction; its comment explains the
 * command, so it answers nothing but the command itself.
 */
const SHELL_LINE = /^\s*`?[a-z][\w.-]*\s+\S.*\s#\s+\S/u;

/** `AZ = Availability Zone.`: the other name and nothing more; the acronym's own card already asks that. */
function nameOnly(rest: string, names: readonly string[]): boolean {
  const body = rest.replace(SEPARATOR, '').replace(/[.;,\s]+$/u, '').trim();
  return body === '' || foldedNames(names).includes(body);
}

/** `Q: What is the OSI model?`, `¿Qué es un commit?`: it asks, it does not answer. */
const isQuestion = (sentence: string): boolean => /\?\s*$/u.test(sentence) || /^\s*(?:[-*+]\s+)?(?:(?:q|p|question|pregunta)\s*:|¿)/iu.test(sentence);

/**
 * `A: Enzyme-Linked Immunosorbent Assay.`, `Virtual Private Cloud (VPC)`: a name and nothing said of it,
 * its words capitalised but for short joiners (`of`, `and`, `de`).
 */
function nameAlone(sentence: string): boolean {
  const ws = sentence
    .replace(/^\s*(?:[-*+]\s+)?(?:(?:a|r|answer|respuesta)\s*:\s+)?/iu, '')
    .replace(/[()*_`"“”.]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return ws.length > 0 && ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^\p{Ll}{1,3}$/u.test(w));
}

/**
 * Whether a definition the engine found may answer the concept's card: not the head of a chain, not a
 * list of examples, not its other name alone (after `trimAnswer`).
 */
export function answers(sentence: string, names: readonly string[]): boolean {
  if (isQuestion(sentence) || nameAlone(sentence) || BLOCK_PROPERTY.test(sentence)) return false;
  const rest = afterName(trimAnswer(sentence, names), names);
  if (rest === null) {
    // `Se entiende por obligación el vínculo …`: what that term is; for any other name in it, not its answer.
    const framed = framedTerm(sentence);
    if (framed !== null) return foldedNames(names).includes(framed);
    // Only the description itself (`reverseCopula`): `Es mucho más lento…, así que se usa … → esto es X` opens
    // with a verb whose subject is in the sentence before.
    if (namedAfter(sentence, names)) return bare(reverseCopula(sentence, names) ?? '') === bare(sentence);
    return !aboutAnother(sentence, names) && !calledSo(sentence, names) && !definesAnother(sentence, names);
  }
  const body = rest.replace(SEPARATOR, '');
  if (PASSIVE.test(rest.trim())) return false;
  if (SEPARATOR.test(rest) && (SAME_AS.test(body) || expansionOnly(sentence, body))) return false;
  if (SEPARATOR.test(rest) && (formulaOnly(body) || countOnly(body) || propertyOnly(body) || pointerOnly(body) || CAUSE_FIRST.test(body) || examplesThenArrow(body))) return false;
  // `PK = customer_id, SK = order_date`: a value set in an example, not a gloss.
  if (/^\s*=/u.test(rest) && /^[\w./-]*[_\d][\w./-]*$/u.test((body.split(/[,;→]|->/u)[0] ?? '').trim())) return false;
  return !opensChain(rest) && !examplesOnly(rest) && !nameOnly(rest, names) && !kindsOnly(rest, sentence) && !(SEPARATOR.test(rest) && STATE_VERB.test(body)) &&
    words(body) >= 2 && !ALSO_CALLED.test(body) && !namesList(rest, sentence) && !ordering(body) && !COMMAND_FIRST.test(body) &&
    !(SEPARATOR.test(rest) && ONE_PROPERTY.test(pastOtherName(body, names)));
}

/**
 * `The p-value is often misread`, `EBS is replicated within its AZ`: the copula and a participle say what is done to
 * it, not what it is (`is made of`, `is used for`, `is defined as`, `es usado para` go on to say it; folded text).
 */
const PASSIVE = /^(?:is|are|es|son)\s+(?:(?:often|usually|always|never|sometimes|rarely|also|not|no|muy|siempre|normalmente|tambien|a\s+menudo)\s+)?\p{L}+(?:ed|en|ad[oa]s?|id[oa]s?)(?![\p{L}\p{N}])(?!\s+(?:as|of|by|from|to|for|into|up|por|de|como|para)\b)/u;

/** `Octavas paralelas: igual pero con 8ª`, `X — same as above but …`: said by reference to the entry before (folded text). */
const SAME_AS = /^(?:igual|lo\s+mismo|idem|same|likewise|ditto)(?:\s+(?:pero|que|but|as)\b|[\s,.;]*$)/u;

/**
 * `V7 = acorde de séptima de dominante`, `SN2 = sustitución nucleofílica bimolecular`: a symbol read out, its words
 * and nothing said of them (no verb, no clause), is what the symbol stands for, not what it is.
 */
function expansionOnly(sentence: string, body: string): boolean {
  const symbol = /^[\p{Lu}\p{N}][\p{Lu}\p{N}+/.-]{0,7}$/u.exec((sentence.replace(LIST_MARK, '').trim().split(/\s*(?:=|:|\s[-–—]\s)/u)[0] ?? '').replace(/[*_`]/gu, ''))?.[0];
  if (!symbol || !/\p{Lu}/u.test(symbol)) return false;
  const ws = body.trim().replace(/[.\s]+$/u, '').split(/\s+/u);
  return ws.length >= 2 && ws.length <= 6 && ws.every((w) => /^[\p{L}'-]+$/u.test(w) && !COPULAS.has(w) && !RELATIVE_WORDS.has(w) && englishRole(w) !== 'verb' && !spanishVerb(w));
}

const RELATIVE_WORDS = new Set(['que', 'which', 'that', 'who', 'donde', 'where', 'para', 'for']);

/**
 * `lecture:: Nov 2nd, 2026`, `alias:: Thermo`: an outliner's block property (the key and `::` with no space
 * between), a field of the page, where `term :: gloss` spaces its separator.
 */
const BLOCK_PROPERTY = new RegExp(String.raw`^\s*(?:${MARKER}\s+)?[\p{L}\p{N}_-]+::\s`, 'u');

/** Words of three letters or more outside a formula (`$…$`) and numbers. */
const proseWords = (text: string): number => text.replace(/\$[^$]*\$?/gu, ' ').split(/\s+/).filter((w) => /^\p{L}{3,}[.,;:]?$/u.test(w)).length;

/**
 * `isochoric: $Q = nC_V\Delta T = … \approx 2.49$ kJ, $W = 0$`, `ideal gas: $\Delta U = 0$ → …`: a formula, or a
 * worked example's numbers and units, says what comes out in one case, not what the thing is (folded text).
 */
function formulaOnly(body: string): boolean {
  // A law's or quantity's own formula (`ideal gas law: $PV = nRT$`, `absolute scale, $T_K = T_C + 273.15$`) says
  // what it is; numbers worked out (`2 \cdot \frac{5}{2}(8.314)(100) \approx 4.16` kJ), a consequence
  // (`$\Delta U = 0$ → …`) or two formulas joined (`… = const and … = const`) do not.
  const worked = (body.match(/\d[.,]\d/gu)?.length ?? 0) >= 2 || /(?:\\approx|≈)\s*\d+[.,]\d/u.test(body);
  if (/^\s*\$/u.test(body)) return proseWords(body) < 5 && (worked || /→|->|⇒|\\to\b|\\rightarrow/u.test(body) || /\$[^$]*\s(?:and|y)\s+\$/u.test(body));
  // `DWL (linear) = ½ × base × height`: a product with a number in it is how to work it out (`TR = P × Q` is what
  // total revenue is).
  const first = body.split(/[.;]/u)[0] ?? '';
  if (/^[^,:]{0,40}?\s[×÷·]\s/u.test(first) && /[\d½⅓¼¾]/u.test(first) && words(first) <= 8) return true;
  return worked && /[=≈]/u.test(body) && proseWords(body) < 2;
}

const COUNTS = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|varias|muchos|muchas)';
/** `Heat transfer — three mechanisms`, `Tipos: 3 clases`: how many kinds it has, not what it is (folded text). */
const countOnly = (body: string): boolean => new RegExp(`^${COUNTS}\\s+(?:\\p{L}+\\s+)?\\p{L}+[.:!]*\\s*$`, 'u').test(body.trim());

/**
 * `Standard queue — nearly unlimited throughput`, `Facultad resolutoria — implícita en las obligaciones
 * recíprocas`: an adverb and a short phrase, or a participle or adjective and its preposition, say how it is,
 * a property, not what it is (folded text).
 */
function propertyOnly(body: string): boolean {
  const text = body.trim();
  if (/^\p{L}+(?:ly|mente)\s/u.test(text) && words(text) <= 4) return true;
  // `Maxwell relations — mentioned, "you'll see them later"`: a participle alone says what became of it.
  // (English only: a Spanish noun may end as a participle does, `tejido, que recubre …`.)
  if (/^\p{L}{4,}ed\s*(?:[,;.(]|$)/u.test(text)) return true;
  // `Comité … → propuesto por Francia y GB`: who made it so, an event; `formado por`, `compuesto de` say what it is made of.
  if (/^(?!(?:formad|compuest|constituid|integrad|hech|definid|caracterizad)[oa]s?\s)\p{L}+(?:ad|id|st|ert|ech|it)[oa]s?\s+por\s/u.test(text)) return true;
  return /^\p{L}+(?:ad|id|it|ic)[oa]s?\s+(?:en|con)\s/u.test(text) || /^(?!used\b)\p{L}+(?:ed|cit)\s+(?:in|into|with|by|on)\s/u.test(text);
}

/**
 * `resistencia bacteriana: por betalactamasas, cambio de diana, …`, `cefalosporinas: por generaciones (1ª a 5ª)`:
 * how it comes about or how it is divided, not what it is (folded text).
 */
const CAUSE_FIRST = /^\s*(?:por|debido\s+a|due\s+to|because\s+of)\s+(?!ejemplo\b|example\b)/u;

/**
 * `carbapenems: imipenem, meropenem → el espectro más amplio`, `Incumplimiento — dolo, negligencia o morosidad →
 * indemnizar`: a list of short names (its members, causes or examples) and then where they lead, not what it is
 * (folded text). `Usuario: una persona o aplicación, con credenciales` has no arrow after it.
 */
function examplesThenArrow(body: string): boolean {
  const text = body.replace(/\([^()]*\)/gu, ' ');
  const arrow = /->|→|⇒|=>/u.exec(text);
  if (!arrow) return false;
  const head = text.slice(0, arrow.index).trim();
  if (/[.;:=]/u.test(head)) return false;
  const items = head.split(/\s*,\s*|\s+(?:y|e|o|u|and|or)\s+/u).filter(Boolean);
  return items.length >= 2 && items.every((item) => words(item) <= 2 && !/^(?:el|la|los|las|un|una|the|an?)\s/u.test(item));
}

/** `Compensación: requisitos del art. 1196 CC.`: where to read about it (an article, a page, a chapter), not what it is (folded text). */
const pointerOnly = (body: string): boolean =>
  /^(?:\S+\s+){0,3}(?:arts?\.|articulos?|§|pags?\.|pp?\.|paginas?|pages?|chapter|capitulo|tema|slides?)\s*\d[^,;]*$/u.test(body.trim());

/**
 * `Se entiende por obligación el vínculo jurídico …`, `Se denomina pago al cumplimiento …`, `We call X the …`, `Por X se entiende …`:
 * a sentence framed to say what one term is; the term as folded, or null.
 */
export function framedTerm(sentence: string): string | null {
  const text = plain(sentence.replace(LIST_MARK, '')).replace(/[*_`"“”]/gu, '').replace(/\s+/g, ' ').trim();
  const m = /^(?:se\s+entiende\s+por|se\s+define\s+(?:como\s+)?|se\s+(?:denomina|llama|conoce\s+como)|(?:llamamos|denominamos)|we\s+call)\s+(?<term>[\p{L}\p{N}][\p{L}\p{N} -]{0,50}?)\s+(?:al\s|a\s+(?:el|la|los|las|lo|un|una)\s|(?:el|la|los|las|lo|un|una|the|an?|aquel|aquella)\s)/u.exec(text);
  // `Por obligación se entiende el vínculo …`, `By a lemma we mean a …`: the term first.
  const first = m ? null : /^(?:por|by)\s+(?:(?:el|la|los|las|un|una|the|an?)\s+)?(?<term>[\p{L}\p{N}][\p{L}\p{N} -]{0,50}?)\s+(?:se\s+entiende|entendemos|we\s+mean|is\s+meant)\s+(?:(?:por\s+)?(?:el|la|los|las|lo|un|una|the|an?|aquel|aquella)\s)/u.exec(text);
  return (m ?? first)?.groups?.term?.trim() ?? null;
}

/** A line framed to say what the concept is (`framedTerm`), past its list marker; null for anything else. */
export function framedGloss(line: string, names: readonly string[]): string | null {
  const term = framedTerm(line);
  return term !== null && foldedNames(names).includes(term) ? line.replace(LIST_MARK, '').trim() : null;
}

/**
 * `… información del test se cuela en el entrenamiento: eso es fuga de datos`, `… → esto es el cifrado
 * híbrido`, `A esto se le llama X`, `… ; this is called X`: the name comes after what it is said to be (folded
 * text). The words before it must say something: four at least.
 */
const NAMED_AFTER = String.raw`(?:^|[→:;,.]|->)\s*(?:(?:y|and|so)\s+)?(?:(?:a\s+)?(?:esto|eso|este|ese|esta|esa)\s+(?:es|son|se\s+(?:le\s+)?(?:llama|denomina|conoce\s+como))|(?:this|that|which)\s+(?:is|are)(?:\s+(?:called|known\s+as|what\s+we\s+call))?|(?:also\s+|tambien\s+)?(?:known\s+as|called|conocid[oa]s?\s+como))\s+(?:(?:el|la|los|las|lo|un|una|su|sus|the|an?)\s+)?`;

/** Where the naming of `names` after its description begins in `folded`, and where the name ends; null when it does not. */
function namedAfterAt(folded: string, names: readonly string[]): { frame: number; end: number } | null {
  for (const name of foldedNames(names)) {
    const re = new RegExp(`${NAMED_AFTER}${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:e?s)?(?![\\p{L}\\p{N}])`, 'u');
    const m = re.exec(folded);
    if (m) return { frame: m.index, end: m.index + m[0].length };
  }
  return null;
}

function namedAfter(sentence: string, names: readonly string[]): boolean {
  const folded = plain(sentence).replace(/\s+/g, ' ');
  const at = namedAfterAt(folded, names);
  if (!at) return false;
  // The name closes the sentence, past its other name in parentheses.
  const tail = folded.slice(at.end).replace(/^\s*\([^()]{1,80}\)/u, '').trim();
  return /^[.!]?$/u.test(tail) && proseWords(folded.slice(0, at.frame)) >= 4;
}

/** A sentence as compared: past its list marker, without a final full stop. */
const bare = (s: string): string => s.replace(LIST_MARK, '').trim().replace(/[.!\s]+$/u, '');

/**
 * `Una VPC (Virtual Private Cloud) es una red privada virtual …` for TGW: a sentence whose subject is another
 * term, the copula and an article after it, says what that term is.
 */
function definesAnother(sentence: string, names: readonly string[]): boolean {
  const text = plain(sentence).replace(/\s+/g, ' ');
  const m = /^([\p{L}\p{N}][^,.;:()=→]{0,60}?)(?:\s*\([^()]{1,80}\))?\s+(?:es|son|is|are)\s+(?:un|una|el|la|los|las|a|an|the)\s/u.exec(text.slice(LEAD.exec(text)?.[0].length ?? 0));
  if (!m) return false;
  const subject = ` ${(m[1] as string).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  return !foldedNames(names).some((n) => subject.includes(` ${n.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `));
}

/** Connectives after which a sentence says what it is called: `…, así que se usa … → esto es X` reads from `se usa`. */
const THEN = /(?:^|,\s*|\s)(?:asi\s+que|por\s+eso|so)\s+/gu;

/**
 * The sentence of a line that says what the concept is and then names it (`NAMED_AFTER`), cut as written: from
 * the start of its description (the sentence, or the one before when the naming opens its own, past a colon or
 * `así que`) to the name and its other name in parentheses. Null when the line names it no such way.
 */
export function reverseCopula(line: string, names: readonly string[]): string | null {
  const text = line.replace(LIST_MARK, '').trim();
  const { folded, from } = foldedWithPlaces(text);
  const at = namedAfterAt(folded, names);
  if (!at) return null;
  let end = at.end;
  const pair = /^\s*\([^()]{1,80}\)/u.exec(folded.slice(end));
  if (pair) end += pair[0].length;
  // The description: the sentence the naming ends, or the one before it when the naming opens a sentence
  // (the frame holds the full stop, so either way the sentence before the frame).
  const before = folded.slice(0, at.frame);
  let start = 0;
  for (const m of before.matchAll(/[.!?](?=\s)/gu)) start = m.index + 1;
  const colon = before.lastIndexOf(': ');
  if (colon >= start) start = colon + 2;
  const base = start;
  for (const m of before.slice(base).matchAll(THEN)) start = base + m.index + m[0].length;
  const clause = text.slice(from[start], from[end]).trim();
  return clause && namedAfter(clause, names) ? clause : null;
}

/**
 * `replicacion: es semiconservativa (…)`, `iam = identity and access management. es global, …`: the copula and
 * one word, then a stop: a property it has, not what it is (folded text).
 */
const ONE_PROPERTY = /^(?:es|is)\s+(?!(?:un|una|el|la|lo|los|las|a|an|the|one|uno|algo|something|cuando|when|donde|where|como|like|para|for|used|usad[oa])\b)\p{L}+\s*[,.;(]/u;

/** The body past a first sentence that is only the concept's other name (`identity and access management. es …`). */
function pastOtherName(body: string, names: readonly string[]): string {
  const first = /^([^.]+)\.\s+/u.exec(body);
  return first && foldedNames(names).includes((first[1] as string).trim()) ? body.slice(first[0].length) : body;
}

/** `Merge — \`git merge feature/login\` estando en main`: a command to type, then where; an instruction. */
const COMMAND_FIRST = /^\s*`[a-z][\w.-]*\s+[^`]+`/u;

/**
 * `partition key is also called hash key`: for *hash key* the sentence gives a name, not what it is (where `un
 * formato llamado Parquet, el cual …` introduces the name to say what it is).
 */
function calledSo(sentence: string, names: readonly string[]): boolean {
  const text = ` ${plain(sentence).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  if (foldedNames(names).some((n) => new RegExp(` (?:(?:is|are|also|tambien|es|son) (?:also )?(?:called|named|known as|llamad[oa]s?|conocid[oa]s? como)|aka|se llaman?) (?:(?:the|an?|el|la|los|las|un|una) )?${n.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `, 'u').test(text))) return true;
  // `una persona, llamada deudor, queda sujeta …`: the name given in passing to someone the sentence is about.
  const written = ` ${plain(sentence).replace(/\s+/g, ' ')} `;
  return foldedNames(names).some((n) => written.includes(`, llamado ${n},`) || written.includes(`, llamada ${n},`) || written.includes(`, called ${n},`));
}

/** `partition key is also called hash key, …`, `X, también llamado Y`: another name, not what it is (folded text). */
const ALSO_CALLED = /^,?\s*(?:aka|a\.k\.a\.?|(?:is|are)\s+(?:also\s+)?(?:called|named|known\s+as)|(?:tambien\s+)?(?:se\s+llaman?|llamad[oa]s?|conocid[oa]s?\s+como|se\s+conocen?\s+como))\s/u;

/**
 * `TDD → rojo, verde, refactor`, `event buses: default (…), custom, partner (…)`, `Patrones: Singleton, Factory
 * Method, Adapter, …`: three or more single words or capitalised names after the separator list its steps,
 * kinds or members, not what it is. Read in the sentence as written (`rest` is folded to lower case).
 */
function namesList(rest: string, sentence: string): boolean {
  if (!SEPARATOR.test(rest)) return false;
  const after = /(?::|=|->|→|⇒|\s[-–—])\s*(.*)$/u.exec(sentence)?.[1];
  if (after === undefined) return false;
  const items = after.replace(/\([^()]*\)/g, ' ').replace(/[.;!\s]+$/u, '').split(/\s*,\s*|\s+(?:y|e|o|u|and|or)\s+/u).map((x) => x.trim()).filter(Boolean);
  return items.length >= 3 && items.every((item) => {
    const ws = item.split(/\s+/);
    return ws.length === 1 ? /^[\p{L}\p{N}][\p{L}\p{N}/+-]*$/u.test(item) : ws.length <= 3 && ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
  });
}

/** `unitarios > integración > E2E`: short items in order, not what the thing is. */
function ordering(body: string): boolean {
  const parts = body.split(/\s[<>]\s/u);
  return parts.length >= 3 && parts.slice(0, -1).every((x) => words(x) <= 2);
}

/**
 * A sentence that does not open with the concept and names it further on is about something else: a
 * command line (`git commit -m …  # …` for *commit*), or a sentence whose subject is left to the one before
 * (`Es mucho más lento…, así que se usa … → esto es el cifrado híbrido`, `Sirve para crear AMIs` for AMI).
 */
function aboutAnother(sentence: string, names: readonly string[]): boolean {
  if (SHELL_LINE.test(sentence)) return true;
  const text = sentence.replace(LIST_MARK, '');
  // `Existe un header llamado X, el cual …`: a verb that introduces the thing by its name.
  if (!opensWithVerb(text) || NAMING.test(text)) return false;
  const folded = ` ${plain(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return foldedNames(names).some((n) => folded.includes(` ${n.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `) || folded.includes(` ${n.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}s `));
}

const NAMING = /\b(?:llamad[oa]s?|denominad[oa]s?|conocid[oa]s?\s+como|se\s+llaman?|called|named|known\s+as)\s/iu;
const LIST_MARK = new RegExp(String.raw`^\s*(?:${MARKER}\s+)?(?:(?:a|r|answer|respuesta)\s*:\s+)?[*_\x60]*`, 'iu');

/**
 * A line that names the concept without a gloss the engine read (an acronym spelled out, a name pair)
 * answers its card when it opens with the name and goes on to say what it is: `A: Network Address
 * Translation, the router rewrites …` under `Q: What is NAT?`, `IAM (Identity and Access Management)
 * controla quién …`. Not a bare name (`A: Address Resolution Protocol.`), a question, or a heading.
 */
export function laidOutAnswer(sentence: string, names: readonly string[]): boolean {
  if (/\?\s*$/u.test(sentence) || /^\s*(?:#|\|)/u.test(sentence)) return false;
  const rest = afterName(sentence, names);
  if (rest === null) return false;
  // `SAA-C03`: a hyphen joined to the name is part of a longer name, not a separator.
  if (/^-\S/u.test(rest)) return false;
  const separated = SEPARATOR.exec(rest);
  const body = separated ? rest.slice(separated[0].length) : verbFollows(rest) ? rest.trim() : null;
  if (body === null || words(body) < 3 || STATE_VERB.test(body.replace(/^(?:no|not)\s+/u, ''))) return false;
  // `FIFO, OPT, LRU …` lists names; `Network Address Translation, the router rewrites …` glosses one.
  if (separated?.[0].trim() === ',' && !(DETERMINER.test(body.split(/\s+/)[0] ?? '') || verbFollows(body) || RELATIVE.test(body))) return false;
  // `TLS 1.3 does it in one round trip`: the verb's object is the sentence before.
  if (!separated && /^(?:(?:se|no|not)\s+)*\p{L}+\s+(?:it|this|that|them|eso|esto|ello)\b/u.test(body)) return false;
  return answers(sentence, names);
}

const COPULAS = new Set(['es', 'son', 'is', 'are', 'has', 'have', 'tiene', 'tienen']);
/**
 * `el conjunto de validación, que se usa para elegir …`, `X, con el que el modelo aprende …`: a relative clause
 * after the name and a comma says what the thing is or does (folded text).
 */
export const RELATIVE = /^(?:que|(?:con|en|por|a)\s+(?:el|la|los|las|lo)\s+(?:que|cual|cuales)|donde|el\s+cual|la\s+cual|which|that|where|whose|(?:in|with|by)\s+which)\s+\p{L}/u;
/** `El sobreajuste pasa cuando …`, `Thrashing happens when …`: when it occurs is what it is. */
const OCCURS_WHEN = /^(?:pasa|ocurre|sucede|se\s+produce|happens|occurs)\s+(?:cuando|when|si|if)\s/u;
/** Words a verb may carry before it: `se encarga`, `no cifra`, `lo evita`. */
const CLITICS = new Set(['se', 'no', 'lo', 'la', 'le', 'les', 'nos', 'te', 'not']);
const DETERMINER = /^(?:el|la|los|las|un|una|lo|the|an?|its|his|her|their|su|sus)$/u;

/**
 * A verb follows the subject (`IAM controla quién …`, `Un HMAC combina …`), not the next item of a list
 * that lost its line breaks (`políticas administradas por AWS (…) políticas administradas por el cliente`).
 * A word both noun and verb (`escala`) counts when a determiner follows it (`escala el número`).
 */
function verbFollows(rest: string): boolean {
  if (OCCURS_WHEN.test(rest.trim())) return true;
  const ws = rest.trim().split(/\s+/);
  let i = 0;
  while (i < ws.length - 1 && (CLITICS.has(ws[i] as string) || ADVERBS.has(ws[i] as string))) i++;
  const w = ws[i] ?? '';
  if (!/^\p{Ll}+$/u.test(w) || PREPOSITIONS.has(w)) return false;
  // `Un orquestador decide en qué máquina …`: after its subject, a Spanish verb that English spells as a base form.
  if (COPULAS.has(w) || englishRole(w) === 'verb' || spanishVerb(w) || (englishRole(w) === 'base-verb' && isSpanishVerbOnly(w))) return true;
  return /(?:a|e|an|en|s)$/u.test(w) && (DETERMINER.test(ws[i + 1] ?? '') || /^(?:al|del)$/u.test(ws[i + 1] ?? ''));
}

/** Adverbs between a subject and its verb: `El derecho de crédito solo vincula al deudor`. */
const ADVERBS = new Set(['solo', 'only', 'also', 'tambien', 'siempre', 'always', 'just', 'ya', 'already']);

/** Prepositions Spanish conjugation also spells (`para` of *parar*, `sobre` of *sobrar*): never the verb after a subject. */
const PREPOSITIONS = new Set(['para', 'sobre', 'entre', 'bajo', 'contra', 'como', 'segun', 'desde', 'hasta', 'tras']);

/**
 * The sentences of an answer: a dot ends one before a space, but not after `e.g.` or `p. ej.`; a semicolon too,
 * where a legend packs its entries (`TS = Tribunal Supremo; STS = sentencia …`).
 */
function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?;](?=\s+\S)/g;
  // `Novación (arts. 1203 a 1213 CC): …`: a stop inside parentheses ends no sentence. Counted as the text is
  // read, once: recounting from each sentence's start is quadratic on a long line.
  let depth = 0;
  let read = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (; read < m.index; read++) {
      const c = text.charCodeAt(read);
      if (c === 40) depth++;
      else if (c === 41 && depth > 0) depth--;
    }
    if (depth > 0) continue;
    const token = (/(\S+)$/.exec(text.slice(start, m.index))?.[1] ?? '').toLowerCase();
    if (m[0] === '.' && (token === 'etc' || token.includes('.') || abbreviationAt(text, m.index))) continue;
    out.push(text.slice(start, m.index + 1));
    start = m.index + 1;
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

/**
 * The entries a line packs after its first, each a sentence that opens with a term and its gloss's separator:
 * `bactericida → mata la bacteria ; bacteriostático → inhibe el crecimiento`, `… shared data. the code that
 * touches the shared data = critical section`. The first entry is the line's own, read as the line.
 */
export function packedEntries(line: string): string[] {
  // A cheat sheet's line is short; a paragraph of megabytes, read for every concept it names, is no entry list.
  if (line.length > MAX_PACKED_LINE) return [];
  return sentencesOf(line.replace(LIST_MARK, '')).slice(1);
}

const MAX_PACKED_LINE = 2000;

/** `bacteriostático → inhibe el crecimiento`: a packed entry that opens with the name and its gloss's separator. */
export function separatedEntry(entry: string, names: readonly string[]): boolean {
  const rest = afterName(entry, names);
  return rest !== null && SEPARATOR.test(rest) && !/^\s*,/u.test(rest) && laidOutAnswer(entry, names);
}

/**
 * `Tax incidence refers to who actually bears the tax`, `El pago consiste en …`: an entry that opens with the name and a
 * verb whose only use is to say what a thing is, means or is for.
 */
export function definingEntry(entry: string, names: readonly string[]): boolean {
  const rest = afterName(entry, names);
  return rest !== null && DEFINING_VERB.test(rest.trim()) && laidOutAnswer(entry, names);
}

const DEFINING_VERB = /^(?:refers?\s+to|means|denotes|stands\s+for|is\s+defined\s+as|se\s+refiere\s+a|significa|consiste\s+en|se\s+define\s+como|sirve\s+para)\s/u;

/**
 * `semaphore = an integer counter …`, `Region = cluster of AZs`: a sentence that glosses another term. An
 * arrow does not gloss there: `quantum too big → behaves like FCFS` says what follows.
 */
const ARROW_HEAD = /^[*_`]*([\p{L}\p{N}][^.:=→]{0,40}?)[*_`]*\s*(?:->|→|⇒)\s+\S/u;
const GLOSS_HEAD = /^[*_`]*([\p{L}\p{N}][^.:=→]{0,40}?)[*_`]*\s*(?:=|:|\s[-–—])\s+\S/u;

/**
 * The answer up to a sentence that glosses another term (`mutex — a lock … . semaphore = an integer
 * counter …`): a cheat sheet's line often holds two entries, and the second one answers another card.
 */
export function trimAnswer(sentence: string, names: readonly string[]): string {
  const parts = sentencesOf(sentence);
  for (let i = 1; i < parts.length; i++) {
    // `bactericida → mata la bacteria ; bacteriostático → inhibe …`: after a semicolon an arrow glosses the next entry.
    const head = (GLOSS_HEAD.exec(parts[i] as string) ?? ((parts[i - 1] as string).endsWith(';') ? ARROW_HEAD.exec(parts[i] as string) : null))?.[1];
    if (head && words(head) <= 4 && afterName(parts[i] as string, names) === null) return parts.slice(0, i).join(' ');
  }
  return sentence;
}

/**
 * The answer as the card shows it: trimmed to its own entry, without an outline's item letter or number (`b)`,
 * `2.3.`), the `A:` of a question and answer or `**bold**` marks.
 */
export function shownAnswer(sentence: string, names: readonly string[]): string {
  return trimAnswer(sentence, names)
    .replace(/^\s*(?:[a-z]\)|\d+(?:\.\d+)+\.?|\d+\))\s+(?=\S)/u, '')
    // `… un buen padre de familia (art.`: a reference the sentence's cut left open.
    .replace(/\s*\([^()]{0,30}$/u, '')
    .replace(/\s*;\s*$/u, '.')
    // `[[heat capacity]]`, `[[Target|shown]]`: a wikilink reads as its text.
    .replace(/\[\[(?:[^\]|\n]{0,200}\|)?([^\]\n]{0,200})\]\]/gu, '$1')
    // `… un trozo del bloque CIDR de la VPC, p.ej.`: an example the sentence's cut left out.
    .replace(/,?\s+(?:p\.\s?ej|e\.\s?g|ej|i\.\s?e)\.?:?\s*$/iu, '.')
    .replace(/^\s*(?:a|r|answer|respuesta)\s*:\s+/iu, '')
    // `albedo;porcentaje de radiación …`: a flashcard export's one semicolon reads as a dash.
    .replace(/^([^;\s][^;]{0,59}?);(?=\S)([^;]*)$/u, '$1 — $2')
    .replace(/(\*\*|__|==)(?=\S)(.+?)(?<=\S)\1/gu, '$2');
}

/**
 * `Hermann Ebbinghaus → the **forgetting curve**: memory for new info drops fast …`, `Thorndike first → **law of
 * effect**: behaviors followed by …`: an arrow leads to the term, which a colon or a dash then glosses; the entry
 * from the name on, as written. Null for anything else.
 */
export function arrowedEntry(line: string, names: readonly string[]): string | null {
  if (!/->|→|⇒/u.test(line)) return null;
  const { folded, from } = foldedWithPlaces(line);
  for (const name of foldedNames(names)) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(String.raw`(?:->|→|⇒)\s*(?:(?:the|el|la|los|las|an?|un|una)\s+)?(?=[*_]*${escaped}(?:e?s)?[*_]*(?:\s*\([^()]{1,80}\))?\s*(?::|\s[-–—])\s+\S)`, 'u');
    const m = re.exec(folded);
    // From the emphasis around the name: the entry as written, `**forgetting curve**: …`.
    if (m) return line.slice(from[m.index + m[0].length]).trim();
  }
  return null;
}

/**
 * `ADN → ARN = transcripcion`, `- fotones → electrones = efecto fotoeléctrico`: a shorthand line that ends in the
 * term, what it stands for on the left of `=`; the line as written, past its list marker. Null for anything else.
 */
export function reverseGloss(line: string, names: readonly string[]): string | null {
  const text = line.replace(LIST_MARK, '').trim();
  const m = /^(?<lhs>[^=:]{3,80}?)\s*=\s*(?<rhs>[^=]{1,60}?)[.\s]*$/u.exec(text);
  if (!m?.groups) return null;
  const rhs = plain(m.groups.rhs as string).replace(/[*_`]/gu, '').trim();
  const lhs = m.groups.lhs as string;
  // The left side is what it is: two words or more, not a name of it (`AZ = Availability Zone`).
  // `"clients need a fixed IP" = NLB`: an exam tip maps a quoted scenario to its answer.
  if (!foldedNames(names).includes(rhs) || words(lhs) < 2 || namesConcept(lhs, names) || /["“”']/u.test(lhs)) return null;
  return text;
}

const namesConcept = (text: string, names: readonly string[]): boolean => {
  const folded = ` ${plain(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return foldedNames(names).some((n) => folded.includes(` ${n.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `));
};

/** Where the folded text's characters come from in the text as written, so a clause found folded is cut as written. */
export function foldedWithPlaces(text: string): { folded: string; from: number[] } {
  let folded = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = plain(text[i] as string);
    for (let k = 0; k < f.length; k++) from.push(i);
    folded += f;
  }
  from.push(text.length);
  return { folded, from };
}
