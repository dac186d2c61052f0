/**
 * MDN URLs of the site's pages. A reader arriving with an MDN link
 * (`https://developer.mozilla.org/en-US/docs/Web/API/Worker/message_event`, or the same path on
 * this site) reaches the page that covers that feature. A page answers for the MDN pages of its
 * BCD keys (each key's `mdn_url`) besides its own `aliases`; where several pages share a key, the
 * one whose subject the key is wins (see claimRank). Pure: BCD comes in as a lookup function.
 */

/** The locale MDN links carry for English: the form the site publishes MDN paths under. */
export const MDN_LOCALE = 'en-US';

/** The locales MDN publishes besides English (https://developer.mozilla.org/en-US/docs/MDN/Community/Translated_content). */
export const MDN_LOCALES: readonly string[] = [
  'de',
  'es',
  'fr',
  'ja',
  'ko',
  'pt-BR',
  'ru',
  'zh-CN',
  'zh-TW',
];

/**
 * MDN's top-level sections: a path `/Web/…` or `/docs/Glossary/…` is an MDN shape only when it
 * starts with one of these (a WebPlatform path such as `/docs/dom/…` is not).
 */
export const MDN_SECTIONS: readonly string[] = [
  'Web',
  'Glossary',
  'Learn',
  'Learn_web_development',
  'WebAssembly',
  'Mozilla',
  'MDN',
  'Games',
];

/**
 * The slug of an MDN URL or path (`Web/API/Window/message_event`), from any of the shapes links
 * use: `https://developer.mozilla.org/<locale>/docs/<slug>`, `/<locale>/docs/<slug>` with any
 * locale and case, `/docs/<slug>`, or `/<slug>` when the slug starts with an MDN section.
 * Undefined for anything else, and for a URL with a fragment (a section of another page).
 */
export function mdnSlug(urlOrPath: string): string | undefined {
  let path = urlOrPath;
  if (/^https?:\/\//i.test(path)) {
    const url = /^https?:\/\/developer\.mozilla\.org(\/[^?#]*)(\?[^#]*)?(#.*)?$/i.exec(path);
    if (!url?.[1] || url[3]) return undefined;
    path = url[1];
  } else if (path.includes('#')) return undefined;
  const match = /^\/(?:[a-z]{2,3}(?:-[a-z0-9]{2,8})*\/)?docs\/(.+)$/i.exec(path);
  const slug = (match ? match[1] : path.slice(1))?.replace(/\/+$/, '');
  if (!slug) return undefined;
  const section = slug.split('/')[0]?.toLowerCase();
  if (!match && !MDN_SECTIONS.some((name) => name.toLowerCase() === section)) return undefined;
  return slug;
}

/** The site path that stands for an MDN slug: `/en-US/docs/<slug>`, as MDN links it. */
export const mdnPath = (slug: string): string => `/${MDN_LOCALE}/docs/${slug}`;

/** What the ranking needs of a page. */
export interface MdnClaimant {
  kind: string;
  /** The page's BCD keys, in the order its frontmatter lists them. */
  bcd: readonly string[];
  imported: boolean;
}

/** A page's claim on an MDN path through one of its BCD keys. */
export interface MdnAlias {
  /** `/en-US/docs/<slug>`. */
  path: string;
  /** The BCD key whose `mdn_url` it is. */
  key: string;
  /** Higher wins, compared element by element (see claimRank). */
  rank: readonly number[];
}

/** The page kind a BCD key is the subject of, when its shape says (api keys only). */
export function kindOfKey(key: string): string | undefined {
  const parts = key.split('.');
  if (parts[0] !== 'api') return undefined;
  if (parts.length === 2) return 'interface';
  if (parts.length !== 3) return undefined;
  if (parts[2]?.endsWith('_event')) return 'event';
  if (parts[2] === parts[1]) return 'constructor';
  return undefined;
}

/**
 * How strongly a page claims the MDN page of its key at `index`: curated pages before imported
 * ones; then a page whose kind is the key's subject (the `message` event page, not the Worker
 * interface page, answers for `Worker/message_event`; a method or property page, for a member
 * key); then the page's first key (its own feature); then a key listed earlier.
 */
export function claimRank(page: MdnClaimant, key: string, index: number): number[] {
  const keyKind = kindOfKey(key);
  const parts = key.split('.');
  const memberKey = parts[0] === 'api' && parts.length === 3 && keyKind === undefined;
  const subject =
    keyKind === page.kind || (memberKey && (page.kind === 'method' || page.kind === 'property'));
  return [page.imported ? 0 : 1, subject ? 1 : 0, index === 0 ? 1 : 0, 0 - index];
}

/** Compares two ranks: positive when `a` is the stronger claim. */
export function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * The MDN paths a page answers for: the `mdn_url` of each of its BCD keys that has a page of its
 * own on MDN (not a fragment of another), and the path that page had before it moved (see
 * mdn-former-slugs.ts), each with its rank; a key's URL now outranks any page's former one. A
 * page's own `aliases` are added by the site index, and win over any of these.
 */
export function mdnAliases(
  page: MdnClaimant,
  mdnUrlOf: (key: string) => string | undefined,
  formerSlugOf: (key: string) => string | undefined = () => undefined
): MdnAlias[] {
  const seen = new Set<string>();
  return page.bcd.flatMap((key, index) => {
    const url = mdnUrlOf(key);
    const slugs = [url ? mdnSlug(url) : undefined, formerSlugOf(key)];
    return slugs.flatMap((slug, former) => {
      if (!slug) return [];
      const path = mdnPath(slug);
      if (seen.has(path)) return [];
      seen.add(path);
      return [{ path, key, rank: [former ? 0 : 1, ...claimRank(page, key, index)] }];
    });
  });
}
