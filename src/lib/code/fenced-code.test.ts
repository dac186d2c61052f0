import { describe, expect, test } from 'vitest';
import { codeBlockTitled, fencedCodeBlocks } from './fenced-code';

const page = [
  '# Title',
  '',
  '```js title="main.js"',
  'const a = 1;',
  '```',
  '',
  '````md',
  '```js',
  'nested',
  '```',
  '````',
  '~~~',
  'tilde',
  '~~~',
].join('\n');

describe('fencedCodeBlocks', () => {
  test('finds each block with its language, title, code and line', () => {
    expect(fencedCodeBlocks(page)).toEqual([
      { lang: 'js', title: 'main.js', code: 'const a = 1;', line: 3 },
      { lang: 'md', title: undefined, code: '```js\nnested\n```', line: 7 },
      { lang: '', title: undefined, code: 'tilde', line: 12 },
    ]);
  });

  test('an unclosed block runs to the end of the page', () => {
    expect(fencedCodeBlocks('```js\nopen').map((b) => b.code)).toEqual(['open']);
  });
});

describe('codeBlockTitled', () => {
  test('returns the block with the title', () => {
    expect(codeBlockTitled(page, 'main.js', 'p.mdx').code).toBe('const a = 1;');
  });

  test('a missing or repeated title fails naming the page', () => {
    expect(() => codeBlockTitled(page, 'other.js', 'p.mdx')).toThrow(
      'p.mdx: expected one code block titled "other.js", found 0'
    );
    expect(() => codeBlockTitled(`${page}\n${page}`, 'main.js', 'p.mdx')).toThrow('found 2');
  });
});
