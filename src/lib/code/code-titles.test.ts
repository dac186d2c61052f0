import { describe, expect, test } from 'vitest';
import { codeToHtml } from 'shiki';
import { codeTitleTransformer, parseCodeTitle } from './code-titles';

describe('parseCodeTitle', () => {
  test.each([
    ['title="main.js"', 'main.js'],
    ["title='main.js'", 'main.js'],
    ['ins={1} title="sender, on https://app.example" mark', 'sender, on https://app.example'],
    ['title=""', undefined],
    ['subtitle="x"', undefined],
    [undefined, undefined],
  ])('%j → %j', (meta, title) => {
    expect(parseCodeTitle(meta)).toBe(title);
  });
});

describe('codeTitleTransformer', () => {
  const render = (raw: string) =>
    codeToHtml('let a = 1;', {
      lang: 'js',
      theme: 'github-light-default',
      meta: { __raw: raw },
      transformers: [codeTitleTransformer()],
    });

  test('wraps a titled block in a figure with the title as caption, escaped', async () => {
    const html = await render('title="a <b> & c.js"');
    expect(html).toMatch(
      /^<figure class="wp-code"><figcaption>a &#x3C;b> &#x26; c\.js<\/figcaption><pre /
    );
  });

  test('leaves untitled blocks alone', async () => {
    expect(await render('')).toMatch(/^<pre /);
  });
});
