import type { ParsedNote } from '../markdown/types';
import { plain } from './fold';
import type { ConceptCandidate } from './types';

/**
 * The person's own glossary: where prose alone cannot tell that `balanceador de carga` is `load balancer`,
 * a note says so. A note is a glossary when its title is `Glosario`/`Glossary`, it carries the tag
 * `#glosario`/`#glossary` (any nesting: `#aws/glosario`), or its front matter says `cairn: glossary`.
 * In it, each entry names one concept by all its names:
 *
 *     - balanceador de carga = load balancer = LB
 *     | rol de IAM | IAM role |
 *
 * A line of names joined by ` = ` (or `↔`), or a table row whose cells are names (a cell of more than
 * six words is a description, not a name; the header row is skipped). The first name is the label.
 */
const GLOSSARY_WORDS = new Set(['glosario', 'glossary']);
const SEPARATOR = /\s+(?:=|↔|<->)\s+/u;
const MAX_NAME_WORDS = 6;
const MAX_NAME_LENGTH = 80;

export function isGlossary(note: Pick<ParsedNote, 'title' | 'tags' | 'frontmatter'>): boolean {
  if (GLOSSARY_WORDS.has(plain(note.title.trim()))) return true;
  if (note.tags.some((t) => GLOSSARY_WORDS.has(plain(t.tag.slice(t.tag.lastIndexOf('/') + 1))))) return true;
  const marked = note.frontmatter.cairn;
  return typeof marked === 'string' && GLOSSARY_WORDS.has(plain(marked.trim()));
}

/** A name as the person wrote it, without list marks, emphasis, code ticks or link brackets. */
function cleanName(raw: string): string {
  return raw
    .replace(/\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]/g, (_m, target: string, display?: string) => display ?? target)
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const isName = (name: string): boolean =>
  name.length >= 2 && name.length <= MAX_NAME_LENGTH && /\p{L}/u.test(name) && name.split(' ').length <= MAX_NAME_WORDS;

/** The entries of a glossary note, each a candidate naming one concept; [] for any other note. */
export function glossaryCandidates(note: ParsedNote): ConceptCandidate[] {
  if (!isGlossary(note)) return [];
  const out: ConceptCandidate[] = [];
  const lines = note.body.split(/\r?\n/);
  let fenced = false;
  let section = 0;
  lines.forEach((text, i) => {
    const line = note.bodyStartLine + i;
    while (section + 1 < note.sections.length && (note.sections[section + 1]?.startLine ?? Infinity) <= line) section++;
    if (/^\s*(?:```|~~~)/.test(text)) fenced = !fenced;
    if (fenced) return;
    let names: string[] = [];
    const row = /^\s*\|(.*)\|\s*$/.exec(text);
    if (row) {
      const next = lines[i + 1] ?? '';
      // The header row (the next line is the |---| rule) and the rule itself name nothing.
      if (/^\s*\|?[\s:|-]+\|?\s*$/.test(text) || /^\s*\|?\s*:?-{3,}/.test(next)) return;
      names = (row[1] ?? '').split('|').map(cleanName).filter(isName);
    } else if (SEPARATOR.test(text)) {
      names = text
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
        .split(SEPARATOR)
        .map(cleanName)
        .filter(isName);
    }
    if (names.length < 2) return;
    out.push({ names, source: 'glossary', occurrence: { noteId: note.id, line, sentence: text.trim(), section } });
  });
  return out;
}
