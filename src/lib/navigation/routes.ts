/** The `[...slug]` parameter for a route path (no leading slash). */
export function slugParam(path: string): string {
  return path.replace(/^\//, '');
}
