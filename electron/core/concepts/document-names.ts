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
]);

/** Words that name a part of a course only beside a number (`clase 5`, `tema4`, `week 3`); alone they may be terms (`clase abstracta`, `unit test`). */
const NUMBERED_PARTS = new Set([
  'clase', 'clases', 'class', 'tema', 'temas', 'unidad', 'unit', 'semana', 'week', 'sesion', 'session', 'modulo',
  'module', 'lab', 'practica', 'leccion', 'lesson', 'capitulo', 'chapter', 'parte', 'part', 'dia', 'day', 'seccion',
  'section', 'bloque', 'topic',
]);

function words(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function documentName(name: string): boolean {
  const ws = words(name);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as string;
    if (DOCUMENT_WORDS.has(w)) return true;
    const glued = /^(\p{L}+)(\d+)$/u.exec(w);
    if (glued && NUMBERED_PARTS.has(glued[1] as string)) return true;
    if (NUMBERED_PARTS.has(w) && (/^\d/.test(ws[i + 1] ?? '') || /^\d+$/.test(ws[i - 1] ?? ''))) return true;
  }
  // A dated file (`2026-12-07`, `07-12-2026 redes`) is a day's notes.
  return /\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4})\b/.test(name);
}
