import { canonicalPagePath } from '~/lib/navigation/deploy-target';
import { rankResults } from '~/lib/navigation/search-rank';

/**
 * `<wp-search>`: the header's search box, over the Pagefind index built with the site. This
 * module and Pagefind's own load only when the reader focuses the box or presses "/".
 * Excerpts are built as DOM nodes: only Pagefind's <mark> highlighting survives, as elements.
 */

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string; reviewed?: string } }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] }>;
  options?(options: { ranking?: Record<string, number> }): Promise<void>;
  init?(): Promise<void>;
}

const MAX_RESULTS = 8;
/** Pagefind's best results that are reordered (src/lib/navigation/search-rank.ts) before showing. */
const CANDIDATES = 20;

/** An excerpt's text and <mark> elements, rebuilt without ever assigning HTML to the page. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body
    .firstElementChild;
  const nodes: Node[] = [];
  for (const child of parsed?.childNodes ?? []) {
    if (child.nodeType === Node.TEXT_NODE)
      nodes.push(document.createTextNode(child.textContent ?? ''));
    else if (child instanceof HTMLElement && child.localName === 'mark') {
      const mark = document.createElement('mark');
      mark.textContent = child.textContent;
      nodes.push(mark);
    } else nodes.push(document.createTextNode(child.textContent ?? ''));
  }
  return nodes;
}

class SearchElement extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #query = 0;

  connectedCallback(): void {
    const input = this.querySelector('input');
    if (!input) return;
    input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#search(input.value), 120);
    });
    // Escape clears the box, and a second Escape (or the close button) leaves it: on narrow
    // screens it then folds back into its icon.
    const close = () => {
      input.value = '';
      void this.#search('');
      const focused = document.activeElement;
      if (focused instanceof HTMLElement && this.contains(focused)) focused.blur();
    };
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      if (input.value === '') close();
      else {
        input.value = '';
        void this.#search('');
      }
    });
    this.querySelector('[data-wp-search-close]')?.addEventListener('click', close);
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.querySelector<HTMLAnchorElement>('.wp-search-results a')?.click();
    });
    if (input.value) void this.#search(input.value);
  }

  #load(): Promise<Pagefind> {
    // Pagefind's script is written by the build next to the site, so its URL is fixed.
    const url: string = '/pagefind/pagefind.js';
    this.#pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(
      async (module) => {
        // Pagefind favours short pages (pageLength 0.75 by default): the wiki's one-paragraph
        // stubs then outrank the site's long reviewed pages on their own subject. A weaker
        // length penalty lets titles and weights decide.
        await module.options?.({ ranking: { pageLength: 0.2 } });
        await module.init?.();
        return module;
      }
    );
    return this.#pagefind;
  }

  async #search(query: string): Promise<void> {
    const id = ++this.#query;
    const panel = this.querySelector<HTMLElement>('.wp-search-results');
    if (!panel) return;
    if (query.trim() === '') {
      panel.hidden = true;
      panel.replaceChildren();
      return;
    }
    const pagefind = await this.#load();
    const { results } = await pagefind.search(query);
    const candidates = await Promise.all(
      results.slice(0, CANDIDATES).map(async (result) => {
        const item = await result.data();
        return {
          ...item,
          title: item.meta.title ?? item.url,
          reviewed: item.meta.reviewed === 'yes',
        };
      })
    );
    const data = rankResults(candidates, query).slice(0, MAX_RESULTS);
    if (id !== this.#query) return; // a newer query has started
    const list = document.createElement('ol');
    for (const item of data) {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = canonicalPagePath(item.url);
      link.textContent = item.title;
      // Where the page is: pages of the same title (postMessage of Worker, of MessagePort) differ.
      const path = document.createElement('p');
      path.className = 'wp-search-path';
      path.textContent = decodeURI(link.pathname);
      const excerpt = document.createElement('p');
      excerpt.append(...excerptNodes(item.excerpt));
      li.append(link, path, excerpt);
      list.append(li);
    }
    const status = document.createElement('p');
    status.className = 'wp-search-count';
    status.textContent =
      data.length === 0
        ? `No results for “${query}”.`
        : data.length < results.length
          ? `The best ${data.length} of ${results.length} results for “${query}”.`
          : `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”.`;
    panel.replaceChildren(status, list);
    panel.hidden = false;
  }
}

if (!customElements.get('wp-search')) customElements.define('wp-search', SearchElement);
