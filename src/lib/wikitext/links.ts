/**
 * Links between pages that never break. The importer knows every page the site will have (the
 * imported corpus and the curated reference); a wiki link resolves to one of them as MediaWiki
 * would have (exact title, then the first letter in either case), then by a unique match in any
 * case, then by a unique match without punctuation (the corpus's file names dropped it:
 * `css/atrules/@keyframes` is `css/atrules/keyframes`). A link to no page is its text, reported. Fragments of other pages cannot be checked, so
 * they are dropped; a fragment of the page itself stays only if the page has that heading.
 */
import type { Diagnostics, LineRef } from './diagnostics.ts';
import { codeSpan, escapeMarkdown, headingSlug, markdownLink } from './markdown.ts';

/** A page of the site as a wiki link names it. */
export interface SitePage {
  /** The wiki title: `dom/Window/message`, or `html/elements/a/ja` for a translation. */
  title: string;
  /**
   * The page's URL path on the site, without the leading `/` (the site's index allocates it):
   * `dom/Window/message`, `html/elements/a.ja`, `css/wiki-original`.
   */
  id: string;
}

/**
 * Every page a link may point to, indexed for MediaWiki's title rules. Build it once per import
 * run (the CLI builds one per worker thread) and share it between pages.
 */
export class PageIndex {
  readonly #exact = new Map<string, string>();
  readonly #firstLetter = new Map<string, string[]>();
  readonly #anyCase = new Map<string, string[]>();
  readonly #noPunctuation = new Map<string, string[]>();
  #ids: Set<string> | undefined;

  /**
   * `curated` ids win over imported pages with the same title: the curated page replaces the
   * wiki's at that URL.
   */
  constructor(imported: Iterable<SitePage>, curated: Iterable<string> = []) {
    const add = (title: string, id: string) => {
      this.#exact.set(title, id);
      const push = (map: Map<string, string[]>, key: string) => {
        const list = map.get(key) ?? [];
        if (!list.includes(title)) list.push(title);
        map.set(key, list);
      };
      push(this.#firstLetter, firstLetterKey(title));
      push(this.#anyCase, title.toLowerCase());
      push(this.#noPunctuation, withoutPunctuation(title));
    };
    for (const page of imported) add(page.title, page.id);
    for (const id of curated) add(id, id);
  }

  /** How many pages it knows. */
  get size(): number {
    return this.#exact.size;
  }

  /**
   * The site page id of a wiki title, by MediaWiki's rules, then by a unique match in any case,
   * then without punctuation.
   */
  resolve(titles: readonly string[]): { id: string; title: string } | undefined {
    const found = (title: string | undefined) => {
      const id = title === undefined ? undefined : this.#exact.get(title);
      return title !== undefined && id !== undefined ? { id, title } : undefined;
    };
    const unique = (list: string[] | undefined) => (list?.length === 1 ? list[0] : undefined);
    for (const title of titles) {
      const exact = found(title);
      if (exact) return exact;
    }
    for (const title of titles) {
      const byFirstLetter = found(unique(this.#firstLetter.get(firstLetterKey(title))));
      if (byFirstLetter) return byFirstLetter;
    }
    for (const title of titles) {
      const byCase = found(unique(this.#anyCase.get(title.toLowerCase())));
      if (byCase) return byCase;
    }
    for (const title of titles) {
      const loose = withoutPunctuation(title);
      const byLetters = loose ? found(unique(this.#noPunctuation.get(loose))) : undefined;
      if (byLetters) return byLetters;
    }
    return undefined;
  }

  /** Whether a site page id is one of the pages. */
  hasId(id: string): boolean {
    this.#ids ??= new Set(this.#exact.values());
    return this.#ids.has(id);
  }
}

/** A title's letters and digits, in lower case, with its slashes: `css/atrules/@Keyframes` → `css/atrules/keyframes`. */
function withoutPunctuation(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{N}/]/gu, '');
}

/** MediaWiki compares a title's first letter in either case. */
function firstLetterKey(title: string): string {
  return title.charAt(0).toLowerCase() + title.slice(1);
}

/** A wiki title as the wiki normalises it: spaces as underscores, no leading colon or slash runs. */
export function normalizeTitle(title: string): string {
  return title
    .trim()
    .replace(/^:/, '')
    .replace(/[\s_]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/\/{2,}/g, '/')
    .replace(/\/+$/, '');
}

/**
 * The titles a link target may mean, most likely first. MediaWiki reads `/x` as a subpage and
 * `../x` as a sibling; WebPlatform's authors often wrote `/js/…` for the root, so that reading
 * comes next.
 */
export function candidateTitles(target: string, from: string): string[] {
  const title = normalizeTitle(target);
  if (target.trim().startsWith('../')) {
    const parts = from.split('/');
    let rest = target.trim();
    while (rest.startsWith('../')) {
      parts.pop();
      rest = rest.slice(3);
    }
    return [normalizeTitle([...parts, rest].join('/')), normalizeTitle(rest)];
  }
  if (target.trim().startsWith('/'))
    return [normalizeTitle(`${from}${target.trim()}`), normalizeTitle(target.replace(/^\/+/, ''))];
  return [title];
}

/** Links to the wiki's own pages, given as URLs (`http://docs.webplatform.org/wiki/dom/Element`). */
const WIKI_URL =
  /^https?:\/\/(?:docs\.webplatform\.org\/wiki|webplatform\.github\.io\/docs)\/([^?#]+?)\/?(?:#.*)?$/;

/** The wiki's own host, gone since the wiki closed: no link to it leads anywhere. */
const WIKI_HOST = /^https?:\/\/docs\.webplatform\.org(?:[/?#:]|$)/i;

/** URL schemes a page may link to; anything else (`javascript:`, `data:`…) stays text. */
const SAFE_URL = /^(?:https?:\/\/[^\s/?#]+|mailto:[^\s]+@[^\s]+|ftp:\/\/[^\s/?#]+)/i;

/** Whether a URL is one the site links to as it is. */
export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url);
}

/**
 * The links of one page while it is converted: wiki links resolved against the site's pages,
 * external links checked, and links to the page's own headings held until its headings are known.
 */
export class PageLinks {
  /** Site page ids this page links to. */
  readonly targets: string[] = [];
  readonly #anchors: { label: string; fragment: string; line: LineRef }[] = [];

  readonly #index: PageIndex;
  readonly #from: string;
  readonly #diagnostics: Diagnostics;

  /** `from` is the wiki title of the page being converted (relative links start there). */
  constructor(index: PageIndex, from: string, diagnostics: Diagnostics) {
    this.#index = index;
    this.#from = from;
    this.#diagnostics = diagnostics;
  }

  /**
   * A wiki link as Markdown: `[label](/id)`, or the label alone when no page has the title.
   * `label` is Markdown already; without one, the title is the label.
   */
  wikiLink(target: string, label: string | undefined, line: LineRef): string {
    const hash = target.indexOf('#');
    const title = hash >= 0 ? target.slice(0, hash) : target;
    const fragment = hash >= 0 ? target.slice(hash + 1).trim() : '';
    const text = label ?? escapeMarkdown(normalizeTitle(target).replace(/_/g, ' '));
    if (!normalizeTitle(title) || normalizeTitle(title) === this.#from) {
      return fragment ? this.#samePage(text, fragment, line) : text;
    }
    const page = this.#index.resolve(candidateTitles(title, this.#from));
    if (!page) {
      this.#diagnostics.warn(
        'missing-page',
        `a link to ${normalizeTitle(title)}, which is no page of the site, is kept as its text`,
        line,
        normalizeTitle(title)
      );
      return text;
    }
    this.targets.push(page.id);
    // Another page's anchors cannot be checked here: the link goes to the page.
    return markdownLink(text, `/${page.id}`);
  }

  /**
   * An external link as Markdown. Links to the wiki itself become links to the site's page;
   * URLs with unsafe schemes stay text, reported.
   */
  externalLink(url: string, label: string | undefined, line: LineRef): string {
    const wiki = WIKI_URL.exec(url);
    const title = wiki?.[1] ? decodeURIComponentSafe(wiki[1]) : undefined;
    if (title) {
      const page = this.#index.resolve(candidateTitles(title, this.#from));
      if (page) {
        this.targets.push(page.id);
        return markdownLink(label ?? escapeMarkdown(title.replace(/_/g, ' ')), `/${page.id}`);
      }
    }
    // A page of the closed wiki that the site does not have (its project pages, "WPD:…", its
    // users' pages): as a wiki link to a missing page, its text.
    if (WIKI_HOST.test(url)) {
      this.#diagnostics.warn(
        'missing-page',
        `a link to ${title ? normalizeTitle(title) : url.slice(0, 80)} on the closed WebPlatform wiki, which is no page of the site, is kept as its text`,
        line,
        title ? normalizeTitle(title) : 'docs.webplatform.org'
      );
      // Without a label, a URL shown as text would be linked again by the renderer: code.
      return label ?? (title ? escapeMarkdown(title.replace(/_/g, ' ')) : codeSpan(url));
    }
    const absolute = url.startsWith('//') ? `https:${url}` : url;
    if (!isSafeUrl(absolute)) {
      this.#diagnostics.warn(
        'unsafe-url',
        `the URL ${url.slice(0, 80)} is not http(s), mailto or ftp; kept as text`,
        line
      );
      return label ? `${label} (${escapeMarkdown(url)})` : escapeMarkdown(url);
    }
    return markdownLink(label ?? escapeMarkdown(absolute), absolute);
  }

  #samePage(label: string, fragment: string, line: LineRef): string {
    this.#anchors.push({ label, fragment, line });
    return `${ANCHOR_START}${this.#anchors.length - 1}${ANCHOR_END}`;
  }

  /**
   * The page's Markdown with its links to its own headings settled: a link whose heading exists
   * (by Astro's anchor, from `slugs`) is kept, others become their text, reported.
   */
  settleAnchors(markdown: string, slugs: ReadonlySet<string>): string {
    return markdown.replace(ANCHOR_PLACEHOLDER, (_m, index: string) => {
      const anchor = this.#anchors[Number(index)];
      if (!anchor) return '';
      const slug = anchorSlug(anchor.fragment);
      if (slugs.has(slug)) return markdownLink(anchor.label, `#${slug}`);
      this.#diagnostics.warn(
        'missing-anchor',
        `a link to "#${anchor.fragment}", a heading this page does not have, is kept as its text`,
        anchor.line
      );
      return anchor.label;
    });
  }

  /** Whether the page links to its own headings (whose anchors are settled at the end). */
  get hasAnchors(): boolean {
    return this.#anchors.length > 0;
  }

  /** The Markdown with anchor placeholders replaced by their labels (to read its headings). */
  labelsOnly(markdown: string): string {
    return markdown.replace(
      ANCHOR_PLACEHOLDER,
      (_m, index: string) => this.#anchors[Number(index)]?.label ?? ''
    );
  }
}

// Private-use characters mark links to the page's own headings until the headings are known. The
// importer removes them from its input, so no page can forge one.
const ANCHOR_START = '\uE000';
const ANCHOR_END = '\uE001';
const ANCHOR_PLACEHOLDER = /\uE000(\d+)\uE001/g;

/** The private-use characters the importer reserves, to remove from its input. */
export const RESERVED_CHARACTERS = /[\uE000-\uE004]/;

/**
 * Astro's anchor for a MediaWiki fragment: "Browser_compatibility", with the bytes of other
 * characters written ".XX" (".27" for "'", ".E6.A8.99" for "標").
 */
function anchorSlug(fragment: string): string {
  const text = decodeURIComponentSafe(
    fragment.replace(/\.([0-9A-F]{2})/g, '%$1').replace(/%(?![0-9A-F]{2})/gi, '%25')
  ).replace(/_/g, ' ');
  return headingSlug(text);
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
