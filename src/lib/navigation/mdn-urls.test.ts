import { describe, expect, test } from 'vitest';
import { claimRank, compareRanks, kindOfKey, mdnAliases, mdnPath, mdnSlug } from './mdn-urls';

describe('mdnSlug', () => {
  test.each([
    ['https://developer.mozilla.org/docs/Web/API/Worker/message_event'],
    ['https://developer.mozilla.org/en-US/docs/Web/API/Worker/message_event'],
    ['/en-US/docs/Web/API/Worker/message_event'],
    ['/en-us/docs/Web/API/Worker/message_event'],
    ['/fr/docs/Web/API/Worker/message_event'],
    ['/pt-BR/docs/Web/API/Worker/message_event'],
    ['/docs/Web/API/Worker/message_event'],
    ['/Web/API/Worker/message_event'],
    ['/en-US/docs/Web/API/Worker/message_event/'],
  ])('reads the slug of %s', (url) => {
    expect(mdnSlug(url)).toBe('Web/API/Worker/message_event');
  });

  test('keeps MDN’s punctuation and the other sections', () => {
    expect(mdnSlug('https://developer.mozilla.org/docs/Web/CSS/Reference/At-rules/@charset')).toBe(
      'Web/CSS/Reference/At-rules/@charset'
    );
    expect(mdnSlug('/Glossary/Baseline')).toBe('Glossary/Baseline');
  });

  test('a WebPlatform path or another host is no MDN URL', () => {
    expect(mdnSlug('/dom/Window/message')).toBeUndefined();
    expect(mdnSlug('https://example.org/docs/Web/API/Worker')).toBeUndefined();
    expect(mdnSlug('/')).toBeUndefined();
  });

  test('a fragment points into another page, so it names none of its own', () => {
    expect(
      mdnSlug('https://developer.mozilla.org/docs/Web/API/Window/postMessage#transfer')
    ).toBeUndefined();
  });
});

describe('mdnPath', () => {
  test('publishes a slug under MDN’s English locale, as MDN links it', () => {
    expect(mdnPath('Web/API/Worker')).toBe('/en-US/docs/Web/API/Worker');
  });
});

describe('kindOfKey', () => {
  test('reads the subject of api keys from their shape', () => {
    expect(kindOfKey('api.Worker')).toBe('interface');
    expect(kindOfKey('api.Worker.Worker')).toBe('constructor');
    expect(kindOfKey('api.Worker.message_event')).toBe('event');
    expect(kindOfKey('api.Worker.postMessage')).toBeUndefined();
    expect(kindOfKey('css.properties.color')).toBeUndefined();
  });
});

describe('claimRank', () => {
  const messageEvent = {
    kind: 'event',
    bcd: ['api.Window.message_event', 'api.Worker.message_event'],
    imported: false,
  };
  const worker = {
    kind: 'interface',
    bcd: ['api.Worker', 'api.Worker.Worker', 'api.Worker.message_event'],
    imported: false,
  };

  test('the event page wins an event key over the interface page that also lists it', () => {
    expect(
      compareRanks(
        claimRank(messageEvent, 'api.Worker.message_event', 1),
        claimRank(worker, 'api.Worker.message_event', 2)
      )
    ).toBeGreaterThan(0);
  });

  test('a curated page wins over an imported page, whatever the shapes', () => {
    const imported = { kind: 'event', bcd: ['api.Worker.message_event'], imported: true };
    expect(
      compareRanks(
        claimRank(worker, 'api.Worker.message_event', 2),
        claimRank(imported, 'api.Worker.message_event', 0)
      )
    ).toBeGreaterThan(0);
  });

  test('a method page is the subject of its member key; a page’s first key wins over later ones', () => {
    const method = { kind: 'method', bcd: ['api.Worker.postMessage'], imported: false };
    expect(
      compareRanks(
        claimRank(method, 'api.Worker.postMessage', 0),
        claimRank(worker, 'api.Worker.postMessage', 3)
      )
    ).toBeGreaterThan(0);
    const overview = { kind: 'overview', bcd: ['css.properties.color'], imported: true };
    const other = {
      kind: 'overview',
      bcd: ['css.properties', 'css.properties.color'],
      imported: true,
    };
    expect(
      compareRanks(
        claimRank(overview, 'css.properties.color', 0),
        claimRank(other, 'css.properties.color', 1)
      )
    ).toBeGreaterThan(0);
  });
});

describe('mdnAliases', () => {
  const mdnUrls: Record<string, string> = {
    'api.Worker': 'https://developer.mozilla.org/docs/Web/API/Worker',
    'api.Worker.message_event': 'https://developer.mozilla.org/docs/Web/API/Worker/message_event',
    'api.Worker.postMessage.transfer':
      'https://developer.mozilla.org/docs/Web/API/Worker/postMessage#transfer',
  };

  test('one path per BCD key with an MDN page of its own, ranked', () => {
    const aliases = mdnAliases(
      {
        kind: 'interface',
        bcd: ['api.Worker', 'api.Worker.message_event', 'api.Worker.postMessage.transfer', 'api.X'],
        imported: false,
      },
      (key) => mdnUrls[key]
    );
    expect(aliases).toEqual([
      { path: '/en-US/docs/Web/API/Worker', key: 'api.Worker', rank: [1, 1, 1, 1, 0] },
      {
        path: '/en-US/docs/Web/API/Worker/message_event',
        key: 'api.Worker.message_event',
        rank: [1, 1, 0, 0, -1],
      },
    ]);
  });

  test('and the path its MDN page had before it moved, which any current URL outranks', () => {
    const aliases = mdnAliases(
      { kind: 'overview', bcd: ['css.properties.color'], imported: true },
      () => 'https://developer.mozilla.org/docs/Web/CSS/Reference/Properties/color',
      (key) => (key === 'css.properties.color' ? 'Web/CSS/color' : undefined)
    );
    expect(aliases.map(({ path }) => path)).toEqual([
      '/en-US/docs/Web/CSS/Reference/Properties/color',
      '/en-US/docs/Web/CSS/color',
    ]);
    const [now, former] = aliases.map(({ rank }) => rank);
    expect(compareRanks(now ?? [], former ?? [])).toBeGreaterThan(0);
    // A curated page's former path still loses to any page's current one.
    const curatedFormer = [0, ...claimRank({ kind: 'event', bcd: [], imported: false }, 'x', 0)];
    expect(compareRanks(now ?? [], curatedFormer)).toBeGreaterThan(0);
  });
});
