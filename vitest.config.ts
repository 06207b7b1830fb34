import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // Short backoffs keep fault-injection tests fast; Retry-After from a server is still honoured.
    env: { PREL_RETRY_BASE_MS: '20', PREL_RETRY_MAX_DELAY_MS: '500', PREL_PROGRESS_INTERVAL_MS: '0' },
  },
});
