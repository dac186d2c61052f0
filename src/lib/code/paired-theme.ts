import { normalizeTheme, type ShikiTransformer, type ThemeRegistrationResolved } from 'shiki';
import type { ThemeJson } from './code-themes.ts';

/** The name of the theme that stands for both of the site's code themes (pairedTheme). */
export const PAIRED_THEME_NAME = 'wp-light-dark-pair';

/** A token colour of the paired theme, and the two theme colours it stands for. */
interface ColourPair {
  light: string;
  dark: string;
}

/**
 * One theme that stands for the site's two: Shiki tokenizes code once per theme, and the site's
 * light and dark themes (GitHub's) have the same rules, scope for scope, in the same order, with
 * different colours. The paired theme has those rules, each coloured with a made-up colour that
 * names its pair of colours (the light one, the dark one), so one tokenization gives each token
 * both. Throws if the themes' rules differ, which would make the pairs wrong.
 */
export function pairedTheme(themes: { light: ThemeJson; dark: ThemeJson }): {
  theme: ThemeRegistrationResolved;
  pairs: Map<string, ColourPair>;
} {
  const light = themes.light.tokenColors ?? [];
  const dark = themes.dark.tokenColors ?? [];
  const fail = (why: string): never => {
    throw new Error(
      `The code themes ${themes.light.name ?? '?'} and ${themes.dark.name ?? '?'} cannot be tokenized together: ${why}`
    );
  };
  if (light.length !== dark.length) fail(`${light.length} rules and ${dark.length}`);
  // Code no rule colours has the themes' own colours, which the paired theme writes as the light
  // one's; a rule with those same two colours must be written alike, or Shiki would split tokens
  // that the two themes each keep together.
  const defaults: ColourPair = {
    light:
      themes.light.colors?.['editor.foreground']?.toLowerCase() ??
      fail('the light theme has no editor.foreground'),
    dark:
      themes.dark.colors?.['editor.foreground']?.toLowerCase() ??
      fail('the dark theme has no editor.foreground'),
  };
  const codes = new Map([[`${defaults.light}|${defaults.dark}`, defaults.light]]);
  const pairs = new Map([[defaults.light, defaults]]);
  const codeFor = (pair: ColourPair) => {
    const key = `${pair.light}|${pair.dark}`;
    let code = codes.get(key);
    if (!code) {
      // #000001, #000002…: the made-up colour of the pair (lowercase, as Shiki compares them).
      code = `#${codes.size.toString(16).padStart(6, '0')}`;
      if (code === defaults.light) fail(`the default colour ${code} is a made-up one`);
      codes.set(key, code);
      pairs.set(code, pair);
    }
    return code;
  };
  const tokenColors = light.map((rule, index) => {
    const other = dark[index] ?? fail(`rule ${index} is missing`);
    if (JSON.stringify(rule.scope) !== JSON.stringify(other.scope))
      fail(`rule ${index} has other scopes`);
    if ((rule.settings.fontStyle ?? '') !== (other.settings.fontStyle ?? ''))
      fail(`rule ${index} has another font style`);
    const lightColour = rule.settings.foreground?.toLowerCase();
    const darkColour = other.settings.foreground?.toLowerCase();
    if (Boolean(lightColour) !== Boolean(darkColour))
      fail(`rule ${index} has a colour in one theme only`);
    if (!lightColour || !darkColour) return rule;
    // A rule for every scope (no scope) sets the code's own colour, which Shiki gives the
    // block: it keeps the light theme's, paired above with the dark theme's.
    if (rule.scope === undefined) {
      if (lightColour !== defaults.light || darkColour !== defaults.dark)
        fail(`rule ${index}, for every scope, is not in the themes' own colours`);
      return rule;
    }
    return {
      ...rule,
      settings: { ...rule.settings, foreground: codeFor({ light: lightColour, dark: darkColour }) },
    };
  });
  const theme = normalizeTheme({
    ...themes.light,
    name: PAIRED_THEME_NAME,
    tokenColors,
  });
  return { theme, pairs };
}

/**
 * A Shiki transformer that highlights code in both of the site's themes with one tokenization
 * (pairedTheme): it asks for the paired theme in place of the two, then gives every token the
 * two themes' colours, as Shiki writes them for two themes (`--shiki-light`, `--shiki-dark`, and
 * each font style for both). Half the highlighting time of every code block; the HTML is the
 * same. Code asked for with one theme is left alone.
 */
export function tokenizeOnce(themes: { light: ThemeJson; dark: ThemeJson }): ShikiTransformer {
  const { theme, pairs } = pairedTheme(themes);
  return {
    name: 'wp:tokenize-once',
    preprocess(code, options) {
      if ('themes' in options) options.themes = { light: theme };
      return code;
    },
    tokens(lines) {
      for (const line of lines) {
        for (const token of line) {
          const style = token.htmlStyle;
          if (!style || typeof style === 'string') continue;
          // Plain text has no colour in either theme.
          const colour = style['--shiki-light']?.toLowerCase();
          const pair = colour === undefined ? undefined : pairs.get(colour);
          if (colour !== undefined && !pair)
            throw new Error(`Shiki gave a token the colour ${colour}, which pairs no colours`);
          const lightStyle: Record<string, string> = pair ? { '--shiki-light': pair.light } : {};
          const darkStyle: Record<string, string> = pair ? { '--shiki-dark': pair.dark } : {};
          for (const [property, value] of Object.entries(style)) {
            if (property === '--shiki-light') continue;
            if (!property.startsWith('--shiki-light-'))
              throw new Error(`Shiki gave a token the style ${property}, which has no pair`);
            lightStyle[property] = value;
            darkStyle[property.replace('--shiki-light-', '--shiki-dark-')] = value;
          }
          token.htmlStyle = { ...lightStyle, ...darkStyle };
        }
      }
    },
  };
}
