// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { bundledThemes } from 'shiki';
import { codeTitleTransformer } from './src/lib/code-titles.ts';
import { withMinimumContrast } from './src/lib/code-themes.ts';

// Code block backgrounds; every token colour is raised to 4.5:1 against them (WCAG AA).
const lightTheme = withMinimumContrast(
  (await bundledThemes['github-light-default']()).default,
  '#f6f8fa'
);
const darkTheme = withMinimumContrast(
  (await bundledThemes['github-dark-default']()).default,
  '#0d1117'
);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // The deployed origin, for absolute canonical URLs; without it canonical links are site-relative.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  // Canonical URLs follow the WebPlatform scheme without a trailing slash: /dom/Window/message.
  trailingSlash: 'never',
  build: { format: 'file' },
  // Fixture builds (tests of failing content) keep their own cache and output.
  ...(process.env.WPREF_CACHE_DIR ? { cacheDir: process.env.WPREF_CACHE_DIR } : {}),
  integrations: [mdx()],
  markdown: {
    shikiConfig: {
      // Both themes render as CSS variables; light-dark() in global.css picks one.
      themes: { light: lightTheme, dark: darkTheme },
      defaultColor: false,
      wrap: false,
      transformers: [codeTitleTransformer()],
    },
  },
  devToolbar: { enabled: false },
  vite: {
    // On-demand browser modules are bundled as separate ES entries (see ModuleLoader.astro).
    worker: { format: 'es' },
  },
  server: { host: '127.0.0.1' },
});
