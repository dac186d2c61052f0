import { describe, expect, test } from 'vitest';
import { CONTENT_CHUNKS, contentChunkName } from './content-chunks';

describe('contentChunkName', () => {
  test('an MDX page and its styles wrapper share a chunk; other modules get none', () => {
    const page = '/site/src/content/reference/dom/Window/message.mdx';
    expect(contentChunkName(page)).toMatch(/^content-\d+$/);
    expect(contentChunkName(`${page}?astroPropagatedAssets`)).toBe(contentChunkName(page));
    expect(contentChunkName('/site/src/components/reference/Aside.astro')).toBeNull();
    expect(contentChunkName('/site/src/content/wiki/css/color.md')).toBeNull();
    expect(contentChunkName(`${page}?raw`)).toBeNull();
  });

  test('1,000 pages spread over every chunk, none holding more than twice its share', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 1000; i++) {
      const name = contentChunkName(`/site/src/content/bench/heavy/copy-${i}.mdx`) ?? 'none';
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    expect(counts.size).toBe(CONTENT_CHUNKS);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual((2 * 1000) / CONTENT_CHUNKS);
  });
});
