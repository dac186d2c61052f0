import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { markdownCacheKey } from './markdown-cache-key';

describe('markdownCacheKey', () => {
  test("changes with the pipeline's code, not with its tests", () => {
    const root = mkdtempSync(join(tmpdir(), 'wp-cache-key-'));
    for (const folder of ['src/lib/code', 'src/lib/markdown', 'src/lib/pages'])
      mkdirSync(join(root, folder), { recursive: true });
    writeFileSync(join(root, 'src/lib/code/a.ts'), 'export const a = 1;');
    const first = markdownCacheKey(root).name;
    expect(first).toMatch(/^wp:markdown-pipeline [0-9a-f]{16}$/);
    writeFileSync(join(root, 'src/lib/code/a.test.ts'), 'test');
    expect(markdownCacheKey(root).name).toBe(first);
    writeFileSync(join(root, 'src/lib/markdown/b.ts'), 'export const b = 2;');
    expect(markdownCacheKey(root).name).not.toBe(first);
  });

  test('is the same for the same code', () => {
    expect(markdownCacheKey().name).toBe(markdownCacheKey().name);
  });
});
