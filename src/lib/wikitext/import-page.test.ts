import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importWikiPage } from './import-page.ts';
import {
  avoidLayoutAnchors,
  headingSlug,
  longEnough,
  oneSentence,
  tidyMarkdown,
} from './markdown.ts';
import { escapeMdx, fence, languageOf, normalizeTemplateName } from './inline.ts';
import { readPackageJson } from '../../data/packages.ts';
import type { SpecEntry } from '../specs/spec-titles.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const frontmatterOf = (mdx: string | undefined) =>
  JSON.parse((mdx ?? '').split('\n---\n')[0]?.slice(4) ?? '{}');
const kinds = (list: { kind: string }[]) => list.map((d) => d.kind);
const options = { knownSpecs: readPackageJson<SpecEntry[]>('web-specs', 'index.json') };
/** Imports a page made of a summary and `body`. */
const page = (body: string) =>
  importWikiPage(
    `{{Summary_Section|A page used in a test of the importer.}}\n${body}`,
    'css/properties/color',
    options
  );

describe('the seed page (dom/Window/message)', () => {
  const result = importWikiPage(fixture('seed-message.wiki'), 'dom/Window/message', options);
  const data = frontmatterOf(result.mdx);

  test('imports without errors, into frontmatter the site’s schema accepts', () => {
    expect(result.errors).toEqual([]);
    expect(result.frontmatter).toEqual(data);
  });

  test('every template field lands in the frontmatter', () => {
    expect(data).toMatchObject({
      title: 'message',
      kind: 'event',
      standardization: 'candidate-recommendation',
      summary:
        'Fires when the user sends a cross-document message or a message is sent from a Worker with postMessage.',
      event: {
        interface: 'Element',
        bubbles: false,
        cancelable: false,
        synchronous: false,
        handler: 'onmessage',
      },
      review: {
        state: 'Almost Ready',
        notes: 'Needs compat and better spec link',
        issues: expect.arrayContaining([
          'Data Not Semantic',
          'Unreviewed Import',
          'Examples Best Practices',
        ]),
      },
      attribution: {
        wikiPath: 'dom/Window/message',
        license: 'CC-BY-3.0',
        contributors: ['WebPlatform.org contributors'],
        upstream: [
          {
            title: 'Windows Internet Explorer API reference',
            url: 'http://msdn.microsoft.com/en-us/library/ie/hh828809%28v=vs.85%29.aspx',
          },
        ],
      },
    });
    expect(data.event.targets).toEqual([
      { interface: 'Element', when: 'listed by the WebPlatform wiki (unreviewed)' },
    ]);
    expect(data.review.issues).toHaveLength(9);
  });

  test('every section is in the body: examples as they were (IE-era, flagged), notes, import notes', () => {
    const mdx = result.mdx ?? '';
    expect(mdx).toContain('## Summary');
    expect(mdx).toContain(
      "```js\nvar o = document.getElementsByTagName('iframe')[0];\no.contentWindow.postMessage('Hello World');\n```"
    );
    expect(mdx).toContain(
      "window.attachEvent('onmessage',function(e) {\n    if (e.domain == 'example.com') {"
    );
    expect(mdx).toContain('### Remarks');
    expect(mdx).toContain('[**postMessage**](/dom/Window/postMessage)');
    expect(mdx).toContain('[HTML5 (Working Draft)](http://go.microsoft.com/fwlink/?linkid=203771)');
    expect(mdx).toContain('## Import notes');
    expect(mdx).toContain('**Security Warning:** For best results');
  });

  test('links are reported for the CLI to check against the imported pages', () => {
    expect(result.links).toEqual(
      expect.arrayContaining([
        'dom/Window/postMessage',
        'apis/web-messaging/MessagePort',
        'dom/MessageEvent/origin',
      ])
    );
  });
});

describe('template families and nasty input', () => {
  test('template names are normalised (case, spaces, underscores)', () => {
    expect(normalizeTemplateName('Template:Single_Example')).toBe('single example');
    expect(normalizeTemplateName('related specification')).toBe('related specification');
    const result = page('{{standardization status|W3C Recommendation}}');
    expect(result.frontmatter?.['standardization']).toBe('recommendation');
  });

  test('an unknown template is kept visibly as wikitext and reported with its line', () => {
    const result = page('\n{{Mystery_Box|Formats=x {{!}} y}}');
    expect(kinds(result.warnings)).toContain('unknown-template');
    expect(result.warnings.find((w) => w.kind === 'unknown-template')?.line).toBe(3);
    expect(result.mdx).toContain(
      '<Aside kind="note" title="Wiki markup the importer does not understand">'
    );
    expect(result.mdx).toContain('```wikitext\n{{Mystery_Box|Formats=x {{!}} y}}\n```');
  });

  test('an unknown parameter is reported and its content kept', () => {
    const result = page('{{Notes_Section|Notes=Real notes.|Mystery=Kept anyway.}}');
    expect(result.warnings.map((w) => w.message)).toContain(
      '{{notes section}} has an unknown parameter "Mystery"; kept under "Other wiki fields"'
    );
    expect(result.mdx).toContain('Kept anyway.');
  });

  test('repeated parameters are reported and the last value used', () => {
    const result = page('{{Standardization_Status|W3C Working Draft|1=W3C Recommendation}}');
    expect(kinds(result.warnings)).toContain('repeated-parameter');
    expect(result.frontmatter?.['standardization']).toBe('recommendation');
  });

  test('a wiki table inside a template argument, with | in cells, is kept whole', () => {
    const result = page(
      '{{Notes_Section|Notes=Before.\n{{{!}}\n{{!}} a {{!}}{{!}} b\n{{!}}}\nAfter.}}'
    );
    expect(result.errors).toEqual([]);
    expect(result.mdx).toContain('Before.');
    expect(result.mdx).toContain('After.');
  });

  test('empty values produce no empty sections', () => {
    const result = page(
      '{{Examples_Section|Not_required=No|Examples=}}{{Related_Specifications_Section|Specifications=}}'
    );
    expect(result.mdx).not.toContain('## Examples');
    expect(result.mdx).not.toContain('## Specifications');
  });

  test('nested templates: examples with several single examples and escapes in code', () => {
    const result = page(
      '{{Examples_Section|Examples={{Single Example|Language=CSS|Description=Red text.|Code=p {color{{=}}red} /* {{!}} */}}{{Single_Example|Language=HTML|Code=<p>Hi</p>}}}}'
    );
    expect(result.mdx).toContain(
      '### Example 1\n\nRed text.\n\n```css\np {color=red} /* | */\n```'
    );
    expect(result.mdx).toContain('```html\n<p>Hi</p>\n```');
  });

  test('https specification links become frontmatter specs; others stay in the body', () => {
    const result = page(
      '{{Related_Specifications_Section|Specifications={{Related Specification|Name=CSS Color|URL=https://drafts.csswg.org/css-color-4/|Status=ED}}{{Related Specification|Name=Old|URL=http://www.w3.org/TR/old/|Status=REC}}}}'
    );
    expect(result.frontmatter?.['specs']).toEqual([
      { url: 'https://drafts.csswg.org/css-color-4/', section: 'CSS Color' },
    ]);
    expect(result.mdx).toContain('- [Old](http://www.w3.org/TR/old/) (REC)');
  });

  test('a spec URL web-specs does not know (an old draft) stays in the body only, reported', () => {
    const result = page(
      '{{Related_Specifications_Section|Specifications={{Related Specification|Name=Gamepad|URL=https://dvcs.w3.org/hg/gamepad/raw-file/default/gamepad.html|Status=WD}}}}'
    );
    expect(result.frontmatter?.['specs']).toEqual([]);
    expect(kinds(result.warnings)).toContain('unknown-spec');
    expect(result.mdx).toContain(
      '- [Gamepad](https://dvcs.w3.org/hg/gamepad/raw-file/default/gamepad.html) (WD)'
    );
  });

  test('compatibility rows become tables, their values escaped', () => {
    const result = page(
      '{{Compatibility_Section|Desktop_rows={{Compatibility Table Desktop Row|Feature=Basic <support>|Chrome_supported=Yes|Chrome_version=1}}}}'
    );
    expect(result.mdx).toContain('| Feature | Chrome_supported | Chrome_version |');
    expect(result.mdx).toContain('| Basic &lt;support&gt; | Yes | 1 |');
  });

  test('markup that could be JSX or script is escaped, never passed through', () => {
    const result = page('{{Notes_Section|Notes=Use <script>alert(1)</script> and {braces}.}}');
    expect(result.mdx).not.toMatch(/<script>/);
    expect(result.mdx).toContain('\\{braces\\}');
  });

  test('a page without a summary gets an honest placeholder and a review issue', () => {
    const result = importWikiPage('{{Page_Title|Lonely}}', 'html/elements/lonely', options);
    expect(result.frontmatter?.['summary']).toBe(
      'Lonely is documented here as imported from the WebPlatform wiki, which gives no summary.'
    );
    expect(kinds(result.warnings)).toContain('no-summary');
  });

  test('a page without a summary but with prose takes its first sentence, and says so', () => {
    const result = importWikiPage(
      '{{Byline|Name=Jane Doe}}\n{{Tutorial\n|Content===Intro==\n<syntaxhighlight>\nnot prose at all, just code here\n</syntaxhighlight>\nFloats take a box out of the normal flow. They were made for images.\n}}',
      'tutorials/floats',
      options
    );
    expect(result.frontmatter?.['summary']).toBe('Floats take a box out of the normal flow.');
    expect(kinds(result.warnings)).toContain('summary-from-text');
    expect(kinds(result.warnings)).not.toContain('no-summary');
    expect(frontmatterOf(result.mdx).review.issues).toContain('Summary taken from the text');
  });

  test('non-English pages import too', () => {
    const result = importWikiPage(
      '{{Summary_Section|La propriété color définit la couleur du texte.}}',
      'css/properties/color',
      options
    );
    expect(result.errors).toEqual([]);
    expect(result.frontmatter?.['summary']).toBe('La propriété color définit la couleur du texte.');
  });

  test('an unclosed template is an error for the page, with its line', () => {
    const result = importWikiPage(
      '{{Summary_Section|Fine summary of the page.}}\n{{Notes_Section|Notes=never closed\n',
      'x/y/z',
      options
    );
    expect(result.mdx).toBeUndefined();
    expect(result.errors).toEqual([
      {
        kind: 'unclosed-template',
        message:
          'a template is not closed: "{{Notes_Section|Notes=never closed…" has no matching "}}"',
        line: 2,
      },
    ]);
  });

  test('an unclosed table is an error for the page', () => {
    const result = importWikiPage(
      '{{Summary_Section|Fine summary of the page.}}\n{|\n| a\n',
      'x/y/z',
      options
    );
    expect(kinds(result.errors)).toEqual(['unclosed-table']);
  });

  test('section-order variants: notes before examples keep their order', () => {
    const result = page(
      '{{Notes_Section|Notes=First.}}{{Examples_Section|Examples={{Single Example|Code=x}}}}'
    );
    const mdx = result.mdx ?? '';
    expect(mdx.indexOf('## Notes')).toBeLessThan(mdx.indexOf('## Examples'));
  });
});

describe('helpers', () => {
  test('a body heading that would take a layout section’s anchor is renamed, outside code only', () => {
    const result = page(
      '{{Notes_Section|Notes===Specifications==\nSee below.\n<syntaxhighlight lang="markdown">\n## Attribution\n</syntaxhighlight>}}'
    );
    expect(result.mdx).toContain('### Specifications (from the wiki)');
    expect(result.mdx).toContain('```markdown\n## Attribution\n```');
    expect(avoidLayoutAnchors('## See also\n~~~~\n## Members\n~~~\n~~~~\n# Members')).toBe(
      '## See also (from the wiki)\n~~~~\n## Members\n~~~\n~~~~\n# Members (from the wiki)'
    );
    expect(headingSlug('Browser Compatibility!')).toBe('browser-compatibility');
    expect(avoidLayoutAnchors('#### [Specifications](/PointerEvents/specifications)')).toBe(
      '#### [Specifications](/PointerEvents/specifications) (from the wiki)'
    );
  });

  test('oneSentence and longEnough', () => {
    expect(oneSentence('First one. Second one.')).toBe('First one.');
    expect(oneSentence('No full stop')).toBe('No full stop.');
    expect(longEnough('currentStyle', 'Gets it.')).toBe('currentStyle: Gets it.');
  });

  test('tidyMarkdown turns wiki headings into Markdown and mends emphasis', () => {
    expect(tidyMarkdown('===Remarks===\ntext **bold: **x')).toBe('#### Remarks\ntext **bold:** x');
  });

  test('escapeMdx, fence and languageOf', () => {
    expect(escapeMdx('a {b} <c>')).toBe('a \\{b\\} &lt;c&gt;');
    expect(fence('has ``` inside', 'js')).toBe('````js\nhas ``` inside\n````');
    expect(languageOf('JavaScript')).toBe('js');
    expect(languageOf('weird lang!')).toBe('');
    expect(languageOf('other')).toBe('');
    expect(languageOf('TypeScript')).toBe('typescript');
  });
});

describe('page-type and JavaScript template families', () => {
  test('a JavaScript method: syntax, parameters, return value, remarks and subpage links', () => {
    const result = importWikiPage(fixture('js-method.wiki'), 'javascript/Array/concat', options);
    expect(result.errors).toEqual([]);
    expect(kinds(result.warnings)).not.toContain('unknown-template');
    expect(result.mdx).toContain(
      '## Syntax\n\n```js\narray1.concat([ item1 [, item2 [, . . . [, itemN ]]]])\n```'
    );
    expect(result.mdx).toContain(
      '### Parameters\n\n- **array1**: The **Array** object to which all other arrays are concatenated.\n- **item1,. . ., itemN** (optional): Additional items to add to the end of *array1*.'
    );
    expect(result.mdx).toContain('## Return value\n\nA new array.');
    expect(result.frontmatter?.['kind']).toBe('method');
    expect(result.mdx).toContain(
      '## Remarks\n\nThe **concat** method returns an **Array** object.'
    );
    expect(result.mdx).toContain('- Objects are copied by reference.');
    // {{JS Object Listing}} listed the object's pages: the site lists them from its own pages.
    expect(result.mdx).toContain("import { ChildPages } from '~/components/mdx';");
    // A method's listing showed its object's pages; {{JS Object Listing}} and {{JS Topics}}
    // together give one list.
    expect(result.mdx).toContain('## Pages under Array\n\n<ChildPages of="javascript/Array" />');
    expect(result.mdx?.match(/<ChildPages/g)).toHaveLength(1);
    expect(result.mdx).toContain('## See also on the wiki');
    expect(result.links).toContain('javascript/Array/slice');
  });

  test('a tutorial: byline into attribution, content and examples, an inline editorial flag into review', () => {
    const result = importWikiPage(fixture('tutorial.wiki'), 'tutorials/floats', options);
    expect(result.errors).toEqual([]);
    expect(kinds(result.warnings)).not.toContain('unknown-template');
    expect(kinds(result.warnings)).not.toContain('inline-template');
    const data = frontmatterOf(result.mdx);
    expect(data.title).toBe('Floats and clearing');
    expect(data.attribution.contributors).toEqual(['Jane Doe', 'WebPlatform.org contributors']);
    expect(data.review.issues).toEqual(['merge candidate: tutorials/floats_and_clearing']);
    expect(result.mdx).toContain(
      '*By [Jane Doe](https://example.org/jane), published July 12, 2012.*'
    );
    expect(result.mdx).toContain('A floated box moves to the left or right of its container.');
    expect(result.mdx).toContain('```css\nimg { float: left; }\n```');
  });

  test('a glossary item: the term titles the page, the definition summarises it; listings', () => {
    const result = importWikiPage(fixture('glossary.wiki'), 'italic', options);
    expect(result.errors).toEqual([]);
    const data = frontmatterOf(result.mdx);
    expect(data.title).toBe('italic');
    expect(data.summary).toBe(
      'Of a font, a style that slants characters slightly, emulating cursive writing.'
    );
    expect(kinds(result.warnings)).not.toContain('no-summary');
    expect(result.mdx).toContain('## Definition');
    // A subpage listing becomes the site's list; a category query cannot run, and says so.
    expect(result.mdx).toContain('<ChildPages of="italic" />');
    expect(kinds(result.warnings)).toContain('wiki-query');
    expect(result.mdx).toContain(
      '```wikitext\n[[Category:Markup_Attributes]][[Category:Internationalization]]\n```'
    );
    expect(result.mdx).toContain("import { Aside, ChildPages } from '~/components/mdx';");
  });

  test('a markup attribute: its content and the element it applies to, linked on this site', () => {
    const result = page(
      '{{Markup_Attribute\n|Applies_to=http://docs.webplatform.org/wiki/dom/HTMLElement\n|Content=The its-* attribute can contain ...\n}}'
    );
    expect(result.mdx).toContain('The its-\\* attribute can contain ...'.replace('\\*', '*'));
    expect(result.mdx).toContain('## Applies to\n\n[dom/HTMLElement](/dom/HTMLElement)');
    expect(result.links).toContain('dom/HTMLElement');
  });

  test('an attribute that names the DOM property it reflects on: linked as what it applies to', () => {
    const result = page(
      '{{Markup_Attribute\n|Content=Reflects a property.\n|Property_applies_to=dom/HTMLElement\n}}'
    );
    expect(kinds(result.warnings)).not.toContain('unknown-parameter');
    expect(result.mdx).toContain('## Applies to\n\n[dom/HTMLElement](/dom/HTMLElement)');
  });

  test('an HTTP header: its syntax as code, direction and whether it is required', () => {
    const result = page(
      '{{HTTP Header\n|Syntax=If-Range = entity-tag / HTTP-date\n|Direction=Request\n|Required=No\n}}'
    );
    expect(result.mdx).toContain(
      '## Header\n\n```\nIf-Range = entity-tag / HTTP-date\n```\n\n- **Direction**: Request\n- **Required**: No'
    );
  });

  test('a tutorial in a series links its previous and next pages', () => {
    const result = page(
      '{{Tutorial\n|Content=Part two.\n|Prev_page=tutorials/floats part 1\n|Next_page=tutorials/floats part 3\n}}'
    );
    expect(result.mdx).toContain(
      '## In this series\n\n- Previous: [tutorials/floats part 1](/tutorials/floats_part_1)\n- Next: [tutorials/floats part 3](/tutorials/floats_part_3)'
    );
    expect(result.links).toEqual(['tutorials/floats_part_1', 'tutorials/floats_part_3']);
  });

  test('the interface a method applies to is a link', () => {
    const result = page(
      '{{API_Object_Method\n|Parameters=\n|Method_applies_to=apis/indexeddb/IDBTransaction\n|Javascript_data_type=DOM Node\n}}'
    );
    expect(result.frontmatter?.['kind']).toBe('method');
    expect(result.mdx).toContain(
      '### Method applies to\n\n[apis/indexeddb/IDBTransaction](/apis/indexeddb/IDBTransaction)'
    );
    expect(result.links).toContain('apis/indexeddb/IDBTransaction');
    expect(result.mdx).toContain('### Javascript data type\n\nDOM Node');
  });

  test('CSS property values become a list of values', () => {
    const result = page(
      '{{CSS_Property\n|Initial value=none\n|Values={{CSS Property Value\n|Data Type=none\n|Description=There are no emphasis marks\n}}{{CSS Property Value\n|Data Type=filled\n|Description=It is filled with a solid color\n}}\n}}'
    );
    expect(kinds(result.warnings)).not.toContain('inline-template');
    expect(result.mdx).toContain(
      '### Values\n\n- **none**: There are no emphasis marks\n- **filled**: It is filled with a solid color'
    );
  });

  test('inline notes become asides and to-dos stay visible', () => {
    const result = page(
      '{{Notes_Section|Notes=Before. {{Note|Inheritance is deprecated.}} After {{TODO|Detail the bug}}.}}'
    );
    expect(result.mdx).toContain(
      '<Aside kind="note" title="Note">\n\nInheritance is deprecated.\n\n</Aside>'
    );
    expect(result.mdx).toContain('*(To do, from the wiki: Detail the bug)*');
    expect(kinds(result.warnings)).not.toContain('inline-template');
  });
});

describe('a wiki table written with bare | inside a template argument', () => {
  test('is read as one value (the author’s intent), reported, with nothing moved to other fields', () => {
    const result = page(
      '{{Notes_Section\n|Notes=Exceptions:\n{| class="wikitable"\n|-\n|NotFoundError\n|The store is not in scope.\n|}\nAfter the table.\n|Import_Notes=Imported.\n}}'
    );
    expect(result.errors).toEqual([]);
    expect(kinds(result.warnings)).toContain('table-in-argument');
    expect(kinds(result.warnings)).not.toContain('unknown-parameter');
    expect(result.mdx).not.toContain('Other wiki fields');
    expect(result.mdx).toContain(
      '|  |  |\n| --- | --- |\n| NotFoundError | The store is not in scope. |'
    );
    expect(result.mdx).toContain('After the table.');
    expect(result.mdx).toContain('## Import notes\n\nImported.');
  });

  test('two tables in a row, the second opened in the piece that closes the first', () => {
    const result = page(
      '{{Notes_Section\n|Notes=Events:\n{| class="wikitable"\n|a\n|}\nMethods:\n{| class="wikitable"\n|b\n|}\nEnd.\n}}'
    );
    expect(kinds(result.warnings)).not.toContain('unknown-parameter');
    expect(result.mdx).toContain('Methods:');
    expect(result.mdx).toContain('End.');
  });
});

describe('block-level HTML in wiki text', () => {
  test('headings, definition lists and lists keep their structure; a table becomes rows', () => {
    const result = page(
      '{{Notes_Section|Notes=<h3>Errors</h3>\n<dl>\n<dt>\nNotFoundError</dt>\n<dd>The store is gone.</dd>\n</dl>\n<table>\n<tr>\n<th>Name</th><th>Meaning</th></tr>\n<tr><td>A</td>\n<td>first <b>one</b></td></tr></table>\n<ul><li>one</li><li>two</li></ul>}}'
    );
    expect(result.errors).toEqual([]);
    expect(result.mdx).toContain(
      '#### Errors\n\nNotFoundError\n\nThe store is gone.\n\n- Name — Meaning\n\n- A\nfirst **one**\n\n- one\n- two'
    );
    // Flattening a table loses its grid: reported once, though the text is converted twice.
    expect(result.warnings.filter((w) => w.kind === 'html-table')).toHaveLength(1);
    expect(kinds(result.warnings)).not.toContain('html-tag');
  });

  test('code blocks are never tidied', () => {
    expect(tidyMarkdown('- \nitem\n```\n- \nx — \n\n\n\ny\n```')).toBe(
      '- item\n```\n- \nx — \n\n\n\ny\n```'
    );
  });
});

describe('wiki tables', () => {
  test('a plain grid becomes a Markdown table: header cells as its head, a caption above, {{!}} expanded', () => {
    const result = page(
      '{{Notes_Section|Notes=\n{{{!}} class="wikitable"\n{{!}}+ Events\n{{!}}-\n!Event\n!Description\n{{!}}-\n{{!}}[[dom/events/abort|onabort]]\n{{!}}a {{!}}{{!}} b\n{{!}}}\n}}'
    );
    expect(result.mdx).toContain(
      'Events\n\n| Event | Description |  |\n| --- | --- | --- |\n| [onabort](/dom/events/abort) | a | b |'
    );
    expect(result.links).toContain('dom/events/abort');
    expect(kinds(result.warnings)).not.toContain('table');
  });

  test('a | inside a cell’s text is escaped, so it does not split the Markdown row', () => {
    const result = page('{{Notes_Section|Notes=x}}\n{|\n! a\n|-\n| <nowiki>x|y</nowiki>\n|}');
    expect(result.mdx).toContain('| a |\n| --- |\n| x\\|y |');
  });

  test('merged cells or block content keep the table as wikitext, reported', () => {
    for (const table of [
      '{|\n|-\n| colspan="2" | wide\n|-\n| a || b\n|}',
      '{|\n|-\n|\n* one\n* two\n|}',
    ]) {
      const result = page(`{{Notes_Section|Notes=\n${table.replace(/\|/g, '{{!}}')}\n}}`);
      expect(kinds(result.warnings)).toContain('table');
      expect(result.mdx).toContain('```wikitext\n{|');
    }
  });
});

describe('external attribution', () => {
  test('a link given as a bare URL is kept as upstream work, named after its site', () => {
    const result = page(
      '{{External_Attribution\n|Is_CC-BY-SA=No\n|MSDN_link=http://msdn.microsoft.com/en-us/library/ie/hh772550%28v=vs.85%29.aspx\n|MDN_link=[https://developer.mozilla.org/x MDN article]\n|HTML5Rocks_link=see the rocks site\n}}{{External_Attribution\n|MDN_link=https://developer.mozilla.org/en-US/docs/Web/Events/abort abort]\n}}'
    );
    const data = frontmatterOf(result.mdx);
    expect(data.attribution.upstream).toEqual([
      { title: 'MDN article', url: 'https://developer.mozilla.org/x' },
      {
        title: 'Microsoft Developer Network (MSDN)',
        url: 'http://msdn.microsoft.com/en-us/library/ie/hh772550%28v=vs.85%29.aspx',
      },
      { title: 'abort', url: 'https://developer.mozilla.org/en-US/docs/Web/Events/abort' },
    ]);
    // Text that is not a link at all is kept in the page, and reported.
    expect(kinds(result.warnings)).toEqual(['attribution-link']);
    expect(result.mdx).toContain('## Sources\n\nHTML5 Rocks: see the rocks site');
  });
});
