import { describe, expect, test } from 'vitest';
import ReviewNotice from './ReviewNotice.astro';
import { renderComponent } from '~/test-utils/container';

describe('<ReviewNotice>', () => {
  test('an imported page shows the wiki’s state, notes and issues', async () => {
    const html = await renderComponent(ReviewNotice, {
      review: {
        state: 'Almost Ready',
        notes: 'Needs compat',
        issues: ['Data Not Semantic', 'Cleanup'],
      },
      lastReviewed: undefined,
    });
    const text = html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(html).toContain('aria-label="Note: This page needs review"');
    expect(text).toContain('(wiki state: Almost Ready)');
    expect(text).toContain("Editors' notes: Needs compat");
    expect(text).toContain('Open issues: Data Not Semantic, Cleanup.');
  });

  test('a reviewed page shows nothing', async () => {
    expect(
      (
        await renderComponent(ReviewNotice, {
          review: undefined,
          lastReviewed: new Date('2026-11-25'),
        })
      ).trim()
    ).toBe('');
  });
});
