/**
 * The latency tests (health under a flood), each alone on the machine: beside other test files on
 * two cores their p99 would measure the other files, not the server. `npm run test:all` runs them
 * after the rest.
 */
import { defineConfig } from 'vitest/config';
import { ALONE } from './vitest.config.js';

export default defineConfig({
  test: {
    include: [ALONE],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    globalSetup: ['test/setup/postgres.ts'],
  },
});
