import { escapedHtml } from '~/lib/pages/html';

/**
 * An interface name as code, linked to its page when the site has one, as HTML for `set:html`.
 * A string, not a component: event facts list a dozen interfaces in loops, where a component
 * instance each makes the whole list render asynchronously.
 */
export function interfaceNameHtml(name: string, links: Readonly<Record<string, string>>): string {
  const href = links[name];
  return (
    href
      ? escapedHtml`<a href="${href}"><code>${name}</code></a>`
      : escapedHtml`<code>${name}</code>`
  ).value;
}
