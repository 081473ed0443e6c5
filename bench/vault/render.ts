import type { NotePlan, VaultPlan } from './plan';
import { int, pick, streamFor, zipfRank, type Rng } from './random';
import { ASPECTS_EN, CALLOUTS, CODE_BLOCKS, SENTENCES_EN, SENTENCES_ES, SERVICES, TAGS, TOPICS_EN, TOPICS_ES, WORDS_EN, WORDS_ES } from './vocabulary';

export type LinkKind = 'wiki' | 'alias' | 'heading' | 'block' | 'embed' | 'markdown';

/** What was written into one note, counted as it was written (so tests need no parser). */
export interface NoteStats {
  links: Record<LinkKind, number>;
  broken: number;
  inlineTags: number;
  codeBlocks: number;
  callouts: number;
  definitions: number;
  words: number;
  frontMatter: boolean;
  badYaml: boolean;
}

export const BROKEN_SHARE = 0.03;
const BAD_YAML_SHARE = 0.002;

export function renderNote(plan: VaultPlan, note: NotePlan, seed: number): { text: string; stats: NoteStats } {
  const rng = streamFor(seed, note.index, 1);
  const stats: NoteStats = {
    links: { wiki: 0, alias: 0, heading: 0, block: 0, embed: 0, markdown: 0 },
    broken: 0,
    inlineTags: 0,
    codeBlocks: 0,
    callouts: 0,
    definitions: 0,
    words: 0,
    frontMatter: note.frontMatter,
    badYaml: false,
  };
  const es = note.lang === 'es';
  const blocks: string[] = [];

  if (rng() < 0.7) blocks.push(`# ${note.title}`);
  if (rng() < 0.5 || note.aliases.length > 0) {
    blocks.push(definition(rng, note));
    stats.definitions++;
  }

  // Prose paragraphs, spread over the headings; a paragraph is 2–6 sentences.
  const paragraphs: string[][] = [];
  while (stats.words < note.words) {
    const sentences: string[] = [];
    const length = int(rng, 2, 6);
    for (let k = 0; k < length && stats.words < note.words; k++) {
      const sentence = prose(rng, rng() < 0.8 ? es : !es, note);
      stats.words += sentence.split(' ').length;
      sentences.push(sentence);
    }
    paragraphs.push(sentences);
  }

  const linkCount = int(rng, 3, 8) + Math.floor(note.words / 1500);
  for (let k = 0; k < linkCount; k++) {
    const paragraph = paragraphs[int(rng, 0, paragraphs.length - 1)] as string[];
    const { text, kind, broken } = link(rng, plan, note, es);
    stats.links[kind]++;
    if (broken) stats.broken++;
    // Embeds sit among the sentences; Obsidian renders them inline there too.
    paragraph.splice(int(rng, 0, paragraph.length), 0, kind === 'embed' ? text : linkSentence(rng, es, text));
  }
  if (rng() < 0.4) {
    const paragraph = paragraphs[int(rng, 0, paragraphs.length - 1)] as string[];
    const tags = Array.from({ length: int(rng, 1, 3) }, () => `#${pick(rng, TAGS)}`);
    stats.inlineTags += tags.length;
    paragraph.push(tags.join(' '));
  }
  if (note.blockId) {
    const first = paragraphs[0] as string[];
    first[first.length - 1] += ` ^${note.blockId}`;
  }

  const perSection = Math.max(1, Math.ceil(paragraphs.length / (note.headings.length + 1)));
  let heading = 0;
  paragraphs.forEach((sentences, k) => {
    if (k > 0 && k % perSection === 0 && heading < note.headings.length) blocks.push(`## ${note.headings[heading++]}`);
    const roll = rng();
    if (roll < 0.12) blocks.push(sentences.map((s) => `- ${s}`).join('\n'));
    else blocks.push(sentences.join(' '));
  });
  while (heading < note.headings.length) blocks.push(`## ${note.headings[heading++]}`);

  if (rng() < 0.15) {
    const type = pick(rng, CALLOUTS);
    blocks.splice(int(rng, 1, blocks.length), 0, `> [!${type}] ${es ? 'Ojo' : 'Heads up'}\n> ${prose(rng, es, note)}\n> ${prose(rng, es, note)}`);
    stats.callouts++;
  }
  if (rng() < 0.2) {
    blocks.splice(int(rng, 1, blocks.length), 0, pick(rng, CODE_BLOCKS));
    stats.codeBlocks++;
  }
  if (rng() < 0.25) {
    blocks.push(`[${es ? 'Documentación' : 'AWS docs'}](https://docs.aws.amazon.com/${note.service.acronym.toLowerCase()}/latest/userguide/)`);
  }

  let front = '';
  if (note.frontMatter) {
    stats.badYaml = rng() < BAD_YAML_SHARE;
    front = frontMatter(rng, note, stats.badYaml);
  }
  return { text: `${front}${blocks.join('\n\n')}\n`, stats };
}

function definition(rng: Rng, note: NotePlan): string {
  const s = note.service;
  if (note.lang === 'es' && s.es) {
    return rng() < 0.5
      ? `La ${s.es} (${s.acronym}) es una pieza central de ${pick(rng, TOPICS_ES).toLowerCase()}.`
      : `${s.acronym} (${s.long}) aparece en casi todas las preguntas de ${pick(rng, ['SAA-C03', 'SysOps'])}.`;
  }
  return rng() < 0.7 ? `${s.long} (${s.acronym}) is what this note is about.` : `${s.acronym} (${s.long}) shows up in most exam questions.`;
}

function prose(rng: Rng, es: boolean, note: NotePlan): string {
  const other = (): string => (rng() < 0.5 ? note.service.acronym : pick(rng, SERVICES).acronym);
  const words = es ? WORDS_ES : WORDS_EN;
  const template = pick(rng, es ? SENTENCES_ES : SENTENCES_EN);
  return template
    .replace('{A}', other())
    .replace('{A2}', pick(rng, SERVICES).acronym)
    .replace('{T}', pick(rng, es ? TOPICS_ES : TOPICS_EN).toLowerCase())
    .replace(/\{W\}/g, () => pick(rng, words));
}

function linkSentence(rng: Rng, es: boolean, link: string): string {
  const forms = es ? [`Ver ${link}.`, `Más detalles en ${link}.`, `Relacionado: ${link}.`, `Esto se explica en ${link}, repásalo.`] : [`See ${link}.`, `More in ${link}.`, `Related: ${link}.`, `This is covered in ${link}, review it.`];
  return pick(rng, forms);
}

function link(rng: Rng, plan: VaultPlan, from: NotePlan, es: boolean): { text: string; kind: LinkKind; broken: boolean } {
  const broken = rng() < BROKEN_SHARE;
  let target: NotePlan | null = null;
  if (!broken) {
    for (let tries = 0; tries < 5 && (!target || target === from); tries++) target = plan.notes[plan.byPopularity[zipfRank(rng, plan.notes.length)] as number] as NotePlan;
    if (target === from) target = plan.notes[(from.index + 1) % plan.notes.length] as NotePlan;
  }
  const missing = `${pick(rng, es ? TOPICS_ES : TOPICS_EN)} ${pick(rng, ASPECTS_EN)} TODO`;
  const name = target ? (rng() < 0.1 ? target.title.toLowerCase() : target.title) : missing;
  const roll = rng();
  if (roll < 0.13) {
    const href = target ? relativeHref(from.folder, target.id) : `${encodeURIComponent(missing)}.md`;
    return { text: `[${target?.title ?? missing}](${href})`, kind: 'markdown', broken };
  }
  if (roll < 0.18) return { text: `![[${name}]]`, kind: 'embed', broken };
  if (roll < 0.33) return { text: `[[${name}|${es ? 'esta nota' : 'this note'}]]`, kind: 'alias', broken };
  if (roll < 0.43 && target && target.headings.length > 0) return { text: `[[${name}#${pick(rng, target.headings)}]]`, kind: 'heading', broken };
  if (roll < 0.45 && target?.blockId) return { text: `[[${name}#^${target.blockId}]]`, kind: 'block', broken };
  return { text: `[[${name}]]`, kind: 'wiki', broken };
}

/** A relative, URL-encoded Markdown href, as Obsidian writes with "relative path" links. */
function relativeHref(fromFolder: string, toId: string): string {
  const from = fromFolder.split('/');
  const to = toId.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.slice(common).map(() => '..');
  return [...up, ...to.slice(common)].map((segment) => (segment === '..' ? segment : encodeURIComponent(segment))).join('/');
}

function frontMatter(rng: Rng, note: NotePlan, bad: boolean): string {
  const lines = ['---'];
  if (note.aliases.length > 0) lines.push('aliases:', ...note.aliases.map((a) => `  - ${a}`));
  const tags = new Set(Array.from({ length: int(rng, 1, 3) }, () => pick(rng, TAGS)));
  lines.push(bad ? `tags: [${[...tags].join(', ')}` : `tags: [${[...tags].join(', ')}]`);
  lines.push(`created: 2024-${String(int(rng, 1, 12)).padStart(2, '0')}-${String(int(rng, 1, 28)).padStart(2, '0')}`);
  if (rng() < 0.5) lines.push(`status: ${pick(rng, ['draft', 'done', 'review'])}`);
  lines.push('---', '');
  return lines.join('\n');
}
