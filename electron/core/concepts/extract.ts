import type { ParsedNote } from '../markdown/types';
import { type AcronymTally, tallyAcronyms } from './acronym-uses';
import { spanishVerb } from './clause-words';
import { codeTerms } from './code-terms';
import { findDefinitions } from './definitions';
import { documentName, topicList, vaultPage } from './document-names';
import { foldName, memoised } from './memo';
import { itemStarts, sentenceAt, sentenceBounds } from './sentence';
import { FOLDED_DESCRIPTIVE, FOLDED_GENERIC, FOLDED_JOINERS, isStopword, rates } from './folded-lists';
import { glossaryCandidates } from './glossary';
import { linkCandidates } from './link-names';
import { pageOfFileName } from '../markdown/logseq';
import { findNamePairs } from './name-pairs';
import { notAnAcronym, withoutJunk } from './junk-names';
import { numberName } from './number-shapes';
import { labelTerm } from './outline-labels';
import { listedMembers } from './listed-members';
import { instruction, proseTerms } from './prose-terms';
import { englishText } from './prose-language';
import { blankHtml } from './tokens';
import type { AcronymUse, ConceptCandidate, NoteCandidates, Occurrence } from './types';

export { FOLDED_DESCRIPTIVE, FOLDED_GENERIC, isStopword } from './folded-lists';

/** Words of a heading; a hyphenated compound (`On-Demand`, `Nitro-based`) stays one word. */
const HEADING_WORD = /[\p{L}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{N}]+)*/gu;
const wordsOfHeading = memoised((text: string): readonly string[] => blankHtml(text).replace(/['’]s\b/g, '').match(HEADING_WORD) ?? []);
export function headingWords(text: string): string[] {
  return wordsOfHeading(text).slice();
}

const MAX_HEADING_WORDS = 5;
/** `3.2 `, `2. `, `4) `, `IV. `, `B. `: an outline's numbering before a heading's words. */
const SECTION_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[IVX]{1,5}[.)]|[A-H][.)])\s+(?=\S)/;
const MAX_HEADING_CHARS = 60;
/** `TEMA 6. `, `Unit 3: `, `Lección 2 - `: a part of the course before a heading's name. */
const COURSE_PART = /^(?:tema|unidad|unit|chapter|cap[ií]tulo|lecci[oó]n|lesson|topic|bloque|m[oó]dulo|module)\s+\d{1,3}\s*[.:)\-–—]\s*(?=\S)/iu;
/**
 * `Diapositiva 13 — `, `Slide 4: `, `Week 5 – `: a slide or a session of the course numbered before a heading's
 * name (a file named so is the day's notes, see document-names.ts; a heading inside them names its subject).
 */
const SLIDE_PART = /^(?:diapositiva|slide|clase|lecture|semana|week|sesi[oó]n|session)\s+\d{1,3}\s*[.:)\-–—]\s*(?=\S)/iu;
/** `PSYC 110 - `, `CS 310 `: a course's code (its subject's capitals and a number) before a page's name. */
const COURSE_CODE = /^\p{Lu}{2,5} \d{3,4}[A-Z]?\s*(?:[-–—:·|]\s*)?(?=\p{L})/u;
const SPANISH_ARTICLES = new Set(['la', 'las', 'los', 'el']);
const DEFINES = /^(?:concepto|definici[oó]n|noci[oó]n|definition|concept)\s+(?:de(?:l|\s+la|\s+las|\s+los|\s+el)?|of(?:\s+the)?)\s+(\S.*)$/iu;
/**
 * `202312011220 Subnets`: a Zettelkasten note's id (a date, or a date and time, as Obsidian's unique note
 * creator writes it) before its title. It tells notes apart; the name is what follows it.
 */
const ZETTEL_ID = /^(?:\d{8}|\d{12}|\d{14})(?:\s*[-–—]\s*|\s+)(?=\p{L})/u;

/** `AmazonEBS` → `Amazon EBS`, `EC2_GetStarted` → `EC2 Get Started`: file names written as one word. */
export function splitCompound(s: string): string {
  return s
    .replace(/[_]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    // `AMIEncryption` → `AMI Encryption`, but `AMIs` stays one word.
    .replace(/([A-Z]+)([A-Z][a-z])/g, (m, caps: string, next: string, at: number, all: string) =>
      next[1] === 's' && !/\p{Ll}/u.test(all[at + m.length] ?? '') ? m : `${caps} ${next}`)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The file's name as a page name (Logseq's `a___b.md` is the page `a/b`, as the note's title says). */
function fileBase(id: string): string {
  const base = id.slice(id.lastIndexOf('/') + 1);
  return pageOfFileName(base.replace(/\.md$/i, ''));
}

/**
 * Names a note gives itself; a file-name title written as one word also gets its spaced spelling. A slug
 * file name that reads as a phrase (`how-spot-instances-work`) names no concept: it would match every
 * "work with" in prose.
 */
const baseLetters = new Intl.Collator(undefined, { sensitivity: 'base' });
/** `localeCompare` with these options, without making a collator per call (most of its cost). */
const sameName = (a: string, b: string): boolean => baseLetters.compare(a, b) === 0;

function noteNames(note: Pick<ParsedNote, 'id' | 'title'>): string[] {
  // `PHYS 2210/Thermodynamics`, a Logseq page in a namespace: the concept is the page's own part.
  const slash = note.title.lastIndexOf('/');
  if (slash >= 0 && note.title === fileBase(note.id)) {
    const own = note.title.slice(slash + 1).trim();
    return own ? noteNames({ title: own, id: `${own}.md` }) : [];
  }
  const id = ZETTEL_ID.exec(note.title);
  if (id) return noteNames({ ...note, title: note.title.slice(id[0].length), id: note.id.replace(note.title, note.title.slice(id[0].length)) });
  // `Tema 9 - Dictadura de Primo de Rivera`, `PSYC 110 - Learning and Memory`: the course's part or code places
  // the page in the course; the name follows it.
  const part = COURSE_PART.exec(note.title) ?? COURSE_CODE.exec(note.title);
  if (part) {
    const rest = note.title.slice(part[0].length).trim();
    return rest ? noteNames({ title: rest, id: `${rest}.md` }) : [];
  }
  // A first heading that repeats the file's name (`# Repaso` in repaso.md) names the document no more than the file does.
  if (documentName(note.title) && sameName(note.title, fileBase(note.id))) return [];
  // `Índice.md`, `Glosario.md`: a page that labels a part of the vault (its index, its glossary), not a concept.
  if ((vaultPage(note.title) || topicList(note.title)) && sameName(note.title, fileBase(note.id))) return [];
  const fromFile = note.title === fileBase(note.id) && !/\s/.test(note.title);
  // A lower-case slug (`instance-types`) reads better spaced; `X-Forwarded-For` keeps its hyphens.
  if (fromFile && /^[\p{Ll}\p{N}]+(?:[-_][\p{Ll}\p{N}]+)+$/u.test(note.title)) {
    const tokens = foldName(note.title).split(' ');
    if (tokens.some((t) => isStopword(t) && !FOLDED_JOINERS.has(t))) return [];
    return [note.title.replace(/[-_]+/g, ' ')];
  }
  const names = [note.title];
  if (fromFile) {
    const split = splitCompound(note.title);
    if (split !== note.title) {
      // A bare two-part camel word (CloudWatch, PowerShell) is a brand: keep it as the label.
      const brand = /^[A-Z][a-z]+[A-Z][a-z]+$/.test(note.title);
      if (brand) names.push(split);
      else names.unshift(split);
    }
  }
  return names;
}

/**
 * The names a note called `name` would give itself (a page a link names, see link-names.ts). Remembered:
 * the notes of a vault link the same pages again and again. The list is shared: copy it to change it.
 */
export const pageNames: (name: string) => readonly string[] = memoised((name) => noteNames({ title: name, id: `${name}.md` }));

/** A heading as a name: without anchors, emphasis and a trailing `(ABBR)`, or null when it is not one. */
export const headingName = memoised((text: string) => readHeadingName(text));
/** `named`: the text is a label whose article showed it a noun (`EL CONTRATO`): its first word is no verb. */
function readHeadingName(text: string, named = false): string | null {
  // `Diapositiva 7 — [foto espectros]`: what a slide shows, in brackets, stands for a picture, not a name.
  if (/^[^[]*\d\s*[.:)\-–—]\s*\[/u.test(text) && (COURSE_PART.test(text) || SLIDE_PART.test(text))) return null;
  const bare = blankHtml(text)
    .replace(/\{#[^}]*\}\s*$/, '')
    .replace(/[*_`[\]]+/g, '')
    .replace(/(?:\s*\([^()]*\))+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(ZETTEL_ID, '');
  const clean = bare
    // `TEMA 6. El contrato`, `Unit 3: Heat`: the course's part numbers the heading, the name follows it.
    .replace(COURSE_PART, '')
    .replace(SLIDE_PART, '')
    // `3.2 TCP`, `2 Network layer`, `IV. Paging`: an outline's number places the heading, the name follows it.
    .replace(SECTION_NUMBER, '');
  // `5.2. El incumplimiento`, `5.1. El pago o cumplimiento`: a numbered heading may name its subject as an
  // outline's label does, with its article and a second name (outline-labels.ts); not `CentOS 8 or later`,
  // and not an unnumbered `El flujo`, `Las piezas`, which walk through a part of the page.
  const numbered = clean !== bare;
  const label = numbered && /^(?:el|la|los|las|the)\s/iu.test(clean) ? labelTerm(clean) : null;
  if (label !== null && label !== clean && !/\s(?:y|e|and)\s/iu.test(clean)) return readHeadingName(label, true);
  // `Concepto de obligación`, `Definition of entropy`: the heading names the concept it defines.
  const defined = DEFINES.exec(clean);
  if (defined) return readHeadingName(defined[1] as string, true);
  // `Scaling + LB`, `EBS & EFS`: two subjects under one heading, not one name.
  if (!clean || clean.length > MAX_HEADING_CHARS || /[?¿:!¡]/.test(clean) || /\s[+&]\s/.test(clean)) return null;
  const folded = foldName(clean);
  const tokens = folded.split(' ').filter(Boolean);
  if (tokens.length === 0 || tokens.length > MAX_HEADING_WORDS) return null;
  if (FOLDED_GENERIC.has(folded)) return null;
  if (!tokens.some((t) => /\p{L}/u.test(t))) return null;
  // A heading that needs articles or prepositions is a sentence ("Connect to your instance"), not a name; a
  // Spanish complement keeps its article after `de` (`Fuentes de las obligaciones`).
  if (tokens.some((t, i) => isStopword(t) && !FOLDED_JOINERS.has(t) && !(tokens[i - 1] === 'de' && SPANISH_ARTICLES.has(t)))) return null;
  if (FOLDED_JOINERS.has(tokens[0] ?? '') || FOLDED_JOINERS.has(tokens[tokens.length - 1] ?? '')) return null;
  if (FOLDED_DESCRIPTIVE.has(tokens[0] ?? '')) return null;
  // `Detalles útiles`, `Ideas clave`, `Useful links`: a word that rates (useful, key, important) rather
  // than classifies labels a part of the note; it modifies after the noun in Spanish, before it in English.
  if (tokens.length > 1 && rates(tokens)) return null;
  // `Configurar credenciales`, `Referenciar otros grupos`, `Install EC2 Instance Connect`: a heading opened
  // by a verb names a task.
  if ((!named && spanishVerb((clean.split(' ')[0] ?? '').toLowerCase())) || instruction(clean.split(' '))) return null;
  if (/^(step|paso|part|parte|chapter|capitulo|section|seccion)\s*\d/.test(folded)) return null;
  return clean;
}

function sectionOfLine(note: ParsedNote, line: number): number {
  for (let i = note.sections.length - 1; i >= 0; i--) {
    const s = note.sections[i];
    if (s && s.startLine <= line) return i;
  }
  return 0;
}

function lineOf(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * A one-word term whose sentence holds it only as part of a longer name the note gives (`Gateway` where
 * the sentence says `Transit Gateway (TGW) is …`, and `Transit`, opening the sentence, was read as a
 * capital of position): a fragment of that name.
 */
function fragmentOf(c: ConceptCandidate, longer: readonly string[]): boolean {
  const name = c.names[0] ?? '';
  const sentence = c.occurrence?.sentence ?? '';
  if (name.includes(' ') || !sentence) return false;
  const inside = longer.filter((l) => sentence.includes(l) && l.split(/\s+/).includes(name));
  if (inside.length === 0) return false;
  // Every use of the word in the sentence is inside one of those longer names.
  const alone = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  let rest = sentence;
  for (const l of inside) rest = rest.split(l).join(' ');
  alone.lastIndex = 0;
  return !alone.test(rest);
}

export function extractCandidates(note: ParsedNote): NoteCandidates {
  const candidates: ConceptCandidate[] = [];
  const title = note.title.trim();
  const titleOcc: Occurrence = { noteId: note.id, line: note.bodyStartLine || 1, sentence: title, section: 0 };
  const own = title ? noteNames(note) : [];
  if (own.length > 0) {
    const fileName = note.title === fileBase(note.id);
    candidates.push({ names: own, source: 'note', occurrence: titleOcc, ...(fileName ? { fileName } : {}) });
  }
  const aliases = note.aliases.map((a) => a.trim()).filter(Boolean);
  if (aliases.length > 0 && own.length > 0) {
    // The own name rather than the title: a namespaced page's title (`PHYS 2210/Thermodynamics`) is no name.
    candidates.push({ names: [own[0] as string, ...aliases], source: 'alias', occurrence: titleOcc });
  }

  for (const h of note.headings) {
    // `Observational study vs Experiment`, `Mean vs Median`: a heading that sets two things side by side names both.
    const parts = h.text.includes(' vs') ? versusParts(h.text) : null;
    for (const part of parts ?? [h.text]) {
      const name = headingName(part);
      if (!name) continue;
      const occurrence = { noteId: note.id, line: h.line, sentence: h.text.trim(), section: sectionOfLine(note, h.line) };
      candidates.push({ names: [name], source: 'heading', occurrence });
    }
  }

  candidates.push(...linkCandidates(note, pageNames, (line) => sectionOfLine(note, line)));

  for (const t of note.tags) {
    const leaf = t.tag.slice(t.tag.lastIndexOf('/') + 1).replace(/[-_]+/g, ' ').trim();
    if (!leaf || !/\p{L}/u.test(leaf)) continue;
    const occurrence = { noteId: note.id, line: t.line, sentence: `#${t.tag}`, section: sectionOfLine(note, t.line) };
    candidates.push({ names: [leaf], source: 'tag', occurrence });
  }

  const acronyms = new Map<string, AcronymTally>();
  // Whether the note is Spanish, read from its sections' first few thousand characters when first asked
  // (a helper thread's notes come without their body).
  let spanish: boolean | undefined;
  const isSpanish = (): boolean => {
    if (spanish === undefined) {
      let text = '';
      for (const s of note.sections) if ((text += `${s.text}\n`).length > 4000) break;
      spanish = englishText(text.slice(0, 4000)) === false;
    }
    return spanish;
  };
  note.sections.forEach((section, index) => {
    const text = blankHtml(section.text);
    const items = itemStarts(section, text);
    // Made for a section that abbreviates something (most do not): a Set per section was a share of what extraction allocated.
    let abbreviated: Set<string> | null = null;
    for (const d of findDefinitions(text)) {
      const bounds = sentenceBounds(text, d.at, d.at + 1, items);
      const occurrence = {
        noteId: note.id,
        line: section.startLine + lineOf(text, d.at),
        sentence: sentenceAt(text, bounds, d.at, d.at + 1),
        section: index,
      };
      candidates.push({ names: [d.long, ...d.short], source: 'definition', occurrence });
      abbreviated ??= new Set<string>();
      for (const n of [d.long, ...d.short]) abbreviated.add(`${occurrence.line}\t${foldName(n)}`);
    }
    // Names the text pairs in other ways (`AZ = Availability Zone`, `X (aka Y)`, `rol de ejecución
    // (execution role)`): one concept, named without being defined. A pair the abbreviation on its line
    // already gives adds nothing.
    for (const p of findNamePairs(text, isSpanish)) {
      const line = section.startLine + lineOf(text, p.at);
      const shortened = abbreviated;
      if (p.names.every((n) => shortened !== null && shortened.has(`${line}\t${foldName(n)}`))) continue;
      const bounds = sentenceBounds(text, p.at, p.at + 1, items);
      const occurrence = { noteId: note.id, line, sentence: sentenceAt(text, bounds, p.at, p.at + 1), section: index };
      candidates.push({ names: p.names, source: 'definition', occurrence });
    }

    tallyAcronyms(text, acronyms);
  });

  const acronymUses: AcronymUse[] = [];
  for (const a of acronyms.values()) {
    if (notAnAcronym(a.surfaces[0] as string)) continue;
    let text = '';
    let best = -1;
    // The spelling used most; the first met of those used as often.
    for (let k = 0; k < a.surfaces.length; k++) {
      const n = a.uses[k] as number;
      if (n > best) [text, best] = [a.surfaces[k] as string, n];
    }
    acronymUses.push(a.symbol ? { text, count: a.count, symbol: true } : { text, count: a.count });
  }

  // A glossary's lines are entries, not prose: its names are the person's, as written.
  const glossary = glossaryCandidates(note);
  if (glossary.length > 0) candidates.push(...glossary);
  else {
    // A term the note also names by a stronger source (title, alias, definition, heading) adds nothing.
    const named = new Set<string>();
    for (const c of candidates) for (const n of c.names) named.add(foldName(n));
    const folded = candidates.length;
    const prose = proseTerms(note);
    // The multi-word names before any term is added, made when a term first needs them.
    let longer: string[] | undefined;
    // The keys of the names added from here on, for `given` below; a term's were folded for its check already.
    const added: string[] = [];
    for (const c of prose) {
      if (c.source === 'term') {
        const mark = added.length;
        let said = false;
        for (const n of c.names) {
          const key = foldName(n);
          if ((said = named.has(key))) break;
          added.push(key);
        }
        if (said || fragmentOf(c, (longer ??= [...candidates.slice(0, folded), ...prose].flatMap((x) => x.names).filter((n) => n.includes(' '))))) {
          added.length = mark;
          continue;
        }
      } else for (const n of c.names) added.push(foldName(n));
      candidates.push(c);
    }
    for (const c of codeTerms(note)) {
      candidates.push(c);
      for (const n of c.names) added.push(foldName(n));
    }
    // What a term's line lists after its colon names the term's parts or kinds (relations.ts reads them so).
    // The names folded above, and those of the candidates added since.
    const given = named;
    for (const key of added) given.add(key);
    for (const c of listedMembers(note)) if (!given.has(foldName(c.names[0] ?? ''))) candidates.push(c);
  }
  const headingTokens = note.headings.map((h) => headingWords(h.text));
  let prose: string | undefined;
  const proseText = (): string => (prose ??= note.sections.map((s) => blankHtml(s.text)).join('\n'));
  return { noteId: note.id, candidates: withoutJunk(withoutNumbers(candidates), { text: proseText, spanish: isSpanish }), acronyms: acronymUses, headingTokens };
}

/**
 * The two sides of `X vs Y` (`vs.`, `versus`), each of two letters or more; null when the heading is not such a
 * pair. The course's part or the outline's number before the first side stays with it (headingName drops it).
 */
function versusParts(text: string): string[] | null {
  const parts = text.split(/\s+(?:vs\.?|versus)\s+/iu);
  // `[gráfica tiempo de vida vs masa] skip`: a comparison inside brackets is a picture's caption, not two names.
  if (parts.length !== 2 || parts.some((p) => p.replace(/[^\p{L}\p{N}]/gu, '').length < 2 || /[[\]]/.test(p))) return null;
  return parts;
}

/** Candidates without the names that are numbers in disguise (`10.x`, `2xx`, `4096x2160`); the note's own names stay. */
function withoutNumbers(candidates: ConceptCandidate[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  for (const c of candidates) {
    if (c.source === 'note' || c.source === 'alias' || c.source === 'glossary' || c.source === 'link' || !c.names.some(numberName)) out.push(c);
    else {
      const names = c.names.filter((n) => !numberName(n));
      if (names.length > 0) out.push({ ...c, names });
    }
  }
  return out;
}
