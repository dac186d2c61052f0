/** What joins names in a title: `Window.postMessage()`, `::after (pseudo-element)`, `a/b`. */
const JOINERS = /[.():/,]+/;

/** The names a title is made of, split at spaces and at the punctuation that joins names. */
export function titleNames(title: string): string[] {
  return title.split(new RegExp(`\\s+|${JOINERS.source}`)).filter(Boolean);
}

/**
 * The words a page's title is indexed under for search. Pagefind keeps `Window.postMessage()` as
 * one word, so a search for `postMessage` would not find the title; each word of the title that
 * joins names with punctuation is indexed as it is and as those names (`Window`, `postMessage`).
 */
export function titleSearchTerms(title: string): string {
  const parts = title
    .split(/\s+/)
    .filter((word) => JOINERS.test(word))
    .flatMap((word) => titleNames(word).filter((part) => part.length > 1));
  return [title, ...new Set(parts)].join(' ');
}
