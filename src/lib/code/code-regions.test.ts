import { describe, expect, test } from 'vitest';
import { extractRegion } from './code-regions';
import receiverSource from '~/demos/frames/receiver.ts?raw';

describe('extractRegion', () => {
  const source = [
    'a();',
    '  // #region demo',
    '  if (x) {',
    '    y();',
    '  }',
    '  // #endregion',
    'b();',
  ].join('\n');

  test('returns the lines between the markers, de-indented', () => {
    expect(extractRegion(source, 'demo')).toBe('if (x) {\n  y();\n}');
  });

  test('names the file and the missing marker', () => {
    expect(() => extractRegion(source, 'other', 'x.ts')).toThrow('x.ts: no "// #region other"');
    expect(() => extractRegion('// #region a\nx', 'a', 'y.ts')).toThrow(
      'y.ts: "// #region a" has no "// #endregion"'
    );
  });

  test('the receiver demo’s region is its real origin-checking listener', () => {
    const region = extractRegion(receiverSource, 'receiver');
    expect(region).toMatch(
      /^const allowedOrigins = createOriginAllowlist\(\[location\.origin\]\);/
    );
    expect(region).toContain("addEventListener('message'");
    expect(region).toContain('isAllowedOrigin(allowedOrigins, event.origin)');
  });
});
