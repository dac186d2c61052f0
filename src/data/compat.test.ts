import { describe, expect, test } from 'vitest';
import { baselineFor, compatTableFor, dataVersions, specsFor } from './compat';
import { readPackageJson } from './packages';

describe('build-time data for a page', () => {
  test('spec links come from frontmatter first, then from the keys’ spec_url, without repeats', () => {
    const table = compatTableFor('p.mdx', ['api.Window.message_event']);
    const specs = specsFor(
      'p.mdx',
      [
        {
          url: 'https://html.spec.whatwg.org/multipage/indices.html#event-message',
          section: 'The message event',
        },
      ],
      table
    );
    expect(specs[0]).toEqual({
      url: 'https://html.spec.whatwg.org/multipage/indices.html#event-message',
      title: 'HTML',
      label: 'The message event',
    });
    const bcdUrls = [table.rows[0]?.specUrls].flat();
    expect(specs.map((s) => s.url)).toEqual([
      ...new Set(['https://html.spec.whatwg.org/multipage/indices.html#event-message', ...bcdUrls]),
    ]);
  });

  test('a page with no spec link at all fails naming the file and both ways to add one', () => {
    const table = compatTableFor('p.mdx', []);
    expect(() => specsFor('dom/X.mdx', [], table)).toThrow(
      'dom/X.mdx: no specification link: add one to field "specs", or a BCD key with a spec_url to field "bcd"'
    );
  });

  test('a page still awaiting review may have no spec link yet', () => {
    expect(specsFor('imported.mdx', [], compatTableFor('imported.mdx', []), false)).toEqual([]);
  });

  test('Baseline for keys and for ids', () => {
    expect(baselineFor('p.mdx', ['api.MessageChannel'], undefined).featureIds).toEqual([
      'channel-messaging',
    ]);
    expect(baselineFor('p.mdx', [], ['channel-messaging']).featureIds).toEqual([
      'channel-messaging',
    ]);
  });

  test('data versions are the installed packages’ versions', () => {
    expect(dataVersions()).toEqual(
      ['@mdn/browser-compat-data', 'web-features', 'web-specs'].map((name) => ({
        name,
        version: readPackageJson<{ version: string }>(name, 'package.json').version,
      }))
    );
  });
});
