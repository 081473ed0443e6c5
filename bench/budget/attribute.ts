/**
 * Where a stage's CPU went, by the source file of the concept extractor that did the work: a V8 CPU profile
 * (`.cpuprofile`, as `node:inspector`'s `Profiler.stop` returns it) read sample by sample.
 *
 * A sample is charged to the deepest frame of its stack that runs in a rule's file of
 * `electron/core/concepts/`: the regular expressions, builtins and shared helpers it calls are that rule's
 * cost. Shared helpers (folding, memo tables, lexicons, sentence cutting) are not rules: their time goes to
 * the rule that called them, and is listed again on its own (`helpers`) so a helper that grows shows too.
 */

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Files whose work serves every rule: their time is charged to the rule that called them. */
export const HELPER_FILES = new Set([
  'memo.ts', 'fold.ts', 'scan.ts', 'tokens.ts', 'sentence.ts', 'folded-lists.ts', 'common-words.ts',
  'english-lexicon.ts', 'spanish-lexicon.ts', 'clause-words.ts', 'span-table.ts', 'stoplists.ts',
]);

export interface Attribution {
  /** Sampled microseconds in all. */
  total: number;
  /** By rule file (or `(garbage collector)`, `(outside the extractor)`): sampled microseconds. */
  rules: Map<string, number>;
  /** By shared helper file, the part of the rules' time spent inside it. */
  helpers: Map<string, number>;
}

const CONCEPTS = /\/electron\/core\/concepts\/([^/]+\.ts)$/;

function fileOf(url: string): string | null {
  return CONCEPTS.exec(url.replace(/[?#].*$/, ''))?.[1] ?? null;
}

export function attribute(profile: CpuProfile): Attribution {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  // Each node's charge, worked out once: most samples land on a few thousand nodes.
  const charge = new Map<number, { rule: string; helper: string | null } | null>();
  const chargeOf = (id: number): { rule: string; helper: string | null } | null => {
    const known = charge.get(id);
    if (known !== undefined) return known;
    const leaf = byId.get(id);
    let helper: string | null = null;
    let rule: string | null = null;
    for (let at: number | undefined = id; at !== undefined && rule === null; at = parent.get(at)) {
      const url = byId.get(at)?.callFrame.url ?? '';
      // The profiler's own start and stop: not the stage's work.
      if (url.startsWith('node:inspector')) {
        charge.set(id, null);
        return null;
      }
      const file = fileOf(url);
      if (file === null) continue;
      if (HELPER_FILES.has(file)) helper ??= file;
      else rule = file;
    }
    const name = leaf?.callFrame.functionName ?? '';
    const found = { rule: rule ?? (name === '(garbage collector)' ? '(garbage collector)' : '(outside the extractor)'), helper: rule === null ? null : helper };
    charge.set(id, found);
    return found;
  };
  const rules = new Map<string, number>();
  const helpers = new Map<string, number>();
  let total = 0;
  for (let k = 0; k < profile.samples.length; k++) {
    const dt = profile.timeDeltas[k] ?? 0;
    if (dt <= 0) continue;
    const charged = chargeOf(profile.samples[k] as number);
    if (charged === null) continue;
    const { rule, helper } = charged;
    total += dt;
    rules.set(rule, (rules.get(rule) ?? 0) + dt);
    if (helper !== null) helpers.set(helper, (helpers.get(helper) ?? 0) + dt);
  }
  return { total, rules, helpers };
}
