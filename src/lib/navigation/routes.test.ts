import { describe, expect, test } from 'vitest';
import { buildRoutes, slugParam } from './routes';

const page = (id: string, aliases: string[] = []) => ({ id, filePath: `${id}.mdx`, aliases });

describe('buildRoutes', () => {
  test('serves each page at its canonical URL and each alias as a redirect to it', () => {
    expect(buildRoutes([page('dom/Window/message', ['/Web/API/Window/message_event'])])).toEqual([
      { kind: 'page', path: '/dom/Window/message', id: 'dom/Window/message' },
      {
        kind: 'redirect',
        path: '/Web/API/Window/message_event',
        id: 'dom/Window/message',
        to: '/dom/Window/message',
      },
    ]);
  });

  test('refuses an alias that is another page’s URL, naming both files', () => {
    expect(() => buildRoutes([page('a/b'), page('c/d', ['/a/b'])])).toThrow(
      '/a/b is claimed by a/b.mdx (its own URL) and c/d.mdx (field "aliases")'
    );
  });

  test('refuses an alias two pages share, and paths that differ only in case', () => {
    expect(() => buildRoutes([page('a/b', ['/x']), page('c/d', ['/X'])])).toThrow(
      '/x is claimed by a/b.mdx (field "aliases") and c/d.mdx (field "aliases")'
    );
  });

  test('refuses a page or an alias at the URL of an area index', () => {
    expect(() => buildRoutes([page('css'), page('css/color')])).toThrow(
      '/css is claimed by css.mdx (its own URL) and the index page of area "css"'
    );
    expect(() => buildRoutes([page('dom/Window', ['/dom'])])).toThrow(
      '/dom is claimed by dom/Window.mdx (field "aliases") and the index page of area "dom"'
    );
  });

  test('lists every clash in one error', () => {
    expect(() => buildRoutes([page('a', ['/x', '/y']), page('b', ['/x', '/y'])])).toThrow(
      /\/x is claimed.*\n.*\/y is claimed/
    );
  });
});

describe('slugParam', () => {
  test('drops the leading slash', () => {
    expect(slugParam('/dom/Window/message')).toBe('dom/Window/message');
  });
});
