import type { Plugin } from 'vite';

/** The site's cascade layers, weakest first: tokens < base < components. */
export const CSS_LAYER_ORDER = '@layer wp.tokens, wp.base, wp.components;';

/**
 * Puts the site's layer order at the top of every stylesheet that uses one of its layers. The
 * first rule to name a layer fixes its place in the cascade, and the bundler orders component
 * styles (in `wp.components`) before global.css: without this, components would be the weakest
 * layer. Each sheet states the same order, so whichever comes first, in the one bundled
 * stylesheet or in the dev server's separate ones, fixes the right order. An inline <style> in
 * the head could not do it: the Content-Security-Policy <meta> and the stylesheet links are
 * written together, so it would come before the policy or after the sheets.
 */
export function cssLayerOrder(): Plugin {
  return {
    name: 'wp:css-layer-order',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.css(?:$|\?)|[?&]lang\.css(?:$|&)/.test(id) || !code.includes('@layer wp.'))
        return null;
      return { code: `${CSS_LAYER_ORDER}\n${code}`, map: null };
    },
  };
}
