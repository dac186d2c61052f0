/** The `[...slug]` parameter for a route path (no leading slash). */
export function slugParam(path: string): string {
  return path.replace(/^\//, '');
}

/** The URL of a page's JSON view (`[...slug].json.ts`): its URL with `.json`. */
export function jsonViewUrl(pageUrl: string): string {
  return `${pageUrl}.json`;
}
