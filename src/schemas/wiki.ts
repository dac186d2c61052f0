import { z } from 'astro/zod';

/** A path of the WebPlatform wiki, e.g. `apis/indexeddb/IDBCursor` (no leading slash). */
const wikiPathSchema = z
  .string()
  .regex(/^[^\s/#?][^\s#?]*$/, { error: 'expected a wiki path such as "dom/Window/message"' });

/** One compatibility table as the wiki recorded it (2015): its columns and rows of text. */
export const wikiCompatTableSchema = z
  .object({
    /** "Desktop", "Mobile" or "Notes". */
    title: z.string().trim().min(1),
    /** The column names, in order (Feature, Chrome, Firefox…). */
    columns: z.array(z.string()).min(1, { error: 'expected at least one column' }),
    /** The cells of each row, one per column (empty where the wiki left one out). */
    rows: z.array(z.array(z.string())),
  })
  .strict();

/** A 2015 compatibility table as components receive it. */
export type WikiCompatTable = z.output<typeof wikiCompatTableSchema>;

/**
 * What a page imported from the WebPlatform wiki keeps of the wiki's structured data, beyond the
 * fields every page has. The site uses it to find the page's feature in today's data (`type`,
 * `appliesTo`), to group translations with their page (`lang`), to list child pages, and to show
 * the wiki's own compatibility table as history.
 */
export const wikiFieldsSchema = z
  .object({
    /**
     * The wiki's page-type template, normalised (lower case, spaces): `api object method`,
     * `api object property`, `api object`, `event`, `css property`, `markup element`,
     * `markup attribute`, `css selector`, `tutorial`, `glossary item`… On JavaScript pages, the
     * page type {{JS_Topics}} named: `js method`, `js property`, `js object`, `js basic`. Absent
     * when the page used none.
     */
    type: z.string().trim().min(1).optional(),
    /**
     * The wiki path of what the page applies to (`Method_applies_to`, `Event_applies_to`…,
     * `javascript/Date` for a JavaScript page's object). The importer sets it only to a page the
     * site has, so it can be linked.
     */
    appliesTo: wikiPathSchema.optional(),
    /**
     * The language of a translation (`ja`, `es`, `pt-br`…); the page it translates has the same
     * path without the `.<lang>` suffix. Absent for pages in English.
     */
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/, { error: 'expected a language tag such as "ja"' })
      .optional(),
    /**
     * The language the text is in when a translation is untranslated: `en` for a copy of the
     * English page kept under a translation's path (src/lib/wikitext/text-language.ts). Screen
     * readers read the page in it.
     */
    textLang: z.literal('en').optional(),
    /** A wiki path whose child pages this page lists (the wiki's listing templates). */
    childPagesOf: wikiPathSchema.optional(),
    /** The wiki's own compatibility tables (2015), shown collapsed as history. */
    compat2015: z.array(wikiCompatTableSchema).optional(),
    /**
     * Why the wiki's editors proposed deleting the page (its {{Editorial/Deletion_Candidate}}),
     * "" when they gave no reason. The page says so and ranks last among reviewed states; it
     * stays in search, where it may be the site's only page on its subject.
     */
    deletionCandidate: z.string().optional(),
  })
  .strict();

/** The wiki fields as components receive them. */
export type WikiFields = z.output<typeof wikiFieldsSchema>;
