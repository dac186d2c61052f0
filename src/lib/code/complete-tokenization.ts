import type { ShikiTransformer } from 'shiki';

/**
 * Turns off Shiki's time limit on tokenizing a line (500 ms by default). Past the limit Shiki
 * stops and leaves the rest of the line as plain text, so on a busy build machine the same code
 * block came out highlighted in one build and half plain in the next, differently in each theme
 * (a token italic in one theme and not the other). A build must not depend on the machine's load.
 * Astro passes no tokenizer options to Shiki, so the options are set here, before tokenizing.
 */
export function completeTokenization(): ShikiTransformer {
  return {
    name: 'wp:complete-tokenization',
    preprocess(code, options) {
      options.tokenizeTimeLimit = 0;
      return code;
    },
  };
}
