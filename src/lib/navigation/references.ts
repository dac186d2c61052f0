/** What the reference check needs of a page. */
export interface PageWithReferences {
  id: string;
  filePath: string;
  related: readonly { collection: string; id: string }[];
}

/** A reference to a page that does not exist. */
export interface BrokenReference {
  filePath: string;
  field: string;
  target: string;
}

/**
 * Every `related` reference that names no page. Astro's content layer only logs these; the site
 * refuses to build with them, since a "See also" link to nowhere is a broken link.
 */
export function findBrokenReferences(pages: readonly PageWithReferences[]): BrokenReference[] {
  const ids = new Set(pages.map((page) => page.id));
  return pages.flatMap((page) =>
    page.related.flatMap((ref, index) =>
      ids.has(ref.id)
        ? []
        : [{ filePath: page.filePath, field: `related[${index}]`, target: ref.id }]
    )
  );
}

/** Throws one error naming every broken reference with its file and field. */
export function assertReferencesResolve(pages: readonly PageWithReferences[]): void {
  const broken = findBrokenReferences(pages);
  if (broken.length === 0) return;
  const ids = pages.map((page) => page.id).sort();
  throw new Error(
    [
      `${broken.length} reference(s) to pages that do not exist:`,
      ...broken.map(
        (b) => `  ${b.filePath}: field "${b.field}" names "${b.target}", but no page has that id`
      ),
      `Expected one of: ${ids.join(', ')}`,
    ].join('\n')
  );
}
