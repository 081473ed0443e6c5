/**
 * `npm run bench -- --only budget`: the CPU budget of concept extraction at 10k notes, stage by stage and
 * rule file by rule file (budget-child.ts, in a fresh Node), so what a new rule costs shows in every run.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChild } from '../child-run';
import { RESULT_PREFIX } from '../index/args';
import { cachedVault } from '../vault/generate';
import { budgetTable, type BudgetResult } from './table';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function runCpuBudget(log: (line: string) => void, notes = 10000): Promise<BudgetResult> {
  const vault = await cachedVault(notes);
  log(`cpu budget: ${notes} notes in ${vault.dir}`);
  return runChild<BudgetResult>('bench/budget/budget-child.ts', ['--dir', vault.dir], root, RESULT_PREFIX, 'cpu budget');
}

export const cpuBudgetTable = budgetTable;
