import { describe, expect, test } from 'vitest';
import { bodyOf, kinds, wikiFixture, wikiOptions } from '~/test-utils/wiki';
import { importWikiPage } from '../import-page.ts';
import { markdownProblems } from '../verify.ts';

const SITE = [
  'dom/Window',
  'dom/HTMLElement',
  'css',
  'css/properties/color',
  'css/data_types/color',
  'html/elements/abbr',
  'http/headers/Range',
  'svg/elements/clipPath',
  'Beginners',
];
const options = wikiOptions(SITE);

/** Imports a fixture; the page must import, and its Markdown be safe. */
function imported(fixture: string, wikiPath = 'test/page') {
  const result = importWikiPage(wikiFixture(fixture), { wikiPath }, options);
  expect(result.errors).toEqual([]);
  expect(markdownProblems(result.markdown ?? '', { isPage: (id) => SITE.includes(id) })).toEqual(
    []
  );
  return { result, body: bodyOf(result.markdown), data: result.frontmatter };
}

describe('specifications (related specifications section)', () => {
  const { result, body, data } = imported('specifications.wiki', 'dom/Range');

  test('https links web-specs knows go to the frontmatter; every one is listed with its status', () => {
    expect(data?.specs).toEqual([{ url: 'https://dom.spec.whatwg.org/', section: 'DOM' }]);
    expect(body).toContain('## Specifications listed by the wiki');
    expect(body).toContain('- [DOM](https://dom.spec.whatwg.org/) (Living Standard): Section 5.5');
  });

  test('Relevant_changes is kept, not dropped unreported (it vanished on dom/Range)', () => {
    expect(body).toContain(
      '- [DOM Level 2 Traversal and Range](http://www.w3.org/TR/DOM-Level-2-Traversal-Range/) (Recommendation): Defines **Range** first'
    );
    expect(kinds(result.warnings)).not.toContain('unknown-parameter');
  });
});

describe('compatibility (compatibility section)', () => {
  const { result, body, data } = imported('compatibility.wiki');

  test('the 2015 tables are data, one cell per browser, not a body section', () => {
    expect(data?.wiki?.compat2015).toEqual([
      {
        title: 'Desktop',
        columns: ['Feature', 'Chrome', 'Firefox', 'Internet Explorer', 'Opera', 'Safari'],
        rows: [['Basic support', '4.0', 'No; prefixed 3.5', 'Yes', 'Unknown', '3.1']],
      },
      {
        title: 'Mobile',
        columns: [
          'Feature',
          'Android',
          'BlackBerry',
          'Chrome Mobile',
          'Firefox Mobile',
          'IE Mobile',
          'Opera Mobile',
          'Opera Mini',
          'Safari Mobile',
        ],
        rows: [['Basic support', '2.3', '', '', '', '', '', '', '']],
      },
      {
        title: 'Notes',
        columns: ['Browser', 'Version', 'Note'],
        rows: [['Internet Explorer', '9+', 'Needs the right MIME type.']],
      },
    ]);
    expect(body).not.toContain('Compatibility');
  });

  test('a table shown from another page is reported: the corpus does not hold it', () => {
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ kind: 'imported-compat-table', line: 4 })
    );
  });
});

describe('API object method and property', () => {
  test('a method: syntax line from the wiki’s names, parameters, return type, applies-to', () => {
    const { result, body, data } = imported('api-method.wiki', 'dom/Window/postMessage');
    expect(data).toMatchObject({
      title: 'postMessage',
      kind: 'method',
      wiki: { type: 'api object method', appliesTo: 'dom/Window' },
    });
    expect(body).toContain(
      '## Syntax\n\n```js\nwindow.postMessage(message, targetOrigin, transfer);\n```'
    );
    expect(body).toContain(
      '## Parameters\n\n- **message** (any): The data, cloned with the structured clone algorithm.\n- **targetOrigin** (String): The origin the receiving window must have.\n- **transfer** (Array, optional): Objects whose ownership is transferred.'
    );
    expect(body).toContain('## Return value\n\nType: **void**');
    // A second page-type template does not change what the page is; it is reported.
    expect(kinds(result.warnings)).toContain('second-page-type');
  });

  test('a property: read and write in the syntax, its type and whether it is read-only', () => {
    const { body, data } = imported('api-property.wiki', 'dom/Window/name');
    expect(data).toMatchObject({ kind: 'property', wiki: { appliesTo: 'dom/Window' } });
    expect(body).toContain('```js\nvar windowName = window.name;\nwindow.name = newName;\n```');
    expect(body).toContain(
      "## Property value\n\n- Type: **String**\n- Read-only: no\n\nThe window's name, or an empty string."
    );
  });
});

describe('CSS property', () => {
  test('its definition rows and its values, escaped (<color> is text)', () => {
    const { body, data } = imported('css-property.wiki', 'css/properties/color');
    expect(data?.wiki?.type).toBe('css property');
    expect(body).toContain(
      '## Definition\n\n- **Initial value**: Depends on the user agent\n- **Applies to**: All elements\n- **Inherited**: Yes'
    );
    expect(body).toContain(
      '## Values\n\n- **\\<color>**: A [color](/css/data_types/color) value.\n- **currentColor**: The value of the *color* property.'
    );
  });
});

describe('markup element and attribute', () => {
  test('its content with code, its DOM interface linked, its facts', () => {
    const { result, body, data } = imported('markup-element.wiki', 'html/elements/abbr');
    expect(data?.wiki?.type).toBe('markup element');
    expect(body).toContain('Use `<abbr title="…">` for the expansion:');
    expect(body).toContain('```html\n<abbr title="World Wide Web Consortium">W3C</abbr>\n```');
    expect(body).toContain('- **DOM interface**: [dom/HTMLElement](/dom/HTMLElement)');
    expect(body).toContain('- **Categories**: Flow content, Phrasing content');
    expect(kinds(result.warnings)).not.toContain('inline-template');
  });
});

describe('listings', () => {
  test('subpage listings become wiki.childPagesOf, one per page; the rest is reported', () => {
    const { result, body, data } = imported('listings.wiki', 'css');
    expect(data?.wiki?.childPagesOf).toBe('css');
    expect(result.warnings.filter((w) => w.kind === 'second-listing')).toHaveLength(1);
    expect(body).toContain('## See also on the wiki\n\n- [color](/css/properties/color)');
    expect(kinds(result.warnings)).not.toContain('unknown-parameter');
  });
});

describe('templates inside text', () => {
  const { result, body, data } = imported('inline.wiki');

  test('a note is a block quote with a bold label; a to-do stays visible', () => {
    expect(body).toContain('First.\n\n> **Note:** Inheritance is **deprecated**.\n\nThen');
    expect(body).toContain('*(To do, from the wiki: Detail the bug)*');
  });

  test('citations keep their link; MDN macros show what they showed', () => {
    expect(body).toContain('A claim. *(citation needed)*');
    expect(body).toContain('[“The WebM project”](http://www.webmproject.org/), Google, 2010');
    expect(body).toContain('SVG has [`<clipPath>`](/svg/elements/clipPath)');
    expect(body).toContain('[bug 391642](https://bugzilla.mozilla.org/show_bug.cgi?id=391642)');
    expect(body).toContain('see object manipulation statements.');
  });

  test('an editorial flag goes to the review notice', () => {
    expect(data?.review?.issues).toContain('deletion candidate: Duplicate of dom/Window');
    expect(kinds(result.warnings)).not.toContain('inline-template');
  });
});

describe('page header: title, flags, status, languages, topics', () => {
  test('each in its field; an unknown status is reported', () => {
    const { result, body, data } = imported('flags.wiki', 'accessibility/aria');
    expect(data).toMatchObject({
      title: 'WAI-ARIA basics',
      standardization: 'unknown',
      review: {
        state: 'Almost Ready',
        notes: 'Compare with WAI-ARIA (http://www.w3.org/WAI/intro/aria) before reviewing.',
        issues: [
          'Needs Topics',
          'Missing Relevant Sections',
          'Incomplete',
          'Compatibility: Outdated',
          'Compatibility: Incomplete',
        ],
      },
    });
    expect(kinds(result.warnings)).toContain('unknown-status');
    expect(body).toContain('## Topics\n\n- Accessibility\n- HTML');
  });
});

describe('HTTP header', () => {
  test('its grammar as code, with the wiki’s escapes resolved', () => {
    const { body, data } = imported('http-header.wiki', 'http/headers/If-Range');
    expect(data?.wiki?.type).toBe('http header');
    expect(body).toContain(
      '## Header\n\n```\nIf-Range = entity-tag / HTTP-date\n```\n\n- **Direction**: Request\n- **Required**: No\n\nUsed with [Range](/http/headers/Range).'
    );
  });
});
