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
/** How many more results each press of "Show more" adds. */
const MORE_RESULTS = 10;

interface ResultData {
  url: string;
  excerpt: string;
  title: string;
  reviewed: boolean;
}

async function resultData(result: PagefindResult): Promise<ResultData> {
  const item = await result.data();
  return { ...item, title: item.meta.title ?? item.url, reviewed: item.meta.reviewed === 'yes' };
}

/** One result: its title linked, where its page is, and Pagefind's excerpt. */
function resultItem(item: ResultData): HTMLLIElement {
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
  return li;
}

/** What the count says: how many of the matches are shown. */
function countText(shown: number, total: number, query: string): string {
  if (total === 0) return `No results for “${query}”.`;
  if (shown < total) return `The best ${shown} of ${total} results for “${query}”.`;
  return `${total} result${total === 1 ? '' : 's'} for “${query}”.`;
}

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
    const candidates = await Promise.all(results.slice(0, CANDIDATES).map(resultData));
    const ranked = rankResults(candidates, query);
    if (id !== this.#query) return; // a newer query has started
    // After the best, the rest: the other candidates in the reordered order, then Pagefind's.
    const rest: (ResultData | PagefindResult)[] = [
      ...ranked.slice(MAX_RESULTS),
      ...results.slice(CANDIDATES),
    ];
    const list = document.createElement('ol');
    list.append(...ranked.slice(0, MAX_RESULTS).map(resultItem));
    const status = document.createElement('p');
    status.className = 'wp-search-count';
    status.textContent = countText(list.childElementCount, results.length, query);
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'wp-search-more';
    const label = () => {
      more.textContent = `Show ${Math.min(MORE_RESULTS, rest.length)} more (${rest.length} not shown yet)`;
      more.hidden = rest.length === 0;
    };
    label();
    more.addEventListener('click', async () => {
      // One batch at a time, in order: the button waits for the one it asked for.
      more.disabled = true;
      const next = rest.slice(0, MORE_RESULTS);
      const batch = await Promise.all(
        next.map((entry) => ('data' in entry ? resultData(entry) : entry))
      ).catch(() => undefined);
      more.disabled = false;
      if (id !== this.#query || !batch) return;
      rest.splice(0, next.length);
      const items = batch.map(resultItem);
      list.append(...items);
      status.textContent = countText(list.childElementCount, results.length, query);
      label();
      // The reader asked for these: the first of them takes the focus the button had.
      items[0]?.querySelector('a')?.focus();
    });
    panel.replaceChildren(status, list, more);
    panel.hidden = false;
  }
}

if (!customElements.get('wp-search')) customElements.define('wp-search', SearchElement);
