import { describe, expect, test } from 'vitest';
import { markdownToHtml } from 'satteri';
import { tableLabel, tableScrollPlugin, type HastNode } from './table-scroll';

const text = (value: string): HastNode => ({ type: 'text', value });
const el = (tagName: string, children: HastNode[] = []): HastNode => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});
const render = (markdown: string) =>
  markdownToHtml(markdown, { hastPlugins: [tableScrollPlugin] }).html;

describe('tableScrollPlugin', () => {
  test('puts each table of the Markdown in a focusable, named scroll box', () => {
    const html = render('Values:\n\n| Value | Meaning |\n| --- | --- |\n| a | b |\n');
    expect(html).toMatch(
      /<section class="wp-table-scroll" tabindex="0" aria-label="Table: Value, Meaning"><table>/
    );
    expect(html).toMatch(/<\/table>\s*<\/section>/);
  });

  test('boxes each table once', () => {
    const html = render('| a |\n| - |\n| 1 |\n\ntext\n\n| b |\n| - |\n| 2 |\n');
    expect(html.match(/<section class="wp-table-scroll"/g)).toHaveLength(2);
    expect(html.match(/<table>/g)).toHaveLength(2);
    expect(html).toContain('aria-label="Table: b"');
  });
});

describe('tableLabel', () => {
  test('a caption names its table; without one or headings, its number does', () => {
    const captioned = el('table', [el('caption', [text('Desktop  browsers')]), el('tbody')]);
    expect(tableLabel(captioned, 1)).toBe('Desktop browsers');
    expect(tableLabel(el('table', [el('tbody', [el('tr', [el('td', [text('x')])])])]), 3)).toBe(
      'Table 3'
    );
  });

  test('a long name is cut', () => {
    const heading = el('table', [el('thead', [el('tr', [el('th', [text('x'.repeat(200))])])])]);
    const label = tableLabel(heading, 1);
    expect(label.length).toBe(80);
    expect(label.endsWith('…')).toBe(true);
  });
});
