import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['*.test.ts'],
    // The same global setup other projects use, so global-setup.test.ts checks it end to end.
    globalSetup: ['./global-setup.ts'],
    // Some tests start DynamoDB Local twice, and each JVM takes seconds to start on a busy machine.
    testTimeout: 60_000,
  },
});
