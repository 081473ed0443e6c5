/**
 * Runs named stages of a build a few times each on this thread and prints each one's CPU (best and median of
 * the rounds) and a digest of its output, which a speed change must leave as it was. Shared by `stages.ts`
 * (the concept stages) and `build-steps.ts` (the build thread's own steps).
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { flag } from './args';

/** A stage returns its output, or a function making what to digest, so that making that is not timed. */
export type Stage = () => unknown;

export interface StageArgs {
  dir: string;
  rounds: number;
  only: string[] | undefined;
  /** `--prof OUT.cpuprofile`: a CPU profile of the stages' runs alone, not of the build that sets them up. */
  prof: string | undefined;
}

export function stageArgs(args: string[], defaultRounds: number): StageArgs {
  const dir = flag(args, '--dir');
  if (!dir) throw new Error('--dir is required');
  return { dir, rounds: Number(flag(args, '--rounds') ?? defaultRounds), only: flag(args, '--only')?.split(','), prof: flag(args, '--prof') };
}

export async function runStages(stages: Record<string, Stage>, { rounds, only, prof }: StageArgs): Promise<void> {
  const inspector = new Session();
  if (prof) {
    inspector.connect();
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.setSamplingInterval', { interval: 200 });
    await inspector.post('Profiler.start');
  }
  for (const [name, run] of Object.entries(stages)) {
    if (only && !only.includes(name)) continue;
    const times: number[] = [];
    let digest = '';
    for (let r = 0; r < rounds; r++) {
      const t0 = process.cpuUsage();
      const out = run();
      const t = process.cpuUsage(t0);
      times.push((t.user + t.system) / 1000);
      if (r === 0) digest = createHash('sha256').update(JSON.stringify(typeof out === 'function' ? out() : out) ?? '').digest('hex').slice(0, 16);
    }
    times.sort((a, b) => a - b);
    console.log(`${name.padEnd(13)} best ${times[0]!.toFixed(0).padStart(6)} ms  median ${times[times.length >> 1]!.toFixed(0).padStart(6)} ms cpu  ${digest}`);
  }
  if (prof) {
    const { profile } = await inspector.post('Profiler.stop');
    writeFileSync(prof, JSON.stringify(profile));
  }
}
