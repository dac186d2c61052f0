/**
 * `<wp-page-disclosure>`: a disclosure whose content is on a page of its own (a demo's code, an
 * event's full spec data), so that it is not in every first load. Without JavaScript it holds a
 * link to that page; with it, opening it shows the page's content in place: what the link's
 * `data-wp-take` selector picks. Its module loads on the reader's first click, key press or focus
 * in it (startModuleLoader in inline-scripts.ts), so a page fetches neither the module nor the
 * content until then.
 */
class PageDisclosureElement extends HTMLElement {
  #shown: Promise<void> | undefined;

  connectedCallback(): void {
    const details = this.querySelector('details');
    if (!details) return;
    details.addEventListener('toggle', () => {
      if (details.open) void this.show();
    });
    // The click that loaded this module may have opened it before the element was defined.
    delete this.dataset['wpPending'];
    if (details.open) void this.show();
  }

  /** Fetches the page once and puts what the link takes from it before the link. */
  show(): Promise<void> {
    this.#shown ??= this.#fetchContent().catch((error: unknown) => {
      // The link stays, and works: the reader can still open the page.
      this.#shown = undefined;
      this.dataset['wpFailed'] = '';
      console.error('Could not show the content of', this.#link()?.href, error);
    });
    return this.#shown;
  }

  #link(): HTMLAnchorElement | null {
    return this.querySelector<HTMLAnchorElement>('a[data-wp-take]');
  }

  async #fetchContent(): Promise<void> {
    const link = this.#link();
    const selector = link?.dataset['wpTake'];
    if (!link || !selector) return;
    this.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(link.href);
      if (!response.ok) throw new Error(`${link.href}: ${response.status}`);
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const content = [...page.querySelectorAll(selector)];
      if (content.length === 0) throw new Error(`${link.href} has nothing at ${selector}`);
      link.closest('p')?.before(...content.map((node) => document.adoptNode(node)));
      delete this.dataset['wpFailed'];
    } finally {
      this.removeAttribute('aria-busy');
    }
  }
}

if (!customElements.get('wp-page-disclosure'))
  customElements.define('wp-page-disclosure', PageDisclosureElement);
