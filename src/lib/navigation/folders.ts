import { segmentName } from './names';
import { byText, type SiteIndex, type SitePage } from './site-index';

/**
 * Folders: URL paths with pages below them and no page of their own (`/dom/Document`, whose
 * methods the wiki documented without a page for the interface). Each gets an index page that
 * lists its pages, so that a reader who shortens an address, or follows a breadcrumb, finds a
 * page, and a static server shows that page rather than a file listing or a 404.
 */
export interface Folder {
  /** Its URL, spelled as its first page spells it. */
  url: string;
  /** Its area (the first segment). */
  area: string;
  /** Its name: its last segment, as readers read it (segmentName). */
  title: string;
  /** The listed pages below it, at any depth, in title order. */
  pages: SitePage[];
}

const folderLists = new WeakMap<SiteIndex, { list: Folder[]; byUrl: Map<string, Folder> }>();

/**
 * The site's folders, in URL order, found once per index. A path is no folder when a page, an
 * area index or a redirect answers it (in any letter case), or when it is an area itself; pages
 * in other languages and superseded wiki originals are listed by their own pages, not here.
 */
export function foldersOf(index: SiteIndex): Folder[] {
  return indexed(index).list;
}

/** The folder at a URL (in any letter case), if it is one. */
export function folderAt(index: SiteIndex, url: string): Folder | undefined {
  return indexed(index).byUrl.get(url.toLowerCase());
}

function indexed(index: SiteIndex): { list: Folder[]; byUrl: Map<string, Folder> } {
  const known = folderLists.get(index);
  if (known) return known;
  const taken = new Set([
    ...index.routes.map((route) => route.path.toLowerCase()),
    ...index.areas.map((area) => `/${area}`.toLowerCase()),
  ]);
  const byPath = new Map<string, Folder>();
  for (const page of index.pages) {
    if (page.lang || page.superseded) continue;
    const segments = page.url.split('/');
    // From the second segment down to the page's parent: "/dom/Document" of "/dom/Document/x".
    for (let end = 3; end < segments.length; end++) {
      const url = segments.slice(0, end).join('/');
      const key = url.toLowerCase();
      if (taken.has(key)) continue;
      let folder = byPath.get(key);
      if (!folder) {
        folder = { url, area: page.area, title: segmentName(segments[end - 1] ?? ''), pages: [] };
        byPath.set(key, folder);
      }
      folder.pages.push(page);
    }
  }
  const list = [...byPath.values()].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  for (const folder of list)
    folder.pages.sort((a, b) => byText(a.title, b.title) || byText(a.url, b.url));
  const result = { list, byUrl: byPath };
  folderLists.set(index, result);
  return result;
}
