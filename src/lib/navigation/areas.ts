import { folderAt } from './folders';
import { segmentName } from './names';
import { byText, groupKey, type SiteIndex, type SitePage } from './site-index';

/**
 * How an area is organised, as its index page and the sidebar show it: its groups (the pages
 * under a second segment, `dom/Window/…`), each introduced by its own page when the site has one
 * (`/dom/Window`), and the pages directly under the area that introduce no group. Computed once
 * per area and shared by every page of the area.
 */

/** Titles told apart, in the order navigation lists them. */
export interface TitledPages {
  pages: SitePage[];
  /** Each page's title, told apart from its namesakes (see distinctTitles). */
  titles: string[];
}

/** A group of an area. */
export interface PageGroup extends TitledPages {
  /** The URL segment (`Window`, `web-messaging`). */
  id: string;
  /** Its reader-facing name (`Window`, "Web messaging"). */
  name: string;
  /** The page that introduces the group (`/dom/Window`), when the site has one. */
  head: SitePage | undefined;
  /** Where the group is introduced: its head page, else its section of the area's index. */
  href: string;
}

/** An area's groups and direct pages. */
export interface AreaStructure {
  area: string;
  name: string;
  /** Groups by name. */
  groups: PageGroup[];
  /** Pages directly under the area that introduce no group, by title. */
  direct: TitledPages;
  /** Every page the area lists (superseded wiki originals aside). */
  size: number;
}

/** The URL of an area's index page. */
export function areaUrl(area: string): string {
  return `/${area}`;
}

/** The URL of a group's section on its area's index page. */
export function groupUrl(area: string, group: string): string {
  return `${areaUrl(area)}#group-${group}`;
}

/** The group's own page (`/dom/Window` for the group `dom/Window/…`), when the site has one. */
export function groupPage(index: SiteIndex, area: string, group: string): SitePage | undefined {
  const page = index.byUrl.get(`/${area}/${group}`.toLowerCase());
  return page && !page.lang && !page.superseded ? page : undefined;
}

/**
 * Where a group is introduced: its own page, else the index of its folder (folders.ts), else its
 * section of the area's index.
 */
export function groupHref(index: SiteIndex, area: string, group: string): string {
  return (
    groupPage(index, area, group)?.url ??
    folderAt(index, `/${area}/${group}`)?.url ??
    groupUrl(area, group)
  );
}

/** The pages navigation lists: not the superseded wiki originals, which their pages link to. */
export const listed = (pages: readonly SitePage[]) => pages.filter((page) => !page.superseded);

/**
 * The titles of a list of pages, in order, each told apart from the others with the same title:
 * by its parent's name (`count (IDBIndex)`, `count (IDBObjectStore)`); where that is not enough,
 * by the last segment of its URL (`timeout (timeout-event)`); else by its path below its area.
 * Titles are counted once for the list.
 */
export function distinctTitles(list: readonly Pick<SitePage, 'title' | 'url'>[]): string[] {
  const unique = (labels: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
    return (label: string) => counts.get(label) === 1;
  };
  const byTitle = unique(list.map((page) => page.title));
  const ways = [
    (page: Pick<SitePage, 'title' | 'url'>) => page.url.split('/').at(-2),
    (page: Pick<SitePage, 'title' | 'url'>) => page.url.split('/').at(-1),
    (page: Pick<SitePage, 'title' | 'url'>) => page.url.split('/').slice(2).join('/'),
  ];
  let labels = list.map((page) => page.title);
  let pending = list.map((page) => !byTitle(page.title));
  for (const way of ways) {
    if (!pending.some(Boolean)) break;
    const tried = list.map((page, i) => (pending[i] ? `${page.title} (${way(page) ?? ''})` : ''));
    const isUnique = unique(tried);
    labels = labels.map((label, i) => (pending[i] ? (tried[i] ?? label) : label));
    pending = pending.map((waiting, i) => waiting && !isUnique(tried[i] ?? ''));
  }
  return labels;
}

/** Pages with their distinct titles, sorted by those titles. */
export function titled(pages: readonly SitePage[]): TitledPages {
  const titles = distinctTitles(pages);
  const order = pages.map((_, i) => i).sort((a, b) => byText(titles[a] ?? '', titles[b] ?? ''));
  return {
    pages: order.map((i) => pages[i] as SitePage),
    titles: order.map((i) => titles[i] ?? ''),
  };
}

const structures = new WeakMap<SiteIndex, Map<string, AreaStructure>>();

/** The structure of an area (see the module comment), computed once per index and area. */
export function areaStructure(index: SiteIndex, area: string): AreaStructure {
  let byArea = structures.get(index);
  if (!byArea) structures.set(index, (byArea = new Map()));
  const known = byArea.get(area);
  if (known) return known;
  const pages = listed(index.byArea.get(area) ?? []);
  const groups: PageGroup[] = [...new Set(pages.map((page) => page.group))]
    .filter((group) => group !== area)
    .map((id) => ({
      id,
      name: segmentName(id),
      head: groupPage(index, area, id),
      href: groupHref(index, area, id),
      ...titled(listed(index.byGroup.get(groupKey({ area, group: id })) ?? [])),
    }))
    .sort((a, b) => byText(a.name, b.name) || byText(a.id, b.id));
  const heads = new Set(groups.map((group) => group.head?.url));
  const structure: AreaStructure = {
    area,
    name: segmentName(area),
    groups,
    direct: titled(pages.filter((page) => page.group === area && !heads.has(page.url))),
    size: pages.length,
  };
  byArea.set(area, structure);
  return structure;
}
