/** The `[...slug]` parameter for a route path (no leading slash). */
export function slugParam(path: string): string {
  return path.replace(/^\//, '');
}

/** The URL of a page's JSON view (`[...slug].json.ts`): its URL with `.json`. */
export function jsonViewUrl(pageUrl: string): string {
  return `${pageUrl}.json`;
}

/**
 * The URL of an event type's full spec data (`event-data/[type].astro`), which each page of that
 * event links from its event facts and shows in place; undefined for a name that is not a plain
 * event type (such a page shows the data in place, without a page of its own).
 */
export function eventDataUrl(type: string): string | undefined {
  return /^[A-Za-z][\w-]*$/.test(type) ? `/event-data/${type}` : undefined;
}
