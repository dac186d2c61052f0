import {
  createHighlighter,
  type BundledLanguage,
  type BundledTheme,
  type HighlighterGeneric,
  type LanguageRegistration,
  type ShikiTransformer,
} from 'shiki';
// Relative imports name their files: a build's highlighting thread runs this module in plain
// Node (highlight-worker.ts).
import { codeColourTransformer } from './code-colours.ts';
import { completeTokenization } from './complete-tokenization.ts';
import { tokenizeOnce } from './paired-theme.ts';
import { loadCodeThemes, type ThemeJson } from './code-themes.ts';

/** A language by name, or a grammar of the site's own (WebIDL). */
export type CodeLanguage = BundledLanguage | LanguageRegistration;

/** Highlights code as HTML, like the Markdown code blocks. */
export type Highlight = (code: string, lang: CodeLanguage) => Promise<string>;

/** The `<pre>` as Astro's Markdown renders it, so one stylesheet serves both. */
const astroPre = (lang: string): ShikiTransformer => ({
  name: 'wp:astro-pre',
  pre(node) {
    const classes = String(node.properties['class'] ?? '').replace(/\bshiki\b/g, 'astro-code');
    node.properties['class'] = classes;
    node.properties['tabindex'] = '0';
    node.properties['dataLanguage'] = lang;
  },
});

/**
 * A highlighter for components, made once: one Shiki instance with the site's themes (Astro's
 * `<Code>` looks its highlighter up by serialising the theme objects on every call), and each
 * result kept, since a component shows the same code on many pages (a demo's source on every
 * page that has the demo). Colours become classes (code-colours.ts).
 */
export function createHighlight(themes: { light: ThemeJson; dark: ThemeJson }): Highlight {
  let highlighter: Promise<HighlighterGeneric<BundledLanguage, BundledTheme>> | undefined;
  const transformers = [tokenizeOnce(themes), codeColourTransformer(themes)];
  return memoized(async (code, lang) => {
    const name = languageName(lang);
    const shiki = await (highlighter ??= createHighlighter({
      themes: [themes.light, themes.dark],
      langs: [],
    }));
    if (!shiki.getLoadedLanguages().includes(name)) await shiki.loadLanguage(lang);
    return shiki.codeToHtml(code.replace(/\n$/, ''), {
      lang: name,
      themes: { light: themes.light.name ?? 'light', dark: themes.dark.name ?? 'dark' },
      defaultColor: false,
      transformers: [completeTokenization(), astroPre(name), ...transformers],
    });
  });
}

/** A highlighter with the site's own code themes (code-themes.ts). */
export async function createSiteHighlight(): Promise<Highlight> {
  return createHighlight(await loadCodeThemes());
}

const languageName = (lang: CodeLanguage) => (typeof lang === 'string' ? lang : lang.name);

/** A highlight that works on each code once: the same code and language, the same promise. */
export function memoized(highlight: Highlight): Highlight {
  const results = new Map<string, Promise<string>>();
  return (code, lang) => {
    const key = `${languageName(lang)}\n${code}`;
    let html = results.get(key);
    if (!html) results.set(key, (html = highlight(code, lang)));
    return html;
  };
}
