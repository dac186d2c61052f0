import { createHighlighter, type ShikiTransformer } from 'shiki';
import { describe, expect, test } from 'vitest';
import { codeColourTransformer } from './code-colours';
import { loadCodeThemes, type ThemeJson } from './code-themes';
import { pairedTheme, tokenizeOnce } from './paired-theme';

const themes = await loadCodeThemes();

/** Code in the languages the site highlights most, with embedded languages and plain text. */
const SAMPLES: [string, string][] = [
  [
    'js',
    "const count = 0; // a comment\nwindow.addEventListener('message', (event) => {\n  if (event.origin !== 'https://a.example') return;\n  port.postMessage({ sum: [1, 2].reduce((a, b) => a + b, 0), re: /x+/g });\n});",
  ],
  [
    'html',
    '<!DOCTYPE html>\n<style>p { color: red; }</style>\n<p id="help" class="x">Hi &amp; bye</p>\n<script>let x = `t${1}`;</script>',
  ],
  [
    'css',
    '@media (width < 40rem) {\n  .a:hover > b::before { content: "x"; margin: 0 !important; }\n}',
  ],
  ['ts', 'interface A<T> { readonly a?: T }\nexport type B = A<string> | null;'],
  ['python', 'def f(x):\n    """doc"""\n    return x ** 2  # square'],
  ['plaintext', ' <p>E-mail: <input type="text"></p>\n'],
];

/** Highlights with the two themes, as Shiki does it (a tokenization per theme) or once. */
async function highlighter(transformers: ShikiTransformer[]) {
  const shiki = await createHighlighter({
    themes: [themes.light, themes.dark],
    langs: ['js', 'html', 'css', 'ts', 'python'],
  });
  return (code: string, lang: string) =>
    shiki.codeToHtml(code, {
      lang,
      themes: { light: themes.light.name ?? 'light', dark: themes.dark.name ?? 'dark' },
      defaultColor: false,
      transformers,
    });
}

describe('tokenizeOnce', async () => {
  const twice = await highlighter([codeColourTransformer(themes)]);
  const once = await highlighter([tokenizeOnce(themes), codeColourTransformer(themes)]);

  test.each(SAMPLES)('%s: the same HTML as a tokenization per theme', (lang, code) => {
    expect(once(code, lang)).toBe(twice(code, lang));
  });

  test('the HTML still has both themes’ colours', () => {
    expect(once('const a = 1;', 'js')).toMatch(/<span class="l\d+ d\d+">const<\/span>/);
  });
});

describe('pairedTheme', () => {
  test('one made-up colour per pair of colours, the themes’ own colours as theirs', () => {
    const { theme, pairs } = pairedTheme(themes);
    const light = themes.light.colors?.['editor.foreground']?.toLowerCase() ?? '';
    expect(pairs.get(light)).toEqual({
      light,
      dark: themes.dark.colors?.['editor.foreground']?.toLowerCase(),
    });
    for (const [code, pair] of pairs) {
      if (code !== light) expect(code).toMatch(/^#0000[0-9a-f]{2}$/);
      expect(pair.light).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(theme.name).toBe('wp-light-dark-pair');
  });

  test('themes whose rules differ are refused, saying how', () => {
    const other = (change: (theme: ThemeJson) => ThemeJson) => () =>
      pairedTheme({ light: themes.light, dark: change(structuredClone(themes.dark)) });
    expect(other((dark) => ({ ...dark, tokenColors: dark.tokenColors?.slice(1) ?? [] }))).toThrow(
      /cannot be tokenized together: \d+ rules and \d+/
    );
    expect(
      other((dark) => {
        const [first, ...rest] = dark.tokenColors ?? [];
        return { ...dark, tokenColors: [...rest, ...(first ? [first] : [])] };
      })
    ).toThrow('has other scopes');
  });

  test('a token in a colour that pairs nothing fails instead of losing its colour', () => {
    const transformer = tokenizeOnce(themes);
    const lines = [[{ content: 'x', offset: 0, htmlStyle: { '--shiki-light': '#123456' } }]];
    expect(() => (transformer.tokens as (lines: unknown) => void).call({} as never, lines)).toThrow(
      '#123456, which pairs no colours'
    );
  });
});
