import { z } from 'astro/zod';

/** The licenses that content derived from WebPlatform.org is under. */
export const ATTRIBUTION_LICENSES = ['CC-BY-3.0', 'CC-BY-SA-3.0'] as const;

/** A work that the page derives from. */
export const sourceWorkSchema = z
  .object({
    /** The work's title, e.g. "message · WebPlatform Docs". */
    title: z.string().trim().min(1, { error: 'expected the title of the source' }),
    /** Where the work was published: an http(s) URL (the page links it; no script URL can be). */
    url: z.url({ protocol: /^https?$/, error: 'expected the http(s) URL of the source' }),
  })
  .strict();

/** A source work as components receive it. */
export type SourceWork = z.output<typeof sourceWorkSchema>;

/**
 * Where a page's content came from. CC-BY requires naming the work, its authors and the license;
 * the page footer shows all three.
 */
export const attributionSchema = z
  .object({
    /** The page this one derives from. */
    source: sourceWorkSchema,
    /** The path of the wiki page the content came from, e.g. `dom/Window/message`. */
    wikiPath: z
      .string()
      .regex(/^[^\s/][^\s]*$/, { error: 'expected a wiki path such as "dom/Window/message"' })
      .optional(),
    /** The license of the source. */
    license: z.enum(ATTRIBUTION_LICENSES, {
      error: `expected one of ${ATTRIBUTION_LICENSES.join(', ')}`,
    }),
    /** Who wrote the source. */
    contributors: z
      .array(z.string().trim().min(1))
      .min(1, { error: 'expected at least one contributor' }),
    /** Works the source itself was imported from (WebPlatform imported much of MSDN). */
    upstream: z.array(sourceWorkSchema).default([]),
  })
  .strict();

/** Attribution as components receive it. */
export type Attribution = z.output<typeof attributionSchema>;
