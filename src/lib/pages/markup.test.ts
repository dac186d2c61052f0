import { describe, expect, test } from 'vitest';
import { decodeEntities, escapeMarkup } from './markup';

describe('escapeMarkup', () => {
  test('turns every character with a meaning in markup into an entity', () => {
    expect(escapeMarkup(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;&amp;&lt;/a&gt;'
    );
  });

  test('leaves other text as it is', () => {
    expect(escapeMarkup('Window.postMessage() — 送信')).toBe('Window.postMessage() — 送信');
  });
});

describe('decodeEntities', () => {
  test('decodes numeric references and the named ones markup uses', () => {
    expect(decodeEntities('a&amp;b &lt;c&gt; &quot;d&quot; &#39;e&#x27; f&nbsp;g')).toBe(
      'a&b <c> "d" \'e\' f\u00a0g'
    );
  });

  test('reads numeric references without their semicolon, as browsers do', () => {
    expect(decodeEntities('&#106avascript:x &#x6A;s')).toBe('javascript:x js');
  });

  test('leaves unknown or impossible references as written', () => {
    expect(decodeEntities('&copy; &#x110000;')).toBe('&copy; &#x110000;');
  });
});
