import { areaName, areaOf, pageUrl } from './urls';

/** What the sidebar needs of a page. */
export interface NavPage {
  id: string;
  title: string;
}

/** A link in the sidebar. */
export interface NavLink {
  title: string;
  href: string;
  current: boolean;
}

/** A group of links under a heading (the second segment of the path: `Window`, `web-messaging`). */
export interface NavGroup {
  label: string;
  links: NavLink[];
}

/** An area of the site; only the current one lists its pages. */
export interface NavArea {
  id: string;
  label: string;
  current: boolean;
  groups: NavGroup[];
}

const byText = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

/**
 * The sidebar for one page. Every area is named, but only the current area's pages are listed,
 * so a page's weight does not grow with the size of the whole site.
 */
export function buildSidebar(pages: readonly NavPage[], currentId: string | undefined): NavArea[] {
  const currentArea = currentId === undefined ? undefined : areaOf(currentId);
  const areas = [...new Set(pages.map((page) => areaOf(page.id)))].sort(byText);
  return areas.map((area) => {
    const current = area === currentArea;
    const groups = new Map<string, NavLink[]>();
    if (current) {
      for (const page of pages.filter((p) => areaOf(p.id) === area)) {
        const segments = page.id.split('/');
        const label = segments.length > 2 ? (segments[1] ?? area) : areaName(area);
        const link = { title: page.title, href: pageUrl(page.id), current: page.id === currentId };
        groups.set(label, [...(groups.get(label) ?? []), link]);
      }
    }
    return {
      id: area,
      label: areaName(area),
      current,
      groups: [...groups.entries()]
        .sort(([a], [b]) => byText(a, b))
        .map(([label, links]) => ({
          label,
          links: links.sort((a, b) => byText(a.title, b.title)),
        })),
    };
  });
}
