/**
 * `npm run mdn-former-slugs`: writes src/data/mdn-former-slugs.json, the slug each feature's MDN
 * page had before it moved (src/lib/navigation/mdn-former-slugs.ts), from the earlier
 * @mdn/browser-compat-data this project keeps as a dev dependency (`bcd-2025-03`: 5.7.6, of
 * March 2025, before MDN reorganised its references) and the one it builds with. Run it after
 * upgrading @mdn/browser-compat-data; a test (beside this script) fails while the file is out
 * of date.
 */
import { writeFileSync } from 'node:fs';
import { readPackageJson } from '../src/data/packages.ts';
import { formerMdnSlugs, type BcdTree } from '../src/lib/navigation/mdn-former-slugs.ts';

/** Where the file is written, for the build to read. */
export const FORMER_SLUGS_FILE = 'src/data/mdn-former-slugs.json';

/** The file's content, from the two packages. */
export function formerSlugsJson(): string {
  const slugs = formerMdnSlugs(
    readPackageJson<BcdTree>('bcd-2025-03', 'data.json'),
    readPackageJson<BcdTree>('@mdn/browser-compat-data', 'data.json')
  );
  return `${JSON.stringify(slugs, null, 2)}\n`;
}

if (import.meta.main) {
  const json = formerSlugsJson();
  writeFileSync(FORMER_SLUGS_FILE, json);
  console.log(
    `${Object.keys(JSON.parse(json)).length} moved MDN pages written to ${FORMER_SLUGS_FILE}`
  );
}
