/**
 * `<wp-demo-source>`: a demo's "Code running in this demo" disclosure. Without JavaScript it
 * holds a link to the demo's source page; with it, opening it shows that page's code in place.
 * Its module loads on the reader's first click, key press or focus in it (startModuleLoader in
 * inline-scripts.ts), so pages fetch neither the module nor the code until then.
 */
class DemoSourceElement extends HTMLElement {
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

  /** Fetches the source page once and puts its code before the link to it. */
  show(): Promise<void> {
    this.#shown ??= this.#fetchCode().catch((error: unknown) => {
      // The link stays, and works: the reader can still open the page.
      this.#shown = undefined;
      this.dataset['wpFailed'] = '';
      console.error('Could not show the demo code', error);
    });
    return this.#shown;
  }

  async #fetchCode(): Promise<void> {
    const link = this.querySelector<HTMLAnchorElement>('a[data-wp-source-link]');
    if (!link) return;
    this.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(link.href);
      if (!response.ok) throw new Error(`${link.href}: ${response.status}`);
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const code = page.querySelector('[data-wp-demo-source]');
      if (!code) throw new Error(`${link.href} has no [data-wp-demo-source]`);
      link.closest('p')?.before(...[...code.children].map((node) => document.adoptNode(node)));
      delete this.dataset['wpFailed'];
    } finally {
      this.removeAttribute('aria-busy');
    }
  }
}

if (!customElements.get('wp-demo-source'))
  customElements.define('wp-demo-source', DemoSourceElement);
