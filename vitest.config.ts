import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Generous: a test asserts behaviour, not speed (benchmarks do that); a busy machine must not fail it.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // PostgreSQL-backed suites share one database; keep files from racing on it.
    fileParallelism: true,
    reporters: ['default'],
    // Tests are silent unless they fail: pino writes straight to stdout, past vitest's console capture.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
    // SDKs that print with console.log (dingtalk-stream) show only when their test fails.
    silent: 'passed-only',
  },
});
