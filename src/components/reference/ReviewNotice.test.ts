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
      specDataProblems: [],
    });
    const text = html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(html).toContain('aria-label="Note: This page needs review"');
    expect(text).toContain('(wiki state: Almost Ready)');
    expect(text).toContain("Editors' notes: Needs compat");
    expect(text).toContain('Open issues: Data Not Semantic, Cleanup.');
  });

  test('a page the wiki proposed deleting says so, with the reason, once', async () => {
    const html = await renderComponent(ReviewNotice, {
      deletionCandidate: 'Duplicate of html/elements/input/type/tel.',
      review: {
        issues: [
          'Deletion Candidate',
          'deletion candidate: Duplicate of html/elements/input/type/tel',
          'Cleanup',
        ],
      },
      lastReviewed: undefined,
      specDataProblems: [],
    });
    const text = html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(html).toContain('aria-label="Warning: The wiki proposed deleting this page"');
    expect(text).toContain(
      'Its editors marked it for deletion: Duplicate of html/elements/input/type/tel. It is kept for the links'
    );
    expect(text).toContain('Open issues: Cleanup.');
    expect(text.match(/Duplicate of/g)).toHaveLength(1);
  });

  test('a reviewed page shows nothing', async () => {
    expect(
      (
        await renderComponent(ReviewNotice, {
          review: undefined,
          lastReviewed: new Date('2026-11-25'),
          specDataProblems: [],
        })
      ).trim()
    ).toBe('');
  });

  test('where the spec data disagrees with an imported page, each point is listed', async () => {
    const html = await renderComponent(ReviewNotice, {
      review: { issues: [] },
      lastReviewed: undefined,
      specDataProblems: [
        'event.targets: the page lists Element, which no spec fires "load" at',
        'event.handler: the page says "onload", which no interface declares in the IDL',
      ],
    });
    expect(html).toContain("Where the specifications' data disagrees with this page:");
    expect(html).toMatch(/<li[^>]*>event\.targets: the page lists Element/);
    expect(html).toMatch(/<li[^>]*>event\.handler: the page says &quot;onload&quot;/);
  });
});
