/**
 * The words a page's title is indexed under for search. Pagefind keeps `Window.postMessage()` as
 * one word, so a search for `postMessage` would not find the title; each word of the title that
 * joins names with punctuation is indexed as it is and as those names (`Window`, `postMessage`).
 */
export function titleSearchTerms(title: string): string {
  const words = title.split(/\s+/).filter(Boolean);
  const parts = words.flatMap((word) =>
    /[.():/,]/.test(word) ? word.split(/[.():/,]+/).filter((part) => part.length > 1) : []
  );
  return [title, ...new Set(parts)].join(' ');
}
