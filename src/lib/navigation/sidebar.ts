import { areaName, areaOf, pageUrl } from './urls';

/** What the sidebar needs of a page. */
export interface NavPage {
  id: string;
  title: string;
  /** Imported from the wiki and not rewritten (a build with the wiki import). */
  imported?: boolean;
}

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

/** Sorts names as readers do: by letter, ignoring case and accents. */
export const byText = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

/** The group of a page within its area: its second path segment, or the area itself. */
export function groupOf(id: string): string {
  const segments = id.split('/');
  return segments.length > 2 ? (segments[1] ?? segments[0] ?? id) : (segments[0] ?? id);
}

/**
 * The titles of a list of pages, in order, each with its parent's name when another page of the
 * list has the same title (the wiki's `IDBIndex/count` and `IDBObjectStore/count` are both
 * "count"). Titles are counted once for the list.
 */
export function distinctTitles(list: readonly NavPage[]): string[] {
  const counts = new Map<string, number>();
  for (const page of list) counts.set(page.title, (counts.get(page.title) ?? 0) + 1);
  return list.map((page) => {
    const parent = page.id.split('/').at(-2);
    return (counts.get(page.title) ?? 0) > 1 && parent ? `${page.title} (${parent})` : page.title;
  });
}

/** The URL of an area's index page. */
export function areaUrl(area: string): string {
  return `/${area}`;
}

/** The sidebar: the areas it lists, and how many more the home page lists. */
export interface SidebarModel {
  areas: NavArea[];
  /** Areas left out (single imported pages, such as wiki glossary terms): see the home page. */
  unlisted: number;
}

/**
 * The sidebar for one page: every area by name, the current area's groups, and the current
 * group's pages. What a page carries grows with its own group, not with the whole site. Areas
 * made of one imported page (the wiki's many one-page folders) are counted, not listed, unless
 * the reader is in one.
 */
export function buildSidebar(
  pages: readonly NavPage[],
  currentId: string | undefined
): SidebarModel {
  const currentArea = currentId === undefined ? undefined : areaOf(currentId);
  const currentGroup = currentId === undefined ? undefined : groupOf(currentId);
  const byArea = Map.groupBy(pages, (page) => areaOf(page.id));
  const listed = (area: string, members: readonly NavPage[]) =>
    area === currentArea || members.length > 1 || members.some((page) => !page.imported);
  const areas = [...byArea.keys()]
    .filter((area) => listed(area, byArea.get(area) ?? []))
    .sort(byText);
  return {
    unlisted: byArea.size - areas.length,
    areas: areas.map((area) => {
      const current = area === currentArea;
      // Only the current area lists its groups.
      const groups = current
        ? Map.groupBy(byArea.get(area) ?? [], (page) => groupOf(page.id))
        : new Map<string, NavPage[]>();
      return {
        id: area,
        label: areaName(area),
        href: areaUrl(area),
        current,
        groups: [...groups.entries()]
          .sort(([a], [b]) => byText(a, b))
          .map(([group, members]) => {
            const isCurrent = group === currentGroup;
            const titles = isCurrent ? distinctTitles(members) : [];
            return {
              id: group,
              label: group === area ? areaName(area) : group,
              href: `${areaUrl(area)}#group-${group}`,
              current: isCurrent,
              links: isCurrent
                ? members
                    .map((page, index) => ({
                      title: titles[index] ?? page.title,
                      href: pageUrl(page.id),
                      current: page.id === currentId,
                    }))
                    .sort((a, b) => byText(a.title, b.title))
                : [],
            };
          }),
      };
    }),
  };
}
