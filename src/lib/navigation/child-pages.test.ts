import { describe, expect, test } from 'vitest';
import { childPages } from './child-pages';

const page = (id: string, title = id.split('/').at(-1) ?? id) => ({ id, data: { title } });

describe('childPages', () => {
  test('lists the pages one level down, by title, and nothing deeper or beside', () => {
    const pages = [
      page('javascript/Array/slice'),
      page('javascript/Array/concat'),
      page('javascript/Array/concat/deeper'),
      page('javascript/ArrayBuffer/slice'),
      page('javascript/Array'),
      page('javascript/Array/wiki-original'),
    ];
    expect(childPages(pages, 'javascript/Array').map((p) => p.id)).toEqual([
      'javascript/Array/concat',
      'javascript/Array/slice',
    ]);
  });
});
