import { decodeEntities } from '../pages/markup';

/**
 * What the link check needs of a built HTML page, read in one pass without a DOM: its element
 * ids, the URLs of its `href` and `src` attributes, and where it came from (`data-wp-source` on
 * its article). A small tokenizer rather than a parser: thousands of pages are scanned per
 * build, and only start tags matter. Text never holds a raw `<` (the build escapes it), so every
 * `<` followed by a letter starts a tag; comments and the contents of script, style, textarea
 * and title are skipped, so `href="…"` in code or a script is never read as a link.
 */

/** A URL in an attribute of a page. */
export interface ScannedLink {
  /** The element (`a`, `link`, `script`, `iframe`…). */
  tag: string;
  /** `href` or `src`. */
  attribute: 'href' | 'src';
  /** The URL as written, entities decoded. */
  url: string;
  /** The element's `rel`, for `<link>` (canonical and alternate links name other documents). */
  rel: string | undefined;
}

/** What a page holds for the link check. */
export interface ScannedPage {
  ids: string[];
  links: ScannedLink[];
  /** The page's source file (`data-wp-source`), when it has one. */
  source: string | undefined;
  /** Whether the page was imported rather than written for the site (`data-wp-imported`). */
  imported: boolean;
  /** Whether the page is an alias's redirect page (an `#wp-redirect` link). */
  redirect: string | undefined;
}

/** Elements whose contents are text to the tokenizer, up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/** The attributes the scan keeps; others are skipped without being copied. */
const WANTED = new Set(['id', 'href', 'src', 'rel', 'data-wp-source', 'data-wp-imported']);
const WANTED_LENGTHS = new Set([...WANTED].map((name) => name.length));

const GT = 62; // >
const SLASH = 47; // /
const EQUALS = 61; // =
const QUOTE = 34; // "
const APOSTROPHE = 39; // '

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isSpace = (code: number) =>
  code === 32 || code === 9 || code === 10 || code === 12 || code === 13;

/** Scans a built page. */
export function scanHtml(html: string): ScannedPage {
  const page: ScannedPage = {
    ids: [],
    links: [],
    source: undefined,
    imported: false,
    redirect: undefined,
  };
  const length = html.length;
  const attributes = new Map<string, string>();
  let at = 0;
  while ((at = html.indexOf('<', at)) !== -1) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      at = end === -1 ? length : end + 3;
      continue;
    }
    if (!isLetter(html.charCodeAt(at + 1))) {
      at += 1;
      continue;
    }
    let cursor = at + 1;
    let code = html.charCodeAt(cursor);
    while (cursor < length && !isSpace(code) && code !== GT && code !== SLASH)
      code = html.charCodeAt(++cursor);
    const tag = html.slice(at + 1, cursor).toLowerCase();
    attributes.clear();
    // Attributes, up to the end of the tag.
    while (cursor < length) {
      code = html.charCodeAt(cursor);
      while (cursor < length && (isSpace(code) || code === SLASH)) code = html.charCodeAt(++cursor);
      if (cursor >= length || code === GT) break;
      const nameStart = cursor;
      while (cursor < length && !isSpace(code) && code !== EQUALS && code !== GT && code !== SLASH)
        code = html.charCodeAt(++cursor);
      const nameEnd = cursor;
      while (cursor < length && isSpace(code)) code = html.charCodeAt(++cursor);
      let valueStart = cursor;
      let valueEnd = cursor;
      if (code === EQUALS) {
        code = html.charCodeAt(++cursor);
        while (cursor < length && isSpace(code)) code = html.charCodeAt(++cursor);
        if (code === QUOTE || code === APOSTROPHE) {
          const end = html.indexOf(code === QUOTE ? '"' : "'", cursor + 1);
          valueStart = cursor + 1;
          valueEnd = end === -1 ? length : end;
          cursor = end === -1 ? length : end + 1;
        } else {
          valueStart = cursor;
          while (cursor < length && !isSpace(code) && code !== GT) code = html.charCodeAt(++cursor);
          valueEnd = cursor;
        }
      }
      // Most attributes are classes and styles: only names of a wanted length are read.
      if (!WANTED_LENGTHS.has(nameEnd - nameStart)) continue;
      const name = html.slice(nameStart, nameEnd).toLowerCase();
      if (WANTED.has(name) && !attributes.has(name))
        attributes.set(name, decodeEntities(html.slice(valueStart, valueEnd)));
    }
    at = cursor + 1;
    if (attributes.size > 0) recordTag(page, tag, attributes);
    if (RAW_TEXT.has(tag)) {
      const end = html.indexOf(`</${tag}`, at);
      at = end === -1 ? length : end;
    }
  }
  return page;
}

function recordTag(page: ScannedPage, tag: string, attributes: ReadonlyMap<string, string>): void {
  const id = attributes.get('id');
  if (id !== undefined) page.ids.push(id);
  for (const attribute of ['href', 'src'] as const) {
    const url = attributes.get(attribute);
    if (url !== undefined) page.links.push({ tag, attribute, url, rel: attributes.get('rel') });
  }
  const source = attributes.get('data-wp-source');
  if (source) page.source = source;
  if (attributes.has('data-wp-imported')) page.imported = true;
  if (tag === 'a' && id === 'wp-redirect') page.redirect = attributes.get('href');
}
