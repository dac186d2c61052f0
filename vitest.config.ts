/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig gives tests the site's own Vite setup: `~/` paths, `.astro` compilation for the
// Container API, and `astro:content` for the build-failure fixtures.
export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/**/*.test.ts'],
    testTimeout: 20_000,
    reporters: ['default'],
  },
});
