import {
  createHighlighter,
  type BundledLanguage,
  type BundledTheme,
  type HighlighterGeneric,
  type LanguageRegistration,
  type ShikiTransformer,
} from 'shiki';
import { codeColourTransformer } from './code-colours';
import { completeTokenization } from './complete-tokenization';
import { loadCodeThemes, type ThemeJson } from './code-themes';

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
  const results = new Map<string, Promise<string>>();
  const transformer = codeColourTransformer(themes);
  return (code, lang) => {
    const name = typeof lang === 'string' ? lang : lang.name;
    const key = `${name}\n${code}`;
    let html = results.get(key);
    if (!html) {
      const shikiPromise = (highlighter ??= createHighlighter({
        themes: [themes.light, themes.dark],
        langs: [],
      }));
      html = shikiPromise.then(async (shiki) => {
        if (!shiki.getLoadedLanguages().includes(name)) await shiki.loadLanguage(lang);
        return shiki.codeToHtml(code.replace(/\n$/, ''), {
          lang: name,
          themes: { light: themes.light.name ?? 'light', dark: themes.dark.name ?? 'dark' },
          defaultColor: false,
          transformers: [completeTokenization(), astroPre(name), transformer],
        });
      });
      results.set(key, html);
    }
    return html;
  };
}

let siteHighlight: Promise<Highlight> | undefined;

/** Highlights with the site's code themes, through one highlighter for the whole build. */
export async function highlightCode(code: string, lang: CodeLanguage): Promise<string> {
  siteHighlight ??= loadCodeThemes().then(createHighlight);
  return (await siteHighlight)(code, lang);
}
