/**
 * How this project starts Chromium: Debian's build (Playwright's downloads are not available
 * here) with the flags that keep it off the network. Shared by the tests and the benchmark.
 */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
