import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { formerSlugsJson, FORMER_SLUGS_FILE } from './mdn-former-slugs.ts';

test(`${FORMER_SLUGS_FILE} is what the data packages say (npm run mdn-former-slugs)`, () => {
  const committed = readFileSync(FORMER_SLUGS_FILE, 'utf8');
  expect(committed === formerSlugsJson(), 'run npm run mdn-former-slugs').toBe(true);
  // MDN's moves since March 2025: the CSS, HTML, SVG and HTTP references.
  const slugs = JSON.parse(committed) as Record<string, string>;
  expect(slugs['css.properties.color']).toBe('Web/CSS/color');
  expect(slugs['html.elements.video']).toBe('Web/HTML/Element/video');
  expect(slugs['http.headers.Content-Disposition']).toBe('Web/HTTP/Headers/Content-Disposition');
  expect(slugs['api.Window']).toBeUndefined();
});
