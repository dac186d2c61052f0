/**
 * The typed draft of one imported page: what the template families fill in, field by field, and
 * the one place that turns it into the site's frontmatter. Families never write frontmatter keys
 * of their own; the compiler checks each field they set.
 */
import type { ATTRIBUTION_LICENSES, SourceWork } from '../../schemas/attribution.ts';
import type { EventFacts } from '../../schemas/event-facts.ts';
import type { SpecLink } from '../../schemas/compat-keys.ts';
import type { ReferencePageInput, STANDARDIZATION_STATUSES } from '../../schemas/reference-page.ts';
import type { WikiCompatTable } from '../../schemas/wiki.ts';

/** The page kinds an imported page can have (the wiki never described constructors or interfaces as such). */
export type ImportedKind = 'overview' | 'event' | 'method' | 'property';

/** Everything known about a page while its templates are converted. */
export interface PageDraft {
  /** The wiki title (`dom/Window/message`); a translation's is its page's. */
  readonly wikiPath: string;
  /** The language of a translation (`ja`), from its file name. */
  readonly lang: string | undefined;
  title: string;
  kind: ImportedKind;
  standardization: (typeof STANDARDIZATION_STATUSES)[number];
  /** One sentence of plain text, when a family found one. */
  summary: string | undefined;
  /** An event page's facts. */
  event: EventFacts | undefined;
  /** Links to specifications web-specs knows. */
  specs: SpecLink[];
  /** The wiki's editorial state. */
  review: { state: string | undefined; notes: string | undefined; issues: string[] };
  license: (typeof ATTRIBUTION_LICENSES)[number];
  /** People named by {{Byline}}. */
  authors: string[];
  /** Works the wiki page was imported from (MSDN, MDN, HTML5 Rocks). */
  upstream: SourceWork[];
  /** The wiki's structured data (see src/schemas/wiki.ts). */
  wiki: {
    type: string | undefined;
    appliesTo: string | undefined;
    childPagesOf: string | undefined;
    compat2015: WikiCompatTable[];
    /** Why the wiki's editors proposed deleting the page ("" when they gave no reason). */
    deletionCandidate: string | undefined;
    /** The language of an untranslated translation's text (see textLanguageOf). */
    textLang: 'en' | undefined;
  };
  /** The page's body: Markdown blocks in page order. */
  body: string[];
}

/** A new draft for a page, titled after the last segment of its path. */
export function newDraft(wikiPath: string, lang: string | undefined): PageDraft {
  return {
    wikiPath,
    lang,
    title: wikiPath.split('/').at(-1)?.replace(/_/g, ' ').trim() || wikiPath,
    kind: 'overview',
    standardization: 'unknown',
    summary: undefined,
    event: undefined,
    specs: [],
    review: { state: undefined, notes: undefined, issues: [] },
    license: 'CC-BY-3.0',
    authors: [],
    upstream: [],
    wiki: {
      type: undefined,
      appliesTo: undefined,
      childPagesOf: undefined,
      compat2015: [],
      deletionCandidate: undefined,
      textLang: undefined,
    },
    body: [],
  };
}

/** The source page's URL in the WebPlatform archive. */
function archiveUrl(wikiPath: string): string {
  return `https://webplatform.github.io/docs/${wikiPath.split('/').map(encodeURIComponent).join('/')}/`;
}

/** The draft as frontmatter for the site's schema; `summary` is the one the page ends with. */
export function frontmatterOf(draft: PageDraft, summary: string): ReferencePageInput {
  const defined = <T extends object>(object: T) =>
    Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as {
      [K in keyof T]: Exclude<T[K], undefined>;
    };
  const wiki = defined({
    type: draft.wiki.type,
    appliesTo: draft.wiki.appliesTo,
    lang: draft.lang,
    textLang: draft.wiki.textLang,
    childPagesOf: draft.wiki.childPagesOf,
    compat2015: draft.wiki.compat2015.length > 0 ? draft.wiki.compat2015 : undefined,
    deletionCandidate: draft.wiki.deletionCandidate,
  });
  const base = {
    title: draft.title,
    summary,
    standardization: draft.standardization,
    specs: draft.specs,
    review: defined({
      state: draft.review.state,
      notes: draft.review.notes,
      // Each editorial flag once, however often the page names it.
      issues: [...new Set(draft.review.issues)],
    }),
    attribution: {
      source: {
        title: `${draft.title} · WebPlatform Docs`,
        url: archiveUrl(draft.lang ? `${draft.wikiPath}/${draft.lang}` : draft.wikiPath),
      },
      wikiPath: draft.wikiPath,
      license: draft.license,
      // Each credit once: a page pasted into itself repeats its byline and its sources.
      contributors: [...new Set([...draft.authors, 'WebPlatform.org contributors'])],
      upstream: draft.upstream.filter(
        (work, at) => draft.upstream.findIndex((other) => other.url === work.url) === at
      ),
    },
    ...(Object.keys(wiki).length > 0 ? { wiki } : {}),
  } satisfies Partial<ReferencePageInput>;
  return draft.kind === 'event' && draft.event
    ? { ...base, kind: 'event', event: draft.event }
    : { ...base, kind: draft.kind === 'event' ? 'overview' : draft.kind };
}
