import { runBrowserCheck } from './browser-check';

/**
 * `<wp-browser-check>`: the "Check this browser" button under a compatibility table. Its module
 * loads only when the reader presses the button (see startModuleLoader in inline-scripts.ts), which then runs the check.
 */
class BrowserCheckElement extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('button')?.addEventListener('click', () => runBrowserCheck(this));
    // The click that loaded this module happened before the element was defined.
    if (this.dataset['wpPending'] !== undefined) {
      delete this.dataset['wpPending'];
      runBrowserCheck(this);
    }
  }
}

if (!customElements.get('wp-browser-check'))
  customElements.define('wp-browser-check', BrowserCheckElement);
