import { describe, expect, test } from 'vitest';
import Aside from './Aside.astro';
import { renderComponent } from '~/test-utils/container';

describe('<Aside>', () => {
  test('a warning is a labelled aside whose kind is announced, not only drawn', async () => {
    const html = await renderComponent(
      Aside,
      { kind: 'warning', title: 'Check origins' },
      { default: '<p>Body</p>' }
    );
    expect(html).toMatch(
      /<aside class="wp-aside wp-aside-warning"[^>]* aria-label="Warning: Check origins"/
    );
    expect(html).toContain('<span class="wp-visually-hidden"');
    expect(html).toContain('<p>Body</p>');
  });

  test('history and note kinds', async () => {
    expect(await renderComponent(Aside, { kind: 'history', title: 'IE' })).toContain(
      'aria-label="History: IE"'
    );
    expect(await renderComponent(Aside, { kind: 'note', title: 'N' })).toContain('wp-aside-note');
  });
});
