import { resolveNotFound, urlLookup } from '~/lib/navigation/not-found';
import type { UrlIndex } from '~/lib/navigation/url-index';

/**
 * `<wp-not-found>`: the part of the 404 page that works out what the reader was after. It
 * fetches the site's URL index (only this page does), then either goes on to the page the
 * address means — another letter case, a trailing slash, an old wiki or MDN address — keeping
 * the query and `#fragment`, or lists the nearest pages and fills the search box with the
 * address's words. Text from the index is set as text, never as HTML.
 */
class NotFoundElement extends HTMLElement {
  connectedCallback(): void {
    void this.#resolve();
  }

  async #resolve(): Promise<void> {
    const index = await this.#index();
    const search = this.querySelector<HTMLElement>('[data-wp-search]');
    if (!index) {
      if (search) search.hidden = false;
      return;
    }
    const resolution = resolveNotFound(location.pathname, urlLookup(index));
    if (resolution.kind === 'redirect') {
      const target = new URL(resolution.to, location.origin);
      target.search = location.search;
      target.hash = location.hash;
      // At the page's own address the host did not find its file (a server set up for the
      // other output layout): going there again would loop.
      if (target.pathname === location.pathname) {
        this.#say(
          ['The page ', this.#link(resolution.title, target.href)],
          ' belongs at this address, but the server did not find its file.'
        );
        return;
      }
      this.#say(
        ['Going to ', this.#link(resolution.title, target.href)],
        ` — ${resolution.reason}`
      );
      location.replace(target.href);
      return;
    }
    this.#suggest(resolution.pages);
    const input = document.getElementById('wp-search-input');
    if (input instanceof HTMLInputElement && !input.value) input.value = resolution.query;
    const words = search?.querySelector('[data-wp-query]');
    if (search && words && resolution.query) {
      words.textContent = resolution.query;
      search.hidden = false;
      search.querySelector('button')?.addEventListener('click', () => {
        // Focus loads the search box's module, which searches what the box holds.
        if (input instanceof HTMLInputElement) input.focus();
      });
    }
  }

  async #index(): Promise<UrlIndex | undefined> {
    try {
      const response = await fetch(this.dataset['index'] ?? '/url-index.json');
      if (!response.ok) return undefined;
      const index = (await response.json()) as UrlIndex;
      return index.version === 1 ? index : undefined;
    } catch {
      return undefined;
    }
  }

  #link(text: string, href: string): HTMLAnchorElement {
    const link = document.createElement('a');
    link.href = href;
    link.textContent = text;
    return link;
  }

  /** Tells the reader (and assistive technology, through the status region) what happens. */
  #say(start: (string | Node)[], end: string): void {
    this.querySelector('[data-wp-status]')?.replaceChildren(...start, end);
  }

  #suggest(pages: readonly { url: string; title: string }[]): void {
    const section = this.querySelector<HTMLElement>('[data-wp-suggestions]');
    const list = section?.querySelector('ul');
    if (!section || !list || pages.length === 0) return;
    list.replaceChildren(
      ...pages.map((page) => {
        const item = document.createElement('li');
        const link = this.#link(page.title, page.url);
        const path = document.createElement('code');
        path.textContent = page.url;
        item.append(link, ' ', path);
        return item;
      })
    );
    section.hidden = false;
  }
}

if (!customElements.get('wp-not-found')) customElements.define('wp-not-found', NotFoundElement);
