import { describe, expect, test } from 'vitest';
import { assertReferencesResolve, findBrokenReferences } from './references';

const page = (id: string, related: string[]) => ({
  id,
  filePath: `src/content/reference/${id}.mdx`,
  related: related.map((target) => ({ collection: 'reference', id: target })),
});

describe('findBrokenReferences', () => {
  test('finds nothing when every reference names a page', () => {
    expect(findBrokenReferences([page('a', ['b']), page('b', ['a'])])).toEqual([]);
  });

  test('names the file, the field with its index, and the missing id', () => {
    expect(findBrokenReferences([page('a', ['b', 'typo']), page('b', [])])).toEqual([
      { filePath: 'src/content/reference/a.mdx', field: 'related[1]', target: 'typo' },
    ]);
  });
});

describe('assertReferencesResolve', () => {
  test('passes silently when all resolve', () => {
    expect(() => assertReferencesResolve([page('a', ['a'])])).not.toThrow();
  });

  test('throws one message listing every broken reference and the ids that exist', () => {
    expect(() => assertReferencesResolve([page('a', ['x']), page('b', ['y'])])).toThrow(
      [
        '2 reference(s) to pages that do not exist:',
        '  src/content/reference/a.mdx: field "related[0]" names "x", but no page has that id',
        '  src/content/reference/b.mdx: field "related[0]" names "y", but no page has that id',
        'Expected one of: a, b',
      ].join('\n')
    );
  });
});
