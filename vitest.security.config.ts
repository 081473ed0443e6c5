import { defineConfig } from 'vitest/config';

/** `npm run test:security`: attacks on a real browser-mode server, kept apart from the unit suite. */
export default defineConfig({
  test: {
    include: ['electron/server/attacks/**/*.attack.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
    sequence: { concurrent: false },
  },
});
