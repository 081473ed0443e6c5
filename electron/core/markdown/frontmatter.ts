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
 *
 * Bad YAML never drops a note: it is flagged `yaml-error` (with the file line when js-yaml knows it) and the
 * body after the closing fence is indexed as usual.
 */
import matter from 'gray-matter';
import type { NoteProblem } from '../../contract';

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

const MATTER_OPTIONS = {
  engines: {
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
  return done(serialisable(raw) as Record<string, unknown>);
}

function lineEnd(text: string, from: number): { end: number; next: number } {
  const nl = text.indexOf('\n', from);
  if (nl === -1) return { end: text.length, next: text.length };
  return { end: nl > from && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl, next: nl + 1 };
}

function yamlProblem(error: unknown): NoteProblem {
  const err = error as { reason?: unknown; message?: unknown; mark?: { line?: unknown } };
  const reason = typeof err.reason === 'string' ? err.reason : String(err.message ?? error);
  const markLine = err.mark && typeof err.mark.line === 'number' ? err.mark.line : null;
  // gray-matter hands js-yaml the text from the end of the opening fence line, so its 0-based line 0 is
  // file line 1.
  const line = markLine === null ? undefined : markLine + 1;
  const message = `Front matter is not valid YAML${line ? ` (line ${line})` : ''}: ${reason}`;
  return line === undefined ? { code: 'yaml-error', message } : { code: 'yaml-error', message, line };
}

/** Dates become ISO strings so the data survives structured clone, JSON and IPC unchanged. */
function serialisable(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) return value.map(serialisable);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    // defineProperty, not assignment: a YAML key `__proto__` must stay a key, not replace the prototype.
    for (const [key, item] of Object.entries(value)) Object.defineProperty(out, key, { value: serialisable(item), enumerable: true, writable: true, configurable: true });
    return out;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return value;
}
