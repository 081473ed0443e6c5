import type { ParsedNote } from '../markdown/types';
import { spanishVerb } from './clause-words';
import { findDefinitions } from './definitions';
import { foldWord } from './fold';
import { foldName, memoised } from './memo';
import { sentenceAt, sentenceBounds } from './sentence';
import { FOLDED_DESCRIPTIVE, FOLDED_GENERIC, FOLDED_JOINERS, FOLDED_STOPWORDS, rates } from './folded-lists';
import { isEnglishWord } from './english-lexicon';
import { glossaryCandidates } from './glossary';
import { instruction, proseTerms } from './prose-terms';
import { STOP_ACRONYMS } from './stoplists';
import { blankHtml } from './tokens';
import type { AcronymUse, ConceptCandidate, NoteCandidates, Occurrence } from './types';

export { FOLDED_DESCRIPTIVE, FOLDED_GENERIC, FOLDED_STOPWORDS } from './folded-lists';

/** Words of a heading; a hyphenated compound (`On-Demand`, `Nitro-based`) stays one word. */
const HEADING_WORD = /[\p{L}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{N}]+)*/gu;
const wordsOfHeading = memoised((text: string): readonly string[] => blankHtml(text).replace(/['’]s\b/g, '').match(HEADING_WORD) ?? []);
export function headingWords(text: string): string[] {
  return wordsOfHeading(text).slice();
}

const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;
const ACRONYM_PLURAL = /^[A-Z][A-Z0-9]{1,5}s$/;
const MAX_HEADING_WORDS = 5;
const MAX_HEADING_CHARS = 60;

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

function fileBase(id: string): string {
  const base = id.slice(id.lastIndexOf('/') + 1);
  return base.replace(/\.md$/i, '');
}

/**
 * Names a note gives itself; a file-name title written as one word also gets its spaced spelling. A slug
 * file name that reads as a phrase (`how-spot-instances-work`) names no concept: it would match every
 * "work with" in prose.
 */
function noteNames(note: ParsedNote): string[] {
  const fromFile = note.title === fileBase(note.id) && !/\s/.test(note.title);
  // A lower-case slug (`instance-types`) reads better spaced; `X-Forwarded-For` keeps its hyphens.
  if (fromFile && /^[\p{Ll}\p{N}]+(?:[-_][\p{Ll}\p{N}]+)+$/u.test(note.title)) {
    const tokens = foldName(note.title).split(' ');
    if (tokens.some((t) => FOLDED_STOPWORDS.has(t) && !FOLDED_JOINERS.has(t))) return [];
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

/** A heading as a name: without anchors, emphasis and a trailing `(ABBR)`, or null when it is not one. */
export const headingName = memoised(readHeadingName);
function readHeadingName(text: string): string | null {
  const clean = blankHtml(text)
    .replace(/\{#[^}]*\}\s*$/, '')
    .replace(/[*_`[\]]+/g, '')
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!clean || clean.length > MAX_HEADING_CHARS || /[?¿:!¡]/.test(clean)) return null;
  const folded = foldName(clean);
  const tokens = folded.split(' ').filter(Boolean);
  if (tokens.length === 0 || tokens.length > MAX_HEADING_WORDS) return null;
  if (FOLDED_GENERIC.has(folded)) return null;
  if (!tokens.some((t) => /\p{L}/u.test(t))) return null;
  // A heading that needs articles or prepositions is a sentence ("Connect to your instance"), not a name.
  if (tokens.some((t) => FOLDED_STOPWORDS.has(t) && !FOLDED_JOINERS.has(t))) return null;
  if (FOLDED_JOINERS.has(tokens[0] ?? '') || FOLDED_JOINERS.has(tokens[tokens.length - 1] ?? '')) return null;
  if (FOLDED_DESCRIPTIVE.has(tokens[0] ?? '')) return null;
  // `Detalles útiles`, `Ideas clave`, `Useful links`: a word that rates (useful, key, important) rather
  // than classifies labels a part of the note; it modifies after the noun in Spanish, before it in English.
  if (tokens.length > 1 && rates(tokens)) return null;
  // `Configurar credenciales`, `Referenciar otros grupos`, `Install EC2 Instance Connect`: a heading opened
  // by a verb names a task.
  if (spanishVerb((clean.split(' ')[0] ?? '').toLowerCase()) || instruction(clean.split(' '))) return null;
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

/** Lines written mostly in capitals are shouting (`ELASTIC LOAD BALANCER`), not a row of acronyms. */
function isShouting(line: string): boolean {
  // Most lines are plainly not: fewer capitals than lower-case letters, which most lines show long before
  // their end (the rest could not make up the difference).
  let upper = 0;
  let lower = 0;
  const length = line.length;
  for (let i = 0; i < length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      if (++lower - upper > length - i) return false;
    } else if (c >= 65 && c <= 90) upper++;
  }
  if (upper < lower) return false;
  let all = 0;
  let caps = 0;
  for (const w of line.match(/[\p{L}\p{N}]{2,}/gu) ?? []) {
    if (!/\p{L}/u.test(w)) continue;
    all++;
    if (w === w.toUpperCase()) caps++;
  }
  return all >= 3 && caps / all > 0.6;
}

/** What an ALL-CAPS token says by itself (worked out once per token): the acronym and its key, or null. */
const acronymWord = memoised((raw: string): { surface: string; key: string } | null => {
  const plural = ACRONYM_PLURAL.test(raw);
  if (!plural && !ACRONYM.test(raw)) return null;
  const surface = plural ? raw.slice(0, -1) : raw;
  if (surface.length < 2) return null;
  const key = foldWord(surface);
  if (STOP_ACRONYMS.has(key)) return null;
  // `REGION`, `ERROR`, `NOTE`: a word of four letters or more in capitals is a placeholder or a shout.
  if (surface.length >= 4 && !/\d/.test(surface) && isEnglishWord(surface.toLowerCase())) return null;
  return { surface, key };
});

/** ALL-CAPS tokens (EC2, S3, AMIs) standing as whole words. */
const ACRONYM_TOKEN = /(?<![\p{L}\p{N}])[A-Z][A-Z0-9]{1,5}s?(?![\p{L}\p{N}])/gu;

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
    candidates.push({ names: [title, ...aliases], source: 'alias', occurrence: titleOcc });
  }

  for (const h of note.headings) {
    const name = headingName(h.text);
    if (!name) continue;
    const occurrence = { noteId: note.id, line: h.line, sentence: h.text.trim(), section: sectionOfLine(note, h.line) };
    candidates.push({ names: [name], source: 'heading', occurrence });
  }

  for (const t of note.tags) {
    const leaf = t.tag.slice(t.tag.lastIndexOf('/') + 1).replace(/[-_]+/g, ' ').trim();
    if (!leaf || !/\p{L}/u.test(leaf)) continue;
    const occurrence = { noteId: note.id, line: t.line, sentence: `#${t.tag}`, section: sectionOfLine(note, t.line) };
    candidates.push({ names: [leaf], source: 'tag', occurrence });
  }

  const acronyms = new Map<string, { surfaces: Map<string, number>; count: number; first: Occurrence }>();
  note.sections.forEach((section, index) => {
    const text = blankHtml(section.text);
    for (const d of findDefinitions(text)) {
      const bounds = sentenceBounds(text, d.at, d.at + 1);
      const occurrence = {
        noteId: note.id,
        line: section.startLine + lineOf(text, d.at),
        sentence: sentenceAt(text, bounds, d.at, d.at + 1),
        section: index,
      };
      candidates.push({ names: [d.long, ...d.short], source: 'definition', occurrence });
    }

    // Acronyms are sparse: look for them directly rather than tokenising every word.
    const shouting = new Map<number, boolean>();
    let line = 0;
    let lineStart = 0;
    ACRONYM_TOKEN.lastIndex = 0;
    for (let m = ACRONYM_TOKEN.exec(text); m; m = ACRONYM_TOKEN.exec(text)) {
      const raw = m[0];
      const word = acronymWord(raw);
      if (!word) continue;
      for (let nl = text.indexOf('\n', lineStart); nl !== -1 && nl < m.index; nl = text.indexOf('\n', lineStart)) {
        line++;
        lineStart = nl + 1;
      }
      let loud = shouting.get(line);
      if (loud === undefined) {
        const nl = text.indexOf('\n', lineStart);
        loud = isShouting(text.slice(lineStart, nl === -1 ? text.length : nl));
        shouting.set(line, loud);
      }
      if (loud) continue;
      // `Standard-IA`, `One Zone-IA`: capitals glued after a word are the tail of a longer name, not an
      // acronym used on its own; they do not make it recur.
      if (text.charCodeAt(m.index - 1) === 45 /* - */ && /\p{L}/u.test(text[m.index - 2] ?? '')) continue;
      // `Infrequent Access (IA)`: the short form of a definition is a name given, not a use of it.
      if (text[m.index - 1] === '(' && text[m.index + raw.length] === ')') continue;
      const { surface, key } = word;
      let a = acronyms.get(key);
      if (!a) {
        const end = m.index + raw.length;
        const bounds = sentenceBounds(text, m.index, end);
        const first = {
          noteId: note.id,
          line: section.startLine + line,
          sentence: sentenceAt(text, bounds, m.index, end),
          section: index,
        };
        a = { surfaces: new Map(), count: 0, first };
        acronyms.set(key, a);
      }
      a.count++;
      a.surfaces.set(surface, (a.surfaces.get(surface) ?? 0) + 1);
    }
  });

  const acronymUses: AcronymUse[] = [];
  for (const a of acronyms.values()) {
    let text = '';
    let best = -1;
    for (const [s, n] of a.surfaces) if (n > best) [text, best] = [s, n];
    acronymUses.push({ text, count: a.count, first: a.first });
  }

  // A glossary's lines are entries, not prose: its names are the person's, as written.
  const glossary = glossaryCandidates(note);
  if (glossary.length > 0) candidates.push(...glossary);
  else {
    // A term the note also names by a stronger source (title, alias, definition, heading) adds nothing.
    const named = new Set(candidates.flatMap((c) => c.names.map((n) => foldName(n))));
    const prose = proseTerms(note);
    const longer = [...candidates, ...prose].flatMap((c) => c.names).filter((n) => n.includes(' '));
    for (const c of prose) {
      if (c.source === 'term' && (c.names.some((n) => named.has(foldName(n))) || fragmentOf(c, longer))) continue;
      candidates.push(c);
    }
  }
  const headingTokens = note.headings.map((h) => headingWords(h.text));
  return { noteId: note.id, candidates, acronyms: acronymUses, headingTokens };
}
