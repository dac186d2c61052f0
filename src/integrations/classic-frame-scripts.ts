import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Where the scripts of the demo frame documents live. */
const FRAME_SCRIPTS = fileURLToPath(new URL('../demos/frames/', import.meta.url));

/**
 * The sandboxed frame documents load their script as a classic script (a module script would be
 * a CORS request from their opaque origin, which the server does not answer). A classic script's
 * top-level declarations become globals of the frame, where the reader's code would see them,
 * and collide with them: the playground's `const n = 1` would throw "Identifier 'n' has already
 * been declared" against the runner's own minified `n`. So each frame script's bundle is wrapped
 * in a function and declares nothing global. A bundle that imports or exports anything cannot
 * run as a classic script at all: the build fails, naming it.
 */
export function classicFrameScripts(): Plugin {
  return {
    name: 'wp:classic-frame-scripts',
    renderChunk(code, chunk) {
      const entry = chunk.facadeModuleId;
      if (!chunk.isEntry || !entry?.startsWith(FRAME_SCRIPTS)) return null;
      if (chunk.imports.length > 0 || chunk.dynamicImports.length > 0 || chunk.exports.length > 0) {
        throw new Error(
          `${entry}: a frame script runs as a classic script, so its bundle may not import or export (it has imports: ${[...chunk.imports, ...chunk.dynamicImports].join(', ') || 'none'}; exports: ${chunk.exports.join(', ') || 'none'})`
        );
      }
      return { code: `(() => {\n${code}\n})();\n`, map: null };
    },
  };
}
