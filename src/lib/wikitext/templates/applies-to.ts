/**
 * What a page applies to (`wiki.appliesTo`): the wiki wrote it as a path, a link, a URL of the
 * wiki or, on JavaScript pages, an object's name. It is kept only when it names a page of the
 * site, so that the site can link it.
 */
import type { PageContext, TemplateCall } from '../engine.ts';
import { parseWikitext, type WikiNode } from '../wiki-node.ts';

/** The wiki titles a value names, in order: link targets, wiki URLs, else the value itself. */
function titlesIn(raw: string): string[] {
  const titles: string[] = [];
  const visit = (node: WikiNode) => {
    if (node.type === 'link') {
      const target = node.childNodes.find((c) => c.type === 'link-target');
      if (target) titles.push(target.toString().split('#')[0] ?? '');
    } else if (node.type === 'free-ext-link' || node.type === 'ext-link') {
      const url =
        node.type === 'free-ext-link'
          ? node.toString()
          : (node.childNodes.find((c) => c.type === 'ext-link-url')?.toString() ?? '');
      const wiki = /^https?:\/\/docs\.webplatform\.org\/wiki\/(.+)$/.exec(url);
      if (wiki?.[1]) titles.push(wiki[1]);
    } else node.childNodes.forEach(visit);
  };
  visit(parseWikitext(raw));
  if (titles.length > 0) return titles;
  return raw
    .split(',')
    .map((part) => part.trim().replace(/\s+/g, '_'))
    .filter((part) => /^[^\s[\]{}<>|]+$/.test(part));
}

/**
 * Sets `wiki.appliesTo` from a parameter. `prefix` turns a bare name into a path (JavaScript
 * pages write "Date" for javascript/Date). A name that is no page of the site is reported.
 */
export function setAppliesTo<P extends string>(
  call: TemplateCall<P>,
  parameter: P,
  page: PageContext,
  prefix = ''
): void {
  const raw = call.code(parameter).trim();
  if (!raw) return;
  const [first, ...others] = titlesIn(raw).map((title) =>
    prefix && !title.includes('/') ? `${prefix}${title}` : title
  );
  if (!first) {
    page.diagnostics.warn(
      'applies-to',
      `${parameter} "${raw.slice(0, 60)}" names no wiki page; not recorded`,
      call.line
    );
    return;
  }
  const title = page.resolveTitle(first);
  const recorded = page.draft.wiki.appliesTo;
  if (title && !recorded) page.draft.wiki.appliesTo = title;
  else if (title && recorded !== title)
    page.diagnostics.warn(
      'applies-to',
      `${parameter} names ${title}, but the page applies to ${recorded} already; not recorded`,
      call.line
    );
  else if (!title)
    page.diagnostics.warn(
      'missing-page',
      `${parameter} names ${first}, which is no page of the site; not recorded`,
      call.line,
      first
    );
  if (others.length > 0)
    page.diagnostics.warn(
      'applies-to',
      `${parameter} names several pages; only the first is recorded (not ${others.join(', ')})`,
      call.line
    );
}
