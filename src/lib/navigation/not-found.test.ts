import { describe, expect, test } from 'vitest';
import {
  editDistance,
  normalisePath,
  pathScore,
  resolveNotFound,
  searchQuery,
  urlLookup,
} from './not-found';
import type { UrlIndex } from './url-index';

const index: UrlIndex = {
  version: 1,
  pages: [
    ['/apis/web-messaging/BroadcastChannel', 'BroadcastChannel'],
    ['/apis/web-messaging/MessageEvent', 'MessageEvent'],
    ['/css/properties/color', 'color'],
    ['/dom', 'DOM'],
    ['/dom/Window/message', 'message'],
    ['/dom/Window/messageerror', 'messageerror'],
    ['/dom/Window/postMessage', 'Window.postMessage()'],
  ],
  aliases: [
    ['/Web/API/Window/message_event', 4],
    ['/en-US/docs/Web/API/MessageEvent', 1],
  ],
  derived: [
    ['/en-US/docs/Web/API/Worker/message_event', 4],
    ['/en-US/docs/Web/API/BroadcastChannel/message_event', 4],
  ],
};
const lookup = urlLookup(index);
const resolve = (path: string) => resolveNotFound(path, lookup);
const suggested = (path: string, limit?: number) => {
  const resolution = resolveNotFound(path, lookup, limit);
  if (resolution.kind !== 'suggestions') throw new Error(`${path} led to ${resolution.to}`);
  return resolution.pages.map((page) => page.url);
};
const target = (path: string) => {
  const resolution = resolve(path);
  return resolution.kind === 'redirect' ? resolution.to : undefined;
};

describe('resolveNotFound: addresses of a page, spelt another way', () => {
  test.each([
    ['/dom/window/message', '/dom/Window/message', 'in other letter case'],
    ['/DOM/WINDOW/MESSAGE', '/dom/Window/message', 'in other letter case'],
    ['/dom/Window/message/', '/dom/Window/message', 'trailing slash'],
    ['/dom/Window/message/index.html', '/dom/Window/message', 'trailing slash'],
    ['/dom/Window//message', '/dom/Window/message', 'trailing slash'],
    ['/dom/Window/%6Dessage', '/dom/Window/message', 'trailing slash'],
    ['/docs/dom/Window/message', '/dom/Window/message', 'webplatform.github.io'],
    ['/docs/dom/Window/message/', '/dom/Window/message', 'webplatform.github.io'],
    ['/docs/dom/window/message', '/dom/Window/message', 'webplatform.github.io address, in other'],
    ['/en-us/docs/Web/API/BroadcastChannel/message_event', '/dom/Window/message', 'case'],
    ['/docs/Web/API/Worker/message_event', '/dom/Window/message', 'MDN address'],
    ['/Web/API/Worker/message_event', '/dom/Window/message', 'MDN address'],
    ['/fr/docs/Web/API/MessageEvent', '/apis/web-messaging/MessageEvent', 'MDN address'],
    ['/pt-BR/docs/Web/API/Window/message_event', '/dom/Window/message', 'MDN address'],
    ['/en-US/docs/Web/API/Worker/message_event/', '/dom/Window/message', 'trailing slash'],
  ])('%s leads to %s (%s)', (path, to, reason) => {
    const resolution = resolve(path);
    expect(resolution).toMatchObject({ kind: 'redirect', to });
    expect(resolution.kind === 'redirect' && resolution.reason).toContain(reason);
  });

  test('an area index is a page too', () => {
    expect(target('/DOM')).toBe('/dom');
  });

  test('only ever leads to a page of the index, whatever the address holds', () => {
    for (const path of ['//evil.example/x', '/\\evil.example', '/%2F%2Fevil.example', '/..'])
      expect(resolve(path).kind).toBe('suggestions');
  });
});

describe('resolveNotFound: the nearest pages otherwise', () => {
  test('a typo in the page’s name suggests the page first', () => {
    expect(suggested('/dom/Window/mesage')[0]).toBe('/dom/Window/message');
    expect(suggested('/dom/Windw/postmesage')[0]).toBe('/dom/Window/postMessage');
  });

  test('an MDN address of a page the site lacks suggests the pages of the same name', () => {
    expect(suggested('/en-US/docs/Web/API/MessagePort/message_event')[0]).toBe(
      '/dom/Window/message'
    );
  });

  test('an unknown page suggests its group’s pages, and searches for its words', () => {
    const resolution = resolve('/dom/Window/no-such-page');
    expect(resolution.kind).toBe('suggestions');
    if (resolution.kind !== 'suggestions') return;
    expect(resolution.pages.map((page) => page.url)).toContain('/dom/Window/message');
    expect(resolution.pages.map((page) => page.url)).not.toContain('/css/properties/color');
    expect(resolution.query).toBe('no such page');
  });

  test('nothing near suggests nothing rather than noise', () => {
    expect(resolve('/zzzzzz/qqqqqqq')).toMatchObject({ kind: 'suggestions', pages: [] });
  });

  test('each page is suggested once, at most `limit` pages', () => {
    expect(suggested('/dom/Window/messages', 2)).toHaveLength(2);
    // '/dom/Window/message' is both a page and the target of aliases: listed once.
    const urls = suggested('/dom/Window/messag');
    expect(new Set(urls).size).toBe(urls.length);
  });
});

describe('normalisePath', () => {
  test('decodes escapes, and drops doubled slashes, a trailing slash and index files', () => {
    expect(normalisePath('/a//b/')).toBe('/a/b');
    expect(normalisePath('/a/b/index.html')).toBe('/a/b');
    expect(normalisePath('/a/b.html')).toBe('/a/b');
    expect(normalisePath('/caf%C3%A9')).toBe('/café');
    expect(normalisePath('/bad%E0%A4%A')).toBe('/bad%E0%A4%A');
    expect(normalisePath('/')).toBe('/');
  });
});

describe('searchQuery', () => {
  test('is the words of the last segment, without MDN’s _event', () => {
    expect(searchQuery('/en-US/docs/Web/API/Worker/message_event')).toBe('message');
    expect(searchQuery('/dom/Window/no-such-page')).toBe('no such page');
    expect(searchQuery('/')).toBe('');
  });
});

describe('editDistance and pathScore', () => {
  test('edit distance counts insertions, deletions and substitutions', () => {
    expect(editDistance('message', 'message')).toBe(0);
    expect(editDistance('mesage', 'message')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  test('the last segment weighs most, and depth costs a little', () => {
    expect(pathScore(['dom', 'window', 'message'], ['dom', 'window', 'message'])).toBeCloseTo(1.1);
    expect(pathScore(['dom', 'window', 'message'], ['apis', 'x', 'message'])).toBeGreaterThan(
      pathScore(['dom', 'window', 'message'], ['dom', 'window', 'postmessage'])
    );
    expect(pathScore(['a', 'b'], ['a', 'b', 'c', 'b'])).toBeLessThan(
      pathScore(['a', 'b'], ['a', 'b'])
    );
  });
});
