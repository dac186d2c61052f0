import { createHash } from 'node:crypto';

/**
 * Astro's static CSP lists, on every page, the hashes of every inline script and style it could
 * render anywhere: with a renderer registered (MDX registers one) that includes its island
 * loader and five `client:*` directive scripts, and island styles, none of which this site uses.
 * They cost every page about 0.4 KB gzip of incompressible base64. A page needs exactly the
 * hashes of the inline scripts and styles it holds, so that is what its policy keeps.
 */

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
/** Inline elements only: a script with a src is allowed by source, not by hash. */
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
const HASH = /'(sha256|sha384|sha512)-([A-Za-z0-9+/=]+)'/g;

/** The hash source of a text, as CSP writes it: 'sha256-<base64>'. */
function hashSource(algorithm: string, text: string): string {
  const key = `${algorithm}\n${text}`;
  let source = hashSources.get(key);
  if (source === undefined) {
    source = `'${algorithm}-${createHash(algorithm).update(text).digest('base64')}'`;
    hashSources.set(key, source);
  }
  return source;
}

/**
 * Hashes already computed: every page holds the same few inline scripts, and each policy source
 * is checked against each of them, so most pages compute none.
 */
const hashSources = new Map<string, string>();

/** The inline scripts' and styles' texts of a document, by kind. */
function inlineTexts(html: string): { script: string[]; style: string[] } {
  const texts = { script: [] as string[], style: [] as string[] };
  for (const [, name, attributes, text] of html.matchAll(INLINE)) {
    const kind = (name as string).toLowerCase() as 'script' | 'style';
    if (kind === 'script' && /\bsrc\s*=/i.test(attributes ?? '')) continue;
    texts[kind].push(text ?? '');
  }
  return texts;
}

/**
 * The document with its CSP <meta> keeping, in script-src and style-src, only the hashes of
 * the inline scripts and styles the document holds; other sources and directives are kept as
 * they are. A document without a CSP <meta> is returned unchanged.
 */
export function trimCspHashes(html: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const texts = inlineTexts(html);
  const policy = (meta[1] ?? '')
    .split(';')
    .map((directive) => {
      const kind = /^\s*(script|style)-src\s/.exec(directive)?.[1] as
        'script' | 'style' | undefined;
      if (!kind) return directive;
      return directive
        .replace(HASH, (source, algorithm: string) =>
          texts[kind].some((text) => hashSource(algorithm, text) === source) ? source : ''
        )
        .replace(/ {2,}/g, ' ')
        .trimEnd();
    })
    .join(';');
  return html.replace(CSP_META, (tag) => tag.replace(meta[1] ?? '', () => policy));
}
