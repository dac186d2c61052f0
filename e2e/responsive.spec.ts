import { expect, test, type Page } from '@playwright/test';
import { FLAGSHIP } from './test-utils';

/**
 * Phones, tablets and desktops (issue 16): no page scrolls sideways at any width, the menu and
 * the contents panel work from the keyboard, search results are as wide as a phone, and
 * identifiers are never broken inside a word where they fit on a line.
 */

const WIDTHS = [320, 390, 768, 1280] as const;
const PHONES = [320, 390] as const;

/** Paths of the links a page's element lists. */
const linksIn = (page: Page, selector: string, max = Infinity) =>
  page.evaluate(
    ([selector, max]) =>
      [...document.querySelectorAll<HTMLAnchorElement>(selector)]
        .slice(0, max)
        .map((a) => a.pathname),
    [selector, max] as const
  );

/**
 * The pages to look at, from what the built site has: the home page, every area index, every
 * reviewed (curated) page, and from each area its best-reviewed page and the first page of its
 * last group (imported pages, in a build with the wiki), and the 404 page.
 */
async function samplePages(page: Page): Promise<string[]> {
  await page.goto('/');
  // And a page whose previous and next pages have long names, which once pushed a phone sideways.
  const found = new Set(['/', '/no-such-page', '/svg/objects/SVGPathSegCurvetoQuadraticRel']);
  for (const path of await linksIn(page, '#reviewed-pages ~ .wp-cards .wp-card-title'))
    found.add(path);
  for (const area of await linksIn(page, '.wp-area-cards .wp-card-title')) {
    found.add(area);
    await page.goto(area);
    for (const path of [
      ...(await linksIn(page, '.wp-card-title', 1)),
      ...(await linksIn(page, '.wp-index-group:last-of-type .wp-page-index a', 1)),
      ...(await page
        .locator('.wp-page-index li:has(.wp-reviewed-mark) a')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))),
    ])
      found.add(path);
  }
  return [...found];
}

/** What sticks out past the right edge of the viewport, for a readable failure. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    for (const element of document.querySelectorAll('body *')) {
      const rect = element.getBoundingClientRect();
      if (rect.right <= width + 1 || rect.width === 0) continue;
      // Inside a box that scrolls on its own, sticking out is that box's business.
      if (element.parentElement?.closest('.wp-table-scroll, pre, table')) continue;
      const name = `${element.localName}${element.id ? `#${element.id}` : ''}${
        element.classList[0] ? `.${element.classList[0]}` : ''
      }`;
      found.push(`${name} reaches ${Math.round(rect.right)} px`);
      if (found.length >= 5) break;
    }
    return found;
  });
}

/**
 * Identifiers broken inside a word: a code element holding a name (`DedicatedWorkerGlobalScope`,
 * `allow-same-origin`, `event.data`) whose text wraps between two letters or digits
 * ("MessageEv|ent"). Wrapping after a hyphen, a dot or a slash is how long names and
 * paths fold; wrapping inside a word is what `overflow-wrap: anywhere` does in a narrow cell.
 */
function brokenIdentifiers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const code of document.querySelectorAll<HTMLElement>('main code')) {
      const text = code.textContent ?? '';
      // Identifiers, names and keywords; an expression with spaces or brackets may fold anywhere.
      if (!/^[\w$.-]+$/.test(text) || code.getClientRects().length < 2) continue;
      const range = document.createRange();
      let previous: { top: number; char: string } | undefined;
      for (const node of [...code.childNodes].flatMap(function leaves(n): Node[] {
        return n.nodeType === Node.TEXT_NODE ? [n] : [...n.childNodes].flatMap(leaves);
      })) {
        const chars = node.textContent ?? '';
        for (let i = 0; i < chars.length; i += 1) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const top = range.getBoundingClientRect().top;
          const char = chars[i] ?? '';
          if (previous && top > previous.top + 2 && /\w/.test(previous.char) && /\w/.test(char))
            broken.push(text);
          previous = { top, char };
        }
      }
    }
    return [...new Set(broken)];
  });
}

test.describe('every page type reads at every width', () => {
  let pages: string[] = [];

  test.beforeAll(async ({ browser }) => {
    // One visit to every area index: with the wiki, 25 pages of up to 100 KB.
    test.setTimeout(180_000);
    const page = await browser.newPage();
    pages = await samplePages(page);
    await page.close();
  });

  for (const width of WIDTHS) {
    test(`no page scrolls sideways at ${width} px, and no identifier is broken`, async ({
      page,
    }) => {
      test.setTimeout(300_000);
      expect(pages.length).toBeGreaterThan(10);
      await page.setViewportSize({ width, height: 800 });
      const problems: string[] = [];
      for (const path of pages) {
        await page.goto(path);
        const { scrollWidth, viewport } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          viewport: window.innerWidth,
        }));
        if (scrollWidth > viewport)
          problems.push(`${path}: ${scrollWidth} px wide; ${(await overflowing(page)).join(', ')}`);
        const broken = await brokenIdentifiers(page);
        if (broken.length > 0) problems.push(`${path}: broken identifiers ${broken.join(', ')}`);
        // The header is one line: as tall as its controls.
        const header = await page.locator('.wp-header').boundingBox();
        const brand = await page.locator('.wp-brand').boundingBox();
        if (!header || header.height > 60 || !brand || brand.height > 40)
          problems.push(`${path}: the header takes more than one line`);
      }
      expect(problems).toEqual([]);
    });
  }
});

test.describe('on narrow screens', () => {
  for (const width of [320, 768]) {
    test(`the menu opens as a dialog, takes focus, and Escape gives it back (${width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(FLAGSHIP);
      const nav = page.getByRole('navigation', { name: 'Reference' });
      await expect(nav).toBeHidden();
      const button = page.getByRole('button', { name: 'Menu', exact: true });
      await button.click();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      const dialog = page.getByRole('dialog', { name: 'Menu' });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('navigation', { name: 'Reference' })).toBeVisible();
      // Focus lands on the current page's link; the page behind the menu is inert.
      await expect(dialog.locator('a[aria-current="page"]')).toBeFocused();
      await expect(page.locator('main')).toHaveAttribute('inert', '');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('#wp-menu'))).toBe(true);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(button).toBeFocused();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(page.locator('main')).not.toHaveAttribute('inert', '');
      // The close button closes it too.
      await button.click();
      await dialog.getByRole('button', { name: 'Close the menu' }).click();
      await expect(dialog).toBeHidden();
    });
  }

  test('the contents bar opens the contents list; a link closes it and leads to its section', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(FLAGSHIP);
    const button = page.getByRole('button', { name: 'On this page' });
    await button.click();
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await toc.getByRole('link', { name: 'Browser compatibility' }).click();
    await expect(toc).toBeHidden();
    await expect(page).toHaveURL(`${FLAGSHIP}#browser-compatibility`);
    await expect(page.locator('#browser-compatibility')).toBeInViewport();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  test('wide screens show the sidebar and the contents as columns, without buttons', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(FLAGSHIP);
    await expect(page.getByRole('navigation', { name: 'Reference' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Menu', exact: true })).toBeHidden();
    await expect(page.getByRole('button', { name: 'On this page' })).toBeHidden();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  for (const width of PHONES) {
    test(`search fills the header and its results are as wide as the phone (${width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(FLAGSHIP);
      const box = page.getByRole('searchbox', { name: 'Search the reference' });
      await box.click();
      await box.fill('postMessage');
      const results = page.getByRole('region', { name: 'Search results' });
      await expect(results.getByRole('link').first()).toBeVisible();
      const [boxSize, resultsSize] = await Promise.all([box.boundingBox(), results.boundingBox()]);
      expect(boxSize?.width ?? 0).toBeGreaterThanOrEqual(width * 0.75);
      expect(resultsSize?.width ?? 0).toBeGreaterThanOrEqual(width * 0.9);
      expect(
        (resultsSize?.x ?? -1) >= 0 && (resultsSize?.x ?? 0) + (resultsSize?.width ?? 0) <= width
      ).toBe(true);
      // Closing search gives the header back.
      await page.getByRole('button', { name: 'Close search' }).click();
      await expect(results).toBeHidden();
      await expect(page.locator('.wp-brand')).toBeVisible();
    });
  }
});
