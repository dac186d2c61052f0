/**
 * The site's only scripts that run on load. Each is inlined into the page (no request) by
 * InlineScript.astro, which serializes the function and adds its hash to the page's CSP, so each
 * must be self-contained: no imports, no outer variables.
 */

/** Applies the reader's saved theme before first paint, so the page does not flash. */
export function applySavedTheme(): void {
  const saved = localStorage.getItem('wp-theme');
  if (saved === 'light' || saved === 'dark') document.documentElement.dataset['theme'] = saved;
}

/** Wires the header's theme select: system, light or dark, remembered across pages. */
export function setUpThemeSelect(): void {
  const select = document.getElementById('wp-theme-select');
  if (!(select instanceof HTMLSelectElement)) return;
  const saved = localStorage.getItem('wp-theme');
  select.value = saved === 'light' || saved === 'dark' ? saved : 'auto';
  const label = select.closest('label');
  if (label) label.hidden = false;
  select.addEventListener('change', () => {
    const root = document.documentElement;
    if (select.value === 'auto') {
      localStorage.removeItem('wp-theme');
      delete root.dataset['theme'];
    } else {
      localStorage.setItem('wp-theme', select.value);
      root.dataset['theme'] = select.value;
    }
  });
}

/**
 * Loads browser modules on demand, so a page fetches no JavaScript until the reader uses what
 * needs it. An element with `data-wp-module="<url>"` loads that module:
 * - `data-wp-load="interaction"`: on its first click, key press or focus inside it (the element
 *   gets `data-wp-pending` so the module can finish what the reader started);
 * - `data-wp-load="visible"`: when it comes near the viewport.
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

/** Marks the "On this page" link of the section being read (aria-current), as the reader scrolls. */
export function highlightTableOfContents(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.wp-toc a[href^="#"]')];
  if (links.length === 0 || !('IntersectionObserver' in window)) return;
  const targets = links.flatMap((link) => {
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    return target ? [{ link, target }] : [];
  });
  const visible = new Set<Element>();
  const update = () => {
    // The first heading on screen, or else the last one above the viewport.
    const current =
      targets.find(({ target }) => visible.has(target)) ??
      targets.filter(({ target }) => target.getBoundingClientRect().top < 0).at(-1);
    for (const { link } of targets) {
      if (link === current?.link) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    // The contents button of narrow screens names the section being read.
    const label = document.querySelector('.wp-toc-current');
    if (label) label.textContent = current?.link.textContent ?? '';
  };
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) visible.add(entry.target);
      else visible.delete(entry.target);
    }
    update();
  });
  for (const { target } of targets) observer.observe(target);
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
 * The panels narrow screens open as popovers (the menu, the contents list): the HTML `popover`
 * attribute opens and closes them without scripts, Escape and a click outside included. This
 * adds what a dialog needs: `aria-expanded` on the buttons, focus moved in (to the current
 * page's link) and back to the button, and for a `data-wp-panel="modal"` panel, the rest of the
 * page made inert and the panel a modal dialog named by the element `data-wp-label` names. A
 * link to a place on this page closes its panel; so does the screen growing wide enough to show
 * the panel as a column (its buttons are then hidden).
 */
export function setUpPanels(): void {
  for (const panel of document.querySelectorAll<HTMLElement>('[popover][data-wp-panel]')) {
    const buttons = document.querySelectorAll<HTMLElement>(
      `[popovertarget="${panel.id}"]:not([popovertargetaction="hide"])`
    );
    const modal = panel.dataset['wpPanel'] === 'modal';
    let opener: Element | null = null;
    let followed = false;
    const expand = (open: boolean) => {
      for (const button of buttons) button.setAttribute('aria-expanded', String(open));
    };
    expand(false);
    panel.addEventListener('beforetoggle', () => {
      if (!panel.matches(':popover-open')) opener = document.activeElement;
    });
    panel.addEventListener('toggle', () => {
      const open = panel.matches(':popover-open');
      expand(open);
      if (modal) {
        // A dialog while open only: as a column on wide screens it is plain navigation.
        if (open) {
          panel.role = 'dialog';
          panel.ariaModal = 'true';
          panel.setAttribute('aria-labelledby', panel.dataset['wpLabel'] ?? '');
        } else
          for (const name of ['role', 'aria-modal', 'aria-labelledby']) panel.removeAttribute(name);
        for (const element of document.querySelectorAll('body > *, .wp-shell > *'))
          if (!element.contains(panel)) element.toggleAttribute('inert', open);
      }
      const target =
        panel.querySelector<HTMLElement>('[aria-current="page"]') ??
        panel.querySelector<HTMLElement>('[aria-current]') ??
        panel.querySelector('a');
      if (open) {
        target?.focus({ preventScroll: true });
        target?.scrollIntoView({ block: 'center' });
      } else if (!followed) {
        // Focus left in the hidden panel, or dropped to the page, goes back to the button.
        const focused = document.activeElement;
        if (!focused || focused === document.body || panel.contains(focused))
          (opener as HTMLElement | null)?.focus();
      }
      followed = false;
    });
    panel.addEventListener('click', (event) => {
      const link = (event.target as Element).closest('a');
      if (!link?.hash || link.pathname !== location.pathname || !panel.matches(':popover-open'))
        return;
      // The reader goes on from the section the link leads to, not from the button.
      followed = true;
      panel.hidePopover();
      (document.activeElement as HTMLElement | null)?.blur();
    });
    addEventListener('resize', () => {
      if (panel.matches(':popover-open') && !buttons[0]?.getClientRects().length)
        panel.hidePopover();
    });
  }
}

/**
 * Every inline script of the site, by name, each the functions it runs in order. Pages render
 * them by name (InlineScript.astro) and the head allows each by its hash
 * (InlineScriptHashes.astro), so one list serves both. What runs at the end of every page is
 * one script (one hash in every page's CSP, one element) rather than one per function.
 */
export const INLINE_SCRIPTS = {
  applySavedTheme: [applySavedTheme],
  setUpThemeSelect: [setUpThemeSelect],
  startUp: [
    startModuleLoader,
    setUpSearchShortcut,
    setUpHeadingLinkCopy,
    setUpPanels,
    highlightTableOfContents,
  ],
} as const;

/** The name of an inline script. */
export type InlineScriptName = keyof typeof INLINE_SCRIPTS;

/** The exact text an inline script element holds for its functions: each is called at once. */
export function inlineCode(runs: readonly (() => void)[]): string {
  return runs.map((run) => `(${run.toString()})();`).join('\n');
}
