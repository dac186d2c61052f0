import type { ShikiTransformer } from 'shiki';
import type { ThemeJson } from './code-themes';
import type { TokenKind } from './js-tokens';
import { PAIRED_THEME_NAME } from './paired-theme.ts';

// HAST types as Shiki's transformer hooks receive them.
type Root = Parameters<NonNullable<ShikiTransformer['root']>>[0];
type Element = Parameters<NonNullable<ShikiTransformer['pre']>>[0];
type Child = Element['children'][number];

/**
 * Shiki colours each token with a `style` attribute. This site turns those into classes backed
 * by one stylesheet generated from the two themes: pages are lighter (a class is shorter than
 * its declarations), and the Content-Security-Policy needs no 'unsafe-inline' for style
 * attributes. Every declaration must map to a class; anything else fails the build, so no colour
 * is silently lost.
 */

/** The site's two code themes. */
export interface CodeThemes {
  light: ThemeJson;
  dark: ThemeJson;
}

/** A theme's foreground colours, lowercased: the editor's and every token rule's. */
export function themeColours(theme: ThemeJson): Set<string> {
  const colours = new Set<string>();
  const foreground = theme.colors?.['editor.foreground'];
  if (foreground) colours.add(foreground.toLowerCase());
  for (const rule of theme.tokenColors ?? []) {
    if (rule.settings.foreground) colours.add(rule.settings.foreground.toLowerCase());
  }
  return colours;
}

/** The text colour of a theme's code blocks. */
function defaultForeground(theme: ThemeJson): string {
  const colour = theme.colors?.['editor.foreground'];
  if (!colour) throw new Error(`Code theme ${theme.name ?? '?'} has no editor.foreground`);
  return colour.toLowerCase();
}

/** The background of a theme's code blocks. */
function defaultBackground(theme: ThemeJson): string {
  const colour = theme.colors?.['editor.background'];
  if (!colour) throw new Error(`Code theme ${theme.name ?? '?'} has no editor.background`);
  return colour.toLowerCase();
}

/**
 * The class that sets a token's colour in one theme: `l` (light) or `d` (dark) and the colour's
 * place among the theme's colours in order, `l4`. Every token of every code block carries two,
 * so they are as short as classes go (nothing else on the site is named like that).
 */
export function colourClass(
  scheme: 'light' | 'dark',
  colour: string,
  palette: Pick<CodePalette, 'colours'>
): string {
  const index = palette.colours[scheme].get(colour.toLowerCase());
  if (index === undefined) throw new Error(`${colour} is not one of the ${scheme} theme's colours`);
  return `${scheme[0]}${index}`;
}

/** Font styles both themes agree on, as classes (Shiki writes them per theme). */
const FONT_STYLE_CLASSES: Record<string, Record<string, string>> = {
  'font-style': { italic: 'wp-c-italic' },
  'font-weight': { bold: 'wp-c-bold' },
  'text-decoration': { underline: 'wp-c-underline', 'line-through': 'wp-c-strike' },
};

/** Declarations of a style attribute, as [property, value] pairs in order. */
export function parseStyle(style: string): [string, string][] {
  return style
    .split(';')
    .map((declaration) => declaration.trim())
    .filter(Boolean)
    .map((declaration) => {
      const colon = declaration.indexOf(':');
      if (colon < 1) throw new Error(`Malformed style declaration "${declaration}"`);
      return [declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim()];
    });
}

/** What the transformer checks styles against, computed once per set of themes. */
export interface CodePalette {
  foreground: Record<'light' | 'dark', string>;
  background: Record<'light' | 'dark', string>;
  /** Each theme's colours in sorted order, each with the number of its class (colourClass). */
  colours: Record<'light' | 'dark', Map<string, number>>;
}

/** A theme's colours, sorted, numbered in that order. */
function numbered(colours: Set<string>): Map<string, number> {
  return new Map([...colours].sort().map((colour, index) => [colour, index]));
}

/** The default colours and every token colour of the two themes. */
export function codePalette(themes: CodeThemes): CodePalette {
  return {
    foreground: { light: defaultForeground(themes.light), dark: defaultForeground(themes.dark) },
    background: { light: defaultBackground(themes.light), dark: defaultBackground(themes.dark) },
    colours: {
      light: numbered(themeColours(themes.light)),
      dark: numbered(themeColours(themes.dark)),
    },
  };
}

/**
 * The classes that replace one element's style attribute. `isPre` says whether it is the
 * block's `<pre>`, whose colours and overflow are the stylesheet's defaults.
 */
export function classesForStyle(style: string, palette: CodePalette, isPre: boolean): string[] {
  const declarations = new Map(parseStyle(style));
  const classes: string[] = [];
  const take = (property: string) => {
    const value = declarations.get(property);
    declarations.delete(property);
    return value;
  };
  for (const scheme of ['light', 'dark'] as const) {
    const colour = take(`--shiki-${scheme}`)?.toLowerCase();
    if (colour === undefined || colour === palette.foreground[scheme]) continue;
    if (isPre || !palette.colours[scheme].has(colour)) {
      throw new Error(
        `Shiki coloured ${isPre ? 'a code block' : 'a token'} ${colour} in the ${scheme} theme, ` +
          `which is not one of its colours (${[...palette.colours[scheme].keys()].join(', ')})`
      );
    }
    classes.push(colourClass(scheme, colour, palette));
  }
  if (isPre) {
    for (const scheme of ['light', 'dark'] as const) {
      const background = take(`--shiki-${scheme}-bg`)?.toLowerCase();
      const expected = palette.background[scheme];
      if (background !== undefined && background !== expected) {
        throw new Error(
          `Shiki gave a code block the ${scheme} background ${background}; the stylesheet sets ${expected}`
        );
      }
    }
    // The stylesheet scrolls every code block sideways.
    const overflow = take('overflow-x');
    if (overflow !== undefined && overflow !== 'auto') {
      throw new Error(`Shiki gave a code block overflow-x: ${overflow}; the stylesheet sets auto`);
    }
  }
  for (const [property, values] of Object.entries(FONT_STYLE_CLASSES)) {
    const light = take(`--shiki-light-${property}`);
    const dark = take(`--shiki-dark-${property}`);
    if (light === undefined && dark === undefined) continue;
    const name = light === dark && light !== undefined ? values[light] : undefined;
    if (!name) {
      throw new Error(
        `Shiki set ${property} to "${light ?? 'nothing'}" (light) and "${dark ?? 'nothing'}" (dark); ` +
          `only the same ${Object.keys(values).join(' or ')} in both themes has a class`
      );
    }
    classes.push(name);
  }
  // Astro's diff highlighting marks the +/- column as not selectable.
  const userSelect = take('user-select');
  if (userSelect === 'none') classes.push('wp-c-unselectable');
  else if (userSelect !== undefined) declarations.set('user-select', userSelect);
  if (declarations.size > 0) {
    const rest = [...declarations].map(([property, value]) => `${property}: ${value}`).join('; ');
    throw new Error(`Shiki emitted styles that have no class in code-colours.ts: ${rest}`);
  }
  return classes;
}

function addClasses(element: Element, classes: readonly string[]): void {
  if (classes.length === 0) return;
  const current = element.properties['className'] ?? element.properties['class'];
  const list = Array.isArray(current)
    ? current.map(String)
    : typeof current === 'string'
      ? current.split(/\s+/).filter(Boolean)
      : [];
  delete element.properties['class'];
  element.properties['className'] = [...list, ...classes];
}

function walk(node: Root | Element, visit: (element: Element) => void): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    visit(child);
    walk(child, visit);
  }
}

/** The classes of an element, as a list. */
function classList(element: Element): string[] {
  const value = element.properties['className'] ?? element.properties['class'];
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}

/**
 * Drops what no style or script reads, from markup every code block repeats per token or line:
 * a token span without a class (the block's own colour) becomes its text, a line's span its
 * tokens (the newlines stay), and the block's theme classes go (only `astro-code` is styled).
 * Spaces at the end of a line go too: invisible in code, and once the line's span is gone they
 * would end the HTML's line (html-validate's no-trailing-whitespace).
 */
export function compactCode(root: Root, themeClasses: ReadonlySet<string>): void {
  walk(root, (element) => {
    if (element.tagName === 'pre') {
      const kept = classList(element).filter((name) => !themeClasses.has(name));
      // In place, so the attribute keeps its place in the tag.
      if (element.properties['className'] !== undefined) element.properties['className'] = kept;
      else element.properties['class'] = kept.join(' ');
    }
    const unwrap = (node: Child): Child[] => {
      if (node.type !== 'element' || node.tagName !== 'span') return [node];
      const names = classList(node);
      const bare =
        Object.keys(node.properties).every((key) => key === 'className' || key === 'class') &&
        (names.length === 0 || (names.length === 1 && names[0] === 'line'));
      return bare ? node.children.flatMap(unwrap) : [node];
    };
    if (element.tagName === 'code')
      element.children = withoutTrailingSpaces(element.children.flatMap(unwrap));
  });
}

/** Adjacent texts as one, without spaces or tabs before a newline or at the end of the code. */
function withoutTrailingSpaces(children: Child[]): Child[] {
  const merged: Child[] = [];
  for (const child of children) {
    const last = merged.at(-1);
    if (child.type === 'text' && last?.type === 'text') last.value += child.value;
    else merged.push(child.type === 'text' ? { ...child } : child);
  }
  merged.forEach((child, index) => {
    if (child.type !== 'text') return;
    child.value = child.value.replace(/[ \t]+\n/g, '\n');
    if (index === merged.length - 1) child.value = child.value.replace(/[ \t]+$/, '');
  });
  return merged;
}

/**
 * A Shiki transformer that replaces every style attribute of a code block with classes, then
 * compacts the block (compactCode).
 */
export function codeColourTransformer(themes: CodeThemes): ShikiTransformer {
  const palette = codePalette(themes);
  const themeClasses = new Set(
    [
      'shiki-themes',
      'astro-code-themes',
      themes.light.name,
      themes.dark.name,
      PAIRED_THEME_NAME,
    ].filter((name): name is string => typeof name === 'string')
  );
  return {
    name: 'wp:code-colours',
    root(root) {
      walk(root, (element) => {
        const style = element.properties['style'];
        if (style === undefined) return;
        delete element.properties['style'];
        addClasses(element, classesForStyle(String(style), palette, element.tagName === 'pre'));
      });
      compactCode(root, themeClasses);
    },
  };
}

/** The TextMate scope whose colour each kind of the editor's tokens takes (js-tokens.ts). */
export const TOKEN_SCOPES: Record<Exclude<TokenKind, 'plain'>, string> = {
  comment: 'comment.line',
  string: 'string.quoted',
  regexp: 'string.regexp',
  number: 'constant.numeric',
  keyword: 'keyword.control',
  literal: 'constant.language',
  function: 'entity.name.function',
};

/**
 * The colour a theme gives a scope: its most specific rule whose selector is the scope or a
 * parent of it (`keyword` for `keyword.control`); among equals, the later rule, as in TextMate.
 * Descendant selectors ("string variable") are not matched. The default colour if no rule is.
 */
export function scopeColour(theme: ThemeJson, scope: string): string {
  let best: { colour: string; length: number } | undefined;
  for (const rule of theme.tokenColors ?? []) {
    const colour = rule.settings.foreground;
    if (!colour) continue;
    const selectors = Array.isArray(rule.scope) ? rule.scope : (rule.scope ?? '').split(',');
    for (const selector of selectors.map((entry) => entry.trim())) {
      const matches = selector === scope || scope.startsWith(`${selector}.`);
      if (matches && selector.length >= (best?.length ?? 0))
        best = { colour: colour.toLowerCase(), length: selector.length };
    }
  }
  return best?.colour ?? defaultForeground(theme);
}

/**
 * The stylesheet behind the classes: each theme's default colours and background on code
 * blocks and the playground's editor, one rule per token colour of each theme, one per kind of
 * the editor's tokens, and the shared font styles. Colours are set as the
 * `--shiki-light`/`--shiki-dark` variables global.css reads with light-dark().
 */
export function codeColourCss(themes: CodeThemes): string {
  const rules = [
    `pre.astro-code,.wp-editor{--shiki-light:${defaultForeground(themes.light)};` +
      `--shiki-dark:${defaultForeground(themes.dark)};` +
      `--shiki-light-bg:${defaultBackground(themes.light)};` +
      `--shiki-dark-bg:${defaultBackground(themes.dark)}}`,
  ];
  const palette = codePalette(themes);
  for (const scheme of ['light', 'dark'] as const) {
    for (const colour of palette.colours[scheme].keys()) {
      rules.push(`.${colourClass(scheme, colour, palette)}{--shiki-${scheme}:${colour}}`);
    }
  }
  for (const [kind, scope] of Object.entries(TOKEN_SCOPES)) {
    rules.push(
      `.wp-tk-${kind}{--shiki-light:${scopeColour(themes.light, scope)};` +
        `--shiki-dark:${scopeColour(themes.dark, scope)}}`
    );
  }
  rules.push(
    '.wp-c-italic{font-style:italic}',
    '.wp-c-bold{font-weight:700}',
    '.wp-c-underline{text-decoration:underline}',
    '.wp-c-strike{text-decoration:line-through}',
    '.wp-c-unselectable{user-select:none}'
  );
  return `${rules.join('\n')}\n`;
}
