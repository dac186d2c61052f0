/**
 * Where a page came from and who wrote it: {{External_Attribution}} and {{MDN_Attribution}} name
 * the works the wiki imported (the frontmatter's attribution.upstream) and their licence;
 * {{Byline}} names a tutorial's author.
 */
import { defineTemplateFamily } from '../engine.ts';
import { isSafeUrl } from '../links.ts';
import { escapeMarkdown, markdownLink } from '../markdown.ts';

/** The site each link field names, for links given as a bare URL. */
const LINK_SITES = {
  MDN_link: 'MDN Web Docs',
  MSDN_link: 'Microsoft Developer Network (MSDN)',
  HTML5Rocks_link: 'HTML5 Rocks',
} as const;

/**
 * A link field's work: "[url title]", a bare URL (titled after its site), or a URL and a title
 * without the brackets. Undefined when the value holds no http(s) URL.
 */
function upstreamWork(value: string, site: string): { title: string; url: string } | undefined {
  const titled = /\[(\S+)\s+([^\]]+)\]/.exec(value);
  const bare = /^["']?(\S+?)["']?$/.exec(value);
  const unbracketed = /^(\S+?)["']?\s+([^\]]+?)\]?$/.exec(value);
  if (titled?.[1] && titled[2] && isSafeUrl(titled[1]))
    return { title: titled[2].trim(), url: titled[1] };
  if (bare?.[1] && isSafeUrl(bare[1]) && /^https?:/.test(bare[1]))
    return { title: site, url: bare[1] };
  if (unbracketed?.[1] && unbracketed[2] && isSafeUrl(unbracketed[1]))
    return { title: unbracketed[2].trim(), url: unbracketed[1] };
  return undefined;
}

export const externalAttribution = defineTemplateFamily({
  name: 'attribution',
  templates: ['external attribution'],
  parameters: {
    'Is_CC-BY-SA': 'the licence: CC BY-SA 3.0 when "Yes", else CC BY 3.0',
    Sources: 'the sources in words, kept under "Sources" when no link names them',
    MDN_link: 'attribution.upstream',
    MSDN_link: 'attribution.upstream',
    HTML5Rocks_link: 'attribution.upstream',
  },
  page(call, page) {
    const { draft } = page;
    if (/^yes$/i.test(call.text('Is_CC-BY-SA'))) draft.license = 'CC-BY-SA-3.0';
    const unparsed: string[] = [];
    for (const [key, site] of Object.entries(LINK_SITES) as [keyof typeof LINK_SITES, string][]) {
      const value = call.code(key).trim();
      if (!value) continue;
      const work = upstreamWork(value, site);
      if (work) draft.upstream.push(work);
      else {
        page.diagnostics.warn(
          'attribution-link',
          `${key} "${call.text(key).slice(0, 80)}" is neither an http(s) URL nor a [url title] link; kept under Sources`,
          call.line
        );
        unparsed.push(`${escapeMarkdown(site)}: ${call.markdown(key)}`);
      }
    }
    const sources = [call.markdown('Sources'), ...unparsed].filter(Boolean);
    if (sources.length > 0 && (draft.upstream.length === 0 || unparsed.length > 0))
      page.section('Sources', sources.join('\n\n'));
  },
});

export const mdnAttribution = defineTemplateFamily({
  name: 'MDN attribution',
  templates: ['mdn attribution'],
  parameters: {
    src_url: 'the MDN page (attribution.upstream)',
    src_title: 'its title',
    copr_date: 'the year of its copyright, in the upstream title',
  },
  page(call, page) {
    const url = call.text('src_url');
    const title = call.text('src_title') || 'MDN Web Docs';
    const year = call.text('copr_date');
    if (isSafeUrl(url) && /^https?:/.test(url))
      page.draft.upstream.push({ title: year ? `${title} (MDN, ${year})` : title, url });
    else
      page.diagnostics.warn(
        'attribution-link',
        `{{MDN Attribution}} has no http(s) src_url ("${url.slice(0, 60)}")`,
        call.line
      );
  },
});

export const byline = defineTemplateFamily({
  name: 'byline',
  templates: ['byline'],
  parameters: {
    Name: 'the author, among the attribution’s contributors and in the byline',
    URL: 'the author’s page, linked from the byline',
    Published: 'the date, in the byline',
    Content: 'text under the byline',
    Not_required: 'not imported: the wiki’s editing hint',
  },
  page(call, page) {
    const name = call.text('Name');
    const url = call.text('URL');
    const published = call.markdown('Published');
    if (name) page.draft.authors.push(name);
    const by = name
      ? isSafeUrl(url)
        ? markdownLink(escapeMarkdown(name), url)
        : escapeMarkdown(name)
      : '';
    const line = [by && `By ${by}`, published && `published ${published}`]
      .filter(Boolean)
      .join(', ');
    if (line) page.add(`*${line}.*`);
    page.add(call.markdown('Content'));
  },
});
