import { describe, expect, test } from 'vitest';
import { INLINE_SCRIPTS, inlineCode } from './inline-scripts';

describe('inline scripts', () => {
  test('each is a self-contained function that runs at once when inlined', () => {
    for (const [name, run] of Object.entries(INLINE_SCRIPTS)) {
      const code = inlineCode(run);
      expect(code.startsWith(`(function ${name}(`) || code.startsWith('(function')).toBe(true);
      expect(code.endsWith(')();')).toBe(true);
      // Self-contained: the text compiles on its own (no imports).
      expect(() => new Function(code), name).not.toThrow();
    }
  });
});
