import type { ReferencePageData } from '~/schemas/reference-page';
import type { EventFacts } from '~/schemas/event-facts';

/** The machine-readable view of a page, served at `<page>.json` for tools and wikis. */
export interface PageJson {
  url: string;
  title: string;
  kind: string;
  summary: string;
  standardization: string;
  deprecated: boolean;
  event: EventFacts | null;
  bcd: string[];
  specs: string[];
  webFeatures: string[] | null;
  related: string[];
  aliases: string[];
  lastReviewed: string | null;
  attribution: ReferencePageData['attribution'] | null;
}

/** The JSON view of a page, from its URL, its validated frontmatter and its spec URLs. */
export function pageJson(
  url: string,
  data: ReferencePageData,
  specUrls: readonly string[]
): PageJson {
  return {
    url,
    title: data.title,
    kind: data.kind,
    summary: data.summary,
    standardization: data.standardization,
    deprecated: data.deprecated,
    event: data.kind === 'event' ? data.event : null,
    bcd: [...data.bcd],
    specs: [...specUrls],
    webFeatures: data.webFeatures ? [...data.webFeatures] : null,
    related: data.related.map((ref) => `/${ref.id}`),
    aliases: [...data.aliases],
    lastReviewed: data.lastReviewed?.toISOString().slice(0, 10) ?? null,
    attribution: data.attribution ?? null,
  };
}
