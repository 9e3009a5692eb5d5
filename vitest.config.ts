import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests beside the code, and end-to-end tests that drive Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'main/**/*.test.ts',
            'db/**/*.test.ts',
            'renderer/**/*.test.{ts,tsx}',
            'tools/**/*.test.ts',
          ],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          // The browser redraws on its own schedule; on a loaded two-core machine one second of
          // polling is not always enough for a redraw that does come.
          expect: { poll: { timeout: 10_000 } },
          hookTimeout: 120_000,
          // One browser at a time: the machine has two cores.
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
