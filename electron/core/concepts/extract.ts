import type { ParsedNote } from '../markdown/types';
import { findDefinitions } from './definitions';
import { foldTerm, foldWord, words } from './fold';
import { sentenceAt, sentenceBounds } from './sentence';
import { GENERIC_HEADINGS, NAME_JOINERS, STOP_ACRONYMS, STOPWORDS } from './stoplists';
import { blankHtml, tokenize, type Token } from './tokens';
import type { AcronymUse, ConceptCandidate, NoteCandidates, Occurrence } from './types';

const foldedSet = (words: Iterable<string>): Set<string> => new Set([...words].map((w) => foldTerm(w)));
export const FOLDED_STOPWORDS = foldedSet(STOPWORDS);
const FOLDED_JOINERS = foldedSet(NAME_JOINERS);
const FOLDED_GENERIC = foldedSet(GENERIC_HEADINGS);

const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;
const ACRONYM_PLURAL = /^[A-Z][A-Z0-9]{1,5}s$/;
const MAX_HEADING_WORDS = 5;
const MAX_HEADING_CHARS = 60;

/** `AmazonEBS` → `Amazon EBS`, `EC2_GetStarted` → `EC2 Get Started`: file names written as one word. */
export function splitCompound(s: string): string {
  return s
    .replace(/[_]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/\s+/g, ' ')
    .trim();
}

function fileBase(id: string): string {
  const base = id.slice(id.lastIndexOf('/') + 1);
  return base.replace(/\.md$/i, '');
}

/** Names a note gives itself; a file-name title written as one word also gets its spaced spelling. */
function noteNames(note: ParsedNote): string[] {
  const names = [note.title];
  if (note.title === fileBase(note.id) && !/\s/.test(note.title)) {
    const split = splitCompound(note.title.replace(/[-]+/g, ' '));
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
export function headingName(text: string): string | null {
  const clean = blankHtml(text)
    .replace(/\{#[^}]*\}\s*$/, '')
    .replace(/[*_`]+/g, '')
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!clean || clean.length > MAX_HEADING_CHARS || /[?¿:!¡]/.test(clean)) return null;
  const folded = foldTerm(clean);
  const tokens = folded.split(' ').filter(Boolean);
  if (tokens.length === 0 || tokens.length > MAX_HEADING_WORDS) return null;
  if (FOLDED_GENERIC.has(folded)) return null;
  if (!tokens.some((t) => /\p{L}/u.test(t))) return null;
  // A heading that needs articles or prepositions is a sentence ("Connect to your instance"), not a name.
  if (tokens.some((t) => FOLDED_STOPWORDS.has(t) && !FOLDED_JOINERS.has(t))) return null;
  if (FOLDED_JOINERS.has(tokens[0] ?? '') || FOLDED_JOINERS.has(tokens[tokens.length - 1] ?? '')) return null;
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
function shoutingLines(tokens: Token[]): Set<number> {
  const words = new Map<number, [number, number]>();
  for (const t of tokens) {
    if (t.raw.length < 2 || !/\p{L}/u.test(t.raw)) continue;
    const w = words.get(t.line) ?? [0, 0];
    w[0]++;
    if (t.raw === t.raw.toUpperCase()) w[1]++;
    words.set(t.line, w);
  }
  const out = new Set<number>();
  for (const [line, [all, caps]] of words) if (all >= 3 && caps / all > 0.6) out.add(line);
  return out;
}

export function extractCandidates(note: ParsedNote): NoteCandidates {
  const candidates: ConceptCandidate[] = [];
  const title = note.title.trim();
  const titleOcc: Occurrence = { noteId: note.id, line: note.bodyStartLine || 1, sentence: title, section: 0 };
  if (title) candidates.push({ names: noteNames(note), source: 'note', occurrence: titleOcc });
  const aliases = note.aliases.map((a) => a.trim()).filter(Boolean);
  if (aliases.length > 0 && title) {
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

    const tokens = tokenize(text);
    let shouting: Set<number> | null = null;
    for (const t of tokens) {
      const plural = ACRONYM_PLURAL.test(t.raw);
      if (!plural && !ACRONYM.test(t.raw)) continue;
      shouting ??= shoutingLines(tokens);
      if (shouting.has(t.line)) continue;
      const surface = plural ? t.raw.slice(0, -1) : t.raw;
      if (surface.length < 2) continue;
      const key = foldWord(surface);
      if (STOP_ACRONYMS.has(key)) continue;
      let a = acronyms.get(key);
      if (!a) {
        const bounds = sentenceBounds(text, t.start, t.end);
        const first = {
          noteId: note.id,
          line: section.startLine + t.line,
          sentence: sentenceAt(text, bounds, t.start, t.end),
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

  const headingTokens = note.headings.map((h) => words(blankHtml(h.text)));
  return { noteId: note.id, candidates, acronyms: acronymUses, headingTokens };
}
