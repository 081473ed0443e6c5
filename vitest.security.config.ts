import { defineConfig } from 'vitest/config';

/** Doubling a pathological note costs at most ~2.5× in the parser, the renderer and search: kept with the attacks, not the unit suite. */
export const PATHOLOGICAL = ['electron/core/pipeline/pathological.test.ts', 'renderer/src/features/reading/render/hostile.test.ts'];

/** `npm run test:security`: attacks on a real browser-mode server, kept apart from the unit suite. */
export default defineConfig({
  test: {
    include: ['electron/server/attacks/**/*.attack.ts', ...PATHOLOGICAL],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
    sequence: { concurrent: false },
  },
});
