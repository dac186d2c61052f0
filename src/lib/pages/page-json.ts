import type { ReferencePageData } from '~/schemas/reference-page';
import type { EventFacts } from '~/schemas/event-facts';
import type { CompatTable, NotePart, SupportDetail, SupportState } from '~/lib/compat/compat-model';
import type { BaselineLevel, PageBaseline } from '~/lib/compat/baseline';
import type { ResolvedSpec } from '~/lib/specs/spec-titles';
import type { FeatureMapping } from '~/lib/compat/feature-mapping';

/**
 * The machine-readable view of a page, served at `<page>.json` (`/dom/Window/message.json`) for
 * tools and wikis: the page's facts and the data the page shows — its compatibility table, its
 * specifications with their titles, its Baseline status — from the same page model as the HTML.
 * The shape is documented in docs/page-json.md; `format` changes only when a field changes
 * meaning or goes away (new fields may be added).
 */
export interface PageJson {
  /** The version of this shape. */
  format: 1;
  /** The page's canonical URL, site-relative (`/dom/Window/message`). */
  url: string;
  /** The page's title (`message`, `Window.postMessage()`). */
  title: string;
  /** What the page documents: event, interface, constructor, method, property or overview. */
  kind: string;
  /** One sentence on what it is. */
  summary: string;
  /** Where the feature stands in the standards process (`living-standard`…). */
  standardization: string;
  /** Whether the specifications deprecate the feature. */
  deprecated: boolean;
  /** An event's facts (interface, bubbles, cancelable, targets, handler); null for other kinds. */
  event: EventFacts | null;
  /**
   * The `@mdn/browser-compat-data` keys the page covers: its frontmatter's, or for an imported
   * page without any, the key of the feature found for it (see `feature`).
   */
  bcd: string[];
  /**
   * For an imported page without keys of its own: the feature found for it in today's data
   * (`{ status: 'mapped', key, via }`, `via` naming the signals that agreed) or why there is none
   * (`{ status: 'unmapped', plausible, reason, candidates }`); null for other pages.
   */
  feature: FeatureMapping | null;
  /** The browser compatibility of those keys and their direct sub-features. */
  compat: PageCompatJson;
  /** The page's specification links, each with the specification's title. */
  specs: PageSpecJson[];
  /** The Baseline status of the page's features (web-features); null when it has none to show. */
  baseline: PageBaselineJson | null;
  /** MDN pages of the page's features (their BCD `mdn_url`s). */
  mdn: string[];
  /** The web-features ids the frontmatter names; null when the page uses those of its keys. */
  webFeatures: string[] | null;
  /** URLs of the pages under "See also". */
  related: string[];
  /** Other URLs of the site that redirect to this page (its frontmatter's `aliases`). */
  aliases: string[];
  /** When a person last checked the page against the specifications (`YYYY-MM-DD`), or null. */
  lastReviewed: string | null;
  /** Whether the page was imported from the WebPlatform wiki rather than written for the site. */
  imported: boolean;
  /** The work the page derives from, with its license and contributors, or null. */
  attribution: ReferencePageData['attribution'] | null;
}

/** The compatibility data of a page. */
export interface PageCompatJson {
  /** The browsers of the table, in column order. */
  browsers: { id: string; name: string; group: 'desktop' | 'mobile' | 'server' }[];
  /** One entry per BCD key: the page's keys (`depth` 0) and their sub-features (`depth` 1). */
  features: CompatFeatureJson[];
}

/** The support of one BCD feature. */
export interface CompatFeatureJson {
  /** The BCD key (`api.Worker.message_event`). */
  key: string;
  /** 0 for a key the page names, 1 for one of its sub-features. */
  depth: 0 | 1;
  /** The feature's MDN page, or null. */
  mdnUrl: string | null;
  /** The feature's specification URLs. */
  specUrls: string[];
  deprecated: boolean;
  experimental: boolean;
  /**
   * Support by browser id (`chrome`, `safari_ios`…): every statement BCD has, the most relevant
   * first (later ones are older versions, prefixes, flags).
   */
  support: Record<string, CompatSupportJson[]>;
}

/** One statement of support, as BCD has it. */
export interface CompatSupportJson {
  /**
   * `full`, `partial`, `prefixed`, `altname` (under another name), `flag` (behind a flag),
   * `preview`, `removed`, `no` or `unknown`.
   */
  state: SupportState;
  /** The version that added support (`4`, `≤79`, `preview`), or null when none or unknown. */
  versionAdded: string | null;
  /** The version that removed it, or null. */
  versionRemoved: string | null;
  /** The prefix support needs (`webkit`), or null. */
  prefix: string | null;
  /** The other name support is under, or null. */
  alternativeName: string | null;
  /** The flags support needs, as text (`dom.workers.enabled set to true`). */
  flags: string[];
  /** Whether the implementation is partial. */
  partial: boolean;
  /** BCD's notes, as plain text. */
  notes: string[];
}

/** A specification link of the page. */
export interface PageSpecJson {
  /** The specification's title (`HTML Standard`). */
  title: string;
  /** The link, usually to a section. */
  url: string;
  /** The section it points to (`the message event`), or the URL's fragment. */
  section: string;
}

/** The Baseline status of the page's features together. */
export interface PageBaselineJson {
  /** `high` (widely available), `low` (newly available) or false (limited availability). */
  status: BaselineLevel;
  /** When the features became newly available (`YYYY-MM-DD`, may start with `≤`), or null. */
  lowDate: string | null;
  /** When they became widely available, or null. */
  highDate: string | null;
  /** The web-features ids the status comes from. */
  featureIds: string[];
  /** The page's BCD keys no web-features feature covers (not part of the status). */
  uncoveredKeys: string[];
}

/** What the JSON view is made from: parts of the page model. */
export interface PageJsonInput {
  url: string;
  data: ReferencePageData;
  imported: boolean;
  /** The BCD keys the page covers (src/data/features.ts). */
  keys: readonly string[];
  feature: FeatureMapping | undefined;
  compat: CompatTable;
  specs: readonly ResolvedSpec[];
  baseline: PageBaseline | undefined;
}

const noteText = (note: readonly NotePart[]) => note.map((part) => part.text).join('');

const supportJson = (detail: SupportDetail): CompatSupportJson => ({
  state: detail.state,
  versionAdded: detail.versionAdded ?? null,
  versionRemoved: detail.versionRemoved ?? null,
  prefix: detail.prefix ?? null,
  alternativeName: detail.alternativeName ?? null,
  flags: [...detail.flags],
  partial: detail.partial,
  notes: detail.notes.map(noteText),
});

/** The compatibility table as JSON: features by key, statements by browser. */
export function compatJson(table: CompatTable): PageCompatJson {
  return {
    browsers: table.groups.flatMap((group) =>
      group.browsers.map((browser) => ({ ...browser, group: group.id }))
    ),
    features: table.rows.map((row) => ({
      key: row.key,
      depth: row.depth,
      mdnUrl: row.mdnUrl ?? null,
      specUrls: [...row.specUrls],
      deprecated: row.deprecated,
      experimental: row.experimental,
      support: Object.fromEntries(
        row.cells.map((cell) => [cell.browser, cell.details.map(supportJson)])
      ),
    })),
  };
}

/** The JSON view of a page, from its page model. */
export function pageJson({
  url,
  data,
  imported,
  keys,
  feature,
  compat,
  specs,
  baseline,
}: PageJsonInput): PageJson {
  const mdn = compat.rows
    .filter((row) => row.depth === 0 && row.mdnUrl)
    .map((row) => row.mdnUrl as string);
  return {
    format: 1,
    url,
    title: data.title,
    kind: data.kind,
    summary: data.summary,
    standardization: data.standardization,
    deprecated: data.deprecated,
    event: data.kind === 'event' ? data.event : null,
    bcd: [...keys],
    feature: feature ?? null,
    compat: compatJson(compat),
    specs: specs.map((spec) => ({ title: spec.title, url: spec.url, section: spec.label })),
    baseline: baseline
      ? {
          status: baseline.status.baseline,
          lowDate: baseline.status.baseline_low_date ?? null,
          highDate: baseline.status.baseline_high_date ?? null,
          featureIds: [...baseline.featureIds],
          uncoveredKeys: [...baseline.uncoveredKeys],
        }
      : null,
    mdn: [...new Set(mdn)],
    webFeatures: data.webFeatures ? [...data.webFeatures] : null,
    related: data.related.map((ref) => `/${ref.id}`),
    aliases: [...data.aliases],
    lastReviewed: data.lastReviewed?.toISOString().slice(0, 10) ?? null,
    imported,
    attribution: data.attribution ?? null,
  };
}
