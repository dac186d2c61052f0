/**
 * Checks that a document's Content-Security-Policy <meta> comes first in its <head>: a policy
 * in a <meta> governs only what the parser meets after it
 * (https://w3c.github.io/webappsec-csp/#meta-element), so a script, stylesheet or link before it
 * escapes it. Only <meta charset> may precede it (it must be in the first 1,024 bytes).
 */

/** The start tags of a document's head, in order: name and attribute text. */
function headTags(html: string): { name: string; attributes: string }[] | undefined {
  const head = /<head\b[^>]*>([\s\S]*?)(?:<\/head>|<body\b|$)/i.exec(html)?.[1];
  if (head === undefined) return undefined;
  // Script and style contents are text, not tags.
  const tags = head.replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, '<$1$2>');
  return [...tags.matchAll(/<([a-zA-Z][\w-]*)\b([^>]*)>/g)].map(([, name, attributes]) => ({
    name: (name as string).toLowerCase(),
    attributes: attributes ?? '',
  }));
}

const isCspMeta = (tag: { name: string; attributes: string }) =>
  tag.name === 'meta' && /http-equiv\s*=\s*["']?content-security-policy/i.test(tag.attributes);
const isCharset = (tag: { name: string; attributes: string }) =>
  tag.name === 'meta' && /\bcharset\s*=/i.test(tag.attributes);

/** What is wrong with where the CSP <meta> is, or undefined when it comes first. */
export function cspMetaProblem(html: string): string | undefined {
  const tags = headTags(html);
  if (tags === undefined) return 'the document has no <head>';
  const index = tags.findIndex(isCspMeta);
  if (index === -1) return 'the head has no Content-Security-Policy <meta>';
  const before = tags.slice(0, index).filter((tag) => !isCharset(tag));
  if (before.length > 0)
    return `the Content-Security-Policy <meta> comes after ${before.map((tag) => `<${tag.name}>`).join(', ')}`;
  return undefined;
}
