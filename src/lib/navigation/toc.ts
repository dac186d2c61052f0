/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** An entry of the "On this page" list. */
export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/**
 * Nests headings for the "On this page" list: `h2` at the top, `h3` under the `h2` before it
 * (or at the top when none comes before). Deeper headings are left out to keep the list short.
 */
export function buildToc(headings: readonly Heading[]): TocItem[] {
  const items: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth < 2 || heading.depth > 3) continue;
    const item: TocItem = { slug: heading.slug, text: heading.text, children: [] };
    const parent = items.at(-1);
    if (heading.depth === 3 && parent) parent.children.push(item);
    else items.push(item);
  }
  return items;
}

/** Throws when two headings share an anchor: a link to the second could never be followed. */
export function assertUniqueSlugs(headings: readonly Heading[], where: string): void {
  const seen = new Set<string>();
  for (const { slug } of headings) {
    if (seen.has(slug))
      throw new Error(`${where}: two headings have the anchor "#${slug}"; rename one`);
    seen.add(slug);
  }
}

/**
 * The sections the reference layout renders around a page's body, by anchor. A body heading
 * with one of these anchors would collide with the layout's (assertUniqueSlugs fails the build).
 */
export const LAYOUT_SECTIONS = {
  eventFacts: { depth: 2, slug: 'event-facts', text: 'Event facts' },
  idl: { depth: 2, slug: 'idl', text: 'WebIDL' },
  members: { depth: 2, slug: 'members', text: 'Members' },
  childPages: { depth: 2, slug: 'pages-in-this-section', text: 'Pages in this section' },
  specifications: { depth: 2, slug: 'specifications', text: 'Specifications' },
  compatibility: { depth: 2, slug: 'browser-compatibility', text: 'Browser compatibility' },
  seeAlso: { depth: 2, slug: 'see-also', text: 'See also' },
  attribution: { depth: 2, slug: 'attribution', text: 'Attribution' },
} as const satisfies Record<string, Heading>;

/** The anchors the layout's own sections use. */
export const LAYOUT_SLUGS: ReadonlySet<string> = new Set(
  Object.values(LAYOUT_SECTIONS).map((section) => section.slug)
);
