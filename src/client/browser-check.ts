import { detect, detectionFor } from '~/lib/compat/detect';

/**
 * Fills the "This browser" column of the compatibility table next to `host` by feature-detecting
 * each row's feature in the reader's own browser; no user-agent sniffing.
 */
export function runBrowserCheck(host: Element): void {
  const table = host.closest('section')?.querySelector('table');
  if (!table) return;
  let yes = 0;
  let no = 0;
  for (const element of table.querySelectorAll<HTMLElement>('.wp-your-browser')) {
    element.hidden = false;
    const key = element.dataset['key'];
    if (key === undefined) continue;
    const result = detect(detectionFor(key), globalThis);
    element.dataset['state'] = result === undefined ? 'unknown' : result ? 'full' : 'no';
    element.textContent =
      result === undefined ? 'Not testable here' : result ? '✓ Detected' : '✕ Not detected';
    if (result === true) yes++;
    if (result === false) no++;
  }
  const status = host.querySelector('[role="status"]');
  if (status) status.textContent = `This browser: ${yes} detected, ${no} not detected.`;
  host.querySelector('button')?.setAttribute('hidden', '');
}
