import { describe, expect, test } from 'vitest';
import { bodyOf, kinds, wikiFixture, wikiOptions } from '~/test-utils/wiki';
import { importWikiPage } from './import-page.ts';
import { markdownProblems } from './verify.ts';

/** A site with the pages the fixtures link to. */
const SITE = [
  'dom/Window/postMessage',
  'apis/web-messaging/MessagePort',
  'apis/web-messaging/MessageChannel',
  'apis/workers/Worker',
  'dom/MessageEvent/origin',
  'dom/HTMLIFrameElement/contentWindow',
  'dom/HTMLElement',
  'dom/Window',
  'dom/Element',
  'javascript/Array',
  'javascript/Array/slice',
  'tutorials/floats_part_1',
  'tutorials/floats_part_3',
  'apis/indexeddb/IDBTransaction',
  'dom/events/abort',
];
const options = wikiOptions(SITE);
const frontmatterOf = (markdown: string | undefined) =>
  JSON.parse((markdown ?? '').split('\n---\n')[0]?.slice(4) ?? '{}');
/** Imports a page made of a summary and `body`. */
const page = (body: string, wikiPath = 'css/properties/color') =>
  importWikiPage(
    `{{Summary_Section|A page used in a test of the importer.}}\n${body}`,
    { wikiPath },
    options
  );
/** A page's Markdown, checked the way the importer checks it: no HTML, no broken link. */
const safeBody = (result: ReturnType<typeof importWikiPage>) => {
  expect(result.errors).toEqual([]);
  expect(markdownProblems(result.markdown ?? '', { isPage: (id) => SITE.includes(id) })).toEqual(
    []
  );
  return bodyOf(result.markdown);
};

describe('the seed page (dom/Window/message)', () => {
  const result = importWikiPage(
    wikiFixture('seed-message.wiki'),
    { wikiPath: 'dom/Window/message' },
    options
  );
  const data = frontmatterOf(result.markdown);

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
      wiki: { type: 'event', appliesTo: 'dom/Element' },
    });
    expect(data.event.targets).toEqual([
      { interface: 'Element', when: 'listed by the WebPlatform wiki (unreviewed)' },
    ]);
    expect(data.review.issues).toHaveLength(9);
  });

  test('every section is in the body: examples as they were (IE-era, flagged), notes, import notes', () => {
    const body = safeBody(result);
    // Its one-sentence summary is the page's lede: no Summary section repeats it.
    expect(body).not.toContain('## Summary');
    expect(body).toContain(
      "```js\nvar o = document.getElementsByTagName('iframe')[0];\no.contentWindow.postMessage('Hello World');\n```"
    );
    expect(body).toContain(
      "window.attachEvent('onmessage',function(e) {\n    if (e.domain == 'example.com') {"
    );
    expect(body).toContain('### Remarks');
    expect(body).toContain('[**postMessage**](/dom/Window/postMessage)');
    expect(body).toContain(
      '[HTML5 (Working Draft)](http://go.microsoft.com/fwlink/?linkid=203771)'
    );
    expect(body).toContain('## Import notes');
    expect(body).toContain('**Security Warning:** For best results');
  });

  test('links are to pages of the site, and reported for the CLI', () => {
    expect(result.links).toEqual(
      expect.arrayContaining([
        'dom/Window/postMessage',
        'apis/web-messaging/MessagePort',
        'dom/MessageEvent/origin',
      ])
    );
  });
});

describe('Markdown, never MDX or HTML', () => {
  test('the output is a .md page: JSON frontmatter, then Markdown with no import line', () => {
    const result = page('{{Notes_Section|Notes={{Note|Careful.}}}}');
    expect(result.markdown).toMatch(/^---\n\{\n/);
    expect(result.markdown).not.toMatch(/^import /m);
    expect(bodyOf(result.markdown)).toContain('> **Note:** Careful.');
  });

  test('markup that could be HTML, JSX or script is text, reported, never a tag', () => {
    const result = page(
      '{{Notes_Section|Notes=Use <script>alert(1)</script>, <img src=x onerror=alert(1)>, <Aside kind="x">, {braces} and {cp.execSync("id")}.}}'
    );
    const body = safeBody(result);
    expect(body).toContain('Use \\<script>alert(1)\\</script>, \\<img src=x onerror=alert(1)>');
    expect(body).toContain('{braces} and {cp.execSync("id")}.');
    expect(kinds(result.warnings)).toContain('html-as-text');
  });

  test('lines that look like module code are text whose first letter is a character reference', () => {
    const result = page(
      "{{Notes_Section|Notes=import cp from 'node:child_process'\nexport const x = cp.execSync('id')\nimportant: this line is fine.}}"
    );
    const body = safeBody(result);
    expect(body).toContain("&#105;mport cp from 'node:child_process'");
    expect(body).toContain("&#101;xport const x = cp.execSync('id')");
    expect(body).toContain('important: this line is fine.');
    expect(kinds(result.warnings)).toContain('module-syntax-as-text');
  });

  test('HTML in a summary becomes text: “<video>”, not “<code>video</code>”', () => {
    const result = importWikiPage(
      '{{Summary_Section|The <code>&lt;video&gt;</code> element embeds a [[dom/HTMLElement|media]] player.}}',
      { wikiPath: 'html/elements/video' },
      options
    );
    expect(result.frontmatter?.summary).toBe('The <video> element embeds a media player.');
    expect(bodyOf(result.markdown)).toContain(
      'The `<video>` element embeds a [media](/dom/HTMLElement) player.'
    );
  });

  test('an unknown template is kept as wikitext in a titled code block, reported with its line', () => {
    const result = page('\n{{Mystery_Box|Formats=x {{!}} y}}');
    expect(kinds(result.warnings)).toContain('unknown-template');
    expect(result.warnings.find((w) => w.kind === 'unknown-template')).toMatchObject({
      line: 3,
      subject: '{{mystery box}}',
    });
    expect(safeBody(result)).toContain(
      '```wikitext title="Wiki markup the importer does not understand"\n{{Mystery_Box|Formats=x {{!}} y}}\n```'
    );
  });
});

describe('links never break', () => {
  test('a link to no page of the site is its text, reported', () => {
    const result = page('{{Notes_Section|Notes=See [[dom/Nowhere|the missing page]].}}');
    expect(safeBody(result)).toContain('See the missing page.');
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ kind: 'missing-page', subject: 'dom/Nowhere', line: 2 })
    );
  });

  test('MediaWiki’s first-letter rule, then a unique match in any case', () => {
    const body = safeBody(page('{{Notes_Section|Notes=[[Dom/Window|a]] [[DOM/WINDOW|b]]}}'));
    expect(body).toContain('[a](/dom/Window) [b](/dom/Window)');
  });

  test('relative links (/sub, ../sibling) and links to the wiki’s URLs go to the site’s pages', () => {
    const body = safeBody(
      page(
        '{{Notes_Section|Notes=[[/slice|s]] [[../Array|up]] [http://docs.webplatform.org/wiki/dom/Window the window]}}',
        'javascript/Array'
      )
    );
    expect(body).toContain('[s](/javascript/Array/slice) [up](/javascript/Array)');
    expect(body).toContain('[the window](/dom/Window)');
  });

  test('a fragment of another page is dropped; of this page, kept only if the heading exists', () => {
    const result = page(
      '{{Notes_Section|Notes=\n==Syntax==\n[[dom/Window#Methods|w]] [[#Syntax|up]] [[#Nothing_here|gone]]}}'
    );
    const body = safeBody(result);
    expect(body).toContain('[w](/dom/Window) [up](#syntax) gone');
    expect(kinds(result.warnings)).toContain('missing-anchor');
  });

  test('links to curated pages go to the curated page', () => {
    const result = importWikiPage(
      '{{Summary_Section|A page used in a test of the importer.}}[[dom/Window/message|m]]',
      { wikiPath: 'x/y' },
      wikiOptions([], ['dom/Window/message'])
    );
    expect(bodyOf(result.markdown)).toContain('[m](/dom/Window/message)');
  });

  test('only http(s), mailto and ftp links: anything else is text, reported', () => {
    const result = page(
      '{{Notes_Section|Notes=[irc://chat.freenode.net#webplatform chat] [javascript:alert(1) x] [//example.org/a b]}}'
    );
    const body = safeBody(result);
    expect(body).toContain('chat (irc://chat.freenode.net#webplatform)');
    expect(body).toContain('\\[javascript:alert(1) x\\]');
    expect(body).toContain('[b](https://example.org/a)');
    expect(kinds(result.warnings)).toContain('unsafe-url');
  });

  test('an external link keeps the space between its URL and its text in review notes', () => {
    const result = page(
      '{{Flags|Editorial notes=Read [https://www.w3.org/WAI/intro/aria WAI-ARIA] first.}}'
    );
    expect(result.frontmatter?.review?.notes).toBe(
      'Read WAI-ARIA (https://www.w3.org/WAI/intro/aria) first.'
    );
  });
});

describe('template families and nasty input', () => {
  test('template names are normalised (case, spaces, underscores, stray bold)', () => {
    expect(page('{{standardization status|W3C Recommendation}}').frontmatter?.standardization).toBe(
      'recommendation'
    );
    const result = page("{{API_O'''bj'''ect_Method|Method_applies_to=dom/Window}}");
    expect(kinds(result.warnings)).not.toContain('unknown-template');
    expect(result.frontmatter?.kind).toBe('method');
  });

  test('an unknown parameter is reported with its line and its content kept', () => {
    const result = page('{{Notes_Section|Notes=Real notes.|Mystery=Kept anyway.}}');
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        kind: 'unknown-parameter',
        line: 2,
        subject: '{{notes section}} Mystery',
      })
    );
    expect(safeBody(result)).toContain(
      '## Other wiki fields\n\n### notes section: Mystery\n\nKept anyway.'
    );
  });

  test('repeated parameters are reported and the last value used', () => {
    const result = page('{{Standardization_Status|W3C Working Draft|1=W3C Recommendation}}');
    expect(kinds(result.warnings)).toContain('repeated-parameter');
    expect(result.frontmatter?.standardization).toBe('recommendation');
  });

  test('code split by a bare | is read as one value, reported', () => {
    const result = page(
      '{{Examples_Section|Examples={{Single Example|Language=JavaScript|Code=if (a || b) {\n  posx += 1;\n}\n}}}}'
    );
    expect(safeBody(result)).toContain('```js\nif (a || b) {\n  posx += 1;\n}\n```');
    expect(kinds(result.warnings)).toContain('bare-pipe');
    expect(kinds(result.warnings)).not.toContain('unknown-parameter');
  });

  test("an example's code reads as the wiki showed it: references decoded, marks and links as text", () => {
    const example = (code: string, language = 'HTML') =>
      safeBody(
        page(`{{Examples_Section|Examples={{Single Example|Language=${language}|Code=${code}}}}}`)
      );
    expect(example('&lt;p>Your &lt;b>sword&lt;/b> glows.&lt;/p>')).toContain(
      '```html\n<p>Your <b>sword</b> glows.</p>\n```'
    );
    expect(example('<nowiki><video controls="controls"></video></nowiki>')).toContain(
      '```html\n<video controls="controls"></video>\n```'
    );
    expect(example("'''document'''.[[dom/Element|body]].title = '';", 'JavaScript')).toContain(
      "```js\ndocument.body.title = '';\n```"
    );
  });

  test('a title or fact starting with ":" or "#" is read as text, not as a list', () => {
    const result = importWikiPage(
      '{{Page_Title|::first-letter}}\n{{Summary_Section|The first letter of a block of text.}}',
      { wikiPath: 'css/selectors/pseudo-elements/first-letter' },
      options
    );
    expect(result.frontmatter?.title).toBe('::first-letter');
  });

  test('a section of headings alone is left out, reported', () => {
    const result = page('{{Notes_Section|Import_Notes====Syntax===}}');
    expect(safeBody(result)).not.toContain('Syntax');
    expect(kinds(result.warnings)).toContain('empty-section');
  });

  test('a "!" just before a link stays an exclamation mark, not an image', () => {
    expect(safeBody(page('Wow![[dom/Element|the Element page]] is here.'))).toContain(
      'Wow\\![the Element page](/dom/Element) is here.'
    );
  });

  test('items nested in a numbered item are indented past its number, so they stay nested', () => {
    const body = safeBody(page('# Step one\n## Sub-step\n#* A note\n# Step two'));
    expect(body).toContain('1. Step one\n   1. Sub-step\n   - A note\n1. Step two');
  });

  test('an = in a positional value does not lose it', () => {
    const result = importWikiPage(
      '{{Summary_Section|Use <code>type="button"</code> for a button that does nothing by itself.}}',
      { wikiPath: 'html/elements/button' },
      options
    );
    expect(result.frontmatter?.summary).toBe(
      'Use type="button" for a button that does nothing by itself.'
    );
    expect(kinds(result.warnings)).toContain('equals-in-value');
  });

  test('a wiki table inside a template argument, with | in cells, is kept whole', () => {
    const body = safeBody(
      page('{{Notes_Section|Notes=Before.\n{{{!}}\n{{!}} a {{!}}{{!}} b\n{{!}}}\nAfter.}}')
    );
    expect(body).toContain('Before.');
    expect(body).toContain('After.');
  });

  test('empty values produce no empty sections', () => {
    const body = safeBody(
      page(
        '{{Examples_Section|Not_required=No|Examples=}}{{Related_Specifications_Section|Specifications=}}'
      )
    );
    expect(body).not.toContain('## Examples');
    expect(body).not.toContain('## Specifications');
  });

  test('a page without a summary gets an honest placeholder and a review issue', () => {
    const result = importWikiPage(
      '{{Page_Title|Lonely}}',
      { wikiPath: 'html/elements/lonely' },
      options
    );
    expect(result.frontmatter?.summary).toBe(
      'Lonely is documented here as imported from the WebPlatform wiki, which gives no summary.'
    );
    expect(kinds(result.warnings)).toContain('no-summary');
  });

  test('a page without a summary but with prose takes its first sentence, and says so', () => {
    const result = importWikiPage(
      '{{Byline|Name=Jane Doe}}\n{{Tutorial\n|Content===Intro==\n<syntaxhighlight>\nnot prose at all, just code here\n</syntaxhighlight>\nFloats take a box out of the normal flow. They were made for images.\n}}',
      { wikiPath: 'tutorials/floats' },
      options
    );
    expect(result.frontmatter?.summary).toBe('Floats take a box out of the normal flow.');
    expect(kinds(result.warnings)).toContain('summary-from-text');
    expect(frontmatterOf(result.markdown).review.issues).toContain('Summary taken from the text');
  });

  test('non-English pages import too, and a translation says its language', () => {
    const result = importWikiPage(
      '{{Summary_Section|La propriété color définit la couleur du texte.}}',
      { wikiPath: 'css/properties/color', lang: 'fr' },
      options
    );
    expect(result.errors).toEqual([]);
    expect(result.frontmatter?.summary).toBe('La propriété color définit la couleur du texte.');
    expect(result.frontmatter?.wiki?.lang).toBe('fr');
    expect(result.frontmatter?.attribution?.source.url).toBe(
      'https://webplatform.github.io/docs/css/properties/color/fr/'
    );
  });

  test('an unclosed template is an error for the page, with its line', () => {
    const result = importWikiPage(
      '{{Summary_Section|Fine summary of the page.}}\n{{Notes_Section|Notes=never closed\n',
      { wikiPath: 'x/y/z' },
      options
    );
    expect(result.markdown).toBeUndefined();
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
      { wikiPath: 'x/y/z' },
      options
    );
    expect(kinds(result.errors)).toEqual(['unclosed-table']);
  });

  test('the first summary is the lede; a later one keeps its section, so no text is lost', () => {
    const result = importWikiPage(
      '{{Glossary_Item|Definition=A term defined first.}}\n{{Summary_Section|A summary given after it.}}',
      { wikiPath: 'glossary/term' },
      options
    );
    expect(frontmatterOf(result.markdown).summary).toBe('A term defined first.');
    expect(bodyOf(result.markdown)).toContain('## Summary\n\nA summary given after it.');
  });

  test('a #REDIRECT page has no Markdown: it names its target, reported', () => {
    for (const source of [
      '#REDIRECT [[dom/Window]]',
      '  #Redirect:[[dom/Window#Methods|Window]]\r\nold text',
    ]) {
      const result = importWikiPage(source, { wikiPath: 'dom/window' }, options);
      expect(result).toMatchObject({ markdown: undefined, errors: [], redirect: 'dom/Window' });
      expect(kinds(result.warnings)).toEqual(['redirect']);
    }
    // "#REDIRECT" anywhere but at the start is text, as MediaWiki reads it.
    expect(page('Text.\n#REDIRECT [[dom/Window]]').redirect).toBeUndefined();
  });

  test('a specification URL that is no http(s) URL is kept as text beside its name, reported', () => {
    const result = page(
      '{{Related_Specifications_Section|Specifications={{Related Specification|Name=CSS Color|URL=www.w3.org/TR/css-color-3/|Status=REC}}}}'
    );
    expect(safeBody(result)).toContain('- CSS Color (www.w3.org/TR/css-color-3/) (REC)');
    expect(kinds(result.warnings)).toContain('unsafe-url');
  });

  test('a translation left in English says its text is English, for screen readers', () => {
    const english = 'The element renders its text in a larger font than the text around it. ';
    const result = importWikiPage(
      `{{Summary_Section|${english}}}\n{{Notes_Section|Notes=${english.repeat(5)}}}`,
      { wikiPath: 'html/elements/big', lang: 'ja' },
      options
    );
    expect(frontmatterOf(result.markdown).wiki).toMatchObject({ lang: 'ja', textLang: 'en' });
    expect(kinds(result.warnings)).toContain('untranslated');
  });

  test('CRLF and lone CR line ends read as line feeds', () => {
    const lf = page('{{Notes_Section|Notes===Heading==\nText.\n* one\n* two}}');
    for (const end of ['\r\n', '\r'])
      expect(
        page(`{{Notes_Section|Notes===Heading==${end}Text.${end}* one${end}* two}}`).markdown
      ).toBe(lf.markdown);
  });

  test('a heading that ends in " #" keeps it', () => {
    expect(safeBody(page('{{Notes_Section|Notes===C #==\nText.}}'))).toContain('### C \\#\nText.');
    expect(safeBody(page('{{Notes_Section|Notes=Intro.\n==F #==\nText.}}'))).toContain('### F \\#');
  });

  test('section-order variants: notes before examples keep their order', () => {
    const body = safeBody(
      page('{{Notes_Section|Notes=First.}}{{Examples_Section|Examples={{Single Example|Code=x}}}}')
    );
    expect(body.indexOf('## Notes')).toBeLessThan(body.indexOf('## Examples'));
  });

  test('a body heading that would take a layout section’s anchor is renamed, outside code only', () => {
    const body = safeBody(
      page(
        '{{Notes_Section|Notes===Specifications==\nSee below.\n<syntaxhighlight lang="markdown">\n## Attribution\n</syntaxhighlight>}}'
      )
    );
    expect(body).toContain('### Specifications (from the wiki)');
    expect(body).toContain('```markdown\n## Attribution\n```');
  });
});

describe('a page pasted into a value', () => {
  // The wiki's own accident (concepts/mobile_web/mobile_debugging): a page's whole text,
  // headers and all, pasted into its {{Concept_Page}}'s Content.
  const source = [
    '{{Page_Title|Debugging}}',
    '{{Flags|State=Ready to Use}}',
    '{{Summary_Section|The page’s own summary, as it is now.}}',
    '{{Concept_Page',
    '|Content=Intro text.',
    '{{Page_Title|Debugging}}',
    '{{Summary_Section|An older summary, pasted in.}}',
    '{{Concept_Page',
    '|Content=== Quick start ==',
    'The pasted text, with a [[dom/Window|link]].',
    '}}',
    '{{Notes_Section|Notes=A pasted note.}}',
    '{{Topics|Pasted, Older}}',
    'Text after the pasted templates.',
    '}}',
    '{{Topics|Own, Newer}}',
    '{{Notes_Section}}',
  ].join('\n');
  const result = importWikiPage(source, { wikiPath: 'concepts/debugging' }, options);
  const body = safeBody(result);
  const pasted = result.warnings.filter((w) =>
    /^(pasted-page|page-template-in-value)$/.test(w.kind)
  );

  test('its templates are read as the page’s own, in order, not kept as code', () => {
    expect(body).not.toContain('{{');
    const order = [
      'Intro text.',
      '## Quick start',
      'The pasted text, with a [link](/dom/Window).',
      '## Notes',
      'A pasted note.',
      'Text after the pasted templates.',
      '## Topics',
    ].map((text) => body.indexOf(text));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  test('the page’s own title, summary and topics stand; the pasted copies are left out, reported', () => {
    expect(frontmatterOf(result.markdown)).toMatchObject({
      title: 'Debugging',
      summary: 'The page’s own summary, as it is now.',
    });
    expect(body).not.toContain('An older summary');
    expect(body).toContain('- Own\n- Newer');
    expect(body).not.toContain('Pasted');
    expect(body.match(/^## Topics/gm)).toHaveLength(1);
    expect(pasted.map((w) => [w.line, w.message.slice(0, 40)])).toEqual([
      [6, "{{concept page}}'s Content holds {{page "],
      [6, 'a second {{page title}} in the pasted pa'],
      [7, 'a second {{summary section}} in the past'],
      [13, 'a second {{topics}} in the pasted page ('],
    ]);
  });

  test('a blank call of the page’s own gives way to the pasted one, before or after it', () => {
    for (const source of [
      '{{Summary_Section|A summary.}}\n{{Guide\n|Content={{Topics|Pasted}}\n}}\n{{Topics}}',
      '{{Topics}}\n{{Summary_Section|A summary.}}\n{{Guide\n|Content={{Topics|Pasted}}\n}}',
    ]) {
      const own = importWikiPage(source, { wikiPath: 'guides/x' }, options);
      expect(bodyOf(own.markdown)).toContain('## Topics\n\n- Pasted');
    }
  });

  test('a pasted credit is kept beside the page’s own, each once', () => {
    const data = frontmatterOf(
      importWikiPage(
        '{{Summary_Section|A summary.}}\n{{Byline|Name=Ann}}\n{{External_Attribution|MDN_link=https://developer.mozilla.org/a}}\n{{Guide\n|Content={{Byline|Name=Bob}}\n{{External_Attribution|MDN_link=https://developer.mozilla.org/a|MSDN_link=https://msdn.microsoft.com/b}}\n}}',
        { wikiPath: 'guides/x' },
        options
      ).markdown
    );
    expect(data.attribution.contributors).toEqual(['Ann', 'Bob', 'WebPlatform.org contributors']);
    expect(data.attribution.upstream.map((work: { url: string }) => work.url)).toEqual([
      'https://developer.mozilla.org/a',
      'https://msdn.microsoft.com/b',
    ]);
  });

  test('a {{Single Example}} in text is its description and code block, where it stands', () => {
    const body = safeBody(
      page(
        '{{Concept_Page|Content=Put this in the head:\n{{Single Example\n|Language=HTML\n|Description=The tag.\n|Code=<meta charset="utf-8">\n}}\nThen the rest.}}'
      )
    );
    expect(body).toContain(
      'Put this in the head:\n\nThe tag.\n\n```html\n<meta charset="utf-8">\n```\n\nThen the rest.'
    );
  });

  test('a template inside a sentence, or one the family nests, is not a pasted page', () => {
    const inline = page('{{Concept_Page|Content=See {{Topics|X}} here.}}');
    expect(kinds(inline.warnings)).not.toContain('page-template-in-value');
    expect(kinds(inline.warnings)).toContain('inline-template');
    const examples = page(
      '{{Concept_Page|Content=Text.|Examples=\n{{Single Example|Language=CSS|Code=p::first-line}}}}'
    );
    expect(kinds(examples.warnings)).not.toContain('page-template-in-value');
    expect(bodyOf(examples.markdown)).toContain('```css\np::first-line\n```');
  });
});

describe('a page the wiki proposed deleting', () => {
  test('records why in wiki.deletionCandidate, beside its review issue', () => {
    const data = frontmatterOf(
      page('{{Editorial/Deletion_Candidate|A more complete duplicate page exists}}').markdown
    );
    expect(data.wiki.deletionCandidate).toBe('A more complete duplicate page exists');
    expect(data.review.issues).toContain(
      'deletion candidate: A more complete duplicate page exists'
    );
    expect(
      frontmatterOf(page('{{Editorial/Deletion_Candidate}}').markdown).wiki.deletionCandidate
    ).toBe('');
    // Among the {{Flags}}' high-level issues (set in bulk by the wiki), it is only an issue.
    const flagged = frontmatterOf(page('{{Flags|High-level issues=Deletion Candidate}}').markdown);
    expect(flagged.wiki?.deletionCandidate).toBeUndefined();
    expect(flagged.review.issues).toEqual(['Deletion Candidate']);
  });
});

describe('page-type and JavaScript template families', () => {
  test('a JavaScript method: syntax, parameters, return value, remarks, and its object’s pages', () => {
    const result = importWikiPage(
      wikiFixture('js-method.wiki'),
      { wikiPath: 'javascript/Array/concat' },
      options
    );
    const body = safeBody(result);
    expect(kinds(result.warnings)).not.toContain('unknown-template');
    expect(body).toContain(
      '## Syntax\n\n```js\narray1.concat([ item1 [, item2 [, . . . [, itemN ]]]])\n```'
    );
    expect(body).toContain(
      '### Parameters\n\n- **array1**: The **Array** object to which all other arrays are concatenated.\n- **item1,. . ., itemN** (optional): Additional items to add to the end of *array1*.'
    );
    expect(body).toContain('## Return value\n\nA new array.');
    expect(result.frontmatter?.kind).toBe('method');
    expect(body).toContain('## Remarks\n\nThe **concat** method returns an **Array** object.');
    expect(body).toContain('- Objects are copied by reference.');
    // {{JS Object Listing}} and {{JS Topics}} listed the object's pages: the site lists them.
    expect(result.frontmatter?.wiki?.childPagesOf).toBe('javascript/Array');
    expect(body).toContain('## See also on the wiki');
    expect(result.links).toContain('javascript/Array/slice');
  });

  test('a tutorial: byline into attribution, content and examples, an inline editorial flag into review', () => {
    const result = importWikiPage(
      wikiFixture('tutorial.wiki'),
      { wikiPath: 'tutorials/floats' },
      options
    );
    const body = safeBody(result);
    expect(kinds(result.warnings)).not.toContain('unknown-template');
    expect(kinds(result.warnings)).not.toContain('inline-template');
    const data = frontmatterOf(result.markdown);
    expect(data.title).toBe('Floats and clearing');
    expect(data.wiki.type).toBe('tutorial');
    expect(data.attribution.contributors).toEqual(['Jane Doe', 'WebPlatform.org contributors']);
    // A link to no page shows its title as MediaWiki does, with spaces.
    expect(data.review.issues).toEqual(['merge candidate: tutorials/floats and clearing']);
    expect(body).toContain('*By [Jane Doe](https://example.org/jane), published July 12, 2012.*');
    expect(body).toContain('A floated box moves to the left or right of its container.');
    expect(body).toContain('```css\nimg { float: left; }\n```');
  });

  test('a glossary item: the term titles the page, the definition summarises it; listings', () => {
    const result = importWikiPage(wikiFixture('glossary.wiki'), { wikiPath: 'italic' }, options);
    const body = safeBody(result);
    const data = frontmatterOf(result.markdown);
    expect(data.title).toBe('italic');
    expect(data.summary).toBe(
      'Of a font, a style that slants characters slightly, emulating cursive writing.'
    );
    expect(kinds(result.warnings)).not.toContain('no-summary');
    expect(body).toContain('## Definition');
    // A subpage listing becomes the site's list; a category query cannot run, and says so.
    expect(data.wiki.childPagesOf).toBe('italic');
    expect(kinds(result.warnings)).toContain('wiki-query');
    expect(body).toContain(
      '```wikitext title="The wiki’s query"\n[[Category:Markup_Attributes]][[Category:Internationalization]]\n```'
    );
  });
});

describe('block-level HTML in wiki text', () => {
  test('headings, definition lists and lists keep their structure; a table becomes rows', () => {
    const result = page(
      '{{Notes_Section|Notes=<h3>Errors</h3>\n<dl>\n<dt>\nNotFoundError</dt>\n<dd>The store is gone.</dd>\n</dl>\n<table>\n<tr>\n<th>Name</th><th>Meaning</th></tr>\n<tr><td>A</td>\n<td>first <b>one</b></td></tr></table>\n<ul><li>one</li><li>two</li></ul>}}'
    );
    // The <h3> inside the Notes section (h2) becomes its h3: levels never skip.
    expect(safeBody(result)).toContain(
      '## Notes\n\n### Errors\n\nNotFoundError\n\nThe store is gone.\n\n- Name — Meaning\n\n- A\nfirst **one**\n\n- one\n- two'
    );
    // Flattening a table loses its grid: reported once, though the text is converted twice.
    expect(result.warnings.filter((w) => w.kind === 'html-table')).toHaveLength(1);
    expect(kinds(result.warnings)).not.toContain('html-tag');
  });

  test('code elements become code spans that hold their text exactly, links around their code', () => {
    const body = safeBody(
      page(
        '{{Notes_Section|Notes=<code>a_b*c &lt;d&gt; `e`</code> and <code>[[dom/Window|window]].open()</code> and <kbd>Ctrl</kbd>}}'
      )
    );
    expect(body).toContain('`` a_b*c <d> `e` `` and [`window`](/dom/Window)`.open()` and `Ctrl`');
  });
});

describe('wiki tables', () => {
  test('a plain grid becomes a Markdown table: header cells as its head, a caption above, {{!}} expanded', () => {
    const result = page(
      '{{Notes_Section|Notes=\n{{{!}} class="wikitable"\n{{!}}+ Events\n{{!}}-\n!Event\n!Description\n{{!}}-\n{{!}}[[dom/events/abort|onabort]]\n{{!}}a {{!}}{{!}} b\n{{!}}}\n}}'
    );
    expect(safeBody(result)).toContain(
      'Events\n\n| Event | Description |  |\n| --- | --- | --- |\n| [onabort](/dom/events/abort) | a | b |'
    );
    expect(result.links).toContain('dom/events/abort');
    expect(kinds(result.warnings)).not.toContain('table');
  });

  test('a | inside a cell is escaped, in text and in code, so it does not split the row', () => {
    const result = page(
      '{{Notes_Section|Notes=x}}\n{|\n! a\n|-\n| <nowiki>x|y</nowiki> <code><nowiki>p|q</nowiki></code>\n|}'
    );
    expect(safeBody(result)).toContain('| a |\n| --- |\n| x\\|y `p\\|q` |');
  });

  test('a cell’s paragraphs are joined on its line', () => {
    const result = page('{{Notes_Section|Notes=x}}\n{|\n! a\n|-\n| First.\n\nSecond.\n|}');
    expect(safeBody(result)).toContain('| First. Second. |');
  });

  test('a merged cell’s text is in each cell it covered, reported', () => {
    const result = page(
      '{{Notes_Section|Notes=x}}\n{|\n! a !! b !! c\n|-\n| rowspan="2" | tall || colspan=2 | wide\n|-\n| d || e\n|-\n| f || g || h\n|}'
    );
    expect(safeBody(result)).toContain(
      '| a | b | c |\n| --- | --- | --- |\n| tall | wide | wide |\n| tall | d | e |\n| f | g | h |'
    );
    expect(kinds(result.warnings)).toContain('table-spans');
    expect(kinds(result.warnings)).not.toContain('table');
  });

  test('a rowspan after a short row stays in its column', () => {
    const result = page(
      '{{Notes_Section|Notes=x}}\n{|\n! a !! b !! c\n|-\n| 1 || 2 || rowspan="2" | tall\n|-\n| 3\n|-\n| 4 || 5 || 6\n|}'
    );
    expect(safeBody(result)).toContain(
      '| a | b | c |\n| --- | --- | --- |\n| 1 | 2 | tall |\n| 3 |  | tall |\n| 4 | 5 | 6 |'
    );
  });

  test('a one-line code block in a cell is code in the cell', () => {
    const result = page('{{Notes_Section|Notes=x}}\n{|\n! a\n|-\n| <pre>id="x"</pre>\n|}');
    expect(safeBody(result)).toContain('| a |\n| --- |\n| `id="x"` |');
  });

  test('a list in a cell is written on the cell’s line, its items marked, reported', () => {
    const result = page(
      '{{Notes_Section|Notes=x}}\n{|\n! a\n|-\n| Such as:\n* one\n** one and a half\n* two\n|-\n|\n# first\n# second\n|}'
    );
    expect(safeBody(result)).toContain(
      '| Such as: • one • one and a half • two |\n| 1. first 2. second |'
    );
    expect(kinds(result.warnings)).toContain('table-cell-list');
  });

  test('a table of one cell is its content, without the frame', () => {
    const result = page(
      '{{Notes_Section|Notes=x}}\n{| border="1"\n|-\n|\n{|\n! a !! b\n|-\n| c || d\n|}\n|}'
    );
    expect(safeBody(result)).toContain('x\n\n| a | b |\n| --- | --- |\n| c | d |');
    expect(kinds(result.warnings)).toContain('table-frame');
  });

  test('block content in a cell keeps the table as wikitext, reported', () => {
    for (const table of [
      '{|\n|-\n| other\n|-\n|\n{|\n| a || b\n|}\n|}',
      '{|\n|-\n| other\n|-\n| <pre>a\nb</pre>\n|}',
    ]) {
      const result = page(`{{Notes_Section|Notes=\n${table.replace(/\|/g, '{{!}}')}\n}}`);
      expect(kinds(result.warnings)).toContain('table');
      expect(safeBody(result)).toContain(
        '```wikitext title="Wiki markup the importer does not understand"\n{|'
      );
    }
  });
});

describe('external attribution', () => {
  test('a link given as a bare URL is upstream work named after its site; a script URL is not', () => {
    const result = page(
      '{{External_Attribution\n|Is_CC-BY-SA=No\n|MSDN_link=http://msdn.microsoft.com/en-us/library/ie/hh772550%28v=vs.85%29.aspx\n|MDN_link=[https://developer.mozilla.org/x MDN article]\n|HTML5Rocks_link=see the rocks site\n}}{{External_Attribution\n|MDN_link=https://developer.mozilla.org/en-US/docs/Web/Events/abort abort]\n|MSDN_link=[javascript:alert(1) click]\n}}'
    );
    expect(frontmatterOf(result.markdown).attribution.upstream).toEqual([
      { title: 'MDN article', url: 'https://developer.mozilla.org/x' },
      {
        title: 'Microsoft Developer Network (MSDN)',
        url: 'http://msdn.microsoft.com/en-us/library/ie/hh772550%28v=vs.85%29.aspx',
      },
      { title: 'abort', url: 'https://developer.mozilla.org/en-US/docs/Web/Events/abort' },
    ]);
    // Text that is not a link is kept in the page, and reported.
    expect(kinds(result.warnings)).toEqual(['attribution-link', 'attribution-link']);
    expect(safeBody(result)).toContain('## Sources\n\nHTML5 Rocks: see the rocks site');
  });
});

describe('more page types', () => {
  test('a markup attribute: its content, and the element it applies to as wiki.appliesTo', () => {
    const result = page(
      '{{Markup_Attribute\n|Applies_to=http://docs.webplatform.org/wiki/dom/HTMLElement\n|Content=The its-* attribute can contain ...\n}}'
    );
    expect(safeBody(result)).toContain('The its-\\* attribute can contain ...');
    expect(result.frontmatter?.wiki).toMatchObject({
      type: 'markup attribute',
      appliesTo: 'dom/HTMLElement',
    });
  });

  test('a tutorial in a series links its previous and next pages', () => {
    const result = page(
      '{{Tutorial\n|Content=Part two.\n|Prev_page=tutorials/floats part 1\n|Next_page=tutorials/floats part 3\n}}'
    );
    expect(safeBody(result)).toContain(
      '## In this series\n\n- Previous: [tutorials/floats part 1](/tutorials/floats_part_1)\n- Next: [tutorials/floats part 3](/tutorials/floats_part_3)'
    );
    expect(result.links).toEqual(['tutorials/floats_part_1', 'tutorials/floats_part_3']);
  });

  test('the interface a method applies to is wiki.appliesTo', () => {
    const result = page(
      '{{API_Object_Method\n|Parameters=\n|Method_applies_to=apis/indexeddb/IDBTransaction\n|Javascript_data_type=DOM Node\n}}'
    );
    expect(result.frontmatter?.kind).toBe('method');
    expect(result.frontmatter?.wiki?.appliesTo).toBe('apis/indexeddb/IDBTransaction');
    expect(safeBody(result)).toContain('## Return value\n\nType: **DOM Node**');
  });
});
