import type { CompatTable } from '~/lib/compat/compat-model';
import type { PageBaseline } from '~/lib/compat/baseline';
import type { ResolvedSpec } from '~/lib/specs/spec-titles';
import { buildSidebar, type SidebarModel } from '~/lib/navigation/sidebar';
import { breadcrumbs, neighbours, type Crumb } from '~/lib/navigation/breadcrumbs';
import { translatedUrl, type SitePage } from '~/lib/navigation/site-index';
import { pageJson, type PageJson } from '~/lib/pages/page-json';
import { reviewLabel } from '~/lib/pages/review-rank';
import { segmentName } from '~/lib/navigation/names';
import type { ReferencePageData } from '~/schemas/reference-page';
import { baselineFor, compatTableFor, dataVersions, specsFor } from './compat';
import { eventFactsFor, interfaceFor, webrefVersions } from './webref';
import { lastChanged } from './git-dates';
import { idlReady } from './idl';
import { pageFeatures } from './features';
import type { FeatureMapping } from '~/lib/compat/feature-mapping';
import { entryOf, getSite, type PageEntry, type Site } from './site';

/** A page linked from another (See also, child pages, translations). */
export interface PageLink {
  title: string;
  summary: string;
  href: string;
  kind: string;
}

/**
 * Everything a reference page shows, computed once per page per build: the HTML layout and the
 * page's JSON view both render from it, and components only render.
 */
export interface PageModel {
  page: SitePage;
  entry: PageEntry;
  data: ReferencePageData;
  /** Imported from the wiki rather than written for the site. */
  imported: boolean;
  /**
   * For an imported page without BCD keys of its own: the feature found for it in today's data,
   * or why there is none.
   */
  feature: FeatureMapping | undefined;
  compat: CompatTable;
  specs: ResolvedSpec[];
  baseline: PageBaseline | undefined;
  eventData: ReturnType<typeof eventFactsFor> | undefined;
  interfaceData: ReturnType<typeof interfaceFor> | undefined;
  interfaceLinks: Readonly<Record<string, string>>;
  related: PageLink[];
  /** The pages a wiki listing showed (`wiki.childPagesOf`), from the site's own pages. */
  childPages: PageLink[] | undefined;
  /** Translations of this page, or the page this one translates and its other translations. */
  translations: (PageLink & { lang: string | undefined })[];
  sidebar: SidebarModel;
  breadcrumbs: Crumb[];
  previous: Crumb | undefined;
  next: Crumb | undefined;
  /** The page's file in the repository, or the wiki page it was imported from. */
  source: string;
  /** Whether `source` is in the repository (an import of another corpus is not). */
  inRepository: boolean;
  /** ISO date of the source's last commit. */
  updated: string | undefined;
  /** The imported wiki page this curated page replaced, when the site has it. */
  wikiOriginalHref: string | undefined;
  versions: { name: string; version: string }[];
  json: PageJson;
}

/** A link to a page, with what a list of pages shows of it. */
export const linkTo = (site: Site, page: SitePage): PageLink => ({
  title: page.title,
  summary: entryOf(site, page).data.summary,
  href: page.url,
  kind: page.kind,
});

/** A page as a card shows it: where it is and how far it has been reviewed, beside its link. */
export interface PageCard extends PageLink {
  /** Where the page is ("DOM › Window"). */
  context: string;
  /** "Reviewed", or the wiki's editorial state. */
  review: string;
}

/** The card of a page (home page, area indexes). */
export const cardOf = (site: Site, page: SitePage): PageCard => ({
  ...linkTo(site, page),
  context: [page.area, ...(page.group === page.area ? [] : [page.group])]
    .map(segmentName)
    .join(' › '),
  review: reviewLabel(page.reviewRank),
});

/** The model of the page with this key (see pageKey), computed once per site. */
export async function pageModelFor(key: string): Promise<PageModel> {
  const [site] = await Promise.all([getSite(), idlReady()]);
  const memoKey = `page-model:${key}`;
  let model = site.memo.get(memoKey) as PageModel | undefined;
  if (!model) {
    model = buildPageModel(site, key);
    site.memo.set(memoKey, model);
  }
  return model;
}

function buildPageModel(site: Site, key: string): PageModel {
  const { index } = site;
  const page = index.byKey.get(key);
  if (!page) throw new Error(`No page ${key}`);
  const entry = entryOf(site, page);
  const { data } = entry;
  const imported = entry.collection === 'wiki';
  // Build-time data: each call throws naming this file for an unknown key, spec URL or feature id.
  const where = entry.filePath ?? entry.id;
  // An imported page gets today's data for the feature it documents, when that is certain.
  const { keys, feature } = pageFeatures(entry.id, data, imported);
  const compat = compatTableFor(where, keys);
  // Spec links from the data when it has some for the feature; the wiki's own otherwise.
  const mappedSpecs =
    feature?.status === 'mapped' && compat.rows.some((row) => row.specUrls.length);
  const specs = specsFor(where, mappedSpecs ? [] : data.specs, compat, !data.review);
  const baseline =
    keys.length > 0 || data.webFeatures
      ? baselineFor(where, keys, data.webFeatures, !data.review)
      : undefined;
  // Event facts and interface IDL come from the specs' own data; the page's claims are checked.
  // Unreviewed (imported) pages show where the spec data disagrees instead of failing the build.
  const eventData =
    data.kind === 'event' ? eventFactsFor(where, data.title, data.event, !data.review) : undefined;
  const interfaceData =
    data.kind === 'interface' && !imported ? interfaceFor(where, data.title) : undefined;

  const related = data.related.flatMap((ref) => {
    const target = index.byKey.get(`reference:${ref.id}`);
    return target ? [linkTo(site, target)] : [];
  });
  const childPagesOf = data.wiki?.childPagesOf;
  const childPages = childPagesOf
    ? (index.children.get(`/${childPagesOf}`) ?? []).map((child) => linkTo(site, child))
    : undefined;
  const original = page.lang ? index.originals.get(page.key) : page;
  const translations = [
    ...(original && original !== page ? [original] : []),
    ...(index.translations.get(original?.url ?? translatedUrl(page)) ?? []).filter(
      (t) => t !== page
    ),
  ].map((other) => ({ ...linkTo(site, other), lang: other.lang }));

  // A page's source is its file, when the repository has it; a wiki page imported from another
  // corpus (npm run build:with-wiki) names its wiki page instead.
  const inRepository = entry.filePath?.startsWith('src/content/') ?? false;
  const source = inRepository
    ? (entry.filePath ?? entry.id)
    : `WebPlatform wiki: ${data.attribution?.wikiPath ?? entry.id}`;
  const wikiOriginal = imported
    ? undefined
    : (index.yielded.find((y) => y.takenById === entry.id && y.id === entry.id) ??
      index.yielded.find((y) => y.takenById === entry.id));
  return {
    page,
    entry,
    data,
    imported,
    feature,
    compat,
    specs,
    baseline,
    eventData,
    interfaceData,
    interfaceLinks: index.interfaceLinks,
    related,
    childPages,
    translations,
    sidebar: buildSidebar(index, page),
    breadcrumbs: breadcrumbs(index, page),
    ...neighbours(index, page),
    source,
    inRepository,
    updated: inRepository ? lastChanged(source) : undefined,
    wikiOriginalHref: wikiOriginal?.url,
    versions: [...dataVersions(), ...webrefVersions()],
    json: pageJson({ url: page.url, data, imported, keys, feature, compat, specs, baseline }),
  };
}
