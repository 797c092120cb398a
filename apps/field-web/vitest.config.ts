import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          // Whole flows rendered in jsdom run alongside the browser suite and the API's tests
          // on a 2-core CI machine; 5 s is too tight for them there.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 90_000,
          // One Chromium and one server: files must not race each other for them.
          fileParallelism: false,
        },
      },
    ],
  },
});
