import { describe, expect, it } from 'vitest';
import { attribute, type CpuProfile, type ProfileNode } from './attribute';
import { budgetTable } from './table';

const C = 'file:///repo/electron/core/concepts/';

/** A profile from stacks (root first) with the microseconds each got. */
function profileOf(stacks: [string[], number][]): CpuProfile {
  const nodes: ProfileNode[] = [{ id: 1, callFrame: { functionName: '(root)', url: '' }, children: [] }];
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  for (const [stack, us] of stacks) {
    let at = nodes[0] as ProfileNode;
    for (const frame of stack) {
      const [functionName, url] = frame.split('@') as [string, string?];
      let next = (at.children ?? []).map((id) => nodes[id - 1] as ProfileNode).find((n) => n.callFrame.functionName === functionName && n.callFrame.url === (url ?? ''));
      if (!next) {
        next = { id: nodes.length + 1, callFrame: { functionName, url: url ?? '' }, children: [] };
        nodes.push(next);
        (at.children ??= []).push(next.id);
      }
      at = next;
    }
    samples.push(at.id);
    timeDeltas.push(us);
  }
  return { nodes, samples, timeDeltas };
}

describe('CPU budget attribution', () => {
  const profile = profileOf([
    [['stage@file:///repo/bench/budget/budget-child.ts', `extractCandidates@${C}extract.ts`, `proseTerms@${C}prose-terms.ts`, `findGlosses@${C}glosses.ts`, `foldName@${C}memo.ts`, 'get@'], 300],
    [['stage@file:///repo/bench/budget/budget-child.ts', `extractCandidates@${C}extract.ts`, `proseTerms@${C}prose-terms.ts`, `findGlosses@${C}glosses.ts`], 100],
    [['stage@file:///repo/bench/budget/budget-child.ts', `extractCandidates@${C}extract.ts`, `withoutJunk@${C}junk-names.ts`, `plain@${C}fold.ts`], 200],
    [['(garbage collector)'], 50],
    [['post@node:inspector', 'dispatch'], 5000],
  ]);
  const a = attribute(profile);

  it('charges a shared helper and the builtins it calls to the rule that called it, and lists the helper apart', () => {
    expect(a.rules.get('glosses.ts')).toBe(400);
    expect(a.rules.get('junk-names.ts')).toBe(200);
    expect(a.rules.has('memo.ts')).toBe(false);
    expect(a.helpers.get('memo.ts')).toBe(300);
    expect(a.helpers.get('fold.ts')).toBe(200);
  });

  it('keeps garbage collection as its own row and leaves the profiler out', () => {
    expect(a.rules.get('(garbage collector)')).toBe(50);
    expect(a.total).toBe(650);
  });

  it('prints each stage with its rows summing to the stage', () => {
    const table = budgetTable({ notes: 3, rounds: 1, stages: [{ name: 'extract', ms: 650, rules: [...a.rules].map(([file, us]) => ({ file, share: us / a.total })), helpers: [] }] });
    expect(table).toContain('| extract | glosses.ts | 400 |');
    expect(table).toContain('| **all** | | **650** |');
  });
});
