import { areaName } from './urls';
import { byText, type SiteIndex, type SitePage } from './site-index';

/** A link in the sidebar. */
export interface NavLink {
  title: string;
  href: string;
  current: boolean;
}

/** A group of the current area (the second segment of the path: `Window`, `web-messaging`). */
export interface NavGroup {
  id: string;
  label: string;
  /** Where the group is listed in full: its section of the area's index page. */
  href: string;
  current: boolean;
  /** The group's pages; listed only for the current group. */
  links: NavLink[];
}

/** An area of the site; only the current one shows its groups. */
export interface NavArea {
  id: string;
  label: string;
  href: string;
  current: boolean;
  groups: NavGroup[];
}

/** The sidebar: the areas it lists, and how many pages outside any area the home page lists. */
export interface SidebarModel {
  areas: NavArea[];
  /** One-segment pages outside any area (the wiki's glossary terms): see the home page. */
  unlisted: number;
}

/** The URL of an area's index page. */
export function areaUrl(area: string): string {
  return `/${area}`;
}

/** The URL of a group's section on its area's index page. */
export function groupUrl(area: string, group: string): string {
  return `${areaUrl(area)}#group-${group}`;
}

/**
 * The titles of a list of pages, in order, each with its parent's name when another page of the
 * list has the same title (the wiki's `IDBIndex/count` and `IDBObjectStore/count` are both
 * "count"). Titles are counted once for the list.
 */
export function distinctTitles(list: readonly Pick<SitePage, 'title' | 'url'>[]): string[] {
  const counts = new Map<string, number>();
  for (const page of list) counts.set(page.title, (counts.get(page.title) ?? 0) + 1);
  return list.map((page) => {
    const parent = page.url.split('/').at(-2);
    return (counts.get(page.title) ?? 0) > 1 && parent ? `${page.title} (${parent})` : page.title;
  });
}

/** What every page of one group shares in the sidebar; computed once per group. */
interface GroupNav {
  groups: Omit<NavGroup, 'current' | 'links'>[];
  links: Omit<NavLink, 'current'>[];
}

const groupNavs = new WeakMap<SiteIndex, Map<string, GroupNav>>();

function groupNav(index: SiteIndex, area: string, group: string): GroupNav {
  let byGroup = groupNavs.get(index);
  if (!byGroup) groupNavs.set(index, (byGroup = new Map()));
  const key = `${area}/${group}`;
  let nav = byGroup.get(key);
  if (!nav) {
    const groups = [...new Set((index.byArea.get(area) ?? []).map((page) => page.group))]
      .sort(byText)
      .map((id) => ({ id, label: id === area ? areaName(area) : id, href: groupUrl(area, id) }));
    const members = index.byGroup.get(key) ?? [];
    const titles = distinctTitles(members);
    const links = members
      .map((page, i) => ({ title: titles[i] ?? page.title, href: page.url }))
      .sort((a, b) => byText(a.title, b.title));
    byGroup.set(key, (nav = { groups, links }));
  }
  return nav;
}

/**
 * The sidebar for one page: every area by name, the current area's groups, and the current
 * group's pages. What a page carries grows with its own group, not with the whole site; the
 * shared parts are computed once per group.
 */
export function buildSidebar(index: SiteIndex, current: SitePage | undefined): SidebarModel {
  const inArea = current && index.byArea.has(current.area) ? current : undefined;
  return {
    unlisted: index.topLevel.length,
    areas: index.areas.map((area) => {
      const isCurrent = area === inArea?.area;
      const nav = isCurrent && inArea ? groupNav(index, area, inArea.group) : undefined;
      return {
        id: area,
        label: areaName(area),
        href: areaUrl(area),
        current: isCurrent,
        groups: (nav?.groups ?? []).map((group) => {
          const currentGroup = group.id === inArea?.group;
          return {
            ...group,
            current: currentGroup,
            links: currentGroup
              ? (nav?.links ?? []).map((link) => ({ ...link, current: link.href === inArea?.url }))
              : [],
          };
        }),
      };
    }),
  };
}
