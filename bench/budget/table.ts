/** The CPU budget's result (budget-child.ts) and its Markdown table. */

export interface BudgetStage {
  name: string;
  /** CPU of the stage over every note (best of the unprofiled rounds). */
  ms: number;
  /** Share of the profiled run by rule file, largest first. */
  rules: { file: string; share: number }[];
  /** Share of the profiled run spent inside each shared helper (already counted in the rules). */
  helpers: { file: string; share: number }[];
}

export interface BudgetResult {
  notes: number;
  rounds: number;
  stages: BudgetStage[];
}

/** Rows shown per stage; the rest are summed into one. */
const SHOWN = 12;

const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;

export function budgetTable(result: BudgetResult): string {
  const total = result.stages.reduce((s, st) => s + st.ms, 0);
  const rows: string[] = [];
  for (const st of result.stages) {
    rows.push(`| **${st.name}** | **all** | **${st.ms.toFixed(0)}** | **100 %** | **${pct(st.ms / total)}** |`);
    const shown = st.rules.slice(0, SHOWN);
    for (const r of shown) rows.push(`| ${st.name} | ${r.file} | ${(r.share * st.ms).toFixed(0)} | ${pct(r.share)} | ${pct((r.share * st.ms) / total)} |`);
    const rest = st.rules.slice(SHOWN);
    if (rest.length > 0) {
      const share = rest.reduce((s, r) => s + r.share, 0);
      rows.push(`| ${st.name} | ${rest.length} other files | ${(share * st.ms).toFixed(0)} | ${pct(share)} | ${pct((share * st.ms) / total)} |`);
    }
    const helpers = st.helpers.filter((h) => h.share >= 0.005).map((h) => `${h.file} ${pct(h.share)}`);
    if (helpers.length > 0) rows.push(`| ${st.name} | *of which in shared helpers:* ${helpers.join(', ')} | | | |`);
  }
  return [
    `CPU of the concept stages a helper thread runs in a cold build, over ${result.notes} notes on one thread (each stage's ms: best of ${result.rounds} runs; split by a profiled run, by the extractor's source file that did the work, regular expressions and helpers included).`,
    '',
    '| stage | rule file | ms | share of stage | share of all |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    `| **all** | | **${total.toFixed(0)}** | | **100 %** |`,
  ].join('\n');
}
