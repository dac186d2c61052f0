/**
 * Finds the `@mdn/browser-compat-data` feature a page imported from the WebPlatform wiki is
 * about, from every signal the page carries: its wiki path and page type, what it applies to (the
 * interface of a member, the element of an attribute), the MDN link in its attribution, BCD's own
 * `mdn_url`s, and the specifications' IDL. A mapping that is not certain is not used: wrong
 * compatibility data is worse than none. Pure: BCD and the IDL come in as arguments.
 */

import type { ReferencePageData } from '../../schemas/reference-page.ts';

/** What a page says about itself that can identify its feature. */
export interface FeatureSignals {
  /** The wiki path (`apis/indexeddb/IDBCursor/continue`). */
  path: string;
  title: string;
  /** The site's page kind (`method`, `property`, `event`…). */
  kind: string;
  /** The wiki's page-type template, normalised (`api object method`, `css property`…). */
  type?: string | undefined;
  /** The wiki path the page applies to (`apis/indexeddb/IDBCursor`). */
  appliesTo?: string | undefined;
  /** Links the page's attribution gives, of which MDN's count. */
  links: readonly string[];
}

/** How a key was found. */
export type MappingSignal = 'wiki-path' | 'applies-to' | 'mdn-link' | 'idl';

/** The result for one page. */
export type FeatureMapping =
  | { status: 'mapped'; key: string; via: MappingSignal[] }
  | {
      status: 'unmapped';
      /** Whether the page documents a feature the data could know (an API member, a CSS property…). */
      plausible: boolean;
      /** Why no key is used, in a few words. */
      reason: string;
      /** Keys that were considered and not used. */
      candidates: string[];
    };

/**
 * What the mapping needs of the IDL: an interface's member by name (own, mixin or inherited; `on`
 * is the interface that has it), or 'no-interface' when the IDL has no such interface.
 */
export type IdlLookup = (
  interfaceName: string,
  member: string
) => { kind: string; type: string; on: string } | undefined | 'no-interface';

/** BCD's features, indexed once per build. */
export interface BcdIndex {
  /** Every feature key (`api.IDBCursor.continue`). */
  keys: ReadonlySet<string>;
  /** Lower-cased key → key, for names the wiki wrote in another case. */
  byLowerKey: ReadonlyMap<string, string>;
  /** Canonical MDN path (see mdnPath) → the keys whose `mdn_url` has it. */
  byMdnPath: ReadonlyMap<string, readonly string[]>;
  /** Last segment of each `css.types.*` key → keys, for CSS functions. */
  cssTypesByName: ReadonlyMap<string, readonly string[]>;
}

/** A BCD tree node: sub-features by name, and its own data under `__compat`. */
interface BcdNode {
  [name: string]: unknown;
  __compat?: { mdn_url?: string };
}

/** Indexes BCD's feature trees (everything but `browsers` and `__meta`). */
export function buildBcdIndex(data: Readonly<Record<string, unknown>>): BcdIndex {
  const keys = new Set<string>();
  const byLowerKey = new Map<string, string>();
  const byMdnPath = new Map<string, string[]>();
  const cssTypesByName = new Map<string, string[]>();
  const walk = (node: BcdNode, key: string) => {
    for (const [name, child] of Object.entries(node)) {
      if (name === '__compat' || typeof child !== 'object' || child === null) continue;
      const childKey = key ? `${key}.${name}` : name;
      const compat = (child as BcdNode).__compat;
      if (compat) {
        keys.add(childKey);
        byLowerKey.set(childKey.toLowerCase(), childKey);
        const path = compat.mdn_url ? mdnPath(compat.mdn_url) : undefined;
        if (path) byMdnPath.set(path, [...(byMdnPath.get(path) ?? []), childKey]);
        if (childKey.startsWith('css.types.'))
          cssTypesByName.set(name.toLowerCase(), [
            ...(cssTypesByName.get(name.toLowerCase()) ?? []),
            childKey,
          ]);
      }
      walk(child as BcdNode, childKey);
    }
  };
  for (const [tree, node] of Object.entries(data)) {
    if (tree === 'browsers' || tree === '__meta' || typeof node !== 'object' || node === null)
      continue;
    walk(node as BcdNode, tree);
  }
  return { keys, byLowerKey, byMdnPath, cssTypesByName };
}

/**
 * An MDN URL reduced to what stays the same across MDN's reorganisations (2013 `/en-US/docs/
 * HTML/Element/p`, 2015 `/docs/Web/HTML/Element/p`, 2025 `/docs/Web/HTML/Reference/Elements/p`):
 * no origin, locale, `docs`, `Web` or `Reference`; plural section names; CSS's sections merged
 * (properties, selectors, values, at-rules all become `css/<name>`); old `DOM/element.innerHTML`
 * as `api/element/innerhtml`. Lower case. Undefined for a URL that is not MDN's.
 */
export function mdnPath(url: string): string | undefined {
  let pathname: string;
  try {
    const parsed = new URL(url);
    if (parsed.hostname !== 'developer.mozilla.org') return undefined;
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  const segments = pathname.toLowerCase().split('/').filter(Boolean);
  if (/^[a-z]{2}(-[a-z]{2})?$/.test(segments[0] ?? '')) segments.shift();
  if (segments[0] === 'docs') segments.shift();
  if (segments[0] === 'web') segments.shift();
  const rest = segments.filter((s) => s !== 'reference');
  const [section, ...tail] = rest;
  if (!section) return undefined;
  const rename: Record<string, string> = { element: 'elements', attribute: 'attributes' };
  const out = [section === 'dom' ? 'api' : section, ...tail.map((s) => rename[s] ?? s)];
  if (out[0] === 'css' && ['properties', 'selectors', 'values', 'at-rules'].includes(out[1] ?? ''))
    out.splice(1, 1);
  // 2013 MDN named members "element.innerHTML".
  if (out[0] === 'api' && out.length === 2 && /^[a-z]\w*\.\w+$/.test(out[1] ?? ''))
    out.splice(1, 1, ...(out[1] ?? '').split('.'));
  return out.join('/');
}

/** Page types whose page documents one feature the data could know. */
const FEATURE_TYPES = new Set([
  'api object',
  'api object method',
  'api object property',
  'event',
  'css property',
  'css selector',
  'css function',
  'css at rule',
  'css media feature',
  'markup element',
  'markup attribute',
  'http header',
  'js syntax',
]);

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;
const lastSegment = (path: string) => path.split('/').at(-1) ?? path;
/** A member name from a title such as `continue`, `continue()` or `IDBCursor.continue()`. */
const memberName = (title: string) => {
  const name = title.trim().replace(/\(\)$/, '').replace(/^.*\./, '');
  return IDENTIFIER.test(name) ? name : undefined;
};
const isInterfaceName = (name: string | undefined): name is string =>
  name !== undefined && /^[A-Z][A-Za-z0-9]*$/.test(name);

/** A candidate key with the signals that produced it. */
interface Candidate {
  key: string;
  via: MappingSignal[];
}

/** The key of a feature from the page's wiki path, type and applies-to. */
function keyFromPath(signals: FeatureSignals, bcd: BcdIndex, idl: IdlLookup): Candidate[] {
  const { path, type, title, kind } = signals;
  // Some pages name what they apply to by its old wiki URL.
  const appliesTo = signals.appliesTo?.replace(/^https?:\/\/docs\.webplatform\.org\/wiki\//, '');
  const segments = path.split('/');
  const [area, section] = segments;
  const name = lastSegment(path);
  const found = (key: string, via: MappingSignal[] = ['wiki-path']): Candidate[] => {
    const exact = bcd.keys.has(key) ? key : bcd.byLowerKey.get(key.toLowerCase());
    return exact ? [{ key: exact, via }] : [];
  };
  const target = appliesTo ? lastSegment(appliesTo) : undefined;

  if (area === 'css' && section === 'properties' && segments.length === 3)
    return found(`css.properties.${name}`);
  if (area === 'css' && section === 'selectors' && segments.length >= 3)
    return found(`css.selectors.${name.replace(/^:+/, '')}`);
  if (area === 'css' && section === 'functions' && segments.length === 3) {
    const keys = bcd.cssTypesByName.get(name.toLowerCase()) ?? [];
    return keys.length === 1 && keys[0] ? [{ key: keys[0], via: ['wiki-path'] }] : [];
  }
  if (area === 'css' && (section === 'atrules' || section === 'at-rules') && segments.length === 3)
    return found(`css.at-rules.${name.replace(/^@/, '')}`);
  if (area === 'css' && section === 'media_queries' && segments.length === 3)
    return found(`css.at-rules.media.${name}`);
  if (
    (area === 'html' || area === 'svg' || area === 'mathml') &&
    section === 'elements' &&
    segments.length === 3
  )
    return found(`${area}.elements.${name.toLowerCase()}`);
  if (area === 'html' && section === 'attributes' && segments.length === 3) {
    // An attribute of one element (applies to html/elements/x), or a global attribute.
    if (appliesTo?.startsWith('html/elements/') && appliesTo.split('/').length === 3)
      return found(`html.elements.${lastSegment(appliesTo).toLowerCase()}.${name}`, [
        'wiki-path',
        'applies-to',
      ]);
    // Any other applies-to (the wiki often wrote dom/HTMLElement for "every element"): a global
    // attribute, if it is one.
    return found(`html.global_attributes.${name}`);
  }
  if (area === 'http' && section === 'headers' && segments.length === 3)
    return found(`http.headers.${name}`);
  if (area === 'javascript' && segments.length >= 2) {
    const [, object, member] = segments;
    if (object === 'operators' || object === 'statements')
      return member ? found(`javascript.${object}.${member}`) : [];
    if (!isInterfaceName(object) || segments.length > 3) return [];
    const own = found(['javascript.builtins', object, member].filter(Boolean).join('.'));
    // Typed arrays (Float32Array…) share their members: BCD has them on TypedArray.
    if (
      own.length === 0 &&
      member &&
      /^(?:Big)?(?:Int|Uint|Float)\d+(?:Clamped)?Array$/.test(object)
    )
      return found(`javascript.builtins.TypedArray.${member}`);
    return own;
  }
  // Web APIs: an interface page, a member (method, property) or an event of an interface.
  if (area !== 'apis' && area !== 'dom' && area !== 'svg' && area !== 'css') return [];
  const isEvent = kind === 'event' || type === 'event';
  const isMethod = type === 'api object method' || kind === 'method';
  const isProperty = type === 'api object property' || kind === 'property';
  const isMember = isEvent || isMethod || isProperty;
  if (!isMember) {
    if (type === 'api object' && isInterfaceName(name)) return found(`api.${name}`);
    return [];
  }
  // The interface: what the page applies to, else the segment above the page in its path.
  const fromAppliesTo = isInterfaceName(target);
  const iface = fromAppliesTo ? target : segments.at(-2);
  const member = isEvent ? name : (memberName(title) ?? memberName(name));
  if (!isInterfaceName(iface) || !member) return [];
  const via: MappingSignal[] = fromAppliesTo ? ['applies-to'] : ['wiki-path'];
  if (isEvent) return found(`api.${iface}.${member}_event`, via);
  const key = `api.${iface}.${member}`;
  const inIdl = idl(iface, member);
  if (inIdl === 'no-interface') return found(key, via);
  // The specs' IDL must have the member, of the page's kind (a method is an operation).
  if (!inIdl) return [];
  // An event handler property (`onsuccess`): BCD records it with its event (`success_event`).
  if (inIdl.type === 'EventHandler' && member.startsWith('on'))
    return found(`api.${inIdl.on}.${member.slice(2).toLowerCase()}_event`, [...via, 'idl']);
  const kindAgrees =
    (isMethod && inIdl.kind.endsWith('operation')) ||
    (isProperty && inIdl.kind.endsWith('attribute')) ||
    inIdl.kind === 'const';
  if (!kindAgrees) return [];
  // BCD records a member on the interface that defines it (an inherited one is not this key),
  // and a static one with a `_static` suffix.
  const suffix = inIdl.kind.startsWith('static') ? '_static' : '';
  return [
    ...found(`api.${inIdl.on}.${member}${suffix}`, [...via, 'idl']),
    ...found(`${key}${suffix}`, [...via, 'idl']),
  ]
    .filter((c, i, all) => all.findIndex((o) => o.key === c.key) === i)
    .slice(0, 1);
}

/** Keys named by the MDN links of the page, through BCD's `mdn_url`s. */
function keysFromMdn(signals: FeatureSignals, bcd: BcdIndex): string[] {
  const keys = signals.links.flatMap((link) => {
    const path = mdnPath(link);
    return path ? (bcd.byMdnPath.get(path) ?? []) : [];
  });
  return [...new Set(keys)];
}

/**
 * The one BCD feature the page is about, or why there is none. Rules, in order of trust:
 * a key from the wiki path agreed by the MDN link is used; a key from the path alone is used when
 * BCD has it (and, for API members, the specs' IDL has the member with the page's kind); a key
 * from the MDN link alone is used when the link names exactly one feature. When the path and the
 * MDN link name different features, neither is used.
 */
export function mapFeature(signals: FeatureSignals, bcd: BcdIndex, idl: IdlLookup): FeatureMapping {
  const plausible =
    FEATURE_TYPES.has(signals.type ?? '') ||
    ['event', 'method', 'property', 'interface'].includes(signals.kind);
  const fromPath = keyFromPath(signals, bcd, idl);
  const fromMdn = keysFromMdn(signals, bcd);
  const byPath = fromPath[0];
  if (byPath) {
    if (fromMdn.length === 0 || fromMdn.includes(byPath.key))
      return {
        status: 'mapped',
        key: byPath.key,
        via: fromMdn.length > 0 ? [...byPath.via, 'mdn-link'] : byPath.via,
      };
    return {
      status: 'unmapped',
      plausible: true,
      reason: 'the wiki path and the MDN link name different features',
      candidates: [byPath.key, ...fromMdn],
    };
  }
  if (fromMdn.length === 1 && fromMdn[0] && plausible)
    return { status: 'mapped', key: fromMdn[0], via: ['mdn-link'] };
  return {
    status: 'unmapped',
    plausible: plausible || fromMdn.length > 0,
    reason:
      fromMdn.length > 1
        ? 'the MDN link names several features'
        : plausible
          ? 'its wiki path, type and links name no feature of the data'
          : 'the page documents no single feature',
    candidates: fromMdn,
  };
}

/** The signals of an imported page, from its frontmatter. */
export function signalsOfPage(
  id: string,
  data: Pick<ReferencePageData, 'title' | 'kind' | 'wiki' | 'attribution'>
): FeatureSignals {
  return {
    path: data.attribution?.wikiPath ?? id,
    title: data.title,
    kind: data.kind,
    type: data.wiki?.type,
    appliesTo: data.wiki?.appliesTo,
    links: data.attribution?.upstream.map((work) => work.url) ?? [],
  };
}
