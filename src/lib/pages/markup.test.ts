import { describe, expect, test } from 'vitest';
import { escapeMarkup } from './markup';

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
