import { describe, expect, test } from 'vitest';
import { tableLabel, wrapTables, type HastNode } from './table-scroll';

const text = (value: string): HastNode => ({ type: 'text', value });
const el = (tagName: string, children: HastNode[] = [], properties = {}): HastNode => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const table = (...headings: string[]) =>
  el('table', [
    el('thead', [
      el(
        'tr',
        headings.map((h) => el('th', [text(h)]))
      ),
    ]),
  ]);

describe('wrapTables', () => {
  test('puts each table in a focusable, named scroll box', () => {
    const tree = el('root', [el('p', [text('Values:')]), table('Value', 'Meaning')]);
    expect(wrapTables(tree)).toBe(1);
    expect(tree.children?.[1]).toMatchObject({
      tagName: 'section',
      properties: {
        className: ['wp-table-scroll'],
        tabIndex: 0,
        ariaLabel: 'Table: Value, Meaning',
      },
      children: [{ tagName: 'table' }],
    });
  });

  test('finds tables inside other elements, and leaves boxed tables alone', () => {
    const boxed = el('div', [table('A')], { className: ['wp-table-scroll'] });
    const tree = el('root', [el('div', [table('B')]), boxed]);
    expect(wrapTables(tree)).toBe(1);
    expect(tree.children?.[1]).toBe(boxed);
    expect(boxed.children?.[0]?.tagName).toBe('table');
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
    const label = tableLabel(table('x'.repeat(200)), 1);
    expect(label.length).toBe(80);
    expect(label.endsWith('…')).toBe(true);
  });
});
