import { defineConfig } from 'vitest/config';
import { PATHOLOGICAL } from './vitest.security.config.js';

export default defineConfig({
  test: {
    include: ['electron/**/*.test.ts', 'renderer/src/**/*.test.ts', 'renderer/checks/**/*.test.ts', 'bench/**/*.test.ts'],
    // Timing ratios run once, in `npm run test:security`.
    exclude: ['**/node_modules/**', ...PATHOLOGICAL],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
  },
});
