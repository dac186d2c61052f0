import { areaStructure, areaUrl, groupUrl, type AreaStructure, type PageGroup } from './areas';
import { segmentName } from './names';
import { byText, type SiteIndex, type SitePage } from './site-index';

/** A link in the sidebar. */
export interface NavLink {
  title: string;
  href: string;
  current: boolean;
}

/** Where a shortened list is given in full, and how many of its items the sidebar leaves out. */
export interface NavMore {
  /** Items before the listed ones. */
  before: number;
  /** Items after the listed ones. */
  after: number;
  /** The page or section that lists every item. */
  href: string;
  /** What that list is ("DOM", "Properties"), for the link's text. */
  of: string;
  /** How many items it has. */
  total: number;
}

/**
 * What an area lists: a page directly under it (`/dom/DOMError`), or a group of pages (`/dom/Window/…`),
 * linked to the group's own page when the site has one (`/dom/Window`), else to the group's
 * section of the area's index.
 */
export interface NavEntry extends NavLink {
  /** Pages in the group; 0 for a single page. */
  size: number;
  /** The group's pages, listed for the current entry only (around the current page, if many). */
  links: NavLink[];
  /** Set when `links` is a part of the group. */
  more: NavMore | undefined;
}

/** An area of the site; only the current one lists its entries. */
export interface NavArea {
  id: string;
  label: string;
  href: string;
  current: boolean;
  entries: NavEntry[];
  /** Set when `entries` is a part of the area's. */
  more: NavMore | undefined;
}

/**
 * The sidebar. On a page of an area, that area alone, with a link to every area; elsewhere,
 * every area, and how many pages outside any area the home page lists.
 */
export interface SidebarModel {
  areas: NavArea[];
  /** Whether `areas` is the current area alone (the sidebar then links to every area). */
  scoped: boolean;
  /** One-segment pages outside any area (the wiki's glossary terms): see the home page. */
  unlisted: number;
}

/**
 * Lists longer than this are shortened to NAV_WINDOW items around the current one, so a page of
 * a 700-page group carries a few dozen links, not 700; the rest are one link away.
 */
export const NAV_LIST_MAX = 30;
/** How many items a shortened list shows. */
export const NAV_WINDOW = 21;

/** A part of a list around one item: the whole list when it is short enough. */
export function windowAround<T>(
  list: readonly T[],
  at: number
): { items: T[]; before: number; after: number } {
  if (list.length <= NAV_LIST_MAX) return { items: [...list], before: 0, after: 0 };
  const start = Math.min(Math.max(at - Math.floor(NAV_WINDOW / 2), 0), list.length - NAV_WINDOW);
  return {
    items: list.slice(start, start + NAV_WINDOW),
    before: start,
    after: list.length - start - NAV_WINDOW,
  };
}

/** An area's entries before any is current, by name; computed once per area. */
const entryLists = new WeakMap<
  AreaStructure,
  (Omit<NavEntry, 'current' | 'links' | 'more'> & { group: PageGroup | undefined })[]
>();

function areaEntries(structure: AreaStructure) {
  let entries = entryLists.get(structure);
  if (!entries) {
    entries = [
      ...structure.groups.map((group) => ({
        title: group.name,
        href: group.href,
        size: group.pages.length,
        group,
      })),
      ...structure.direct.pages.map((page, i) => ({
        title: structure.direct.titles[i] ?? page.title,
        href: page.url,
        size: 0,
        group: undefined,
      })),
    ].sort((a, b) => byText(a.title, b.title) || byText(a.href, b.href));
    entryLists.set(structure, entries);
  }
  return entries;
}

/**
 * The sidebar for one page: the current area's entries (pages directly under it and groups) and
 * the current group's pages, or, outside any area, every area by name. Long lists show the part
 * around the current page and link to the whole (NAV_LIST_MAX), so what a page carries does not
 * grow with the site. A translation is placed where the page it translates is.
 */
export function buildSidebar(index: SiteIndex, page: SitePage | undefined): SidebarModel {
  const current = (page && index.originals.get(page.key)) ?? page;
  const inArea = current && index.byArea.has(current.area) ? current : undefined;
  const areas = (inArea ? [inArea.area] : index.areas).map((area) => ({
    area,
    label: segmentName(area),
  }));
  return {
    scoped: !!inArea,
    unlisted: index.topLevel.length,
    areas: areas
      .sort((a, b) => byText(a.label, b.label))
      .map(({ area, label }) => {
        const isCurrent = area === inArea?.area;
        const currentGroup = inArea && inArea.group !== area ? inArea.group : undefined;
        const entries = (isCurrent ? areaEntries(areaStructure(index, area)) : []).map(
          ({ group, ...entry }) => {
            const isCurrentEntry =
              entry.href === inArea?.url || (!!group && group.id === currentGroup);
            const members = isCurrentEntry ? group : undefined;
            const at = members?.pages.findIndex((member) => member.url === inArea?.url) ?? -1;
            const part = windowAround(members?.pages ?? [], at);
            return {
              ...entry,
              current: isCurrentEntry,
              links: part.items.map((member, i) => ({
                title: members?.titles[part.before + i] ?? member.title,
                href: member.url,
                current: member.url === inArea?.url,
              })),
              more:
                members && part.items.length < members.pages.length
                  ? {
                      before: part.before,
                      after: part.after,
                      href: groupUrl(area, members.id),
                      of: entry.title,
                      total: members.pages.length,
                    }
                  : undefined,
            };
          }
        );
        const part = windowAround(
          entries,
          entries.findIndex((entry) => entry.current)
        );
        return {
          id: area,
          label,
          href: areaUrl(area),
          current: isCurrent,
          entries: part.items,
          more:
            part.items.length < entries.length
              ? {
                  before: part.before,
                  after: part.after,
                  href: areaUrl(area),
                  of: label,
                  total: entries.length,
                }
              : undefined,
        };
      }),
  };
}
