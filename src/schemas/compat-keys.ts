import { z } from 'astro/zod';

/** The top-level trees of `@mdn/browser-compat-data`. */
const BCD_TREES = [
  'api',
  'browsers',
  'css',
  'html',
  'http',
  'javascript',
  'manifests',
  'mathml',
  'svg',
  'webassembly',
  'webdriver',
  'webextensions',
] as const;

/**
 * A dotted `@mdn/browser-compat-data` key such as `api.Window.message_event`. Only its form is
 * checked here; whether the key exists is checked against the data package at build time.
 */
export const bcdKeySchema = z
  .string()
  .regex(new RegExp(`^(?:${BCD_TREES.join('|')})(?:\\.[A-Za-z0-9_$@-]+)+$`), {
    error: 'expected a browser-compat-data key such as "api.Window.message_event"',
  });

/**
 * A link to the normative definition of the feature, beyond the `spec_url`s of the page's BCD
 * keys. The spec's title comes from web-specs, so it is not written here.
 */
export const specLinkSchema = z
  .object({
    /** The section heading, e.g. "Cross-document messaging"; defaults to the URL's anchor. */
    section: z.string().trim().min(1).optional(),
    /** The URL with the anchor of the definition; https only. */
    url: z.url({ protocol: /^https$/, error: 'expected an https:// URL to the specification' }),
  })
  .strict();

/** A specification link as components receive it. */
export type SpecLink = z.output<typeof specLinkSchema>;

/** A web-features feature id such as `channel-messaging`; checked against the package at build time. */
export const webFeatureIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'expected a web-features id such as "channel-messaging"',
});
