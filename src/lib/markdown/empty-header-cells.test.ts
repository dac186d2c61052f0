import { describe, expect, test } from 'vitest';
import { markdownToHtml } from 'satteri';
import { emptyHeaderCellsPlugin } from './empty-header-cells';

const render = (markdown: string) =>
  markdownToHtml(markdown, { hastPlugins: [emptyHeaderCellsPlugin] }).html;

describe('emptyHeaderCellsPlugin', () => {
  test('an empty header cell becomes a data cell; a header with text stays a header', () => {
    const html = render('|  | Meaning |\n| --- | --- |\n| a | b |\n');
    expect(html).not.toMatch(/<th[^>]*>\s*<\/th>/);
    expect(html).toMatch(/<td[^>]*><\/td>\s*<th[^>]*>Meaning<\/th>/);
  });

  test('a header row with no text at all has no header cells left', () => {
    const html = render('|  |  |\n| --- | --- |\n| a | b |\n');
    expect(html).not.toMatch(/<th[\s>]/);
    expect(html).toContain('<td>a</td>');
  });

  test('a header cell holding only code or a link keeps being a header', () => {
    const html = render('| `x` | [y](/y) |\n| --- | --- |\n| a | b |\n');
    expect(html.match(/<th[\s>]/g)).toHaveLength(2);
  });
});
