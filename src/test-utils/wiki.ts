import { readFileSync } from 'node:fs';
import { readPackageJson } from '~/data/packages';
import type { SpecEntry } from '~/lib/specs/spec-titles';
import type { ImportOptions } from '~/lib/wikitext/import-page';
import { PageIndex } from '~/lib/wikitext/links';

/**
 * Import options for tests: web-specs' real list, and a site whose pages are `pages` (wiki title
 * = page id) and the curated `curated` ids.
 */
export function wikiOptions(
  pages: readonly string[] = [],
  curated: readonly string[] = []
): ImportOptions {
  return {
    knownSpecs: readPackageJson<SpecEntry[]>('web-specs', 'index.json'),
    pages: new PageIndex(
      pages.map((title) => ({ title, id: title })),
      curated
    ),
  };
}

/** A wikitext fixture of src/lib/wikitext/fixtures/. */
export function wikiFixture(name: string): string {
  return readFileSync(new URL(`../lib/wikitext/fixtures/${name}`, import.meta.url), 'utf8');
}

/** The body of an imported page (what follows its frontmatter). */
export function bodyOf(markdown: string | undefined): string {
  return (markdown ?? '').split('\n---\n').slice(1).join('\n---\n').trim();
}

/** The kinds of some diagnostics. */
export const kinds = (list: readonly { kind: string }[]) => list.map((d) => d.kind);
