import { foldTerm } from './fold';
import { headingNumber } from './heading-names';
import type { LineHead, Outline, OutlineLine } from './outline';
import { SENTENCE_MAX } from './sentence';
import type { ConceptHit, ConceptKey, Occurrence } from './types';

export type OutlineRelationName = 'is a kind of' | 'part of' | 'compared with';

type Push = (from: ConceptKey, to: ConceptKey, name: OutlineRelationName, evidence: Occurrence) => void;

/**
 * Nouns that announce kinds of something (`tipos:`, `Scaling policy types:`, `### Clases de
 * almacenamiento`, `## opciones de compra`, `3 kinds:`), in Spanish and English, on accent-free text.
 */
const KINDS = /\b(?:tipos?|clases?|familias?|categorias?|modalidades|variantes|opciones|modos|niveles|mecanismos|metodos|formas|types?|kinds?|class(?:es)?|famil(?:y|ies)|categor(?:y|ies)|variants?|options|modes|tiers|flavou?rs|mechanisms|methods|forms)\b/;

/** Whether a name or a short heading says it is a set of kinds (`record types`, `storage classes`, `Sampling methods`). */
export function namesKinds(lower: string): boolean {
  return lower.length > 0 && lower.trim().split(/\s+/).length <= MAX_LEAD_WORDS && KINDS.test(lower);
}
const MAX_LEAD_WORDS = 6;
/**
 * The most terms a plural heading's list may hold to be read as the category's kinds: a note lists a
 * handful of kinds; a longer run is a table of values (`us-east-1 – …` under `Console fingerprints`).
 */
const MAX_MEMBERS = 10;
/** An aside closing a heading: `## Relaciones interespecíficas (especies distintas)`. */
const ASIDE = /\s*\([^()]*\)\s*$/;
const VERSUS = /\b(?:vs\.?|versus)\s/i;

/** Whether a line announces kinds: a kinds noun in a short text before its colon (or a short heading). */
function kindsLead(line: OutlineLine, heading: boolean): boolean {
  const colon = line.lower.indexOf(':');
  // A short list item that is only a kinds phrase (`- two queue types`) leads the items under it.
  const before = (heading || (line.item && line.lower.trim().split(/\s+/).length <= MAX_BARE_LEAD_WORDS)) && colon < 0 ? line.lower : colon < 0 ? '' : line.lower.slice(0, colon);
  return before !== '' && before.trim().split(/\s+/).length <= MAX_LEAD_WORDS && KINDS.test(before);
}

/** A list item without a colon leads kinds when it says nothing else: a mark and three or four words. */
const MAX_BARE_LEAD_WORDS = 5;

/**
 * Relations the outline of a note states:
 * - items under a line that announces kinds (`Scaling policy types:` over `1. Target tracking -> …`,
 *   `tipos: gp2/gp3, io1/io2, st1` under `**EBS**`, the items of `### Clases de almacenamiento`) are
 *   *kinds of* what it names;
 * - a term listed under another term (`ELB - …` over `  ALB = layer 7`) is *a kind of* it when the two
 *   share their last word (`Gateway endpoint` under `VPC Endpoints:`), or when it is one of two
 *   alternatives (`**reserva estandar** vs **reserva convertible**`); otherwise *part of* it;
 * - two terms set against each other (`Security Groups vs NACLs`) are *compared with* each other.
 * Each comes with the item as evidence, after the line it is listed under.
 */
export function outlineRelations(outline: Outline, headingKey: (section: number) => ConceptKey | undefined, sharesLastWord: (a: ConceptKey, b: ConceptKey) => boolean, push: Push): void {
  const sections = outline.note.sections;
  for (let s = 0; s < sections.length; s++) {
    const section = sections[s];
    if (!section) continue;
    const top = section.heading === null ? 0 : 1;
    if (top === 1 && VERSUS.test(section.heading as string)) compared(outline, s, 0, push);
    if (!outline.hasStructure(s)) continue;
    const lines = outline.linesOf(s);
    const headingLead = top === 1 && kindsLead(lines[0] as OutlineLine, true) ? genusOfHeading(outline, s, headingKey) : undefined;
    // A heading that is one concept in the plural (`## Placement groups`, `### Políticas de acceso`) names
    // a category; the terms its list enumerates are members of it, once there are two or more of them.
    const pluralHeading = top === 1 && headingLead === undefined ? pluralAt(outline, s, 0, (lines[0] as OutlineLine).lower.replace(ASIDE, '').length, true) : undefined;
    const members: [ConceptKey, Occurrence][] = [];
    let firstRun = true;
    let seenItem = false;
    for (let i = top; i < lines.length; i++) {
      const line = lines[i] as OutlineLine;
      if (line.blank) continue;
      if (!line.item && line.indent === 0 && seenItem) firstRun = false;
      if (line.item) seenItem = true;
      if (outline.hitsOn(s, i).length === 0) continue;
      inlineKinds(outline, s, i, headingKey, push);
      // A line at the left margin is listed under nothing: its head matters only as a parent's, or beside `vs`.
      if (!line.item && line.indent === 0) {
        if (VERSUS.test(line.text)) compared(outline, s, i, push);
        continue;
      }
      const head = outline.head(s, i);
      if (!head || (outline.onlyLink(s, i) && !(line.lower.includes('(', head.end) && underStatement(outline, s, i)))) continue;
      compared(outline, s, i, push);
      const evidence = (above: string | null): Occurrence => withLead(head.hit.occurrence, line.text, above);
      // A line above that announces kinds (`tipos:`) makes this item a kind of what it names.
      const underKinds = (at: number): boolean => {
        const above = lines[at] as OutlineLine;
        if (!kindsLead(above, false)) return false;
        const genus = genusOfLine(outline, s, at, headingKey);
        if (genus !== undefined) push(head.key, genus, 'is a kind of', evidence(above.text));
        return true;
      };
      const p = outline.parent(s, i);
      if (p >= 0) {
        const above = lines[p] as OutlineLine;
        if (underKinds(p)) continue;
        // An item that is only a name, under a line that opens with a concept and goes on to say something of
        // it (`- Elastic Load Balancing spreads traffic …` over `  - Network Load Balancer (NLB)`), is listed under it.
        const parentHead = outline.head(s, p) ?? (head.rest.trim() === '' ? openingHead(outline, s, p) : null);
        if (!parentHead) {
          // `**Hábitat** vs **nicho ecológico**: …` over `**nicho fundamental**: …`: a term the line above labels
          // (before its colon) with the item's head noun is its genus; one its sentence only mentions is not
          // (`criticism: STM is … → replaced with working memory`).
          const colon = above.lower.indexOf(':');
          const genus = colon < 0 ? undefined : outline.hitsOn(s, p).find((h) => h.key !== head.key && (outline.spanOf(h.key, above.lower)?.[1] ?? Infinity) <= colon && sharesLastWord(head.key, h.key));
          if (genus) {
            push(head.key, genus.key, 'is a kind of', evidence(above.text));
            continue;
          }
          // `[[Atkinson-Shiffrin model]] (1968) aka modal model. 3 stages:` over `- **sensory memory** → …`: a
          // line that goes on to count its parts has them listed under it.
          const whole = partsLead(above.lower) ? openingHead(outline, s, p)?.key : undefined;
          if (whole !== undefined && whole !== head.key) push(head.key, whole, 'part of', evidence(above.text));
          continue;
        }
        const alternative = alternativeOf(outline, s, i, head);
        if (alternative) {
          push(head.key, parentHead.key, 'is a kind of', evidence(above.text));
          push(alternative.key, parentHead.key, 'is a kind of', evidence(above.text));
          continue;
        }
        // A parent whose own name says it is a set of kinds (`storage classes (…), de más caro a más barato:`).
        const kind = sharesLastWord(head.key, parentHead.key) || sameInitialsHead(outline, s, i, head, p, parentHead) || pluralLabel(outline, s, p, parentHead) || namedKinds(outline, above, parentHead);
        push(head.key, parentHead.key, kind ? 'is a kind of' : 'part of', evidence(above.text));
        continue;
      }
      if (!line.item) continue;
      const l = outline.lead(s, i);
      if (l >= 0) {
        const above = lines[l] as OutlineLine;
        if (underKinds(l)) continue;
        let kinds = false;
        for (const named of outline.hitsOn(s, l)) {
          if (!sharesLastWord(head.key, named.key)) continue;
          push(head.key, named.key, 'is a kind of', evidence(above.text));
          kinds = true;
        }
        // `Routing policies:` over `- Failover → …`: a plural that is the whole last sentence before the colon
        // names what the items are (not `The following AMIs support memory optimized instances:`).
        const plural = kinds ? undefined : pluralAt(outline, s, l, above.lower.lastIndexOf(':'), true);
        if (plural !== undefined) push(head.key, plural, 'is a kind of', evidence(above.text));
        else if (!kinds) {
          // `La matriz de confusión es una tabla … . Tiene cuatro casillas:`, `A frame has three parts:`: the items are the whole's parts.
          const whole = wholeOfLead(outline, s, l) ?? namedBeforeColon(outline, s, l);
          if (whole !== undefined && whole !== head.key) push(head.key, whole, 'part of', evidence(above.text));
        }
        continue;
      }
      if (headingLead !== undefined && firstRun) push(head.key, headingLead, 'is a kind of', evidence(section.heading));
      else if (pluralHeading !== undefined && firstRun && line.item) members.push([head.key, evidence(section.heading)]);
    }
    if (pluralHeading !== undefined && members.length >= 2 && members.length <= MAX_MEMBERS) for (const [key, at] of members) push(key, pluralHeading, 'is a kind of', at);
    contrastedPair(outline, s, sharesLastWord, push);
  }
}

/**
 * Two items side by side, one under the other at one depth, that open with two kinds of one thing and are the
 * only two such (`- **obligación genérica**: …` over `- **obligación específica**: …`, `- dolo grave` /
 * `- dolo incidental`, `primary reinforcer` / `secondary reinforcer`) are set against each other: *compared
 * with*. A third kind beside them makes a list of kinds, not a contrast.
 */
function contrastedPair(outline: Outline, section: number, sharesLastWord: (a: ConceptKey, b: ConceptKey) => boolean, push: Push): void {
  const lines = outline.linesOf(section);
  const kin = (a: LineHead, b: LineHead): boolean => a.key !== b.key && sharesLastWord(a.key, b.key) && sharesLastWord(b.key, a.key);
  let before: { index: number; head: LineHead | null } | null = null;
  let previous: { index: number; head: LineHead | null } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as OutlineLine;
    if (line.blank) continue;
    const here = { index: i, head: line.item && outline.hitsOn(section, i).length > 0 ? definedHead(outline, section, i) : null };
    const sibling = (x: typeof previous, y: typeof here): boolean => x !== null && (lines[x.index] as OutlineLine).item && (lines[x.index] as OutlineLine).indent === (lines[y.index] as OutlineLine).indent;
    // A third kind named anywhere on the item before or after (`4. **Consumidores terciarios** / superdepredadores`).
    const kinOn = (index: number, head: LineHead): boolean => outline.hitsOn(section, index).some((h) => h.key !== head.key && sharesLastWord(h.key, head.key) && sharesLastWord(head.key, h.key));
    if (previous?.head && here.head && sibling(previous, here) && kin(previous.head, here.head) && !(before && sibling(before, previous) && kinOn(before.index, previous.head))) {
      const after = nextItem(lines, i);
      if (after < 0 || (lines[after] as OutlineLine).indent !== line.indent || !kinOn(after, here.head)) push(previous.head.key, here.head.key, 'compared with', withLead(previous.head.hit.occurrence, line.text, (lines[previous.index] as OutlineLine).text));
    }
    // Lines nested deeper belong to the item above: they do not part two siblings.
    if (previous && line.indent > (lines[previous.index] as OutlineLine).indent) continue;
    before = previous;
    previous = here;
  }
}

/**
 * The term an item opens with when the item goes on to say what it is (`**dolo grave**: …`, `primary
 * reinforcer = …`, `System status checks – …`): bare names side by side are a list (`SUSE Linux` / `Red Hat
 * Enterprise Linux`), and a name ending in a number one of a series (`eu-central-1`, `eu-west-1`).
 */
function definedHead(outline: Outline, section: number, index: number): LineHead | null {
  const head = outline.head(section, index);
  if (!head || !DEFINES.test(head.rest)) return null;
  const line = outline.linesOf(section)[index] as OutlineLine;
  return /(?:^|[\s-])\d+$/.test(line.lower.slice(0, head.end)) ? null : head;
}

const DEFINES = /^\s*(?::|=|->|=>|→|⇒|–|—|-\s)/;

/** The next line after `index` that is not blank and not nested deeper than it, or -1. */
function nextItem(lines: readonly OutlineLine[], index: number): number {
  const indent = (lines[index] as OutlineLine).indent;
  for (let j = index + 1; j < lines.length; j++) {
    const line = lines[j] as OutlineLine;
    if (line.blank || line.indent > indent) continue;
    return j;
  }
  return -1;
}

/**
 * The evidence of a listed item: the line it is listed under, then the item's own line (a sentence runs on
 * across list items, whose markers the section's text drops).
 */
function withLead(occurrence: Occurrence, text: string, above: string | null): Occurrence {
  const item = cut(text, SENTENCE_MAX - 90);
  return { ...occurrence, sentence: above === null ? item : `${cut(above, 80)} › ${item}` };
}

function cut(text: string, max: number): string {
  const t = text.trim().replace(/\*\*/g, '').replace(/\s+/g, ' ');
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

/** What a kinds heading names: a concept in it, else the heading as a whole name. */
function genusOfHeading(outline: Outline, section: number, headingKey: (section: number) => ConceptKey | undefined): ConceptKey | undefined {
  return firstNamed(outline, section, 0, Infinity) ?? headingKey(section);
}

/** What a kinds line names before its colon, else the term it is listed under, else its heading's. */
function genusOfLine(outline: Outline, section: number, index: number, headingKey: (section: number) => ConceptKey | undefined): ConceptKey | undefined {
  const line = outline.linesOf(section)[index] as OutlineLine;
  const colon = line.lower.indexOf(':');
  const named = firstNamed(outline, section, index, colon < 0 ? Infinity : colon);
  if (named !== undefined) return named;
  const p = outline.parent(section, index);
  if (p >= 0) return outline.head(section, p)?.key;
  // A list item names its genus itself or not at all: under `## DynamoDB`, `- capacity modes` lists modes, not kinds of DynamoDB.
  return line.indent === 0 && !line.item ? headingKey(section) : undefined;
}

/** The concept a line opens with (past markup and an article), whatever follows it. */
function openingHead(outline: Outline, section: number, index: number): LineHead | null {
  const line = outline.linesOf(section)[index] as OutlineLine;
  const lower = line.lower;
  const start = OPENING.exec(lower)?.[0].length ?? 0;
  let best: LineHead | null = null;
  for (const hit of outline.hitsOn(section, index)) {
    const span = outline.spanOf(hit.key, lower, start);
    if (span && span[0] === start && (!best || span[1] > best.end)) best = { key: hit.key, hit, end: span[1], rest: lower.slice(span[1]) };
  }
  return best;
}

const OPENING = /^[\s*_>`"'[-]*(?:(?:el|la|los|las|un|una|the|a|an)\s+)?[*_`"']*/;

/** The concept named first on a line before `limit`. */
function firstNamed(outline: Outline, section: number, index: number, limit: number): ConceptKey | undefined {
  const line = outline.linesOf(section)[index] as OutlineLine;
  let best: { key: ConceptKey; at: number } | undefined;
  for (const h of outline.hitsOn(section, index)) {
    const span = outline.spanOf(h.key, line.lower);
    if (span && span[0] < limit && (!best || span[0] < best.at)) best = { key: h.key, at: span[0] };
  }
  return best?.key;
}

/**
 * The concept a line names just before `end` (its colon, or its end for a heading), when written in the
 * plural: `Routing policies:`, `## Placement groups`, `### Clases de almacenamiento`. A heading must be
 * that name and nothing else. The plural is on the last word in English and on the first in Spanish.
 */
function pluralAt(outline: Outline, section: number, index: number, end: number, whole: boolean): ConceptKey | undefined {
  if (end < 0) return undefined;
  const line = outline.linesOf(section)[index] as OutlineLine;
  const lower = line.lower;
  let stop = end;
  while (stop > 0 && /[\s*_`]/.test(lower[stop - 1] as string)) stop--;
  let start = 0;
  if (whole) {
    // The sentence's start: past the last full stop before the name, then markup and a determiner.
    const stopAt = lower.slice(0, stop).search(/[.!?]\s+[^.!?]*$/);
    if (stopAt >= 0) start = stopAt + 1;
    while (start < stop && /[\s#*_`>-]/.test(lower[start] as string)) start++;
    // A heading's outline number (`## **7.2 Modelos de crecimiento**`, a Docs export's `5\.1`).
    if (index === 0) start += HEADING_NUMBER.exec(lower.slice(start))?.[0].length ?? 0;
    start += /^(?:(?:the|los|las|el|la)\s+)?/.exec(lower.slice(start))?.[0].length ?? 0;
  }
  for (const h of outline.hitsOn(section, index)) {
    const span = outline.spanOf(h.key, lower, start);
    if (!span || span[1] !== stop || (whole && span[0] !== start)) continue;
    const words = lower.slice(span[0], span[1]).split(/\s+/);
    const last = words[words.length - 1] as string;
    const first = words[0] as string;
    // `Advanced details`, `Network settings`, `Requisitos previos`: a whole's parts, not a category's kinds.
    if (PARTS.test(last) || PARTS.test(first)) continue;
    if (plural(last) || (words.length > 1 && plural(first))) return h.key;
  }
  return undefined;
}

const HEADING_NUMBER = /^\d+(?:\\?\.\d+)*\\?\.?\s+/;

/** Plural nouns that name the parts or properties of one thing, in both languages. */
const PARTS = /^(?:details|settings|attributes|parameters|properties|fields|components|features|elements|parts|steps|requirements|prerequisites|limits|quotas|considerations|configurations|definitions|terms|concepts|basics|notes|tips|examples|detalles|ajustes|atributos|parametros|propiedades|campos|componentes|caracteristicas|elementos|partes|pasos|requisitos|limites|cuotas|consideraciones|configuraciones|definiciones|terminos|conceptos|notas|consejos|ejemplos)$/;

/**
 * Two acronyms that end with the same two initials name kinds of one thing (`ALB` under `ELB`, `NACL`
 * under `ACL`): their last initials are the shared head (`Load Balancer`, `Control List`). Written in capitals.
 */
function sameInitialsHead(outline: Outline, section: number, index: number, head: LineHead, parent: number, parentHead: LineHead): boolean {
  const a = writtenHead(outline, section, index, head);
  const b = writtenHead(outline, section, parent, parentHead);
  return a !== null && b !== null && a !== b && a.slice(-2) === b.slice(-2);
}

/** A line's head as written when it is an acronym (`ALB`, `GWLB`), else null. */
function writtenHead(outline: Outline, section: number, index: number, head: LineHead): string | null {
  const line = outline.linesOf(section)[index] as OutlineLine;
  if (line.text.length !== line.lower.length) return null;
  const m = /([A-Z][A-Z0-9]{1,7})[*_`\s]*$/.exec(line.text.slice(0, head.end));
  return m && /^[A-Z]+$/.test((m[1] as string).slice(-2)) ? (m[1] as string) : null;
}

/** A parent line that is only a name in the plural (`- **instancias reservadas** (RI)`, `- Storage classes:`): a category. */
function pluralLabel(outline: Outline, section: number, index: number, head: LineHead): boolean {
  if (!/^(?::\s*)?$/.test(head.rest.trim())) return false;
  return pluralAt(outline, section, index, head.end, true) === head.key;
}

/** Whether the line's head is written as a name of kinds (`storage classes` over `standard-ia -> …`). */
function namedKinds(outline: Outline, line: OutlineLine, head: LineHead): boolean {
  const span = outline.spanOf(head.key, line.lower);
  return span !== null && namesKinds(line.lower.slice(span[0], span[1]));
}

/** A word written in the plural: its `s` goes when folded (`policies`, `clases`, `logs`; not `ebs`, `access`). */
function plural(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && !foldTerm(word).endsWith('s');
}

/** `tipos: gp2/gp3 (ssd), io1/io2, st1` under `**EBS**`: the concepts after the colon, outside parentheses, are kinds of the genus. */
function inlineKinds(outline: Outline, section: number, index: number, headingKey: (section: number) => ConceptKey | undefined, push: Push): void {
  const line = outline.linesOf(section)[index] as OutlineLine;
  if (!line.text.includes(':')) return;
  const colon = line.lower.indexOf(':');
  if (colon < 0 || line.lower.slice(colon + 1).trim() === '' || !kindsLead(line, false)) return;
  const genus = genusOfLine(outline, section, index, headingKey);
  if (genus === undefined) return;
  const hidden = parenthesised(line.lower);
  const members: ConceptHit[] = [];
  let opens = false;
  // The list starts right after the colon (`tipos: gp2/gp3, st1`): a sentence there (`Instance types: Ensure
  // that …`) is a label's description, not a list of kinds.
  let first = colon + 1;
  while (first < line.lower.length && /[\s*_`]/.test(line.lower[first] as string)) first++;
  for (const h of outline.hitsOn(section, index)) {
    const span = outline.spanOf(h.key, line.lower, colon + 1);
    if (!span || hidden(span[0])) continue;
    if (span[0] === first) opens = true;
    members.push(h);
  }
  if (opens) for (const h of members) push(h.key, genus, 'is a kind of', withLead(h.occurrence, line.text, null));
}

/** Whether an offset sits inside a parenthesis of the text. */
function parenthesised(text: string): (at: number) => boolean {
  const ranges: [number, number][] = [];
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open);
    if (close < 0) break;
    ranges.push([open, close]);
  }
  return (at) => ranges.some(([a, b]) => at > a && at < b);
}

/** The concept right after a head's `vs`, or null. */
function alternativeOf(outline: Outline, section: number, index: number, head: LineHead): ConceptHit | null {
  const m = /^(?:vs\.?|versus)\s+[*_]*/.exec(head.rest);
  if (!m) return null;
  const line = outline.linesOf(section)[index] as OutlineLine;
  const at = line.lower.length - head.rest.length + m[0].length;
  for (const h of outline.hitsOn(section, index)) {
    if (h.key === head.key) continue;
    const span = outline.spanOf(h.key, line.lower, at);
    if (span && span[0] === at) return h;
  }
  return null;
}

/** `Security Groups vs NACLs`, `X vs Y`: two terms set against each other, neither listed under a third. */
function compared(outline: Outline, section: number, index: number, push: Push): void {
  const head = outline.head(section, index);
  if (!head || outline.parent(section, index) >= 0) return;
  const other = alternativeOf(outline, section, index, head);
  if (other) push(head.key, other.key, 'compared with', withLead(head.hit.occurrence, (outline.linesOf(section)[index] as OutlineLine).text, null));
}

/**
 * The heading tree of a numbered outline: a section whose heading is a concept, under a heading that is another
 * and whose number it extends (`## 4 Application layer` over `### 4.1 DNS`), is part of it, or a kind of it
 * when the two names share their last word. The evidence is the two headings.
 */
export function headingTreeRelations(outline: Outline, headingKey: (section: number) => ConceptKey | undefined, sharesLastWord: (a: ConceptKey, b: ConceptKey) => boolean, push: Push): void {
  const sections = outline.note.sections;
  /** The sections above the current one, by level: the nearest heading of each level. */
  const open: { level: number; section: number }[] = [];
  // The one heading above all others names what the whole note is about, as its file name does (`# Redes -
  // repaso`, a study note's `### ELASTIC COMPUTING CLOUD` over its topics): not a whole made of its parts.
  let top = Infinity;
  let atTop = 0;
  let title = -1;
  for (const [i, x] of sections.entries()) {
    if (x.heading === null) continue;
    if (x.level < top) [top, atTop, title] = [x.level, 1, i];
    else if (x.level === top) atTop++;
  }
  const titleHeading = atTop === 1 ? title : -1;
  for (let s = 0; s < sections.length; s++) {
    const section = sections[s];
    if (!section || section.heading === null) continue;
    while (open.length > 0 && (open[open.length - 1] as { level: number }).level >= section.level) open.pop();
    const parent = open[open.length - 1];
    open.push({ level: section.level, section: s });
    if (!parent || parent.section === titleHeading) continue;
    // Only where the outline's numbers say so (`3.2` is within `3`): a manual's headings are mostly tasks
    // and views (`Launch instances` › `AMIs`, `Allocate Dedicated Hosts` › `AWS CLI`), not a whole and its parts.
    const number = headingNumber(section.heading);
    const parentNumber = headingNumber(sections[parent.section]?.heading ?? '');
    if (number === undefined || parentNumber === undefined || !number.startsWith(`${parentNumber.replace(/\.$/, '')}.`)) continue;
    const child = headingKey(s);
    const whole = headingKey(parent.section);
    if (child === undefined || whole === undefined || child === whole) continue;
    const hit = outline.hitsOn(s, 0).find((h) => h.key === child);
    if (!hit) continue;
    const above = sections[parent.section]?.heading ?? '';
    push(child, whole, sharesLastWord(child, whole) ? 'is a kind of' : 'part of', { ...hit.occurrence, sentence: `${cut(above, 80)} › ${cut(section.heading, 120)}` });
  }
}

/**
 * Whether an item that is only a link, glossed in a parenthesis, sits under a line that says something of
 * its term (`associative learning → linking two events` over `- [[classical conditioning]] (stimulus-stimulus)`):
 * an outline of a subject, not a contents list of pages (a bare `- [[Conduction]]` may still be one).
 */
function underStatement(outline: Outline, section: number, index: number): boolean {
  const p = outline.parent(section, index);
  if (p < 0) return false;
  const above = outline.head(section, p);
  if (above) return !outline.onlyLink(section, p) && /^\s*(?:->|=>|→|⇒|=|:|–|—|-\s)\s*\S*\p{L}/u.test(above.rest);
  return partsLead((outline.linesOf(section)[p] as OutlineLine).lower);
}

/**
 * A line that ends by counting the parts it lists below: `3 stages:`, `4 components:`, `tiene tres fases:`,
 * or says its subject has them (`consists of:`). Not a count of kinds (`3 kinds:`, kindsLead's).
 */
function partsLead(lower: string): boolean {
  const stop = lower.search(/[.!?]\s+[^.!?]*$/);
  const sentence = lower.slice(stop >= 0 ? stop + 1 : 0);
  return HAS_LEAD.test(sentence) || (COUNTED.test(sentence) && !KINDS.test(sentence));
}

/** A number, a plural noun and the colon: what a line says it lists. */
const COUNTED = /(?:^|\s)(?:\d{1,2}|two|three|four|five|six|seven|dos|tres|cuatro|cinco|seis|siete)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+s\s*:\s*$/u;

/** A lead that says its subject has or is made of what follows: `tiene cuatro casillas:`, `consists of:`, `has three parts:`. */
const HAS_LEAD = /(?:^|\s)(?:tienen?|has|have|contiene[n]?|contains?|consta de|constan de|se componen? de|consists? of|(?:is|are) made (?:up )?of|incluye[n]?|includes?)\s+(?:[\p{L}\d]+\s+){0,3}?[\p{L}\d]*\s*:\s*$/u;

/**
 * The whole a `has …:` lead speaks of: the concept its last sentence opens with, or, when that sentence leaves
 * its subject unsaid, the one the line opens with.
 */
function wholeOfLead(outline: Outline, section: number, index: number): ConceptKey | undefined {
  const line = outline.linesOf(section)[index] as OutlineLine;
  const lower = line.lower;
  const stop = lower.search(/[.!?]\s+[^.!?]*$/);
  const last = stop >= 0 ? stop + 1 : 0;
  const sentence = lower.slice(last);
  const m = HAS_LEAD.exec(sentence);
  if (!m) return undefined;
  const start = last + (OPENING.exec(sentence)?.[0].length ?? 0);
  for (const h of outline.hitsOn(section, index)) {
    const span = outline.spanOf(h.key, lower, start);
    if (span && span[0] === start && span[1] <= last + m.index) return h.key;
  }
  // The sentence opens with its verb, or a phrase of place or manner (`Para clasificación binaria tiene …`): the line's subject.
  return openingHead(outline, section, index)?.key;
}

/**
 * `Las BD relacionales garantizan ACID:`, `Its parts make up the OSI model:`: a concept in the singular right
 * before the lead's colon is what the items under it make up. (A plural there is a category, read as kinds
 * by pluralAt, or only what the sentence is about: `The following AMIs support memory optimized instances:`.)
 */
function namedBeforeColon(outline: Outline, section: number, index: number): ConceptKey | undefined {
  const line = outline.linesOf(section)[index] as OutlineLine;
  const lower = line.lower;
  let stop = lower.lastIndexOf(':');
  if (stop < 0) return undefined;
  while (stop > 0 && /[\s*_`]/.test(lower[stop - 1] as string)) stop--;
  for (const h of outline.hitsOn(section, index)) {
    const span = outline.spanOf(h.key, lower, Math.max(0, stop - 80));
    if (!span || span[1] !== stop) continue;
    const words = lower.slice(span[0], span[1]).split(/\s+/);
    if (plural(words[words.length - 1] as string) || plural(words[0] as string)) return undefined;
    return h.key;
  }
  return undefined;
}
