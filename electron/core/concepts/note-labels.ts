/**
 * Names that label the student's own page rather than name a thing of the subject, told by their shape in
 * any subject: a list's label (`Pasos de la mitosis`, `Preguntas cortas`, `Dos tipos`), the
 * student's own aids (`Abreviaturas mias`, `Regla mnemotécnica mia`, `my mnemonic`), a case of an example
 * (`Caso B`, `Option 2`), two things set side by side in one name (`vinílico / arílico`, `difference w/
 * classical`, `vocab EN↔ES`), a course's code and a person's initials (`B.F`). `words` are the name's words, accents off and in lower case (fold.ts' plain).
 */

/**
 * Plural nouns that head the label of a list of steps, examples, pros or questions. Not `tipos de`, `clases
 * de`, `reglas de`: a subject names its own kinds so (`tipos de instancia`, `clases de almacenamiento`).
 */
const CLASSIFIERS = new Set(['fases', 'phases', 'pasos', 'steps', 'ejemplos', 'examples', 'ventajas', 'desventajas', 'advantages', 'disadvantages', 'caracteristicas', 'features', 'preguntas', 'questions',
  'abreviaturas', 'abbreviations', 'prohibiciones']);
const OF = new Set(['de', 'del', 'of']);
/** A count before a plural of kinds or ways (`Dos tipos`, `three kinds`) says how many, whatever it counts. */
const KINDS = new Set(['tipos', 'clases', 'types', 'kinds', 'sorts', 'reglas', 'rules', 'formas', 'ways', 'maneras']);
const COUNTS = new Set(['dos', 'tres', 'cuatro', 'cinco', 'two', 'three', 'four', 'five', 'varios', 'varias', 'several']);
/** A student's own: `mias`, `my`. */
const MINE = new Set(['mi', 'mis', 'mio', 'mia', 'mios', 'mias', 'my', 'mine']);
/** Nouns that name one case of an example or a choice when a letter or a number follows (`Caso B`, `Option 2`). */
const CASES = new Set(['caso', 'case', 'opcion', 'option', 'ejemplo', 'example', 'escenario', 'scenario', 'supuesto']);
/** Where a student's notes come from, named alone (`Libro: Zamacois, …`). */
const SOURCES = new Set(['libro', 'libros', 'textbook', 'textbooks', 'bibliografia', 'bibliography']);

/**
 * Two things in one name: a double arrow, `w/`, `vs`, or two single words either side of a slash
 * (`vinílico / arílico`; `additive increase / multiplicative decrease`, `Given / When / Then` are one name).
 */
const TWO_IN_ONE = /↔|<->|\sw\/\s|\svs\.?\s|^[\p{L}-]+ \/ [\p{L}-]+$/u;
/** `CS 310 Operating Systems`: a course's code and title, where the notes come from (`RFC 1918` alone is a name). */
const COURSE_CODE = /^\p{Lu}{2,5} \d{3,4} \p{L}/u;
/** `B.F` of `B.F. Skinner`: initials cut before their last period, a piece of a person's name (`H.M.` is whole). */
const INITIALS = /^\p{Lu}\.(?:\p{Lu}\.)*\p{Lu}$/u;

/**
 * Nouns that head a part of a study sheet, never a thing of its subject (`Practice Qs`, `experiment vocab`,
 * `Formula sheet draft`, `vocabulario de redes`): the head closes an English phrase and opens a Spanish one.
 */
const SHEET_HEADS = new Set(['qs', 'vocab', 'vocabulary', 'vocabulario', 'checklist', 'draft', 'borrador']);
/** `image1`, `Pasted image 20231004`, `imagen 3`: the name an export or a paste gave a picture, left in the text. */
const PICTURE_NAME = /^(?:image|imagen|img|pasted image|screenshot|captura)\s?\d+$/iu;

export function noteLabel(name: string, words: readonly string[]): boolean {
  if (TWO_IN_ONE.test(name) || INITIALS.test(name) || COURSE_CODE.test(name) || PICTURE_NAME.test(name)) return true;
  const first = words[0] as string;
  if (SHEET_HEADS.has(words[words.length - 1] as string) || SHEET_HEADS.has(first)) return true;
  if (words.length === 1) return SOURCES.has(first);
  if (words.some((w) => MINE.has(w) || w.startsWith('mnem') || w.startsWith('nemot'))) return true;
  if (words.length <= 5 && CLASSIFIERS.has(first) && (OF.has(words[1] as string) || words.length === 2)) return true;
  if (words.length === 2 && COUNTS.has(first) && (CLASSIFIERS.has(words[1] as string) || KINDS.has(words[1] as string))) return true;
  if (words.length === 2 && CASES.has(first) && /^(?:\p{L}|\d+)$/u.test(words[1] as string)) return true;
  return false;
}

