/**
 * Vitest global setup: a real PostgreSQL for the registry tests (scripts/postgres.sh installs
 * Debian's server if needed and starts a private cluster). Its URL is provided to the tests.
 */
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

export default function setup(project: TestProject): void {
  const url = execFileSync('bash', ['scripts/postgres.sh'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').at(-1)!;
  project.provide('pgUrl', url);
}
