/**
 * Today's extractor, kept runnable beside the checkout's (bench/baseline-tree.ts), with its own
 * `node_modules` installed from its own lock: the checkout's dependencies moved on (write-file-atomic left),
 * and the baseline must run as it was.
 */
import { baselineTree } from '../baseline-tree';

/** Main before the concept rewrite began (issue 14). */
export const BASELINE_COMMIT = '1714ddf';

export function materialiseBaseline(root: string, commit = BASELINE_COMMIT): { dir: string } | { error: string } {
  return baselineTree(root, { name: 'concepts', commit, paths: ['electron', 'package.json', 'package-lock.json', 'tsconfig.json'], modules: 'install' });
}
