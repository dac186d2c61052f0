import { describe, expect, test } from 'vitest';
import { escapedHtml, SafeHtml } from './html';

describe('escapedHtml', () => {
  test('escapes text in content and in quoted attributes', () => {
    const text = '<img src=x onerror="alert(1)"> & \'';
    const out = escapedHtml`<p title="${text}">${text}</p>`.value;
    expect(out).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &apos;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &apos;</p>'
    );
  });
  test('inserts its own markup and lists of it as they are; skips false, null, undefined', () => {
    const items = ['a', 'b<'].map((item) => escapedHtml`<li>${item}</li>`);
    const list = escapedHtml`<ul>${items}${false}${null}${undefined}${0}</ul>`;
    expect(list.value).toBe('<ul><li>a</li><li>b&lt;</li>0</ul>');
  });
  test('a string that looks like markup is still text', () => {
    expect(escapedHtml`${'<b>bold</b>'}`.value).toBe('&lt;b&gt;bold&lt;/b&gt;');
    expect(String(new SafeHtml('<b>x</b>'))).toBe('<b>x</b>');
  });
});
