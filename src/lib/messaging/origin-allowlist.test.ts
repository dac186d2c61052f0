import { describe, expect, test } from 'vitest';
import { createOriginAllowlist, isAllowedOrigin } from './origin-allowlist';

describe('origin allow-lists', () => {
  const list = createOriginAllowlist(['https://app.example', 'http://localhost:4321']);

  test('accepts exactly the listed origins', () => {
    expect(isAllowedOrigin(list, 'https://app.example')).toBe(true);
    expect(isAllowedOrigin(list, 'http://localhost:4321')).toBe(true);
  });

  test.each([
    'https://app.example.evil.test',
    'https://evil.test/https://app.example',
    'https://app.example:8443',
    'http://app.example',
    'https://APP.example.evil',
    'null',
    '',
  ])('rejects %j, which substring or prefix tests would let through', (origin) => {
    expect(isAllowedOrigin(list, origin)).toBe(false);
  });

  test('refuses to list "null", "*", URLs with paths and non-origins', () => {
    expect(() => createOriginAllowlist(['null'])).toThrow('"null" cannot be allow-listed');
    expect(() => createOriginAllowlist(['*'])).toThrow('"*" cannot be allow-listed');
    expect(() => createOriginAllowlist(['https://app.example/'])).toThrow(
      'expected "https://app.example"'
    );
    expect(() => createOriginAllowlist(['app.example'])).toThrow('is not an origin');
  });
});
