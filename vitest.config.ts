import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // PostgreSQL-backed suites share one database; keep files from racing on it.
    fileParallelism: true,
    reporters: ['default'],
    // Tests are silent unless they fail: pino writes straight to stdout, past vitest's console capture.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
  },
});
