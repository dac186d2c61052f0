import { segmentName } from './names';
import { areaUrl, groupHref, listed } from './areas';
import { folderAt } from './folders';
import { groupKey, type SiteIndex, type SitePage } from './site-index';

/** One step of the breadcrumb trail. */
export interface Crumb {
  label: string;
  href: string;
}

/**
 * Home › area › group for a page (the page itself is shown as the current step by the caller).
 * A page outside any area has Home only.
 */
export function breadcrumbs(index: SiteIndex, page: SitePage): Crumb[] {
  const trail: Crumb[] = [{ label: 'Home', href: '/' }];
  if (!index.byArea.has(page.area)) return trail;
  trail.push({ label: segmentName(page.area), href: areaUrl(page.area) });
  if (page.group !== page.area)
    trail.push({ label: segmentName(page.group), href: groupHref(index, page.area, page.group) });
  return trail;
}

/**
 * Home › area › each page or folder between the area and a folder (folders.ts) at `url`, for
 * the folder's index page.
 */
export function folderBreadcrumbs(index: SiteIndex, url: string): Crumb[] {
  const trail: Crumb[] = [{ label: 'Home', href: '/' }];
  const segments = url.split('/');
  const area = segments[1] ?? '';
  if (index.areas.includes(area)) trail.push({ label: segmentName(area), href: areaUrl(area) });
  for (let end = 3; end < segments.length; end++) {
    const path = segments.slice(0, end).join('/');
    const page = index.byUrl.get(path.toLowerCase());
    const folder = page ? undefined : folderAt(index, path);
    if (page) trail.push({ label: page.title, href: page.url });
    else if (folder) trail.push({ label: folder.title, href: folder.url });
  }
  return trail;
}

/** The pages before and after this one in its group, in the sidebar's order. */
export function neighbours(
  index: SiteIndex,
  page: SitePage
): { previous: Crumb | undefined; next: Crumb | undefined } {
  const group = index.byArea.has(page.area) ? index.byGroup.get(groupKey(page)) : undefined;
  const { siblings, positions } = group
    ? groupOrder(group)
    : { siblings: [], positions: new Map() };
  const at = positions.get(page) ?? -1;
  const link = (other: SitePage | undefined) =>
    other ? { label: other.title, href: other.url } : undefined;
  return {
    previous: at > 0 ? link(siblings[at - 1]) : undefined,
    next: at >= 0 ? link(siblings[at + 1]) : undefined,
  };
}

/** A group's listed pages and each one's place, made once per group, not once per page. */
const groupOrders = new WeakMap<
  readonly SitePage[],
  { siblings: readonly SitePage[]; positions: ReadonlyMap<SitePage, number> }
>();

function groupOrder(group: readonly SitePage[]) {
  let order = groupOrders.get(group);
  if (!order) {
    const siblings = listed(group);
    order = { siblings, positions: new Map(siblings.map((page, at) => [page, at])) };
    groupOrders.set(group, order);
  }
  return order;
}
