import { defineConfig } from 'vitest/config';

/** Tests that measure the server's latency (`*.alone.test.ts`) run by themselves: see vitest.alone.config.ts. */
export const ALONE = 'test/**/*.alone.test.ts';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', ALONE],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['test/setup/postgres.ts'],
  },
});
