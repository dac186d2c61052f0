// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { codeTitleTransformer } from './src/lib/code/code-titles.ts';
import { loadCodeThemes, resolvedCodeThemes } from './src/lib/code/code-themes.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { tableScrollPlugin } from './src/lib/markdown/table-scroll.ts';
import { headingLinksPlugin } from './src/lib/markdown/heading-links.ts';
import { emptyHeaderCellsPlugin } from './src/lib/markdown/empty-header-cells.ts';
import { codeColoursIntegration } from './src/integrations/code-colours.ts';
import { redirectsIntegration } from './src/integrations/redirects.ts';
import { pageJsonViewsIntegration } from './src/integrations/page-json-views.ts';
import { cspTrimIntegration } from './src/integrations/csp-trim.ts';
import { checkLinksIntegration } from './src/integrations/check-links.ts';
import { unsafeMarkupPlugin } from './src/lib/pages/unsafe-markup.ts';
import { codeColourTransformer } from './src/lib/code/code-colours.ts';
import { tokenizeOnce } from './src/lib/code/paired-theme.ts';
import { completeTokenization } from './src/lib/code/complete-tokenization.ts';
import { classicFrameScripts } from './src/integrations/classic-frame-scripts.ts';
import { cssLayerOrder } from './src/integrations/css-layer-order.ts';
import { securityHeadersIntegration } from './src/integrations/security-headers.ts';
import { markdownCacheKey } from './src/integrations/markdown-cache-key.ts';
import { contentChunkName } from './src/integrations/content-chunks.ts';
import { preloadIntegration } from './src/integrations/preload.ts';
import { deployTarget, outputFormat } from './src/lib/navigation/deploy-target.ts';

// Every token colour is raised to 4.5:1 against its code background (WCAG AA).
const codeThemes = await loadCodeThemes();
// The host the build is for (DEPLOY_TARGET, or the host's own build environment): it decides
// the layout of pages on disk and how redirects are written (src/lib/navigation/deploy-target.ts).
const target = deployTarget(process.env);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // The deployed origin, for absolute canonical URLs; without it canonical links are site-relative.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  // Canonical URLs follow the WebPlatform scheme without a trailing slash: /dom/Window/message.
  // The dev and preview servers also answer /dom/Window/message/, as static servers do with the
  // folder layout ('never' would answer Astro's own 404 there); the page then shows its URL
  // without the slash (dropTrailingSlash in src/client/inline-scripts.ts).
  trailingSlash: 'ignore',
  build: {
    // dom/Window/message/index.html, which any static server serves; or message.html for the
    // hosts that serve it at /dom/Window/message itself.
    format: outputFormat(target),
    // Every stylesheet is a file: Astro cannot hash the styles it inlines for MDX components, and
    // the CSP allows styles from 'self' only.
    inlineStylesheets: 'never',
    // Pages render while others wait on their writes: four at a time keeps two cores busy
    // (route generation for 1,000 heavy pages: 22.6 s one at a time, 17.7 s four at a time).
    concurrency: Number(process.env['WPREF_BUILD_CONCURRENCY'] ?? 4),
  },
  // Fixture builds (tests of failing content) keep their own cache and output.
  ...(process.env.WPREF_CACHE_DIR ? { cacheDir: process.env.WPREF_CACHE_DIR } : {}),
  integrations: [
    // Static parts of each MDX page compile to one HTML string instead of a JSX tree (route
    // generation renders them without walking every code token).
    mdx({ optimize: true }),
    // The IDL index and the components' highlighter, made on other threads while Vite bundles.
    preloadIntegration(),
    pagefindIntegration(),
    codeColoursIntegration(codeThemes),
    // _headers for hosts that take it: frame-ancestors, the demo frames' sandbox, nosniff.
    securityHeadersIntegration(),
    // After the pages: each page's JSON view, recorded as the page rendered.
    pageJsonViewsIntegration(),
    // Each page's CSP keeps the hashes of its own inline scripts only (not Astro's island ones):
    // one pass over the written pages costs less than a middleware re-reading every response.
    cspTrimIntegration(),
    // After the pages: redirect pages and _redirects from /url-index.json.
    redirectsIntegration(target),
    // Last, over every page and redirect written: broken links and anchors fail the build.
    checkLinksIntegration(),
  ],
  markdown: {
    // Markdown and MDX alike: a <script>, an on*= attribute or a javascript: URL in content
    // fails the build, naming the file and line; tables scroll sideways in their own
    // focusable box, never the page; each h2 and h3 has a link to itself beside it.
    processor: satteri({
      hastPlugins: [
        unsafeMarkupPlugin(),
        emptyHeaderCellsPlugin,
        tableScrollPlugin,
        headingLinksPlugin,
      ],
    }),
    shikiConfig: {
      // Both themes render as classes (code-colours.ts); light-dark() in global.css picks one.
      themes: resolvedCodeThemes(codeThemes),
      defaultColor: false,
      wrap: false,
      transformers: [
        completeTokenization(),
        codeTitleTransformer(),
        // One tokenization gives both themes' colours (their rules are the same, scope for scope).
        tokenizeOnce(codeThemes),
        codeColourTransformer(codeThemes),
        // Re-renders cached Markdown when the pipeline's code changes (markdown-cache-key.ts).
        markdownCacheKey(),
      ],
    },
  },
  devToolbar: { enabled: false },
  // A Content-Security-Policy on every page (a <meta> tag in static builds, with hashes of every
  // inline script and style Astro renders). Demo frames and workers are same-origin; the code
  // runner page adds 'unsafe-eval' for itself only (src/pages/demo-frames/runner.astro).
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-src 'self'",
        "worker-src 'self'",
        "connect-src 'self'",
      ],
      // The demos compile a tiny WebAssembly.Module to show messageerror and cloning.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // No inline styles: code colours are classes (src/lib/code-colours.ts).
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    // Every stylesheet states the site's cascade layer order first.
    plugins: [cssLayerOrder()],
    environments: {
      // The bundle pages render from at build time: MDX pages in a few shared chunks
      // (src/integrations/content-chunks.ts).
      prerender: {
        build: {
          rolldownOptions: {
            output: { codeSplitting: { groups: [{ name: contentChunkName }] } },
          },
        },
      },
    },
    // On-demand browser modules are bundled as separate ES entries (see ModuleLoader.astro).
    // Frame documents' scripts run as classic scripts that declare no globals.
    worker: { format: 'es', plugins: () => [classicFrameScripts()] },
    build: {
      // One stylesheet for the whole site: every page needs most of it, one file compresses
      // better than four and is cached across pages.
      cssCodeSplit: false,
      rollupOptions: {
        // Astro's MDX pages carry a "use astro:head-inject" directive that the bundler warns
        // about once per page; it is Astro's own marker and harmless, so the warning is muted.
        onwarn(warning, warn) {
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            warning.message.includes('astro:head-inject')
          )
            return;
          warn(warning);
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
});
