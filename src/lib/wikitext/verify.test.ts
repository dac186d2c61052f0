import { describe, expect, test } from 'vitest';
import { firstProseParagraph, headingSlugs, markdownProblems, markdownText } from './verify.ts';

const rules = { isPage: (id: string) => id === 'dom/Window' };

describe('markdownProblems', () => {
  test('a safe page has none', () => {
    expect(
      markdownProblems(
        '---\n{"title": "x"}\n---\n\n## Syntax\n\n[w](/dom/Window), [s](#syntax), [e](https://example.org), `<code>`\n\n```html\n<script>import x from "y"</script>\n```',
        rules
      )
    ).toEqual([]);
  });

  test.each([
    ['raw HTML', 'text <b>bold</b>', 'raw HTML "<b>"'],
    ['an HTML block', '<div>\nx\n</div>', 'raw HTML'],
    ['a comment', '<!-- x -->', 'raw HTML'],
    ['an image', '![x](y.png)', 'a image'],
    ['a reference definition', '[x]: javascript:alert(1)', 'a definition'],
    ['a link to no page', '[x](/dom/Nowhere)', 'no page of the site'],
    ['a link to another page’s anchor', '[x](/dom/Window#a)', 'no page of the site'],
    ['a link to a missing anchor', '[x](#nowhere)', 'missing anchor #nowhere'],
    ['a script URL', '[x](javascript:alert(1))', 'unsafe URL'],
    ['a module line', "import x from 'y'", 'import or export'],
  ])('finds %s', (_name, markdown, expected) => {
    expect(markdownProblems(markdown, rules).join('\n')).toContain(expected);
  });
});

describe('reading Markdown back', () => {
  test('markdownText: what a reader reads, with URLs when asked', () => {
    expect(markdownText('The `<video>` *element*: [a link](https://x.org) and [x](/y).')).toBe(
      'The <video> element: a link and x.'
    );
    expect(markdownText('See [WAI-ARIA](https://www.w3.org/WAI/) now.', { urls: true })).toBe(
      'See WAI-ARIA (https://www.w3.org/WAI/) now.'
    );
  });

  test('headingSlugs: Astro’s anchors, repeated headings numbered', () => {
    expect([...headingSlugs('## Syntax\n\n### Syntax\n\n## `code` & *more*')]).toEqual([
      'syntax',
      'syntax-1',
      'code--more',
    ]);
  });

  test('firstProseParagraph skips headings, lists, code, quotes and bylines', () => {
    const markdown =
      '## Heading.\n\n*By Jane Doe, published 2012.*\n\n- A list item.\n\n> A quote.\n\n```\ncode.\n```\n\nThe first sentence. The second.';
    expect(firstProseParagraph(markdown, (text) => /\.\s|\.$/.test(text))).toBe(
      'The first sentence. The second.'
    );
  });
});
