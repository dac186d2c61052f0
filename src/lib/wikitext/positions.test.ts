import { describe, expect, test } from 'vitest';
import { LineIndex, NodePositions } from './positions.ts';
import { parseWikitext, syntheticNode, type WikiNode } from './wiki-node.ts';

describe('LineIndex', () => {
  test('gives the 1-based line of each offset', () => {
    const lines = new LineIndex('ab\ncd\n\nef');
    expect([0, 2, 3, 5, 6, 7, 9].map((offset) => lines.lineAt(offset))).toEqual([
      1, 1, 2, 2, 3, 4, 4,
    ]);
  });
});

describe('NodePositions', () => {
  const source = '{{A|x=1}}\ntext [[b|c]]\n{{D\n|e=[[f]]\n}}';
  const root = parseWikitext(source);
  const positions = new NodePositions(root, source);
  const find = (node: WikiNode, predicate: (n: WikiNode) => boolean): WikiNode | undefined => {
    if (predicate(node)) return node;
    for (const child of node.childNodes) {
      const found = find(child, predicate);
      if (found) return found;
    }
    return undefined;
  };

  test('finds the line of nodes at any depth', () => {
    const link = (target: string) =>
      find(root, (n) => n.type === 'link' && n.toString().includes(target)) as WikiNode;
    expect(positions.lineOf(root.childNodes[0] as WikiNode)).toBe(1);
    expect(positions.lineOf(link('[[b'))).toBe(2);
    expect(positions.lineOf(link('[[f'))).toBe(4);
  });

  test('a node the importer made has no line', () => {
    expect(positions.lineOf(syntheticNode('text', [], 'x'))).toBeUndefined();
  });
});
