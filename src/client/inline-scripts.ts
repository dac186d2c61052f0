/**
 * The site's only scripts that run on load. Each is inlined into the page (no request) by
 * InlineScript.astro, which serializes the function and adds its hash to the page's CSP, so each
 * function must be self-contained: no imports, no outer variables.
 */
import { createHash } from 'node:crypto';
import { minifySync } from 'vite';

/**
 * Applies the reader's saved theme before first paint, so the page does not flash. Storage may be
 * blocked (a cross-site frame, a sandbox, the reader's settings), and reading it then throws a
 * SecurityError: the page follows the system theme instead.
 */
export function applySavedTheme(): void {
  try {
    const saved = localStorage.getItem('wp-theme');
    if (saved === 'light' || saved === 'dark') document.documentElement.dataset['theme'] = saved;
  } catch {
    // Storage is blocked: the system theme applies.
  }
}

/**
 * Shows a page's URL as the site writes it. A static server that serves the folder layout answers
 * `/dom/Window/message` at `/dom/Window/message/` (python3 -m http.server, nginx and GitHub Pages
 * redirect there): the address bar, and every link copied from it, then gets the canonical URL
 * back, without a reload. Only pages at their own URL run it (not the 404 page, whose address is
 * the reader's).
 */
export function dropTrailingSlash(): void {
  const path = location.pathname.replace(/\/(?:index\.html)?$/, '');
  if (path && path !== location.pathname)
    history.replaceState(history.state, '', path + location.search + location.hash);
}

/**
 * Wires the header's theme select: system, light or dark, remembered across pages where storage
 * is allowed; where it is blocked (reading or writing throws), the choice holds for this page.
 */
export function setUpThemeSelect(): void {
  const select = document.getElementById('wp-theme-select');
  if (!(select instanceof HTMLSelectElement)) return;
  const storage = <T>(use: (store: Storage) => T): T | null => {
    try {
      return use(localStorage);
    } catch {
      return null;
    }
  };
  const saved = storage((store) => store.getItem('wp-theme'));
  select.value = saved === 'light' || saved === 'dark' ? saved : 'auto';
  const label = select.closest('label');
  if (label) label.hidden = false;
  select.addEventListener('change', () => {
    const root = document.documentElement;
    if (select.value === 'auto') {
      storage((store) => store.removeItem('wp-theme'));
      delete root.dataset['theme'];
    } else {
      storage((store) => store.setItem('wp-theme', select.value));
      root.dataset['theme'] = select.value;
    }
  });
}

/**
 * Loads browser modules on demand, so a page fetches no JavaScript until the reader uses what
 * needs it. An element with `data-wp-module="<url>"` loads that module:
 * - `data-wp-load="interaction"`: on its first click, key press or focus inside it (the element
 *   gets `data-wp-pending` so the module can finish what the reader started);
 * - `data-wp-load="visible"`: when it comes near the viewport;
 * - `data-wp-load="scroll"`: when the reader first scrolls the page.
 * Elements marked `data-wp-js-only` stay hidden unless this script runs.
 */
export function startModuleLoader(): void {
  const loaded = new Set<string>();
  const load = (el: HTMLElement, pending?: string) => {
    if (pending) el.dataset['wpPending'] = pending;
    const url = el.dataset['wpModule'];
    if (!url || loaded.has(url)) return;
    loaded.add(url);
    import(/* @vite-ignore */ url).catch((error: unknown) => {
      loaded.delete(url);
      el.dataset['wpFailed'] = '';
      console.error('Could not load', url, error);
    });
  };
  const visible =
    'IntersectionObserver' in window
      ? new IntersectionObserver(
          (entries, observer) => {
            for (const entry of entries) {
              if (!entry.isIntersecting) continue;
              observer.unobserve(entry.target);
              load(entry.target as HTMLElement);
            }
          },
          { rootMargin: '300px' }
        )
      : undefined;
  const start = () => {
    for (const el of document.querySelectorAll<HTMLElement>('[data-wp-js-only]')) el.hidden = false;
    for (const el of document.querySelectorAll<HTMLElement>('[data-wp-module]')) {
      if (el.dataset['wpLoad'] === 'visible') {
        if (visible) visible.observe(el);
        else load(el);
        continue;
      }
      if (el.dataset['wpLoad'] === 'scroll') {
        // A page opened at a section is already scrolled.
        if (scrollY > 0) load(el);
        else addEventListener('scroll', () => load(el), { once: true, passive: true });
        continue;
      }
      const types = ['click', 'keydown', 'focusin'] as const;
      const onUse = (event: Event) => {
        for (const type of types) el.removeEventListener(type, onUse);
        load(el, event.type);
      };
      for (const type of types) el.addEventListener(type, onUse);
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}

/** "/" focuses the search box (which loads search), unless the reader is typing somewhere. */
export function setUpSearchShortcut(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    const input = document.getElementById('wp-search-input');
    if (!(input instanceof HTMLInputElement)) return;
    event.preventDefault();
    input.focus();
  });
}

/**
 * A click on a heading's "#" link also copies the section's URL, and says so; the link still
 * works as a link (and without JavaScript).
 */
export function setUpHeadingLinkCopy(): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a.wp-heading-link');
    if (!(link instanceof HTMLAnchorElement) || !navigator.clipboard) return;
    navigator.clipboard.writeText(link.href).then(
      () => {
        link.dataset['copied'] = '';
        const status = document.getElementById('wp-copy-status');
        if (status) status.textContent = 'Link to the section copied.';
        setTimeout(() => delete link.dataset['copied'], 1500);
      },
      () => undefined // Permission refused: the link still navigates, which is enough.
    );
  });
}

/**
 * A link written for MDN's page of a feature ("…/message_event#browser_compatibility"), which
 * reaches this page by its alias, opens it at the same section: MDN's section ids join words
 * with "_" (and its older ones have capitals, "#Syntax") where this site's, from the headings,
 * are lower case joined with "-". Only a fragment that names nothing on the page changes, so
 * the page's own anchors always win.
 */
export function followMdnFragment(): void {
  let id: string;
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return; // A malformed escape names no section.
  }
  if (!id || document.getElementById(id)) return;
  const ours = id.toLowerCase().replaceAll('_', '-');
  if (ours !== id && document.getElementById(ours))
    location.replace(`#${encodeURIComponent(ours)}`);
}

/**
 * The script of the redirect pages written for aliases (src/integrations/redirects.ts): goes on
 * to the page the `#wp-redirect` link names, keeping the query and the `#fragment` that a meta
 * refresh would drop, and replacing the alias in the history so Back does not bounce. It only
 * ever leaves for this site's own origin. Not one of INLINE_SCRIPTS: pages never run it, so
 * their CSP does not allow it; redirect pages carry their own CSP with its hash.
 */
export function followRedirect(): void {
  const link = document.getElementById('wp-redirect');
  if (!(link instanceof HTMLAnchorElement)) return;
  const target = new URL(link.href);
  if (target.origin !== location.origin) return;
  target.search = location.search;
  target.hash = location.hash;
  location.replace(target.href);
}

/**
 * Every inline script of the site, by name, each the functions it runs in order. Pages render
 * them by name (InlineScript.astro) and the head allows each by its hash
 * (InlineScriptHashes.astro), so one list serves both. What runs at the end of every page is
 * one script (one hash in every page's CSP, one element) rather than one per function.
 */
export const INLINE_SCRIPTS = {
  applySavedTheme: [applySavedTheme],
  // A page at its own URL runs both head scripts as one: one element, one hash in its CSP.
  pageHead: [dropTrailingSlash, applySavedTheme],
  startUp: [
    followMdnFragment,
    setUpThemeSelect,
    startModuleLoader,
    setUpSearchShortcut,
    setUpHeadingLinkCopy,
  ],
} as const;

/** The name of an inline script. */
export type InlineScriptName = keyof typeof INLINE_SCRIPTS;

const minified = new Map<readonly (() => void)[], string>();

/**
 * The exact text an inline script element holds for its functions, each called at once:
 * minified (every page carries it, so its bytes count on every first load), once per build.
 */
export function inlineCode(runs: readonly (() => void)[]): string {
  let code = minified.get(runs);
  if (code === undefined) {
    const source = runs.map((run) => `(${run.toString()})();`).join('\n');
    // Vite's own minifier (Astro builds with Vite), so the site's scripts and these match.
    const result = minifySync('inline-script.js', source);
    if (result.errors.length > 0)
      throw new Error(`Could not minify an inline script: ${result.errors.map(String).join('; ')}`);
    code = result.code.trim();
    minified.set(runs, code);
  }
  return code;
}

/** The CSP hash source of an inline script's text: `sha256-<base64>`. */
export function inlineScriptHash(runs: readonly (() => void)[]): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(inlineCode(runs)).digest('base64')}`;
}

let scriptHashes: readonly `sha256-${string}`[] | undefined;

/**
 * The CSP hash (`sha256-…`) of each inline script, computed once per build: every page's head
 * lists them (InlineScriptHashes.astro), and the scripts do not change between pages.
 */
export function inlineScriptHashes(): readonly `sha256-${string}`[] {
  scriptHashes ??= Object.values(INLINE_SCRIPTS).map(inlineScriptHash);
  return scriptHashes;
}
