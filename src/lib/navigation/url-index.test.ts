import { describe, expect, test } from 'vitest';
import { buildSiteIndex } from './site-index';
import { buildUrlIndex, redirectsOf } from './url-index';

const site = buildSiteIndex([
  {
    id: 'dom/Window/message',
    filePath: 'dom/Window/message.mdx',
    title: 'message',
    kind: 'event',
    aliases: ['/Web/API/Window/message_event'],
    derivedAliases: [{ path: '/en-US/docs/Web/API/Worker/message_event', rank: [1] }],
    imported: false,
  },
  {
    id: 'apis/workers/Worker',
    filePath: 'apis/workers/Worker.mdx',
    title: 'Worker',
    kind: 'interface',
    aliases: [],
    imported: false,
  },
]);

describe('buildUrlIndex', () => {
  test('lists pages and area indexes with titles, and each redirect by page position', () => {
    expect(buildUrlIndex(site)).toEqual({
      version: 1,
      pages: [
        ['/apis', 'Web APIs'],
        ['/apis/workers/Worker', 'Worker'],
        ['/dom', 'DOM'],
        ['/dom/Window/message', 'message'],
      ],
      aliases: [['/Web/API/Window/message_event', 3]],
      derived: [['/en-US/docs/Web/API/Worker/message_event', 3]],
    });
  });
});

describe('redirectsOf', () => {
  test('reads each redirect back with its target and title, curated aliases first', () => {
    expect(redirectsOf(buildUrlIndex(site))).toEqual([
      {
        from: '/Web/API/Window/message_event',
        to: '/dom/Window/message',
        title: 'message',
        derived: false,
      },
      {
        from: '/en-US/docs/Web/API/Worker/message_event',
        to: '/dom/Window/message',
        title: 'message',
        derived: true,
      },
    ]);
  });

  test('refuses an index of another version, or an entry that points at no page', () => {
    const index = buildUrlIndex(site);
    expect(() => redirectsOf({ ...index, version: 2 as 1 })).toThrow(
      'url-index.json has version 2'
    );
    expect(() => redirectsOf({ ...index, aliases: [['/x', 99]] })).toThrow(
      'url-index.json: /x points at no page (99)'
    );
  });
});
