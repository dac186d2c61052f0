import { describe, expect, test } from 'vitest';
import { codeToHtml } from 'shiki';
import {
  classesForStyle,
  codeColourCss,
  codeColourTransformer,
  codePalette,
  colourClass,
  parseStyle,
  scopeColour,
  themeColours,
  TOKEN_SCOPES,
} from './code-colours';
import { tokenizeJs } from './js-tokens';
import { loadCodeThemes } from './code-themes';

const themes = await loadCodeThemes();
const palette = codePalette(themes);

describe('parseStyle', () => {
  test('splits declarations and keeps values with colons', () => {
    expect(parseStyle('--shiki-light:#CF222E; --shiki-dark:#FF7B72;;background:url(a:b)')).toEqual([
      ['--shiki-light', '#CF222E'],
      ['--shiki-dark', '#FF7B72'],
      ['background', 'url(a:b)'],
    ]);
  });

  test('a declaration without a property is an error', () => {
    expect(() => parseStyle(':red')).toThrow(/Malformed style declaration ":red"/);
  });
});

describe('classesForStyle', () => {
  // The fourth colour each theme names: a token colour, not the blocks' text colour.
  const [light, dark] = [[...themeColours(themes.light)][3], [...themeColours(themes.dark)][3]] as [
    string,
    string,
  ];

  test('a token colour becomes one class per theme, whatever the case of its hex digits', () => {
    const style = `--shiki-light:${light.toUpperCase()};--shiki-dark:${dark}`;
    expect(classesForStyle(style, palette, false)).toEqual([
      colourClass('light', light, palette),
      colourClass('dark', dark, palette),
    ]);
  });

  test("the themes' default text colour needs no class (the block sets it)", () => {
    const style = `--shiki-light:${palette.foreground.light};--shiki-dark:${palette.foreground.dark}`;
    expect(classesForStyle(style, palette, false)).toEqual([]);
  });

  test("the block's own style (defaults, backgrounds, overflow) becomes no class", () => {
    const style =
      `--shiki-light:${palette.foreground.light};--shiki-dark:${palette.foreground.dark};` +
      `--shiki-light-bg:${palette.background.light};--shiki-dark-bg:${palette.background.dark};` +
      'overflow-x:auto; overflow-x: auto;';
    expect(classesForStyle(style, palette, true)).toEqual([]);
  });

  test('a colour that is not in the theme fails, naming it', () => {
    expect(() => classesForStyle('--shiki-light:#123456', palette, false)).toThrow(
      /#123456 in the light theme, which is not one of its colours/
    );
  });

  test('a block background other than the stylesheet’s fails', () => {
    expect(() => classesForStyle('--shiki-dark-bg:#000000', palette, true)).toThrow(
      /dark background #000000; the stylesheet sets #0d1117/
    );
  });

  test('font styles the themes share become classes; differing ones fail', () => {
    expect(
      classesForStyle(
        '--shiki-light-font-style:italic;--shiki-dark-font-style:italic;' +
          '--shiki-light-font-weight:bold;--shiki-dark-font-weight:bold',
        palette,
        false
      )
    ).toEqual(['wp-c-italic', 'wp-c-bold']);
    expect(() => classesForStyle('--shiki-light-font-style:italic', palette, false)).toThrow(
      /font-style to "italic" \(light\) and "nothing" \(dark\)/
    );
  });

  test('any other declaration fails rather than being dropped', () => {
    expect(() => classesForStyle('color:red;user-select:all', palette, false)).toThrow(
      /no class in code-colours.ts: color: red; user-select: all/
    );
  });
});

describe('codeColourTransformer with the real themes', () => {
  const highlight = (code: string, lang: string) =>
    codeToHtml(code, {
      lang,
      themes,
      defaultColor: false,
      transformers: [codeColourTransformer(themes)],
    });
  const css = codeColourCss(themes);

  test.each([
    ['js', 'const port = new MessageChannel().port1; // comment\nport.postMessage({ a: 1 }, []);'],
    ['html', '<iframe src="/frame" sandbox="allow-scripts"></iframe>'],
    ['css', '.a:hover { color: rgb(0 0 0 / 50%); }'],
    ['md', '# Title\n\n*italic* and **bold**'],
  ])('%s: no style attribute is left and every class has a rule', async (lang, code) => {
    const html = await highlight(code, lang);
    expect(html).not.toMatch(/style=/);
    const classes = [...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]?.split(' ') ?? []);
    const colourClasses = classes.filter((name) => /^(?:[ld]\d+|wp-c-\w+)$/.test(name));
    expect(colourClasses.length).toBeGreaterThan(0);
    for (const name of colourClasses) expect(css).toContain(`.${name}{`);
  });

  test("the stylesheet gives blocks the themes' text and background colours", () => {
    expect(css).toContain(
      `pre.astro-code,.wp-editor{--shiki-light:${palette.foreground.light};--shiki-dark:${palette.foreground.dark};` +
        `--shiki-light-bg:${palette.background.light};--shiki-dark-bg:${palette.background.dark}}`
    );
  });
});

describe("the playground editor's token colours", () => {
  test('a scope takes its most specific rule, or the default colour', () => {
    const theme = {
      colors: { 'editor.foreground': '#111111' },
      tokenColors: [
        { scope: 'keyword', settings: { foreground: '#AA0000' } },
        { scope: ['keyword.control', 'string variable'], settings: { foreground: '#00AA00' } },
        { scope: 'storage, constant', settings: { foreground: '#0000AA' } },
      ],
    };
    expect(scopeColour(theme, 'keyword.operator')).toBe('#aa0000');
    expect(scopeColour(theme, 'keyword.control.flow')).toBe('#00aa00');
    expect(scopeColour(theme, 'constant.numeric')).toBe('#0000aa');
    expect(scopeColour(theme, 'variable')).toBe('#111111');
    expect(scopeColour(theme, 'keywords')).toBe('#111111');
  });

  test('each kind of token is coloured as Shiki colours the same code on the page', async () => {
    const code = "const n = 1; // note\nif (f(n) === null) g('text');";
    const html = (await codeToHtml(code, { lang: 'js', themes, defaultColor: false })).replaceAll(
      '&#39;',
      "'"
    );
    const shikiColour = (text: string) => {
      const span = /<span style="--shiki-light:(#\w+);--shiki-dark:(#\w+)">([^<]*)</g;
      for (const [, light, dark, content] of html.matchAll(span)) {
        if (content?.trim() === text)
          return { light: light?.toLowerCase(), dark: dark?.toLowerCase() };
      }
      return undefined;
    };
    const kinds = new Map(tokenizeJs(code).map((token) => [token.text, token.kind]));
    for (const text of ['const', 'if', '1', 'null', 'f', "'text'", '// note']) {
      const kind = kinds.get(text);
      if (!kind || kind === 'plain') throw new Error(`${text} is not coloured`);
      const scope = TOKEN_SCOPES[kind];
      expect(
        { light: scopeColour(themes.light, scope), dark: scopeColour(themes.dark, scope) },
        text
      ).toEqual(shikiColour(text));
    }
    expect(codeColourCss(themes)).toContain(
      `.wp-tk-keyword{--shiki-light:${scopeColour(themes.light, 'keyword.control')};`
    );
  });
});

describe('compactCode', () => {
  const highlight = (code: string) =>
    codeToHtml(code, {
      lang: 'js',
      themes,
      defaultColor: false,
      transformers: [codeColourTransformer(themes)],
    });

  test('keeps coloured tokens and the text, drops line and plain token spans', async () => {
    const code = 'const a = 1;\n\nport.start();';
    const html = await highlight(code);
    expect(html).not.toContain('class="line"');
    expect(html).not.toContain('<span>');
    expect(html).toMatch(/<span class="l\d+ d\d+">const<\/span>/);
    // The text, newlines included, is the code.
    expect(html.replace(/<[^>]+>/g, '')).toBe(code);
  });

  test('no line of the HTML ends in spaces: trailing spaces of code lines go', async () => {
    const html = await highlight('let a = 1;   \n  f(a);\t\n\nx  ');
    expect(html).not.toMatch(/[ \t]\n/);
    expect(html.replace(/<[^>]+>/g, '')).toBe('let a = 1;\n  f(a);\n\nx');
  });

  test("the block keeps only its styled class, not the themes' names", async () => {
    const html = await highlight('x');
    const preClass = /<pre class="([^"]*)"/.exec(html)?.[1];
    expect(preClass).toBe('shiki');
  });
});
