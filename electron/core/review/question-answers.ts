/** `Q: What is X?`, `Q: what's X?`, `P: ¿Qué es X?`, `Q: What does X do?`, `Q: ¿Para qué sirve X?`: a question asking what X is or is for. */
const WHAT_IS = /^\s*(?:[-*+]\s+)?(?:q|p|question|pregunta)\s*:\s*¿?\s*(?:(?:what\s+(?:is|are)|what's|qu[eé]\s+(?:es|son)|define)\s+(?:(?:an?|the|el|la|los|las|un|una)\s+)?(?<subject>[^?]{1,60}?)|what\s+(?:does|do)\s+(?:(?:an?|the)\s+)?(?<doer>[^?]{1,60}?)\s+do|para\s+qu[eé]\s+sirven?\s+(?:(?:el|la|los|las|un|una)\s+)?(?<used>[^?]{1,60}?))\s*\?\s*$/iu;
const ANSWER = /^\s*(?:[-*+]\s+)?(?:a|r|answer|respuesta)\s*:\s+(?<text>\S.*)$/iu;

export interface QuestionAnswer {
  /** What the question asks about, as written. */
  subject: string;
  /** 1-based file line of the question. */
  line: number;
  answer: string;
  /** 1-based file line of the answer. */
  answerLine: number;
}

/**
 * The `Q:`/`A:` pairs of a note that ask what something is or is for, each with its answer's line: a
 * student's own question and answer, the best answer a concept card can give.
 */
export function questionAnswers(body: string, bodyStartLine: number): QuestionAnswer[] {
  const out: QuestionAnswer[] = [];
  const lines = body.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const q = WHAT_IS.exec(lines[i] as string);
    const subject = (q?.groups?.subject ?? q?.groups?.doer ?? q?.groups?.used)?.replace(/[*_`]/g, '').trim();
    if (!subject) continue;
    let j = i + 1;
    while (j < lines.length && !(lines[j] as string).trim()) j++;
    const a = ANSWER.exec(lines[j] ?? '');
    if (a?.groups?.text) out.push({ subject, line: bodyStartLine + i, answer: a.groups.text.trim(), answerLine: bodyStartLine + j });
  }
  return out;
}
