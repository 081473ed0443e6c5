import { ITEM_MARKER, labelTerm, outlined } from './outline-labels';

/**
 * Where a line opens with a head: a term in bold, or a few words before a separator (`->`, `=`, ` - `, a
 * dash, `: `), with a parenthesis after it and what the separator goes on to say. Layout only: whether the
 * head is a term is head-terms.ts's question.
 */

/** A list marker: a bullet, a number, or an outline's hand-written `a)`, `1.2.` (outline-labels.ts). */
const MARKER = ITEM_MARKER;
/**
 * `**term**`, `__term__` or a highlight, `==term==` (Obsidian's mark) or `^^term^^` (Roam's and Logseq's), which
 * students use as bold, opening the line.
 */
const BOLD = /^(\*\*|__|==|\^\^)(?!\s)([^*_=^\n]{1,60}?)\1/;
/**
 * `**Demand** refers to the quantity …`, `==Tax incidence== refers to who …`, `**Oferta** se refiere a …`: a
 * bold head the sentence goes on to define with a verb of meaning, not a separator.
 */
const MEANS = /^\s+(?:refers?\s+to|means|is\s+defined\s+as|se\s+refieren?\s+a|significan?|se\s+definen?\s+como)\s+(?=\S)/iu;
/** What parts a head from what it says: an arrow, `=`, a dash between spaces, an em dash, a colon. */
const SEPARATOR = /\s+(?:->|→|=>|=|-|–|—)\s+|—|:\s+/;
/** Lines opening with one of these are quick to rule out: most prose lines hold no separator near their start. */
const HEAD_REACH = 70;
/** Five words and a parenthesis of two (`Connection draining (aka deregistration delay)`). */
const MAX_HEAD_SPACES = 7;

export interface Head {
  name: string;
  /** Text inside a parenthesis right after the head, if any. */
  paren: string | null;
  /** What follows the separator (empty when the head stands alone). */
  rest: string;
  bold: boolean;
  /** The line opens with an outline's hand-written marker (`a)`, `1.2.`): its head is a label. */
  outline?: boolean;
  /** A verb of meaning follows the bold head (`**Demand** refers to …`, MEANS): the line defines it. */
  means?: boolean;
  /** The separator is `=` (`learning = a relatively permanent change …`): the head is set equal to what follows. */
  equals?: boolean;
}

/** The head of a line, or null when the line does not open with one. */
export function lineHead(text: string): Head | null {
  const marker = MARKER.exec(text);
  const body = marker ? text.slice(marker[0].length) : text.trimStart();
  const bold = BOLD.exec(body);
  if (bold) {
    let after = body.slice(bold[0].length);
    let paren: string | null = null;
    const p = /^\s*\(([^()]{1,60})\)/.exec(after);
    if (p) {
      paren = (p[1] as string).trim();
      after = after.slice(p[0].length);
    }
    const sep = /^\s*(?:->|→|=>|=|-|–|—|:)\s*/.exec(after);
    const name = (bold[2] as string).replace(/[:\s]+$/, '').trim();
    // `**Spot total** / **vCPU-hours**`: a head that goes on with more text and no separator is part of a sentence.
    if (!sep && after.trim() && !/^[\s,.;]/.test(after)) return null;
    const means = sep ? null : MEANS.exec(after);
    if (means) return { name, paren, rest: after.slice(means[0].length).trim(), bold: true, means: true };
    return { name, paren, rest: sep ? after.slice(sep[0].length).trim() : '', bold: true };
  }
  const window = body.slice(0, HEAD_REACH);
  const sep = SEPARATOR.exec(window);
  if (!sep || sep.index === 0) return null;
  const outline = marker !== null && outlined(text);
  // An outline's label carries its citations and marks in brackets (`Autonomía de la voluntad (art. 1255 CC) (!)`).
  let head = outline ? body.slice(0, sep.index).replace(/\s*\([^()]*\)/g, '').trim() : body.slice(0, sep.index).trim();
  // A head is a name, a few words: a longer stretch before the separator is a sentence.
  let spaces = 0;
  for (let i = head.indexOf(' '); i !== -1 && spaces <= MAX_HEAD_SPACES; i = head.indexOf(' ', i + 1)) spaces++;
  if (spaces > MAX_HEAD_SPACES) return null;
  let paren: string | null = null;
  const p = /\s*\(([^()]{1,60})\)$/.exec(head);
  if (p) {
    paren = (p[1] as string).trim();
    head = head.slice(0, p.index).trim();
  }
  const rest = body.slice(sep.index + sep[0].length).trim();
  if (outline) {
    // `b) Obligación solidaria: …`, `5.2.3. La mora o retraso: …`: the label's term, without its article.
    const term = labelTerm(head);
    return term ? { name: term, paren, rest, bold: false, outline: true } : null;
  }
  return sep[0].trim() === '=' ? { name: head, paren, rest, bold: false, equals: true } : { name: head, paren, rest, bold: false };
}

/**
 * A quick look before any pattern, since most lines of prose have no head: bold near the start, or a
 * separator (`->`, `=`, ` - `, an en or em dash, `: `) within HEAD_REACH characters.
 */
export function mayOpenWithHead(text: string): boolean {
  const end = Math.min(text.length, HEAD_REACH + 6);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 95 || c === 94) {
      if (text.charCodeAt(i + 1) === c && i < 12) return true;
    } else if (c === 45) {
      const next = text.charCodeAt(i + 1);
      if (i > 0 && text.charCodeAt(i - 1) === 32 && (next === 32 || next === 62)) return true;
    } else if (c === 61 || c === 0x2192 || c === 0x2013 || c === 0x2014) return true;
    else if (c === 58 && text.charCodeAt(i + 1) === 32) return true;
  }
  return false;
}

/**
 * A list's intro (`Scaling policy types:`, `Routing policies:` after a sentence, `Tipos de políticas:`) names
 * the category its items belong to: the name without `types`, `tipos de`.
 */
const BOLD_THEN_BRACKET = /^(\*\*|__)([^*_()]{2,60})\1\s*\([^()]*\)$/u;
export function introName(text: string): string | null {
  const line = text.trimEnd().slice(0, -1);
  const cut = Math.max(line.lastIndexOf('. '), line.lastIndexOf('! '), line.lastIndexOf('? '));
  const marked = line.slice(cut + 1).trim();
  // `**Pirámides ecológicas** (representan los niveles …):`: the bold is the name, the bracket says what it covers.
  const bold = BOLD_THEN_BRACKET.exec(marked)?.[2];
  const last = (bold ?? marked).replace(/[*_]+/g, '').trim();
  if (!last || last.length > HEAD_REACH || /[:;,()]/.test(last)) return null;
  return /^(?:tipos?|clases?|familias?|types?|kinds?|classes)\s+(?:de|of)\s+(.+)$/i.exec(last)?.[1] ?? /^(.+?)\s+(?:types?|kinds?|classes|families)$/i.exec(last)?.[1] ?? last;
}
