import type { BrowserInfo, CompatTable, Identifier } from '~/lib/compat/compat-model';
import { buildCompatTable, lookupKey } from '~/lib/compat/compat-model';
import { hasShipped } from '~/lib/compat/shipping';
import {
  featureIdOfKey,
  pageBaseline,
  type PageBaseline,
  type WebFeature,
} from '~/lib/compat/baseline';
import { resolveSpecs, type ResolvedSpec, type SpecEntry } from '~/lib/specs/spec-titles';
import { specAnchorLabel } from './idl';
import { packageVersion, readPackageJson } from './packages';
import formerMdnSlugs from './mdn-former-slugs.json';

/** BCD's data.json: the trees of features, and the browsers. */
type BcdData = Identifier & { browsers: Record<string, BrowserInfo> };

const bcd = () => readPackageJson<BcdData>('@mdn/browser-compat-data', 'data.json');
const webFeatures = () =>
  readPackageJson<{ features: Record<string, WebFeature> }>('web-features', 'data.json').features;
const webSpecs = () => readPackageJson<SpecEntry[]>('web-specs', 'index.json');

/**
 * The MDN page of a BCD key (its `mdn_url`), or undefined for a key BCD does not have (the page
 * model reports those, naming the page) or that has no MDN page.
 */
export function mdnUrlOf(key: string): string | undefined {
  return lookupKey(bcd(), key)?.__compat?.mdn_url;
}

/**
 * The slug the MDN page of a BCD key had before it moved (`Web/CSS/color`), when it moved:
 * src/data/mdn-former-slugs.json, written from the data packages by `npm run mdn-former-slugs`.
 */
export function formerMdnSlugOf(key: string): string | undefined {
  return (formerMdnSlugs as Record<string, string | undefined>)[key];
}

/** The compatibility table of a page's BCD keys; throws naming the page for an unknown key. */
export function compatTableFor(filePath: string, keys: readonly string[]): CompatTable {
  const data = bcd();
  return buildCompatTable(filePath, keys, data, data.browsers);
}

/**
 * The page's specification links: those its frontmatter lists, then the `spec_url`s of its BCD
 * keys, each titled from web-specs; throws naming the page for a URL no spec contains, and
 * when a page ends up with none at all.
 */
export function specsFor(
  filePath: string,
  frontmatterSpecs: readonly { url: string; section?: string | undefined }[],
  table: CompatTable,
  /**
   * Reviewed pages need at least one link and every URL known to web-specs; pages imported from
   * the wiki and awaiting review may have none, and keep a data URL web-specs does not know.
   */
  reviewed = true
): ResolvedSpec[] {
  const links = [
    ...frontmatterSpecs.map((spec, index) => ({ ...spec, field: `field "specs[${index}].url"` })),
    ...table.rows
      .filter((row) => row.depth === 0)
      .flatMap((row) =>
        row.specUrls.map((url) => ({ url, field: `the spec_url of BCD key "${row.key}"` }))
      ),
  ];
  const specs = resolveSpecs(
    filePath,
    links,
    webSpecs(),
    reviewed ? 'throw' : 'keep',
    specAnchorLabel
  );
  if (specs.length === 0 && reviewed) {
    throw new Error(
      `${filePath}: no specification link: add one to field "specs", or a BCD key with a spec_url to field "bcd"`
    );
  }
  return specs;
}

/**
 * The Baseline status of a page, from web-features. `requireSubject` (reviewed pages): keys of
 * several features need `webFeatures` to say which one the page is about.
 */
export function baselineFor(
  filePath: string,
  keys: readonly string[],
  featureIds: readonly string[] | undefined,
  requireSubject = false
): PageBaseline {
  return pageBaseline(filePath, keys, featureIds, webFeatures(), requireSubject);
}

/** The web feature that covers a BCD key (`api.Worker` → Dedicated workers). */
export function featureCovering(key: string): { id: string; name: string } | undefined {
  const id = featureIdOfKey(webFeatures(), key);
  return id === undefined ? undefined : { id, name: webFeatures()[id]?.name ?? id };
}

/**
 * Whether some browser ships a key's feature, by @mdn/browser-compat-data: a released version with
 * it on by default (src/lib/compat/shipping.ts). No entry, or only flags and previews: not shipped.
 */
export function shipsInABrowser(key: string): boolean {
  return hasShipped(lookupKey(bcd(), key)?.__compat?.support);
}

/** The versions of the data packages, for the page footer. */
export function dataVersions(): { name: string; version: string }[] {
  return ['@mdn/browser-compat-data', 'web-features', 'web-specs'].map((name) => ({
    name,
    version: packageVersion(name),
  }));
}
