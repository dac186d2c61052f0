/**
 * Text made safe to place in HTML or XML, as element text or a quoted attribute value: the five
 * characters with a meaning in markup become entities (HTML5 knows `&apos;` as XML does).
 */
export function escapeMarkup(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c
  );
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/**
 * Text with its character references decoded: numeric ones (`&#39;`, `&#x27;`, and without the
 * `;` as browsers read them too: `&#106avascript:`) and the named ones data and the build use
 * (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;`). Any other reference is left as written.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+;?|#[0-9]+;?|[a-z]+;)/gi, (whole, reference: string) => {
    const name = reference.replace(/;$/, '');
    if (name.startsWith('#')) {
      const hex = name[1] === 'x' || name[1] === 'X';
      const code = hex ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
