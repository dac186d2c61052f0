import { z } from 'astro/zod';
// Explicit .ts extensions: the importer CLI loads this schema in plain Node.
import { attributionSchema } from './attribution.ts';
import { eventFactsSchema } from './event-facts.ts';
import { bcdKeySchema, specLinkSchema, webFeatureIdSchema } from './compat-keys.ts';
import { wikiFieldsSchema } from './wiki.ts';
import { sitePathProblem } from '../lib/navigation/urls.ts';

/**
 * The helper that turns an entry id into a typed reference. Astro passes its own `reference()`
 * (from `astro:content`); plain-Node callers (tests, the importer CLI) pass a stand-in, so the
 * schema itself never imports `astro:content`.
 */
export type ReferenceHelper = (collection: 'reference') => z.ZodType<{
  collection: 'reference';
  id: string;
}>;

/** The kinds of page the reference holds; each has its own frontmatter shape. */
export const PAGE_KINDS = [
  'event',
  'interface',
  'constructor',
  'method',
  'property',
  'overview',
] as const;

/** Where a feature stands in the standards process (what the seed's `Standardization_Status` said). */
export const STANDARDIZATION_STATUSES = [
  'living-standard',
  'recommendation',
  'candidate-recommendation',
  'working-draft',
  'editors-draft',
  'non-standard',
  'obsolete',
  'unknown',
] as const;

/**
 * A clean absolute site path (see sitePathProblem): it stays on this site and in its output
 * folder, whatever a host or a browser makes of it.
 */
const sitePathSchema = z.string().superRefine((path, context) => {
  const problem = sitePathProblem(path);
  if (problem)
    context.addIssue({
      code: 'custom',
      message: `expected a clean absolute site path such as "/Web/API/Window/message_event"; ${JSON.stringify(path)} is not one: ${problem}`,
    });
});

/** One sentence: a single line that ends with a full stop and fits a search-result snippet. */
const summarySchema = z
  .string()
  .trim()
  .min(20, { error: 'expected a one-sentence summary of at least 20 characters' })
  .max(280, { error: 'expected a one-sentence summary of at most 280 characters' })
  .refine((text) => !/\n/.test(text), {
    error: 'expected one sentence on one line, found a line break',
  })
  // Chinese and Japanese pages end their sentences with their own full stops.
  .refine((text) => /[.!?。！？]$/.test(text), {
    error: 'expected the summary to end with a full stop',
  });

/** A calendar date written as YAML `2026-11-25` (YAML hands it over as a Date) or an ISO string. */
const reviewDateSchema = z.coerce.date({
  error: 'expected a date such as 2026-11-25',
});

function baseFields(reference: ReferenceHelper) {
  return {
    /** The page heading and `<title>`, as developers write the API (`message`, `Window.postMessage()`). */
    title: z.string().trim().min(1, { error: 'expected a non-empty title' }),
    /** One sentence that says what the thing is; shown under the title and in search results. */
    summary: summarySchema,
    /** Where the feature stands in the standards process. */
    standardization: z.enum(STANDARDIZATION_STATUSES, {
      error: `expected one of ${STANDARDIZATION_STATUSES.join(', ')}`,
    }),
    /** True for features the specifications deprecate; the page then says so under the title. */
    deprecated: z.boolean().default(false),
    /**
     * Links to the normative text beyond the `spec_url`s of the BCD keys. Together they must give
     * at least one link; the build checks that.
     */
    specs: z.array(specLinkSchema).default([]),
    /** `@mdn/browser-compat-data` keys whose support the compatibility section shows. */
    bcd: z.array(bcdKeySchema).default([]),
    /**
     * web-features ids whose Baseline status the page shows; by default, the features that cover
     * the page's BCD keys.
     */
    webFeatures: z.array(webFeatureIdSchema).optional(),
    /** Pages for "See also", by id; a typo fails the build. */
    related: z.array(reference('reference')).default([]),
    /** Other URLs (MDN-style, legacy wiki) that redirect to this page's canonical URL. */
    aliases: z.array(sitePathSchema).default([]),
    /** When a person last checked the page against the specifications; absent for imported pages nobody has reviewed yet. */
    lastReviewed: reviewDateSchema.optional(),
    /**
     * Editorial state carried over from the WebPlatform wiki's {{Flags}}: the site shows such a
     * page as needing review.
     */
    review: z
      .object({
        /** The wiki's state, e.g. "Almost Ready". */
        state: z.string().trim().min(1).optional(),
        /** The editors' notes. */
        notes: z.string().trim().min(1).optional(),
        /** Issues the editors listed ("Data Not Semantic", "Examples Best Practices"…). */
        issues: z.array(z.string().trim().min(1)).default([]),
      })
      .strict()
      .optional(),
    /** Where the content came from, when it derives from another work (required by CC-BY). */
    attribution: attributionSchema.optional(),
    /** The wiki's structured data, on pages imported from the WebPlatform wiki (see wiki.ts). */
    wiki: wikiFieldsSchema.optional(),
  };
}

/**
 * The frontmatter of a reference page, one shape per page kind. An `event` page must state its
 * facts; an `interface` page names what it inherits from.
 */
export function referencePageSchema({ reference }: { reference: ReferenceHelper }) {
  const base = baseFields(reference);
  return z.discriminatedUnion(
    'kind',
    [
      z.object({ ...base, kind: z.literal('event'), event: eventFactsSchema }).strict(),
      z
        .object({
          ...base,
          kind: z.literal('interface'),
          /** The interface this one inherits from, e.g. `Event` for `MessageEvent`. */
          inherits: z
            .string()
            .regex(/^[A-Z][A-Za-z0-9]*$/)
            .optional(),
        })
        .strict(),
      z.object({ ...base, kind: z.literal('constructor') }).strict(),
      z.object({ ...base, kind: z.literal('method') }).strict(),
      z.object({ ...base, kind: z.literal('property') }).strict(),
      z.object({ ...base, kind: z.literal('overview') }).strict(),
    ],
    { error: `expected "kind" to be one of ${PAGE_KINDS.join(', ')}` }
  );
}

/** Frontmatter as authors write it (defaults not yet applied). */
export type ReferencePageInput = z.input<ReturnType<typeof referencePageSchema>>;
/** Frontmatter as components receive it. */
export type ReferencePageData = z.output<ReturnType<typeof referencePageSchema>>;
/** The frontmatter of an event page. */
export type EventPageData = Extract<ReferencePageData, { kind: 'event' }>;
