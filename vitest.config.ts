/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig gives tests the site's own Vite setup: `~/` paths, `.astro` compilation for the
// Container API, and `astro:content` for the build-failure fixtures.
export default getViteConfig({
  test: {
    testTimeout: 20_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'] },
      },
      {
        // Real builds and a dev server of this project: they share its .astro folder (Astro's
        // generated content modules), so they run after the unit tests, one file at a time.
        extends: true,
        test: {
          name: 'site',
          include: ['e2e/**/*.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
