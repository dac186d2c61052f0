import { markdownToMdast } from 'satteri';
import { describe, expect, test } from 'vitest';
import {
  avoidLayoutAnchors,
  CELL_SEPARATOR,
  callout,
  codeSpan,
  escapeMarkdown,
  fence,
  hasModuleLine,
  linkDestination,
  longEnough,
  neutralizeModuleLines,
  oneSentence,
  repairEmphasis,
  termItem,
  tidyMarkdown,
  nestHeadings,
  withoutEmptyHeadings,
} from './markdown.ts';
import { markdownText } from './verify.ts';

interface Node {
  type: string;
  value?: string;
  url?: string;
  children?: Node[];
}
const tree = (markdown: string) =>
  markdownToMdast(markdown, { features: { gfm: true } }) as unknown as Node;

/** The text a reader gets from some Markdown, exactly: text and code, nothing collapsed. */
function readBack(markdown: string): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.type === 'text' || node.type === 'inlineCode') parts.push(node.value ?? '');
    for (const child of node.children ?? []) visit(child);
    if (node.type === 'paragraph') parts.push('\n');
  };
  visit(tree(markdown));
  return parts.join('').replace(/\n+$/, '');
}

/** The node types of some Markdown, all the way down. */
function typesOf(markdown: string): Set<string> {
  const types = new Set<string>();
  const visit = (node: Node) => {
    types.add(node.type);
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree(markdown));
  return types;
}

const NASTY = [
  '*emphasis* and **strong** and _under_ and __dunder__',
  'snake_case_name and __proto__ and _leading and trailing_',
  '`code` and ``double`` and a lone ` backtick',
  '[a link](http://example.org) and [ref][x] and ![image](x.png)',
  '<script>alert(1)</script> <img src=x onerror=alert(1)> <!-- comment -->',
  '<http://example.org> and <mail@example.org>',
  '&amp; &lt; &#60; &#x3C; &copy; & plain & ampersands;',
  'a | table | row',
  '~~strike~~ and ~single~ tilde',
  'back\\slash and \\*escaped\\* and trailing backslash\\',
  '{braces} and {/* comment */} and ${template}',
  'C:\\path\\to\\file and \\\\server',
  '[^footnote] and [x]: http://definition.example',
  '$math$ and $$display$$',
  'https://example.org/a_b_c?d=e&f=g#h',
];
const LINE_STARTS = [
  '# not a heading',
  '###### nor this',
  '#hashtag stays',
  '> not a quote',
  '- not a list',
  '+ not a list',
  '* not a list',
  '1. not an ordered list',
  '2015) not one either',
  '===',
  '---',
  '- - -',
  '***',
  '___',
  '```not a fence',
  '~~~ nor this',
  '| a | b |\n| --- | --- |',
  'Text\n===\nbelow',
  'Text\n---',
];

describe('escapeMarkdown', () => {
  test.each([...NASTY, ...LINE_STARTS])('reads back as the same text: %j', (text) => {
    const markdown = escapeMarkdown(text);
    const types = typesOf(markdown);
    for (const type of types) expect(['root', 'paragraph', 'text', 'link']).toContain(type);
    // A line's indent is not content; apart from it, every character reads back.
    expect(readBack(markdown).replace(/^[ \t]+/gm, '')).toBe(text.replace(/^[ \t]+/gm, ''));
  });

  test('reads back as the same text for every mix of Markdown’s characters (seeded fuzz)', () => {
    const alphabet = [
      '*',
      '_',
      '`',
      '[',
      ']',
      '(',
      ')',
      '<',
      '>',
      '&',
      '#',
      '|',
      '~',
      '!',
      '\\',
      '-',
      '+',
      '=',
      '.',
      '1',
      'a',
      'é',
      ' ',
      '\n',
      ':',
      '{',
      '}',
      ';',
      '"',
      "'",
      'x',
    ];
    let seed = 20260101;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let run = 0; run < 400; run++) {
      const length = 1 + Math.floor(random() * 24);
      const text = Array.from(
        { length },
        () => alphabet[Math.floor(random() * alphabet.length)]
      ).join('');
      const markdown = escapeMarkdown(text);
      for (const type of typesOf(markdown))
        expect(['root', 'paragraph', 'text', 'link', 'break'], JSON.stringify(text)).toContain(
          type
        );
      // Markdown trims each line's ends and reads a trailing double space as a line break.
      const normalize = (s: string) =>
        s
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
          .join('\n');
      expect(normalize(readBack(markdown)), JSON.stringify(text)).toBe(normalize(text));
    }
  });

  test('a line indented by four spaces stays preformatted, as a line starting with a space was on the wiki', () => {
    expect(typesOf(escapeMarkdown('    preformatted'))).toContain('code');
  });

  test('leaves readable text alone: underscores inside words, braces, URLs', () => {
    expect(escapeMarkdown('snake_case {x} https://example.org/a')).toBe(
      'snake_case {x} https://example.org/a'
    );
    expect(escapeMarkdown('1.5 is a number; #hashtag; a-b')).toBe('1.5 is a number; #hashtag; a-b');
  });
});

describe('code spans and fences', () => {
  test.each(['plain', 'a `tick`', '``double``', '`starts', 'ends`', ' spaced ', '<b>&amp;</b>'])(
    'a code span holds %j exactly',
    (code) => {
      const span = codeSpan(code);
      expect(tree(span).children?.[0]?.children).toEqual([
        expect.objectContaining({ type: 'inlineCode', value: code }),
      ]);
    }
  );

  test('a fence outgrows the backtick runs inside, and carries a title', () => {
    expect(fence('has ``` inside', 'js')).toBe('````js\nhas ``` inside\n````');
    expect(fence('{{x}}', 'wikitext', 'A "title"')).toBe(
      '```wikitext title="A \'title\'"\n{{x}}\n```'
    );
  });
});

describe('links, notes and module lines', () => {
  test('a link destination keeps parentheses, spaces and angle brackets from ending it', () => {
    const url = 'http://example.org/a(b) c<d>';
    const link = tree(`[x](${linkDestination(url)})`).children?.[0]?.children?.[0];
    expect(link).toMatchObject({ type: 'link', url: 'http://example.org/a%28b%29%20c%3Cd%3E' });
  });

  test('a callout is a block quote that starts with its label in bold', () => {
    expect(callout('Note', 'Some *text*.\n\nMore.')).toBe('> **Note:** Some *text*.\n>\n> More.');
    // A note that starts with a block: the label on a line of its own, so the block stays one.
    expect(callout('Note', '```js\nx();\n```\nThen.')).toBe(
      '> **Note:**\n>\n> ```js\n> x();\n> ```\n> Then.'
    );
    expect(callout('Note', '- one\n- two')).toBe('> **Note:**\n>\n> - one\n> - two');
  });

  test('module lines become text whose first letter is a character reference; code stays', () => {
    const markdown =
      "import x from 'y'\n  export const z = 1\n```js\nimport a from 'b'\n```\nimported goods";
    expect(hasModuleLine(markdown)).toBe(true);
    const safe = neutralizeModuleLines(markdown);
    expect(safe).toBe(
      "&#105;mport x from 'y'\n  &#101;xport const z = 1\n```js\nimport a from 'b'\n```\nimported goods"
    );
    expect(markdownText(safe)).toContain("import x from 'y'");
  });
});

describe('tidying and summaries', () => {
  test('wiki headings at the start of a value become Markdown headings; emphasis is mended', () => {
    expect(tidyMarkdown('===Remarks===\ntext **bold: **x')).toBe('#### Remarks\ntext **bold:** x');
    // Code spans are code: their ** is an operator, not bold to mend.
    expect(tidyMarkdown('`2 ** 3` is **eight: **8, as is `` a ** b ``')).toBe(
      '`2 ** 3` is **eight:** 8, as is `` a ** b ``'
    );
    expect(tidyMarkdown('\\==Escaped==')).toBe('### Escaped');
  });

  test('flattened table cells: " — " between them, none after the last; an author’s dash stays', () => {
    const sep = CELL_SEPARATOR;
    expect(tidyMarkdown(`- a ${sep} b ${sep} \nwait for it —\nthere`)).toBe(
      '- a — b\nwait for it —\nthere'
    );
  });

  test('code blocks are never tidied', () => {
    expect(tidyMarkdown('- \nitem\n```\n- \nx — \n\n\n\ny\n```')).toBe(
      '- item\n```\n- \nx — \n\n\n\ny\n```'
    );
  });

  test('a heading with a layout section’s anchor is renamed, outside code only', () => {
    const text = (md: string) => markdownText(md);
    expect(avoidLayoutAnchors('## See also\n~~~~\n## Members\n~~~\n~~~~\n# Members', text)).toBe(
      '## See also (from the wiki)\n~~~~\n## Members\n~~~\n~~~~\n# Members (from the wiki)'
    );
    expect(avoidLayoutAnchors('#### [Specifications](/PointerEvents/specifications)', text)).toBe(
      '#### [Specifications](/PointerEvents/specifications) (from the wiki)'
    );
  });

  test('oneSentence and longEnough', () => {
    expect(oneSentence('First one. Second one.')).toBe('First one.');
    expect(oneSentence('No full stop')).toBe('No full stop.');
    expect(oneSentence('日本語の文です。次の文。')).toBe('日本語の文です。');
    expect(longEnough('currentStyle', 'Gets it.')).toBe('currentStyle: Gets it.');
  });
});

describe('repairEmphasis', () => {
  test.each([
    ['**bold** and *italic* and ~~gone~~', '**bold** and *italic* and ~~gone~~', 0],
    ['**\\<applet>**は', '\\<applet>は', 2],
    ['- **term with no definition', '- term with no definition', 1],
    ['a **b** c **d', 'a **b** c d', 1],
    [
      '`**code**` and [x](http://a/*b*) and \\*text\\*',
      '`**code**` and [x](http://a/*b*) and \\*text\\*',
      0,
    ],
    ['***both*** and **x.**y', '***both*** and x.y', 2],
  ])('%j → %j', (input, output, removed) => {
    expect(repairEmphasis(input)).toEqual({ markdown: output, removed });
  });

  test('what it keeps, CommonMark reads as emphasis; the text reads the same', () => {
    const { markdown } = repairEmphasis('**\\<applet>**は**bold**, ***x*** and *y*.');
    expect(typesOf(markdown)).toContain('strong');
    expect(readBack(markdown)).toBe('<applet>はbold, x and y.');
  });
});

describe('termItem', () => {
  test('a term, its qualifier and a description whose further lines stay in the item', () => {
    const item = termItem('x_y*', 'First line.\n\n```js\nlet a = "*";\n```', 'optional');
    expect(item).toBe('- **x_y\\*** (optional): First line.\n  \n  ```js\n  let a = "*";\n  ```');
    expect(typesOf(item)).toEqual(
      new Set(['root', 'list', 'listItem', 'paragraph', 'strong', 'text', 'code'])
    );
    // A code block inside the item is code to every later pass.
    expect(repairEmphasis(item).removed).toBe(0);
  });
});

describe('nestHeadings', () => {
  test('starts at level 2 and never goes more than one level deeper than the heading before', () => {
    expect(nestHeadings('#### Intro\n\n## Notes\n#### Remarks\n###### Deep\n### Next\n# Top')).toBe(
      '## Intro\n\n## Notes\n### Remarks\n#### Deep\n### Next\n## Top'
    );
  });

  test('leaves code blocks alone, and keeps the level count across them', () => {
    expect(nestHeadings('## A\n```\n#### not a heading\n```\n#### B')).toBe(
      '## A\n```\n#### not a heading\n```\n### B'
    );
  });
});

describe('withoutEmptyHeadings', () => {
  test('a heading alone with nothing before the next of its level or the end goes, reported', () => {
    expect(withoutEmptyHeadings('## A\n\ntext\n\n### Index\n\n## B\n\nmore\n\n### End\n')).toEqual({
      markdown: '## A\n\ntext\n\n## B\n\nmore\n\n',
      removed: ['Index', 'End'],
      listed: [],
    });
  });

  test('a run of empty headings, an outline or a byline, becomes a list of their texts', () => {
    expect(
      withoutEmptyHeadings(
        'Intro.\n\n### Screen readers\n\n#### Braille *output*\n#### Magnifiers\n## Next\ntext'
      )
    ).toEqual({
      markdown: 'Intro.\n\n- Screen readers\n- Braille *output*\n- Magnifiers\n\n## Next\ntext',
      removed: [],
      listed: ['Screen readers', 'Braille *output*', 'Magnifiers'],
    });
  });

  test('a heading with a deeper heading that has text keeps both', () => {
    const markdown = '## A\n### B\ntext\n## C\ntext';
    expect(withoutEmptyHeadings(markdown).markdown).toBe(markdown);
  });

  test('a code block is content, and a heading in it is code', () => {
    const markdown = '## Example\n```md\n## not a heading\n```\n## Last\n~~~\ncode\n~~~';
    expect(withoutEmptyHeadings(markdown)).toEqual({ markdown, removed: [], listed: [] });
  });
});
