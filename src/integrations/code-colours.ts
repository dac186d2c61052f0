import type { AstroIntegration } from 'astro';
import { codeColourCss, type CodeThemes } from '../lib/code/code-colours.ts';

/** The stylesheet module the layout imports: the classes code blocks use for their colours. */
export const CODE_COLOURS_MODULE = 'virtual:wp/code-colours.css';
const RESOLVED_ID = `\0${CODE_COLOURS_MODULE}`;

/**
 * Serves the code colour stylesheet, generated from the site's two themes, as a virtual CSS
 * module: Vite bundles it with the rest of the site's CSS, so it is one more rule set in the
 * same file rather than a separate request.
 */
export function codeColoursIntegration(themes: CodeThemes): AstroIntegration {
  const css = codeColourCss(themes);
  return {
    name: 'wp:code-colours',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'wp:code-colours',
                resolveId: (id) => (id === CODE_COLOURS_MODULE ? RESOLVED_ID : undefined),
                load: (id) => (id === RESOLVED_ID ? css : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
