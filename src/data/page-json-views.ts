/**
 * Each page's JSON view (`<page>.json`), recorded as its HTML page renders in a production build
 * and written to disk after the build (src/integrations/page-json-views.ts): a route per view
 * cost a thousand extra route renders for a thousand pages (Astro's request, response and
 * logging per route), for text the page model already has. The dev server serves the views as
 * routes (src/pages/[...slug].json.ts).
 *
 * The route bundle and the integration are separate module graphs in one process, so the views
 * are kept on `globalThis` under a registered symbol; the integration fails the build if any page
 * has none (for instance, if pages ever render in another process).
 */
const VIEWS = Symbol.for('wp.page-json-views');

type GlobalWithViews = typeof globalThis & { [VIEWS]?: Map<string, string> };

/** The views recorded in this process: page URL → JSON text. */
export function pageJsonViews(): Map<string, string> {
  return ((globalThis as GlobalWithViews)[VIEWS] ??= new Map());
}

/** A page's JSON view as served: compact, as APIs serve JSON (a browser's viewer indents it). */
export function pageJsonText(json: unknown): string {
  return JSON.stringify(json);
}

/** Records a page's view; a second view for one URL is a bug of the site index. */
export function recordPageJson(url: string, json: unknown): void {
  const views = pageJsonViews();
  if (views.has(url)) throw new Error(`page JSON: ${url} was rendered twice in one build`);
  views.set(url, pageJsonText(json));
}
