import type { ShikiTransformer } from 'shiki';

/**
 * The title of a code block from its fence's meta string: ```js title="main.js"```. Returns
 * undefined when there is none. Double or single quotes; no escapes (titles are file names and
 * short labels).
 */
export function parseCodeTitle(meta: string | undefined): string | undefined {
  const match = meta?.match(/(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/);
  const title = (match?.[1] ?? match?.[2])?.trim();
  return title ? title : undefined;
}

/**
 * Wraps a titled code block in `<figure>` with the title as its `<figcaption>`, so that readers
 * (and screen readers) see which file or side of the exchange the code belongs to.
 */
export function codeTitleTransformer(): ShikiTransformer {
  return {
    name: 'wp:code-title',
    root(root) {
      const title = parseCodeTitle(this.options.meta?.__raw);
      if (title === undefined) return;
      root.children = [
        {
          type: 'element',
          tagName: 'figure',
          properties: { className: ['wp-code'] },
          children: [
            {
              type: 'element',
              tagName: 'figcaption',
              properties: {},
              children: [{ type: 'text', value: title }],
            },
            ...root.children.filter((node) => node.type === 'element'),
          ],
        },
      ];
    },
  };
}
