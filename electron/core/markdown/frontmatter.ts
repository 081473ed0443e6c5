/**
 * Front matter. The only file that imports gray-matter, because gray-matter has traps that every caller
 * would otherwise have to know about (read at its source, v4.0.3):
 *
 * 1. It `eval`s `---js` / `---javascript` front matter. `engines: { js: false }` does not stop it: the engine
 *    lookup falls through to the `javascript` alias. We register BOTH names with a function that throws, and
 *    report `js-frontmatter`; the code is never run.
 * 2. Called without an options object it caches results by content, and a cached bad input comes back as
 *    `{}` with no error the second time. We always pass an options object.
 * 3. An unclosed `---` makes gray-matter treat the whole file as front matter. We find the fences ourselves:
 *    without a closing `---` line the whole file is body, flagged `unclosed-frontmatter`.
 * 4. Its closing fence is any `\n---` (so `----` or `--- x` also close). Obsidian wants a line that is
 *    exactly `---`; we hand gray-matter only the block between our own fences.
 * 5. js-yaml turns timestamps into `Date`, which does not survive JSON/IPC unchanged: converted to ISO strings.
 * 6. Front matter that is not a key/value map (`--- \nhello\n---`) would give a string or array as `data`.
 * 7. js-yaml (its YAML engine) expands aliases without a limit: a 339-byte note of aliases nested nine deep
 *    grew to hundreds of millions of nodes and ended the process. Its YAML engine is replaced by the `yaml`
 *    package, whose `maxAliasCount` refuses such a note, and what comes out is bounded in depth and size.
 *
 * Bad YAML never drops a note: it is flagged `yaml-error` (with the file line when js-yaml knows it) and the
 * body after the closing fence is indexed as usual.
 */
import matter from 'gray-matter';
import { parse as parseYaml, YAMLError } from 'yaml';
import type { NoteProblem } from '../../contract';
import { plainYaml } from './plain-yaml';

export interface FrontmatterResult {
  data: Record<string, unknown>;
  /** Text after the closing fence (the whole text when there is no valid front matter block). */
  body: string;
  /** 1-based line of the file where `body` starts. */
  bodyStartLine: number;
  problems: NoteProblem[];
}

class RefusedEngine extends Error {}

const refuse = (): never => {
  throw new RefusedEngine('JavaScript front matter is never evaluated');
};

/** How many nodes aliases may copy in all (the `yaml` package's own default), and how deep and large data may be. */
const MAX_ALIAS_COUNT = 100;
const MAX_DEPTH = 64;
const MAX_NODES = 100_000;

class TooLarge extends Error {}

/**
 * YAML as js-yaml read it for gray-matter (timestamps and `<<` merge keys included), with aliases limited.
 * Plain `key: value` front matter, where the two cannot differ, is read by js-yaml itself (plain-yaml.ts).
 */
export const YAML_OPTIONS = { maxAliasCount: MAX_ALIAS_COUNT, merge: true, customTags: ['timestamp' as const] };
const yamlEngine = (text: string): object => (plainYaml(text) ?? parseYaml(text, YAML_OPTIONS)) as object;

const MATTER_OPTIONS = {
  engines: {
    yaml: { parse: yamlEngine, stringify: refuse },
    js: { parse: refuse, stringify: refuse },
    javascript: { parse: refuse, stringify: refuse },
  },
} as const;

const OPEN_FENCE = /^---([^\r\n-][^\r\n]*)?$/;
const CLOSE_FENCE = /^---[ \t]*$/;

export function parseFrontmatter(input: string): FrontmatterResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const firstEnd = lineEnd(text, 0);
  const open = OPEN_FENCE.exec(text.slice(0, firstEnd.end));
  if (!open) return { data: {}, body: text, bodyStartLine: 1, problems: [] };
  const language = (open[1] ?? '').trim().toLowerCase();

  // Find a closing line that is exactly `---` (trailing blanks allowed), scanning line by line.
  let pos = firstEnd.next;
  let line = 2;
  let closeStart = -1;
  let closeNext = -1;
  while (pos < text.length) {
    const { end, next } = lineEnd(text, pos);
    if (CLOSE_FENCE.test(text.slice(pos, end))) {
      closeStart = pos;
      closeNext = next;
      break;
    }
    pos = next;
    line++;
  }
  if (closeStart === -1) {
    return {
      data: {},
      body: text,
      bodyStartLine: 1,
      problems: [{ code: 'unclosed-frontmatter', message: 'Front matter opened with --- on line 1 is never closed; the whole file is read as text.', line: 1 }],
    };
  }
  const block = text.slice(firstEnd.next, closeStart);
  const body = text.slice(closeNext);
  const bodyStartLine = line + 1;
  const done = (data: Record<string, unknown>, problems: NoteProblem[] = []): FrontmatterResult => ({ data, body, bodyStartLine, problems });

  if (language === 'js' || language === 'javascript') {
    // Still routed through gray-matter so the refusing engines are what stands between the file and eval.
    try {
      matter(`---${language}\n${block}\n---\n`, MATTER_OPTIONS);
    } catch (error) {
      if (!(error instanceof RefusedEngine)) throw error;
    }
    return done({}, [{ code: 'js-frontmatter', message: `---${language} front matter is JavaScript; it is ignored and never run.`, line: 1 }]);
  }
  if (language !== '' && language !== 'yaml' && language !== 'yml' && language !== 'json') {
    return done({}, [{ code: 'yaml-error', message: `Unsupported front matter language "${language}"; it is ignored.`, line: 1 }]);
  }

  let raw: unknown;
  try {
    raw = matter(`---${language}\n${block}\n---\n`, MATTER_OPTIONS).data;
  } catch (error) {
    return done({}, [yamlProblem(error)]);
  }
  if (raw === null || raw === undefined) return done({});
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return done({}, [{ code: 'yaml-error', message: 'Front matter is not a list of key: value properties.', line: 2 }]);
  }
  try {
    return done(serialisable(raw, { depth: 0, nodes: 0 }) as Record<string, unknown>);
  } catch (error) {
    if (!(error instanceof TooLarge)) throw error;
    return done({}, [{ code: 'yaml-error', message: error.message, line: 1 }]);
  }
}

function lineEnd(text: string, from: number): { end: number; next: number } {
  const nl = text.indexOf('\n', from);
  if (nl === -1) return { end: text.length, next: text.length };
  return { end: nl > from && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl, next: nl + 1 };
}

function yamlProblem(error: unknown): NoteProblem {
  const err = error as { reason?: unknown; message?: unknown; mark?: { line?: unknown } };
  // The yaml package's messages end with the offending lines quoted; the first line says what is wrong.
  const reason = typeof err.reason === 'string' ? err.reason : (String(err.message ?? error).split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  // gray-matter hands the engine the text from the end of the opening fence line, so the engine's line 1
  // (js-yaml's 0-based line 0) is file line 1.
  const markLine = error instanceof YAMLError ? (error.linePos?.[0].line ?? null) : err.mark && typeof err.mark.line === 'number' ? err.mark.line + 1 : null;
  const line = markLine === null ? undefined : markLine;
  const message = `Front matter is not valid YAML${line ? ` (line ${line})` : ''}: ${reason}`;
  return line === undefined ? { code: 'yaml-error', message } : { code: 'yaml-error', message, line };
}

/**
 * Dates become ISO strings so the data survives structured clone, JSON and IPC unchanged. Depth and size
 * are counted as the copy is made: a copy is what an alias-heavy document would blow up into.
 */
function serialisable(value: unknown, budget: { depth: number; nodes: number }): unknown {
  if (++budget.nodes > MAX_NODES) throw new TooLarge(`Front matter is too large (over ${MAX_NODES} values); it is ignored.`);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value !== null && typeof value === 'object') {
    if (++budget.depth > MAX_DEPTH) throw new TooLarge(`Front matter is nested over ${MAX_DEPTH} levels deep; it is ignored.`);
    let out: unknown;
    if (Array.isArray(value)) out = value.map((item) => serialisable(item, budget));
    else {
      const copy: Record<string, unknown> = {};
      // defineProperty, not assignment: a YAML key `__proto__` must stay a key, not replace the prototype.
      for (const [key, item] of Object.entries(value)) Object.defineProperty(copy, key, { value: serialisable(item, budget), enumerable: true, writable: true, configurable: true });
      out = copy;
    }
    budget.depth--;
    return out;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return value;
}
