import type { Page } from '@playwright/test';

/** The flagship page's URL. */
export const FLAGSHIP = '/dom/Window/message';

/** Every element id on the page, in document order. */
export function ids(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('[id]')].map((el) => el.id));
}

/** Picks a theme with the header's theme select, as a reader would. */
export async function chooseTheme(page: Page, theme: 'auto' | 'light' | 'dark'): Promise<void> {
  await page.getByLabel('Theme').selectOption(theme);
}
