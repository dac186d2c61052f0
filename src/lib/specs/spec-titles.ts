/** What the site needs of a `web-specs` entry. */
export interface SpecEntry {
  url: string;
  shortname?: string;
  title: string;
  shortTitle?: string;
  nightly?: { url?: string; alternateUrls?: string[] };
  release?: { url?: string };
  /** The series a level belongs to (`css-syntax` for `css-syntax-3`). */
  series?: { currentSpecification?: string; nightlyUrl?: string; releaseUrl?: string };
}

/** A specification link with the spec's title. */
export interface ResolvedSpec {
  url: string;
  title: string;
  /** The section the link points to: named in frontmatter, or else the URL's fragment. */
  label: string;
}

/** An unknown spec URL, reported with the page and field that named it. */
export class UnknownSpecError extends Error {
  constructor(filePath: string, field: string, url: string) {
    super(
      `${filePath}: ${field} links to ${url}, which is not in any specification that web-specs lists`
    );
    this.name = 'UnknownSpecError';
  }
}

const withoutHash = (url: string) => url.split('#')[0] ?? url;

/** A URL's fragment, decoded when it is valid percent-encoding (some data URLs are not). */
function decodedFragment(url: string): string {
  const fragment = new URL(url).hash.slice(1);
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * The specification a URL points into: the `web-specs` entry whose URL (current, nightly or
 * release) is the longest prefix of it, so `…/multipage/web-messaging.html#x` finds the HTML
 * Standard. A series' unversioned URL (`drafts.csswg.org/css-syntax/`, as BCD often links)
 * finds the series' current level. Undefined when none matches.
 */
export function findSpec(url: string, specs: readonly SpecEntry[]): SpecEntry | undefined {
  const target = withoutHash(url);
  let best: { spec: SpecEntry; length: number } | undefined;
  for (const { base, spec } of basesOf(specs).get(originOf(target)) ?? []) {
    if (base.length > (best?.length ?? 0) && target.startsWith(base))
      best = { spec, length: base.length };
  }
  return best?.spec;
}

/** The origin of a URL, or the URL itself when it has none. */
const originOf = (url: string) => /^[a-z]+:\/\/[^/]+/i.exec(url)?.[0].toLowerCase() ?? url;

const bases = new WeakMap<readonly SpecEntry[], Map<string, { base: string; spec: SpecEntry }[]>>();

/** Every URL a spec can be linked by, by origin, listed once per web-specs list. */
function basesOf(specs: readonly SpecEntry[]): Map<string, { base: string; spec: SpecEntry }[]> {
  let byOrigin = bases.get(specs);
  if (!byOrigin) {
    const list = specs.flatMap((spec) =>
      [
        spec.url,
        spec.nightly?.url,
        ...(spec.nightly?.alternateUrls ?? []),
        spec.release?.url,
        ...(spec.series?.currentSpecification === spec.shortname
          ? [spec.series?.nightlyUrl, spec.series?.releaseUrl]
          : []),
      ].flatMap((base) => (base ? [{ base, spec }] : []))
    );
    byOrigin = Map.groupBy(list, ({ base }) => originOf(base));
    bases.set(specs, byOrigin);
  }
  return byOrigin;
}

/**
 * Resolves spec URLs to titled links. A URL that no spec contains throws (a page's own links must
 * be right), unless `unknown` is 'keep': then it stays, titled by its host (links that come from
 * the data for an unreviewed page, where one package may lag behind another).
 */
export function resolveSpecs(
  filePath: string,
  links: readonly { url: string; field: string; section?: string | undefined }[],
  specs: readonly SpecEntry[],
  unknown: 'throw' | 'keep' = 'throw'
): ResolvedSpec[] {
  const seen = new Set<string>();
  return links.flatMap(({ url, field, section }) => {
    if (seen.has(url)) return [];
    seen.add(url);
    const spec = findSpec(url, specs);
    if (!spec && unknown === 'throw') throw new UnknownSpecError(filePath, field, url);
    const anchor = decodedFragment(url);
    return [{ url, title: spec?.title ?? new URL(url).host, label: section ?? (anchor || url) }];
  });
}
