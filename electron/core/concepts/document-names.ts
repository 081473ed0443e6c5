import { memoised } from './memo';

/**
 * A file's own name that names a study document, not a concept: `aws curso clases 5-9`, `OS midterm - cornell
 * page`, `seguridad tema4 cripto`, `Resumen examen final`, `Week 3 - TCP`. Students name files after the class,
 * the week or the exam they were written for; such a name is where the notes come from, not what they are
 * about, and as a concept it would be a node no sentence ever mentions.
 */

/** Words that only ever name a kind of study document. */
const DOCUMENT_WORDS = new Set([
  'apuntes', 'notas', 'notes', 'lecture', 'lectures', 'resumen', 'resumenes', 'summary', 'examen', 'examenes',
  'exam', 'exams', 'cram', 'midterm', 'midterms', 'parcial', 'parciales', 'curso', 'course', 'repaso', 'cheatsheet',
  'chuleta', 'ejercicios', 'exercises', 'homework', 'deberes', 'tfg', 'tfm', 'syllabus', 'temario',
  'libreta', 'cuaderno', 'flashcards', 'asignatura', 'diapos', 'diapositivas', 'slides',
]);

/**
 * Of those, the words that name nothing but the student's own study inside a sentence or a heading too
 * (`OJO examen`, `exam traps`, `SAA-C03 cram sheet`, `midterm review`): `notes`, `resumen` (a digest),
 * `curso`, `parcial` (partial) and `test` name things of a subject as well.
 */
const STUDY_WORDS = new Set([
  'examen', 'examenes', 'exam', 'exams', 'cram', 'midterm', 'midterms', 'cheatsheet', 'chuleta', 'apuntes',
  'homework', 'deberes', 'syllabus', 'temario', 'libreta', 'flashcards', 'asignatura', 'tfg', 'tfm', 'truco', 'trucos',
]);
/** Two words that together name a kind of exam (`practice test`, `tipo test`), each a term of its own elsewhere. */
const STUDY_PAIRS = new Set(['practice test', 'practice tests', 'practice exam', 'mock exam', 'mock test', 'tipo test']);

/** Words that name a part of a course only beside a number (`clase 5`, `tema4`, `week 3`); alone they may be terms (`clase abstracta`, `unit test`). */
const NUMBERED_PARTS = new Set([
  'clase', 'clases', 'class', 'tema', 'temas', 'unidad', 'unit', 'semana', 'week', 'sesion', 'session', 'modulo',
  'module', 'lab', 'practica', 'leccion', 'lesson', 'capitulo', 'chapter', 'parte', 'part', 'dia', 'day', 'seccion',
  'section', 'bloque', 'topic', 'ch', 'cap',
]);

function words(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export const documentName = memoised(isDocumentName);

function isDocumentName(name: string): boolean {
  const ws = words(name);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as string;
    if (DOCUMENT_WORDS.has(w) || (w === 'study' && ws[i + 1] === 'guide') || (w === 'guia' && ws[i + 1] === 'de' && ws[i + 2] === 'estudio')) return true;
    const glued = /^(\p{L}+)(\d+)$/u.exec(w);
    if (glued && NUMBERED_PARTS.has(glued[1] as string)) return true;
    if (NUMBERED_PARTS.has(w) && (/^\d/.test(ws[i + 1] ?? '') || /^\d+$/.test(ws[i - 1] ?? ''))) return true;
  }
  // `bio T2-T4`, `L3–L5`: a range of numbered lessons.
  if (/(?<![\p{L}\p{N}])(\p{L}{1,2})\d{1,2}\s*[-–]\s*\1\d{1,2}(?![\p{L}\p{N}])/iu.test(name)) return true;
  // A dated file (`2026-12-07`, `07-12-2026 redes`) is a day's notes.
  return /\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4})\b/.test(name);
}

/**
 * A name that speaks of the student's study rather than of the subject: a word of STUDY_WORDS, `cheat sheet`,
 * or a numbered part of a course (`Tema 3`, `week 5`).
 */
export const studyWord = memoised(hasStudyWord);

function hasStudyWord(name: string): boolean {
  const ws = words(name);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as string;
    if (STUDY_WORDS.has(w) || (w === 'cheat' && ws[i + 1] === 'sheet') || STUDY_PAIRS.has(`${w} ${ws[i + 1] ?? ''}`)) return true;
    const glued = /^(\p{L}+)(\d+)$/u.exec(w);
    if (glued && NUMBERED_PARTS.has(glued[1] as string)) return true;
    if (NUMBERED_PARTS.has(w) && /^\d+$/.test(ws[i + 1] ?? '')) return true;
  }
  return false;
}

/** Whole names of the pages that hold a vault together rather than a subject (`Índice`, `Glossary`, `MOC`). */
const VAULT_PAGES = new Set([
  'indice', 'index', 'glosario', 'glossary', 'contenido', 'contenidos', 'contents', 'table of contents', 'apendice',
  'appendix', 'inicio', 'home', 'moc', 'mapa de contenido', 'map of content', 'map of contents', 'readme',
]);

/** Is the whole name one of the vault's own pages (see VAULT_PAGES)? */
export const vaultPage = memoised((name: string): boolean => VAULT_PAGES.has(words(name).join(' ')));

/** `S3 IAM Lambda RDS`: three or more acronyms side by side list the topics a page covers, they name no one thing. */
export const topicList = memoised((name: string): boolean => (name.match(/(?<![\p{L}\p{N}])[A-Z][A-Z0-9]{1,5}(?![\p{L}\p{N}])/gu) ?? []).length >= 3 && !/\b(?:de|of|del)\b/.test(name));
