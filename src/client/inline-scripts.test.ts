import { describe, expect, test } from 'vitest';
import { INLINE_SCRIPTS, inlineCode } from './inline-scripts';

describe('inline scripts', () => {
  test('each is a self-contained function that runs at once when inlined', () => {
    for (const [name, runs] of Object.entries(INLINE_SCRIPTS)) {
      const code = inlineCode(runs);
      expect(code.startsWith('(function'), name).toBe(true);
      expect(code.endsWith(')();')).toBe(true);
      // Minified, and once: a second call gives the same text, so its hash in the CSP matches.
      expect(code.length, name).toBeLessThan(runs.map(String).join('').length);
      expect(inlineCode(runs)).toBe(code);
      // Self-contained: the text compiles on its own (no imports).
      expect(() => new Function(code), name).not.toThrow();
    }
  });
});
