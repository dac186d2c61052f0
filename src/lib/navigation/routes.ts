/** The `[...slug]` parameter for a route path (no leading slash). */
export function slugParam(path: string): string {
  return path.replace(/^\//, '');
}

/** The URL of a page's JSON view (`[...slug].json.ts`): its URL with `.json`. */
export function jsonViewUrl(pageUrl: string): string {
  return `${pageUrl}.json`;
}

/**
 * The URL of an event page's full spec data (`event-data/[...slug].astro`), which the page's
 * "The specifications' data" disclosure links and shows in place.
 */
export function eventDataUrl(pageUrl: string): string {
  return `/event-data${pageUrl}`;
}
