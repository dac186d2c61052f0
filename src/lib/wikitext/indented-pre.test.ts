import { describe, expect, test } from 'vitest';
import { bodyOf, kinds, wikiOptions } from '~/test-utils/wiki';
import { importWikiPage } from './import-page.ts';
import { rewriteIndentedPre } from './indented-pre.ts';
import { parseWikitext } from './wiki-node.ts';

const options = wikiOptions(['dom/Element']);
const imported = (body: string) =>
  importWikiPage(
    `{{Summary_Section|A page used in a test of the importer.}}\n${body}`,
    { wikiPath: 'tutorials/forms' },
    options
  );

describe('lines that start with a space (preformatted on the wiki)', () => {
  test('become a code block showing the code as written, <nowiki> marks removed', () => {
    const result = imported(
      [
        'Here is the form:',
        '',
        ' <nowiki><label>Email:</label>',
        ' <input type="email" oninput="check(this)">',
        ' ',
        ' <script>',
        "   // valid -- reset the message: setCustomValidity('')",
        ' </script></nowiki>',
        '',
        'After the code.',
      ].join('\n')
    );
    expect(result.errors).toEqual([]);
    expect(bodyOf(result.markdown)).toContain(
      [
        '```',
        '<label>Email:</label>',
        '<input type="email" oninput="check(this)">',
        '',
        '<script>',
        "  // valid -- reset the message: setCustomValidity('')",
        '</script>',
        '```',
      ].join('\n')
    );
    expect(bodyOf(result.markdown)).toMatch(/```\n\nAfter the code\./);
  });

  test('character references are decoded; bold and italic marks keep the run as text', () => {
    expect(bodyOf(imported(' if (a &lt; b) x = 1;').markdown)).toContain(
      '```\nif (a < b) x = 1;\n```'
    );
    const result = imported(" '''stroke:''' none | ''color''");
    expect(bodyOf(result.markdown)).not.toContain('```');
    expect(kinds(result.warnings)).toContain('indented-text');
  });

  test('the escape templates become what they stand for; <code> marks around the code go', () => {
    const body = bodyOf(
      imported(' a {{!}}{{!}} b;\n <code class="javascript">gl.drawArrays(mode, 0, 3);</code>')
        .markdown
    );
    expect(body).toContain('```\na || b;\ngl.drawArrays(mode, 0, 3);\n```');
  });

  test('lines with a block tag, and lines inside a block a tag opened, are not preformatted', () => {
    const source = ' <div class="box">\n <ul>\n  <li>item</li>\n </ul>\n after the list';
    const result = rewriteIndentedPre(source, parseWikitext(source));
    expect(result?.source).toBe(
      ' <div class="box">\n <ul>\n  <li>item</li>\n </ul>\n<pre>after the list</pre>'
    );
  });

  test('an empty line ends the block; a line of spaces does not', () => {
    const body = bodyOf(imported(' one\n  \n two\n\n three').markdown);
    expect(body).toContain('```\none\n \ntwo\n```');
    expect(body).toContain('```\nthree\n```');
  });

  test('lines inside templates, tables, <pre> and comments are left to their own rules', () => {
    const source = [
      '{{Note| indented inside a template}}',
      '{|',
      '| cell',
      ' continued',
      '|}',
      '<pre>',
      ' already preformatted',
      '</pre>',
      '<!--',
      ' a hidden line',
      '-->',
    ].join('\n');
    expect(rewriteIndentedPre(source, parseWikitext(source))).toBeUndefined();
  });

  test('a run holding a link or a template stays text, reported by its line', () => {
    const result = imported('Intro.\n\n see [[dom/Element]] here\n {{mystery}}\n');
    expect(kinds(result.warnings)).toContain('indented-text');
    expect(result.warnings.find((w) => w.kind === 'indented-text')?.line).toBe(4);
    expect(bodyOf(result.markdown)).toContain('[dom/Element](/dom/Element)');
  });

  test('every line stays on its line: later problems are reported where they are', () => {
    const result = imported(' <nowiki>a\n b</nowiki>\n\n{{mystery}}');
    expect(result.warnings.find((w) => w.kind === 'unknown-template')?.line).toBe(5);
  });

  test("in a template's text too (the wiki's tutorials are one {{Concept}}), lines kept", () => {
    const result = importWikiPage(
      [
        '{{Summary_Section|A tutorial used in a test of the importer.}}',
        '{{Concept',
        '|Content= Watch out for stuff like:',
        '',
        ' 0.1 + 0.2 == 0.30000000000000004',
        '',
        '{{mystery}}',
        '}}',
      ].join('\n'),
      { wikiPath: 'concepts/programming/numbers' },
      options
    );
    const body = bodyOf(result.markdown);
    // The value's first line follows "Content=": MediaWiki trims its space, it is no code.
    expect(body).toMatch(/^Watch out for stuff like:$/m);
    expect(body).toContain('```\n0.1 + 0.2 == 0.30000000000000004\n```');
    expect(result.warnings.find((w) => w.kind === 'inline-template')?.line).toBe(7);
  });

  test("a <nowiki> opened on an indented line holds the run's lines, whatever they start with", () => {
    const body = bodyOf(
      imported(' <nowiki>\n    var chooser = input;\n\n    chooser.focus();\n</nowiki>\n\nAfter.')
        .markdown
    );
    expect(body).toContain('```\n    var chooser = input;\n\n    chooser.focus();\n```');
    expect(body).toMatch(/```\n\nAfter\./);
  });

  test('a <nowiki> opened in a line of text is no code', () => {
    const source = 'Text <nowiki>one\n two</nowiki>';
    expect(rewriteIndentedPre(source, parseWikitext(source))).toBeUndefined();
  });
});
