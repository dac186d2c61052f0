import {
  bundledThemes,
  normalizeTheme,
  type ThemeRegistration,
  type ThemeRegistrationResolved,
} from 'shiki';
import { ensureContrast } from './contrast.ts';

/** A theme's colours as plain JSON (what `@shikijs/themes` modules export). */
export type ThemeJson = ThemeRegistration & {
  colors?: Record<string, string>;
  tokenColors?: {
    scope?: string | string[];
    settings: { foreground?: string; fontStyle?: string };
  }[];
};

/**
 * A copy of `theme` on `background` with every token colour raised to `minimum` contrast.
 * Shiki's stock GitHub themes put comments below WCAG AA on their own backgrounds; this keeps
 * the theme's look and fixes only what fails.
 */
export function withMinimumContrast(
  theme: ThemeJson,
  background: string,
  minimum = 4.5
): ThemeJson {
  const fix = (colour: string | undefined) =>
    colour ? ensureContrast(colour, background, minimum) : colour;
  return {
    ...theme,
    name: `${theme.name ?? 'theme'}-aa`,
    colors: {
      ...theme.colors,
      'editor.background': background,
      ...(theme.colors?.['editor.foreground']
        ? { 'editor.foreground': fix(theme.colors['editor.foreground']) as string }
        : {}),
    },
    tokenColors: (theme.tokenColors ?? []).map((rule) => ({
      ...rule,
      settings: {
        ...rule.settings,
        ...(rule.settings.foreground
          ? { foreground: fix(rule.settings.foreground) as string }
          : {}),
      },
    })),
  };
}

/** Code block backgrounds of the site's two themes; token colours are raised to AA on them. */
export const CODE_BACKGROUNDS = { light: '#f6f8fa', dark: '#0d1117' } as const;

let codeThemes: Promise<{ light: ThemeJson; dark: ThemeJson }> | undefined;

/**
 * The site's code themes, for Markdown and for the `<Code>` component alike: computed once (every
 * code block rendered with `<Code>` asks for them).
 */
export function loadCodeThemes(): Promise<{ light: ThemeJson; dark: ThemeJson }> {
  codeThemes ??= raiseThemes();
  return codeThemes;
}

async function raiseThemes(): Promise<{ light: ThemeJson; dark: ThemeJson }> {
  const [light, dark] = await Promise.all([
    bundledThemes['github-light-default'](),
    bundledThemes['github-dark-default'](),
  ]);
  return {
    light: withMinimumContrast(light.default as ThemeJson, CODE_BACKGROUNDS.light),
    dark: withMinimumContrast(dark.default as ThemeJson, CODE_BACKGROUNDS.dark),
  };
}

/**
 * The code themes as Shiki resolves them, for Astro's Markdown highlighter. Shiki resolves a
 * theme given as an object on every highlight, and rebuilds its TextMate theme each time a
 * highlight switches between the light and the dark one: a resolved theme is taken as it is and
 * its TextMate theme is cached. On the whole reference's Markdown that was 3 s of 35.
 */
export function resolvedCodeThemes(themes: { light: ThemeJson; dark: ThemeJson }): {
  light: ThemeRegistrationResolved;
  dark: ThemeRegistrationResolved;
} {
  return { light: normalizeTheme(themes.light), dark: normalizeTheme(themes.dark) };
}
