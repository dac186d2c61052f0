import { describe, expect, test } from 'vitest';
import { INLINE_SCRIPTS, inlineCode } from './inline-scripts';

describe('inline scripts', () => {
  test('each is a self-contained function that runs at once when inlined', () => {
    for (const [name, runs] of Object.entries(INLINE_SCRIPTS)) {
      const code = inlineCode(runs);
      expect(code.startsWith(`(function ${runs[0]?.name}(`), name).toBe(true);
      expect(code.endsWith(')();')).toBe(true);
      // Self-contained: the text compiles on its own (no imports).
      expect(() => new Function(code), name).not.toThrow();
    }
  });
});
