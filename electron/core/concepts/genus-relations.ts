import { englishRole } from './english-lexicon';
import { plain } from './fold';
import { englishText } from './prose-language';
import type { Outline } from './outline';
import type { ConceptHit, ConceptKey, Occurrence } from './types';

type Push = (from: ConceptKey, to: ConceptKey, name: 'is a kind of', evidence: Occurrence) => void;

/**
 * A definition that opens with a concept names its genus: `**IP elastica** -> IP publica fija que asocias a
 * una instancia`, `X = Y …`, `X: Y …`, `X es una Y que …`, `X is a type of Y`. The definer's sign or
 * copula, an article, then the genus's name right away, and something after it (the difference): a name
 * alone after `=` pairs two names, and `X -> Y` alone maps one thing to another (`pending -> running`).
 */
const SIGN = /^(?:->|=>|→|⇒|=|:|-\s|–|—)\s*/;
const COPULA = /^\s*(?:es|is)\s+/;
/**
 * What may stand between the sign and the genus: an article, and `a type of`, `un tipo de`. A definite
 * article names the genus too (`Docker Hub es el registro público por defecto`, `X is the default registry`).
 */
const ARTICLE = /^(?:(?:un|una|a|an)\s+(?:(?:tipo|clase|forma|variante|type|kind|form|variant|sort)\s+(?:de|of)\s+(?:(?:un|una|a|an|the|el|la|los|las)\s+)?)?|(?:el|la|the)\s+)/;
/** After a sign only an indefinite article: `X – The root device for …` says what X has, not what it is. */
const ARTICLE_OPTIONAL = /^(?:(?:un|una|a|an)\s+)?/;
/** A name is a genus when it ends its noun phrase: not `AWS's own …`, `gp2/gp3`, `EC2 instance` (a modifier of `instance`). */
const CLOSES = /^(?:\s*[.,;:()]|\s+[\p{L}])/u;
const CHAIN = /->|=>|→|⇒/;
/**
 * Words that may follow a genus and start its difference, in both languages (`… that`, `… a nivel de`).
 * After a sign, fewer: `Scenario 1: Reserved Instances in a single account` is a title, and
 * `Under-provisioned – An EC2 instance is …` a sentence of its own.
 */
const AFTER_COPULA = /^(?:that|which|who|with|without|for|in|on|of|to|from|by|at|where|when|and|or|used|que|de|del|a|al|en|con|para|por|sin|y|e|o|u|donde|cuando|cuyo|cuya)$/;
const AFTER_SIGN = /^(?:that|which|who|with|without|for|of|used|que|de|del|con|para|sin|cuyo|cuya)$/;

/** The genus a line's own head is defined by (a list item or a `Term - …` line), and a sentence's `X es un Y …`. */
export function genusRelations(outline: Outline, hits: readonly ConceptHit[], push: Push): void {
  // Most sentences hold neither a sign nor a copula: one test per sentence string (a sentence's hits share
  // it) before any line of the outline is read.
  const seenSentences = new Set<string>();
  const seenLines = new Set<number>();
  const sections = outline.note.sections;
  let bySentence: Map<string, ConceptHit[]> | null = null;
  for (const h of hits) {
    const { section, line, sentence } = h.occurrence;
    if (seenSentences.has(sentence)) continue;
    seenSentences.add(sentence);
    const s = sections[section];
    if (!s) continue;
    if (ANY_SIGN.test(sentence) && !seenLines.has(line)) {
      seenLines.add(line);
      const index = line - s.startLine;
      if (outline.hitsOn(section, index).length >= 2) fromHead(outline, section, index, push);
    }
    if (ANY_COPULA.test(sentence)) {
      // A line of prose holds several sentences, and names a concept in more than one: the sentence's own
      // hits, not the line's first of each concept (`Un registro es … . Docker Hub es el registro …`).
      if (!bySentence) {
        bySentence = new Map();
        for (const x of hits) {
          const k = `${x.occurrence.line}\t${x.occurrence.sentence}`;
          const list = bySentence.get(k);
          if (!list) bySentence.set(k, [x]);
          else if (!list.some((y) => y.key === x.key)) list.push(x);
        }
      }
      fromCopula(outline, h, bySentence.get(`${line}\t${sentence}`) ?? [], push);
    }
  }
}

const ANY_SIGN = /->|=>|→|⇒|=|:|\s-\s|–|—/;
const ANY_COPULA = /\b(?:es|is)\s+(?:un|una|a|an|el|la|the)\b/i;

/** `**IP elastica** -> IP publica fija …`: the line's head, a sign, the genus. */
function fromHead(outline: Outline, section: number, index: number, push: Push): void {
  const head = outline.head(section, index);
  if (!head) return;
  const sign = SIGN.exec(head.rest);
  if (!sign) return;
  const line = outline.linesOf(section)[index];
  if (!line) return;
  const lower = line.lower;
  const after = lower.length - head.rest.length + sign[0].length;
  const art = ARTICLE_OPTIONAL.exec(lower.slice(after))?.[0].length ?? 0;
  const genus = genusAt(outline, outline.hitsOn(section, index), lower, after + art, head.key, true);
  if (genus !== undefined && !CHAIN.test(lower.slice(after))) push(head.key, genus, 'is a kind of', head.hit.occurrence);
}

/** `La Network ACL (NACL) es un firewall …`: the concept opening the sentence, `es un`/`is a`, the genus. */
function fromCopula(outline: Outline, h: ConceptHit, here: readonly ConceptHit[], push: Push): void {
  if (here.length < 2) return;
  const lower = plain(h.occurrence.sentence);
  const start = /^[\s*_>`-]*(?:(?:el|la|los|las|un|una|the|an?)\s+)?/.exec(lower)?.[0].length ?? 0;
  let subject: { key: ConceptKey; end: number } | undefined;
  for (const x of here) {
    const span = outline.spanOf(x.key, lower, start);
    if (span && span[0] === start && (!subject || span[1] > subject.end)) subject = { key: x.key, end: span[1] };
  }
  if (!subject) return;
  let at = subject.end;
  // `AMI (Amazon Machine Image) es una …`: a parenthesis after the subject is its other name.
  const paren = /^\s*\([^()]*\)/.exec(lower.slice(at));
  if (paren) at += paren[0].length;
  const copula = COPULA.exec(lower.slice(at));
  if (!copula) return;
  at += copula[0].length;
  const art = ARTICLE.exec(lower.slice(at));
  if (!art || art[0] === '') return;
  const genus = genusAt(outline, here, lower, at + art[0].length, subject.key, false);
  if (genus !== undefined) push(subject.key, genus, 'is a kind of', h.occurrence);
}

/** The concept named right at `at` that ends its noun phrase there, other than `subject` (and, after a sign, with more words after it). */
function genusAt(outline: Outline, hits: readonly ConceptHit[], lower: string, at: number, subject: ConceptKey, differentia: boolean): ConceptKey | undefined {
  let best: { key: ConceptKey; end: number } | undefined;
  for (const x of hits) {
    if (x.key === subject) continue;
    const span = outline.spanOf(x.key, lower, at);
    if (span && span[0] === at && (!best || span[1] > best.end)) best = { key: x.key, end: span[1] };
  }
  if (!best) return undefined;
  const rest = lower.slice(best.end);
  if (rest.trim() === '' || /^[.!?]\s*$/.test(rest)) return differentia ? undefined : best.key;
  // After a sign, `X: C6g, C6gd` lists and `eu-west-1 – Europe (Ireland)` glosses.
  if (!CLOSES.test(rest) || (differentia && /^\s*[.;,(]/.test(rest))) return undefined;
  const next = /^\s+([\p{L}]+)/u.exec(rest)?.[1];
  if (next === undefined) return best.key;
  // English puts modifiers before the noun (`an EC2 instance`, `AWS hypervisor`): only a function word may
  // follow the genus. Spanish puts adjectives after it (`IP publica fija que …`), but not an English noun.
  if ((differentia ? AFTER_SIGN : AFTER_COPULA).test(next)) return best.key;
  return englishText(lower) === false && englishRole(next) !== 'noun' ? best.key : undefined;
}
