import { RELATIVE, STATE_VERB, foldedNames, foldedWithPlaces, opensWithVerb, words } from './answers';

const DEFINITE = /(?:^|\s)(?:el|la|los|las|the)\s+$/u;
const ANY_ARTICLE = /(?:^|\s)(?:el|la|los|las|un|una|unos|unas|the|an?)\s+$/u;
/** Where a clause about the name stops: another subject joined by `y`/`and`, a semicolon, a full stop. */
const CLAUSE_END = /,?\s+(?:y|e|and|pero|but)\s+(?:el|la|los|las|un|una|the|an?)\s|,\s+(?:y|and|pero|but)\s|[;.!?](?:\s|$)|\s[-–—]\s|$/u;

/** How far each side of a mention a gloss is read, and how many mentions of a name are tried. */
const GLOSS_WINDOW = 400;
const MAX_GLOSS_MENTIONS = 64;

/**
 * A clause inside a sentence that says what the concept is, cut out from the article before its name to
 * the clause's end: `… con una sal (salt), un valor aleatorio por usuario …` (the name pair and an
 * apposition), `Las imágenes se construyen a partir de un Dockerfile, que es un fichero de texto …` (a
 * relative clause after a definite name, or one that says what it is), `Para datos persistentes, un
 * PersistentVolume (PV) es un trozo de almacenamiento …` (the copula and an article, after a comma), `…; un
 * catalizador es algo que acelera …` (after a semicolon, the copula and `algo`/`lo que`/`when`). Null
 * when the sentence only mentions it. `an SNS topic, which has several queues subscribed` speaks of one topic.
 */
export function clauseGloss(sentence: string, names: readonly string[]): string | null {
  const { folded, from } = foldedWithPlaces(sentence);
  for (const name of foldedNames(names)) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:e?s)?(?![\\p{L}\\p{N}])`, 'gu');
    let seen = 0;
    for (let m = re.exec(folded); m && seen < MAX_GLOSS_MENTIONS; m = re.exec(folded), seen++) {
      // Read within a window each side: the whole sentence for each mention is quadratic on a line of 2 MB.
      const base = Math.max(0, m.index - GLOSS_WINDOW);
      const before = folded.slice(base, m.index).replace(/[*_`"“]+$/u, '');
      // `(TPR, que es el recall)`: inside another name's parentheses.
      if ((before.match(/\(/gu)?.length ?? 0) > (before.match(/\)/gu)?.length ?? 0)) {
        const glossed = parenthesisedGloss(sentence, folded, from, base, m.index, m.index + m[0].length, name);
        if (glossed) return glossed;
        continue;
      }
      const article = ANY_ARTICLE.exec(before);
      const afterStart = m.index + m[0].length;
      const after = folded.slice(afterStart, afterStart + GLOSS_WINDOW * 2);
      const afterName = after.replace(/^[*_`"”]+/u, '');
      const pair = /^\s*\([^()]{1,80}\)/u.exec(afterName);
      // `la **capacidad de carga (K)**, que es …`: emphasis closing after the pair too.
      const tail = pair ? afterName.slice(pair[0].length).replace(/^[*_`"”]+/u, '') : afterName;
      const offset = afterStart + after.length - tail.length;
      // `…, que es un fichero …`, `…, which is a …`: says what it is, whatever the article.
      let body = /^,\s+(?:que|which|that)\s+(?:es|son|is|are)\s+\S/u.exec(tail);
      // `la clave publica, que se comparte …`: a relative clause after a definite name or a name pair.
      const comma = /^,\s+(?=\S)/u.exec(tail);
      if (!body && comma && (DEFINITE.test(before) || pair) && RELATIVE.test(tail.slice(comma[0].length))) body = comma;
      // `… by a reliable belief-forming process, i.e. one that tends to …`, `…, es decir, …`: the writer says what it is.
      if (!body && (article || pair)) body = /^,?\s*(?:i\.\s?e\.|es\s+decir|o\s+sea|that\s+is)\s*,?\s+(?=\p{L})/u.exec(tail);
      // `there are basic beliefs (Harlow also says "foundational beliefs") which are justified without …`: a relative
      // clause right after the pair, its verb first (`that you created` is about something done to it).
      if (!body && pair) {
        const relative = /^\s+(?:which|that|que)\s+/u.exec(tail);
        const next = tail.slice(relative?.[0].length ?? 0);
        if (relative && !SUBJECT.test(next) && opensWithVerb(next)) body = /^\s+/u.exec(tail);
      }
      // `una sal (salt), un valor aleatorio …`: an apposition after a name pair.
      if (!body && pair && /^,\s+(?:el|la|los|las|un|una|the|an?)\s+\p{L}/u.test(tail)) body = /^,\s+/u.exec(tail);
      // `Git es un sistema de control de versiones distribuido (DVCS): cada clon tiene …`: a name pair, a colon
      // and a clause of four words or more say what it is.
      // (Not a case worked through: `la ruta más específica (longest prefix match): si hay … va por local`.)
      if (!body && pair && article && /^:\s+(?:\S+\s+){3}\S/u.test(tail) && !/^:\s+(?:si|if|e\.\s?g\.|p\.\s?ej\.|ej\.?|por\s+ejemplo|for\s+example)\s/u.test(tail)) body = /^:\s+/u.exec(tail);
      // `… desde una AMI (Amazon Machine Image) -> plantilla con el SO + software`: a name pair and an arrow to a
      // noun phrase, the student's gloss.
      // (Not inside a chain: `angiotensina I → angiotensina II en el SRAA → vasodilatación` says what follows.)
      if (!body && pair && article && /^\s*(?:->|→|⇒|=>)\s+\p{L}/u.test(tail) && !/->|→|⇒|=>/u.test(before)) {
        const gloss = tail.replace(/^\s*(?:->|→|⇒|=>)\s+/u, '');
        if (!opensWithVerb(gloss) && !/->|→|⇒|=>/u.test(gloss)) body = /^\s*(?:->|→|⇒|=>)\s+/u.exec(tail);
      }
      // `…, un PersistentVolume (PV) es un trozo …`: the copula and an article, the name opening a clause.
      const lead = article ? ` ${before.slice(0, article.index).trimEnd()}` : '';
      const opens = lead === ' ' && (base === 0 || !/\S/u.test(folded.slice(0, base)));
      if (!body && article && (opens || /[,;:.!?]$|\s(?:y|e|and|cambio|contrast)$/u.test(lead)) &&
        /^\s+(?:es|son|is|are)\s+(?:un|una|el|la|los|las|a|an|the|lo|algo|otro|otra|something|what|when|where|cuando|donde)\s/u.test(tail)) body = /^\s+/u.exec(tail);
      if (!body) continue;
      const rest = tail.slice(body[0].length);
      // `las edge locations, que están por todo el mundo`: where it is or what happens to it, not what it is.
      if (STATE_VERB.test(rest.replace(/^(?:que|which|that)\s+(?:no\s+|not\s+)?/u, ''))) continue;
      const end = CLAUSE_END.exec(rest);
      const stop = offset + body[0].length + (end ? end.index : rest.length);
      // (Without an article, from the emphasis that opens the name: `**basic beliefs** (…) which …`.)
      const start = article ? base + article.index + (article[0].startsWith(' ') ? 1 : 0) : body && pair && !comma ? base + before.length : m.index;
      const clause = sentence.slice(from[start], from[stop]).trim();
      if (words(clause) - words(name) >= 4) return clause;
    }
  }
  return null;
}

/** A subject pronoun after a relative: the clause says what someone does to the thing (`that you created`). */
const SUBJECT = /^(?:i|you|we|they|he|she|it|yo|tu|el|ella|nosotros|vosotros|ellos|ellas|usted|ustedes)\s/u;

const GLOSS_STOPS = new Set(['en', 'de', 'del', 'a', 'al', 'con', 'por', 'para', 'sin', 'in', 'of', 'into', 'to', 'with', 'for', 'by', 'on', 'y', 'e', 'o', 'and', 'or']);

/**
 * `… divide una tabla grande en trozos (shards) que se guardan en servidores distintos`: the name alone in
 * parentheses after the words that translate it, and a relative clause saying what they are; the clause from
 * those words (with their article) to its end, as written, or null.
 */
function parenthesisedGloss(sentence: string, folded: string, from: number[], base: number, at: number, end: number, name: string): string | null {
  const open = /\(\s*$/u.exec(folded.slice(Math.max(base, at - 3), at));
  const close = /^\s*\)\s+(?:que|which|that)\s+/u.exec(folded.slice(end, end + 40));
  if (!open || !close) return null;
  const head = folded.slice(base, at).replace(/\s*\(\s*$/u, '');
  const ws = head.split(/\s+/u).slice(-3);
  let k = ws.length;
  while (k > 0 && /^[\p{L}\p{N}-]+$/u.test(ws[k - 1] as string) && !GLOSS_STOPS.has(ws[k - 1] as string)) k--;
  const gloss = ws.slice(k);
  // `(TPR, que es el recall)`: the name alone in its parentheses, after words that are not its own.
  if (!gloss.length || gloss.some((w) => /^(?:el|la|los|las|un|una|the|an?)$/u.test(w)) || gloss.join(' ') === name) return null;
  const article = k > 0 && /^(?:el|la|los|las|un|una|unos|unas|the|an?)$/u.test(ws[k - 1] as string) ? `${ws[k - 1] as string} ` : '';
  const rest = folded.slice(end + close[0].length, end + close[0].length + GLOSS_WINDOW * 2);
  if (STATE_VERB.test(rest)) return null;
  const stop = CLAUSE_END.exec(rest);
  const clauseEnd = end + close[0].length + (stop ? stop.index : rest.length);
  const start = folded.lastIndexOf(article + gloss.join(' '), at);
  if (start < 0) return null;
  const clause = sentence.slice(from[start], from[clauseEnd]).trim();
  return words(rest.slice(0, stop ? stop.index : rest.length)) >= 4 ? clause : null;
}
