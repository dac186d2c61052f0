import { describe, expect, test } from 'vitest';
import {
  absoluteUrl,
  areaOf,
  decodePath,
  entryIdFromPath,
  isScriptUrl,
  sitePathProblem,
} from './urls';

describe('entryIdFromPath', () => {
  test('keeps the case of the path and drops the extension', () => {
    expect(entryIdFromPath('dom/Window/message.mdx')).toBe('dom/Window/message');
    expect(entryIdFromPath('apis/web-messaging/MessageEvent.mdx')).toBe(
      'apis/web-messaging/MessageEvent'
    );
  });

  test('maps an index file to its folder and normalises Windows separators', () => {
    expect(entryIdFromPath('dom\\Window\\index.mdx')).toBe('dom/Window');
  });

  test('rejects paths with spaces, naming the file', () => {
    expect(() => entryIdFromPath('dom/Window/post message.mdx')).toThrow(
      /^dom\/Window\/post message\.mdx: .*without spaces/
    );
  });
});

describe('areaOf', () => {
  test('the area is the first path segment', () => {
    expect(areaOf('apis/workers/Worker')).toBe('apis');
  });
});

describe('absoluteUrl', () => {
  test('resolves a site path against the deployed origin', () => {
    expect(absoluteUrl('/dom/Window/message', new URL('https://reference.example.org'))).toBe(
      'https://reference.example.org/dom/Window/message'
    );
  });

  test('keeps the path as given: the home page ends with a slash, others do not', () => {
    const site = new URL('https://reference.example.org/');
    expect(absoluteUrl('/', site)).toBe('https://reference.example.org/');
    expect(absoluteUrl('/dom', site)).toBe('https://reference.example.org/dom');
  });

  test('is undefined when the origin is unknown, so no relative canonical is written', () => {
    expect(absoluteUrl('/dom/Window/message', undefined)).toBeUndefined();
  });
});

describe('sitePathProblem', () => {
  test('accepts the paths pages and MDN use, with their punctuation', () => {
    for (const path of [
      '/Web/API/Window/message_event',
      '/en-US/docs/Web/API/Worker/message_event',
      '/docs/Web/CSS/Reference/At-rules/@charset',
      '/docs/Web/CSS/Reference/Selectors/::-moz-color-swatch',
      '/docs/Web/HTML/Reference/Global_attributes/data-*',
      '/authors/c%C3%A9line',
      '/dom/events/message',
    ])
      expect(sitePathProblem(path), path).toBeUndefined();
  });

  test.each([
    ['dom/Window/message', 'it does not start with "/"'],
    ['//evil.example', 'it starts with "//", which names another host'],
    ['/\\evil.example', 'it has a "\\", which browsers read as "/"'],
    ['/../../tmp/x', 'it has a "." or ".." segment'],
    ['/dom/./Window', 'it has a "." or ".." segment'],
    ['/%2e%2e/%2E%2E/tmp/x', 'it has a percent-encoded ".", "/", "\\" or control character'],
    ['/dom%2fWindow', 'it has a percent-encoded ".", "/", "\\" or control character'],
    ['/dom%5cWindow', 'it has a percent-encoded ".", "/", "\\" or control character'],
    ['/dom%00', 'it has a percent-encoded ".", "/", "\\" or control character'],
    ['/dom%zz', 'it has a "%" that starts no escape'],
    ['/dom/Window/', 'it ends with "/"'],
    ['/', 'it ends with "/"'],
    ['/dom//Window', 'it has an empty segment ("//")'],
    ['/dom/Window?x=1', 'it has a query or fragment ("?" or "#")'],
    ['/dom/Window#message', 'it has a query or fragment ("?" or "#")'],
    ['/dom/Window message', 'it has whitespace or a control character'],
    ['/dom/Window\u0007', 'it has whitespace or a control character'],
    ['/_astro/site.css', 'its first segment starts with "_" or "."'],
    ['/.well-known/security.txt', 'its first segment starts with "_" or "."'],
  ])('refuses %s: %s', (path, problem) => {
    expect(sitePathProblem(path)).toBe(problem);
  });
});

describe('decodePath', () => {
  test('decodes percent-escapes, and keeps a path whose escapes are not UTF-8', () => {
    expect(decodePath('/caf%C3%A9/%23x')).toBe('/café/#x');
    expect(decodePath('/bad%E0%A4%A')).toBe('/bad%E0%A4%A');
  });
});

describe('isScriptUrl', () => {
  test.each([
    'javascript:alert(1)',
    '  JavaScript:alert(1)',
    'java\tscript:x',
    'vbscript:x',
    '\u0001javascript:x',
  ])('%j runs script', (url) => expect(isScriptUrl(url)).toBe(true));

  test.each(['https://example.org/javascript:', '/javascript', '#javascript:x', 'mailto:a@b.c'])(
    '%j does not',
    (url) => expect(isScriptUrl(url)).toBe(false)
  );
});
