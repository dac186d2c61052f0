import { areaName, areaOf, pageUrl } from './urls';
import { areaUrl, byText, groupOf, type NavPage } from './sidebar';

/** One step of the breadcrumb trail. */
export interface Crumb {
  label: string;
  href: string;
}

/** Home › area › group for a page (the page itself is shown as the current step by the caller). */
export function breadcrumbs(id: string): Crumb[] {
  const area = areaOf(id);
  const group = groupOf(id);
  const trail: Crumb[] = [
    { label: 'Home', href: '/' },
    { label: areaName(area), href: areaUrl(area) },
  ];
  if (group !== area) trail.push({ label: group, href: `${areaUrl(area)}#group-${group}` });
  return trail;
}

/** The pages before and after this one in its group, in the sidebar's order. */
export function neighbours(
  pages: readonly NavPage[],
  id: string
): { previous: Crumb | undefined; next: Crumb | undefined } {
  const group = `${areaOf(id)}/${groupOf(id)}`;
  const siblings = pages
    .filter((page) => `${areaOf(page.id)}/${groupOf(page.id)}` === group)
    .sort((a, b) => byText(a.title, b.title));
  const index = siblings.findIndex((page) => page.id === id);
  const link = (page: NavPage | undefined) =>
    page ? { label: page.title, href: pageUrl(page.id) } : undefined;
  return {
    previous: index > 0 ? link(siblings[index - 1]) : undefined,
    next: index >= 0 ? link(siblings[index + 1]) : undefined,
  };
}
