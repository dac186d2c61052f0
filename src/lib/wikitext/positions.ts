/**
 * Lines of wiki nodes, in time linear in the page's size. wikiparser-node's own
 * `getBoundingClientRect()` splits the whole page into lines on every call, so asking it for the
 * line of each template made an import quadratic (a 400 KB page took minutes). Here the page's
 * line starts are found once, and each parent's children are located once, when first asked.
 */
import type { WikiNode } from './wiki-node.ts';

/** The 1-based line of a character offset, from the line starts of a text found once. */
export class LineIndex {
  readonly #starts: number[] = [0];

  constructor(source: string) {
    for (let index = source.indexOf('\n'); index >= 0; index = source.indexOf('\n', index + 1))
      this.#starts.push(index + 1);
  }

  /** The line (1-based) of `offset`. */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.#starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }
}

/**
 * Where nodes of one parsed page start. A node's offset is its parent's plus its place in the
 * parent's text; the places of all children of a parent are found together, the first time one
 * of them is asked for, so the whole page costs one pass over each parent's text.
 */
export class NodePositions {
  readonly #lines: LineIndex;
  readonly #root: WikiNode;
  readonly #offsets = new WeakMap<WikiNode, number>();

  constructor(root: WikiNode, source: string) {
    this.#root = root;
    this.#lines = new LineIndex(source);
    this.#offsets.set(root, 0);
  }

  /** The line of a node of this page (1-based), or undefined for a node from elsewhere. */
  lineOf(node: WikiNode): number | undefined {
    const offset = this.offsetOf(node);
    return offset === undefined ? undefined : this.#lines.lineAt(offset);
  }

  /** The offset of a node of this page in its text, or undefined for a node from elsewhere. */
  offsetOf(node: WikiNode): number | undefined {
    const known = this.#offsets.get(node);
    if (known !== undefined) return known;
    // Nodes parsed again from a fragment (a table rejoined from an argument) have no parent in
    // this page: they have no line of their own.
    const parent = node.parentNode;
    if (!parent || node === this.#root) return undefined;
    const parentOffset = this.offsetOf(parent);
    if (parentOffset === undefined) return undefined;
    // The parent's text is its children's texts with separators ("{{", "|", "=") between them:
    // each child is found after the previous one.
    const text = parent.toString();
    let cursor = 0;
    for (const child of parent.childNodes) {
      const childText = child.toString();
      const at = text.indexOf(childText, cursor);
      const place = at < 0 ? cursor : at;
      this.#offsets.set(child, parentOffset + place);
      cursor = place + childText.length;
    }
    return this.#offsets.get(node);
  }
}
