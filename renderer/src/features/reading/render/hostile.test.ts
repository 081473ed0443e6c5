// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { NoteDTO } from '../../../../../electron/contract';
import { renderNote } from '../render-note';
import { contextFor } from './context';
import { markdown } from './pipeline';

/*
 * Notes an attack run could not open in the reading view: a link that throws "URI malformed", nesting that
 * overflowed the stack, a 12.5 MB note that crashed the tab, and inputs whose render time grew faster than
 * their size. Each must render (or say why it cannot) in bounded time, growing about linearly.
 */

function note(body: string): NoteDTO {
  return {
    id: 'Hostil.md',
    title: 'Hostil',
    aliases: [],
    tags: [],
    folder: '',
    size: body.length,
    mtimeMs: 0,
    readOnly: false,
    problems: [],
    content: body,
    body,
    frontmatter: {},
    headings: [],
    links: [],
    backlinks: [],
    hash: 'h',
  };
}

const render = (body: string): ReturnType<typeof renderNote> => renderNote(note(body), new Map(), false);

/**
 * The parser's time, best of three so one GC pause does not decide a ratio. DOMPurify's share is measured
 * in Chromium by e2e/hostile.spec.ts: jsdom's DOM is 10–50× slower than a browser's and would swamp it.
 */
function parseMs(body: string): number {
  const ctx = contextFor(note(body), { embeds: new Map(), attachmentUrl: (id) => `/vault/${id}`, remoteImages: false });
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    markdown().render(body, { ctx });
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const HOSTILE: Record<string, (n: number) => string> = {
  'nested quotes on one line': (n) => `${'> '.repeat(n)}hondo\n`,
  'nested list markers on one line': (n) => `${'- '.repeat(n)}hondo\n`,
  'nested ordered lists': (n) => `${'1. '.repeat(n)}hondo\n`,
  'deep quotes, line after line': (n) => `${'>'.repeat(n)} cita\n`.repeat(40),
  'a paragraph of many lines': (n) => 'una línea de un párrafo muy largo con *énfasis* y [[enlace]]\n'.repeat(n),
  'open brackets': (n) => '['.repeat(n),
  'link openers': (n) => '[]('.repeat(n),
  'unclosed link text': (n) => '[a'.repeat(n),
  'emphasis runs': (n) => '*a'.repeat(n),
  'strong runs': (n) => '**a '.repeat(n),
  'underscore runs': (n) => '_a'.repeat(n),
  'backtick runs': (n) => '`a``'.repeat(n),
  'html openers': (n) => '<a '.repeat(n),
  'one long line': (n) => 'palabra '.repeat(n),
  'wikilink openers': (n) => '[['.repeat(n),
  'math openers': (n) => '$a'.repeat(n),
};

describe('hostile notes in the reading view', () => {
  it('renders a link whose target is not valid percent-encoding', () => {
    for (const body of ['[link](%)', '[a](%E0%A4%A)', '![img](%)', '[[%]]', '[x](#%)', '<a href="%">y</a>']) {
      const result = render(body);
      expect(result.error, body).toBeNull();
      expect(result.html.length, body).toBeGreaterThan(0);
    }
  });

  it.each(Object.keys(HOSTILE))('renders %s, parsing it in time that grows about linearly', (name) => {
    const make = HOSTILE[name] as (n: number) => string;
    const small = make(5000);
    const result = render(small);
    expect(result.error).toBeNull();
    expect(result.html.length).toBeGreaterThan(0);
    const large = make(20_000);
    // Four times the input costs ~4× if linear and ~16× if quadratic (math openers measure ~6× alone, their
    // collection growing a little faster): 10× leaves room for the noise of shared cores (a busy machine made
    // 2.5× on a doubled input fail now and then), and a constant for tiny timings.
    // The lowest of three measurements: one pair can be unlucky, quadratic work fails each time.
    let lowest = Infinity;
    for (let attempt = 0; attempt < 3 && lowest >= 10; attempt++) lowest = Math.min(lowest, parseMs(large) / (parseMs(small) + 8));
    expect(lowest).toBeLessThan(10);
    expect(parseMs(large)).toBeLessThan(2000);
  }, 60_000);

  it('renders a 12.5 MB note of deep quotes, or says why not, within seconds', () => {
    const body = `${'>'.repeat(5000)} cita\n`.repeat(2500);
    expect(body.length).toBeGreaterThan(12_500_000);
    const result = render(body);
    expect(result.ms).toBeLessThan(15_000);
    // Over the size the view renders, its start is shown as plain text (ReadingView says so).
    expect(result.error).toBeNull();
    expect(result.plain?.startsWith(`${'>'.repeat(5000)} cita`)).toBe(true);
  }, 60_000);

  it('renders the deepest nesting a note holds without dropping its text', () => {
    const result = render(`${'> '.repeat(5000)}hondo\n\n${'- '.repeat(5000)}más hondo\n`);
    expect(result.error).toBeNull();
    expect(result.html).toContain('hondo');
    expect(result.html).toContain('más hondo');
  });
});
