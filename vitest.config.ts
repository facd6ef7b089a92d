import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Each server worker holds a PGlite instance (~150 MB); two workers fit the 2-core CI machine.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'server',
          include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        // Real servers on the PostgreSQL at TEST_DATABASE_URL (skipped without it); run on their own by
        // npm run test:postgres, since they measure latency, and without the server project's PGlite dump.
        test: {
          name: 'scale-out',
          include: ['test/scale-out/**/*.test.ts'],
          fileParallelism: false,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'web',
          include: ['web/test/**/*.test.tsx'],
          environment: 'jsdom',
          globals: true,
          // Component tests render whole pages; on a busy 2-core machine 5 s is not enough for some.
          testTimeout: 60_000,
          setupFiles: ['web/test/setup.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          // Servers start on a DATA_DIR restored from the server project's dump (made once per run) instead of ingesting.
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
