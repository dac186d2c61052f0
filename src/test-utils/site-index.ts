import { buildSiteIndex, type IndexablePage } from '~/lib/navigation/site-index';

/**
 * A site index of imported pages named by their ids, each titled after its last segment unless
 * the test says otherwise: the navigation tests' small sites.
 */
export const importedSiteIndex = (
  list: readonly (Pick<IndexablePage, 'id'> & Partial<IndexablePage>)[]
) =>
  buildSiteIndex(
    list.map((p) => ({
      kind: 'overview',
      aliases: [],
      filePath: p.id,
      imported: true,
      title: p.id.split('/').at(-1) ?? p.id,
      ...p,
    }))
  );
