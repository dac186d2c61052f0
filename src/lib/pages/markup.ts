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
