import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import {
  unsafeAttribute,
  unsafeJsxElement,
  unsafeMarkdownReport,
  unsafeMarkupPlugin,
  unsafeRawHtml,
} from './unsafe-markup';

const file = pathToFileURL('src/content/reference/x.mdx');

describe('unsafeAttribute', () => {
  test('refuses event handlers in any case, script URLs and srcdoc', () => {
    expect(unsafeAttribute('img', 'onError', 'x')).toBe(
      'the event handler attribute onerror= on <img> (content may not run scripts)'
    );
    expect(unsafeAttribute('a', 'href', 'javascript:x')).toBe('a javascript: URL in href= on <a>');
    expect(unsafeAttribute('form', 'formAction', ' javascript:x')).toBe(
      'a javascript: URL in formaction= on <form>'
    );
    expect(unsafeAttribute('iframe', 'srcdoc', '<p>')).toContain('srcdoc=');
  });

  test('accepts ordinary attributes, including ones that merely start with "on"', () => {
    expect(unsafeAttribute('a', 'href', '/dom/Window/message')).toBeUndefined();
    expect(unsafeAttribute('td', 'className', ['wp-x'])).toBeUndefined();
    expect(unsafeAttribute('div', 'on', 'x')).toBeUndefined();
  });
});

describe('unsafeRawHtml', () => {
  test('finds scripts, handlers and script URLs, however they are quoted or encoded', () => {
    expect(
      unsafeRawHtml(
        `<SCRIPT src="x.js"></SCRIPT><img src=x onerror=alert(1)><a href='&#106;avascript:alert(1)'>x</a>`
      )
    ).toEqual([
      'a <script> element (content may not run scripts)',
      'the event handler attribute onerror= on <img> (content may not run scripts)',
      'a javascript: URL in href= on <a>',
    ]);
  });

  test('accepts plain markup, and text that only mentions these things', () => {
    expect(unsafeRawHtml('<kbd>onclick</kbd> <a href="/x" title="javascript: no">x</a>')).toEqual(
      []
    );
  });
});

describe('unsafeJsxElement', () => {
  test('checks HTML elements, not the site’s components, for handlers', () => {
    const onClick = [{ type: 'mdxJsxAttribute', name: 'onClick', value: { value: '() => 1' } }];
    expect(unsafeJsxElement('button', onClick)).toHaveLength(1);
    expect(unsafeJsxElement('Playground', onClick)).toEqual([]);
    expect(unsafeJsxElement('script', [])).toEqual([
      'a <script> element (content may not run scripts)',
    ]);
  });

  test('refuses a javascript: URL anywhere, in a string or an expression', () => {
    expect(
      unsafeJsxElement('a', [
        { type: 'mdxJsxAttribute', name: 'href', value: { value: "'javascript:x'" } },
      ])
    ).toEqual(['a javascript: URL in href= on <a>']);
    expect(
      unsafeJsxElement('SeeAlso', [
        { type: 'mdxJsxAttribute', name: 'link', value: 'javascript:x' },
      ])
    ).toEqual(['a javascript: URL in the link prop of <SeeAlso>']);
  });
});

describe('the plugin, in the Markdown and MDX pipelines', () => {
  test('fails a Markdown document with every problem, each with its line', async () => {
    const report = await unsafeMarkdownReport(
      ['# Title', '', '<script>x()</script>', '', 'A [link](javascript:void(0)).', ''].join('\n'),
      pathToFileURL('src/content/wiki/x.md')
    );
    expect(report).toBe(
      [
        'src/content/wiki/x.md: 2 pieces of markup would run code, which content may not do:',
        '  src/content/wiki/x.md:3: a <script> element (content may not run scripts)',
        '  src/content/wiki/x.md:5: a javascript: URL in href= on <a>',
      ].join('\n')
    );
  });

  test('passes safe Markdown, code that shows unsafe markup included', async () => {
    expect(
      await unsafeMarkdownReport(
        ['Use `onclick` with care:', '', '```html', '<button onclick="go()">', '```', ''].join(
          '\n'
        ),
        pathToFileURL('src/content/wiki/x.md')
      )
    ).toBeUndefined();
  });

  test('fails MDX with raw HTML, and lets components through', async () => {
    const source = [
      "import { Aside } from '~/components/mdx';",
      '',
      '<Aside kind="note" title="Fine">ok</Aside>',
      '',
      '<button onClick={() => alert(1)}>x</button>',
      '',
    ].join('\n');
    await expect(
      Promise.resolve().then(() =>
        mdxToJs(source, { hastPlugins: [unsafeMarkupPlugin()], fileURL: file })
      )
    ).rejects.toThrow(
      'src/content/reference/x.mdx:5: the event handler attribute onclick= on <button> (content may not run scripts)'
    );
  });
});
