/**
 * Listings the wiki computed when it rendered a page: its subpages ({{API_Listing}},
 * {{Concept_Listing}}, {{JS_Object_Listing}}…, {{Special:PrefixIndex/…}}) or the pages a semantic
 * query over its categories found. Subpage listings become `wiki.childPagesOf`: the site lists the
 * child pages from its own pages. A query the site cannot run (the wiki's categories were not
 * imported) is shown as written, reported.
 */
import { defineTemplateFamily, type PageContext } from '../engine.ts';
import { normalizeTitle } from '../links.ts';
import type { LineRef } from '../diagnostics.ts';
import { callout, fence } from '../markdown.ts';

/** Records the path whose child pages the page lists; one list per page, a second is reported. */
export function listChildPages(page: PageContext, of: string, line: LineRef): void {
  const path = page.resolveTitle(of) ?? normalizeTitle(of);
  const current = page.draft.wiki.childPagesOf;
  if (!current) page.draft.wiki.childPagesOf = path;
  else if (current !== path)
    page.diagnostics.warn(
      'second-listing',
      `the page lists the pages under ${current} and also those under ${path}; the site lists the first`,
      line
    );
}

export const listings = defineTemplateFamily({
  name: 'listings',
  templates: ['api listing', 'concept listing', 'page index listing', 'js object listing'],
  parameters: {
    Query: 'a query over the wiki’s categories: shown as written, reported',
    query: 'the same, in lower case',
    Use_page_title: 'not imported: the wiki’s heading option (the site titles its own list)',
    List_all_subpages: 'not imported: the site lists every child page',
    Manual_links: 'links listed by hand, in “See also on the wiki”',
    Manual_sections: 'sections listed by hand, in “See also on the wiki”',
    External_links: 'links to other sites, in “See also on the wiki”',
  },
  page(call, page) {
    const query = (call.raw('Query') || call.raw('query')).trim();
    if (query) {
      page.diagnostics.warn(
        'wiki-query',
        `{{${call.name}}} listed pages with the query ${query.slice(0, 80)}, which the site cannot run`,
        call.line
      );
      page.add(
        `${callout('A list the wiki computed', 'The wiki listed pages here with a query over its categories, which were not imported:')}\n\n${fence(query, 'wikitext', 'The wiki’s query')}`
      );
    } else {
      // A JavaScript method's listing showed its object's pages (its siblings).
      const path = page.draft.wikiPath;
      const of =
        call.name === 'js object listing' && /^javascript\/[^/]+\/./.test(path)
          ? path.split('/').slice(0, 2).join('/')
          : path;
      listChildPages(page, of, call.line);
    }
    page.section(
      'See also on the wiki',
      [
        call.markdown('Manual_links'),
        call.markdown('Manual_sections'),
        call.markdown('External_links'),
      ]
        .filter(Boolean)
        .join('\n\n')
    );
  },
});

/** {{Special:PrefixIndex/css/}}: MediaWiki's list of the pages under a path. */
export const prefixIndex = defineTemplateFamily({
  name: 'prefix index',
  templates: [],
  matches: (name) => name.startsWith('special:prefixindex/'),
  parameters: {
    hideredirects: 'not imported: the site has no redirect pages in its lists',
    stripprefix: 'not imported: the site’s list shows titles',
  },
  page(call, page) {
    const source = call.source.replace(/^\{\{\s*|\s*\}\}$/g, '').split('|')[0] ?? '';
    listChildPages(page, source.replace(/^special:prefixindex\//i, ''), call.line);
  },
});

/** {{Beginners/Submenu}}: the menu of the Beginners section, which lists its pages. */
export const beginnersSubmenu = defineTemplateFamily({
  name: 'beginners submenu',
  templates: ['beginners/submenu'],
  parameters: {},
  page(call, page) {
    listChildPages(page, 'Beginners', call.line);
  },
});
