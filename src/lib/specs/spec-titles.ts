/** What the site needs of a `web-specs` entry. */
export interface SpecEntry {
  url: string;
  shortname?: string;
  title: string;
  shortTitle?: string;
  nightly?: { url?: string; alternateUrls?: string[] };
  release?: { url?: string };
  /**
   * The series a level belongs to (`css-syntax` for `css-syntax-3`); its title has no level or
   * "Nightly" in it.
   */
  series?: {
    currentSpecification?: string;
    nightlyUrl?: string;
    releaseUrl?: string;
    title?: string;
    shortTitle?: string;
  };
}

/**
 * The name readers know a spec by: the series' title ("Service Workers"), not the edition's
 * ("Service Workers Nightly"); `short` prefers the short title ("WebRTC").
 */
export function specName(spec: SpecEntry, short = false): string {
  const names = short
    ? [spec.series?.shortTitle, spec.shortTitle, spec.series?.title, spec.title]
    : [spec.series?.title, spec.title];
  return names.find((name) => name !== undefined && name !== '') ?? spec.url;
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
  let found = foundSpecs.get(specs);
  if (!found) foundSpecs.set(specs, (found = new Map()));
  if (found.has(target)) return found.get(target);
  let best: { spec: SpecEntry; length: number } | undefined;
  for (const { base, spec } of basesOf(specs).get(originOf(target)) ?? []) {
    if (base.length > (best?.length ?? 0) && target.startsWith(base))
      best = { spec, length: base.length };
  }
  found.set(target, best?.spec);
  return best?.spec;
}

/** The spec found for each URL (without its fragment) per web-specs list: pages share specs. */
const foundSpecs = new WeakMap<readonly SpecEntry[], Map<string, SpecEntry | undefined>>();

/** The spec with a web-specs short name (`html`), looked up in an index made once per list. */
export function specByShortname(
  shortname: string | undefined,
  specs: readonly SpecEntry[]
): SpecEntry | undefined {
  let byShortname = shortnames.get(specs);
  if (!byShortname) {
    byShortname = new Map();
    // The first entry wins, as a search of the list would find it.
    for (const spec of specs)
      if (spec.shortname !== undefined && !byShortname.has(spec.shortname))
        byShortname.set(spec.shortname, spec);
    shortnames.set(specs, byShortname);
  }
  return shortname === undefined ? undefined : byShortname.get(shortname);
}

const shortnames = new WeakMap<readonly SpecEntry[], Map<string, SpecEntry>>();

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

/** What `anchorLabel` needs of the IDL: interface and mixin names, and their members. */
export interface AnchorNames {
  /** The interface or mixin whose name, lower-cased, is this (`messageeventtarget`). */
  interfaceNamed(lowerCased: string): string | undefined;
  /** The members of an interface or mixin, own and from its mixins. */
  membersOf(name: string): readonly { name: string; kind: string }[];
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A reader's label for a spec anchor. HTML and Bikeshed name their definitions by convention:
 * `handler-window-onmessage` (an event handler attribute), `dom-window-postmessage-options`
 * (a member), `event-message` (an event in the index), `eventdef-<interface>-<type>`,
 * `the-messageevent-interface`; with the IDL's own names these read `Window.onmessage`,
 * `Window.postMessage()`, `message event`. Other anchors become words.
 */
export function anchorLabel(anchor: string, names: AnchorNames): string {
  // Bikeshed numbers the places a definition is used: `ref-for-dom-idbcursor-continue①` is a
  // use of `dom-idbcursor-continue`, and reads as the definition.
  const definition = anchor.replace(/^ref-for-/, '').replace(/[\u2460-\u24ff\u2776-\u2793]+$/u, '');
  const words = definition.split('-').filter(Boolean);
  const [kind, ...rest] = words;
  // The longest run of leading words that names an interface, and the words after it.
  const leadingInterface = (parts: readonly string[]) => {
    for (let length = parts.length; length > 0; length -= 1) {
      const name = names.interfaceNamed(parts.slice(0, length).join(''));
      if (name) return { name, after: parts.slice(length) };
    }
    return undefined;
  };
  const member = (interfaceName: string, parts: readonly string[]) => {
    const members = names.membersOf(interfaceName);
    for (let length = parts.length; length > 0; length -= 1) {
      const lower = parts.slice(0, length).join('');
      const found = members.find((m) => m.name.toLowerCase() === lower);
      if (found) return found;
    }
    return undefined;
  };
  if ((kind === 'handler' || kind === 'dom') && rest.length > 1) {
    const owner = leadingInterface(rest);
    if (owner && owner.after.length > 0) {
      if (owner.after.join('') === owner.name.toLowerCase()) return `${owner.name}() constructor`;
      const found = member(owner.name, owner.after);
      if (found)
        return `${owner.name}.${found.name}${found.kind.endsWith('operation') ? '()' : ''}`;
    }
  }
  if (kind === 'event' && rest.length > 0) return `${rest.join('-')} event`;
  if (kind === 'eventdef' && rest.length > 1) {
    const owner = leadingInterface(rest.slice(0, -1));
    if (owner && owner.after.length === 0) return `${owner.name}: ${rest.at(-1)} event`;
  }
  if (kind === 'the' && words.at(-1) === 'interface' && words.length > 2) {
    const owner = leadingInterface(words.slice(1, -1));
    if (owner && owner.after.length === 0) return `The ${owner.name} interface`;
  }
  return capitalized(words.join(' '));
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
  unknown: 'throw' | 'keep' = 'throw',
  /** How an anchor reads when the link names no section; the anchor itself by default. */
  labelOf: (anchor: string) => string = (anchor) => anchor
): ResolvedSpec[] {
  const seen = new Set<string>();
  return links.flatMap(({ url, field, section }) => {
    if (seen.has(url)) return [];
    seen.add(url);
    const spec = findSpec(url, specs);
    if (!spec && unknown === 'throw') throw new UnknownSpecError(filePath, field, url);
    const anchor = decodedFragment(url);
    return [
      {
        url,
        title: spec ? specName(spec) : new URL(url).host,
        label: section ?? (anchor ? labelOf(anchor) : url),
      },
    ];
  });
}
