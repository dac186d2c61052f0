/**
 * `node scripts/screenshots.ts <origin>`: the README's screenshots of the flagship page, at a
 * phone's width and a desktop's, in the light and the dark theme, from a running build of the
 * site (`npm run preview`). Writes docs/flagship-<width>-<theme>.png and prints each file.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

const FLAGSHIP = '/dom/Window/message';
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844, scale: 2 },
  { name: 'desktop', width: 1280, height: 800, scale: 1 },
] as const;

const origin = process.argv[2];
if (!origin || !/^https?:\/\//.test(origin)) {
  console.error(
    'Usage: node scripts/screenshots.ts <origin of a running build, e.g. http://127.0.0.1:4321>'
  );
  process.exit(2);
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const theme of ['light', 'dark'] as const) {
    for (const viewport of VIEWPORTS) {
      const page = await browser.newPage({
        viewport: { width: viewport.width, height: viewport.height },
        deviceScaleFactor: viewport.scale,
        colorScheme: theme,
      });
      await page.goto(new URL(FLAGSHIP, origin).href, { waitUntil: 'networkidle' });
      const file = `docs/flagship-${viewport.name}-${theme}.png`;
      await page.screenshot({ path: file });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
}
