import { describe, expect, test } from 'vitest';
import { hasShipped, isReleased } from './shipping';

describe('isReleased', () => {
  test('a version, on by default and not removed', () => {
    expect(isReleased({ version_added: '60' })).toBe(true);
    expect(isReleased({ version_added: '≤79' })).toBe(true);
    expect(isReleased({ version_added: false })).toBe(false);
    expect(isReleased({ version_added: null })).toBe(false);
    expect(isReleased({ version_added: 'preview' })).toBe(false);
    expect(isReleased({ version_added: '85', flags: [{ type: 'preference', name: 'x' }] })).toBe(
      false
    );
    expect(isReleased({ version_added: '4', version_removed: '10' })).toBe(false);
  });
});

describe('hasShipped', () => {
  test('some browser records a release, in a statement or a list of them', () => {
    expect(hasShipped({ chrome: { version_added: '60' }, firefox: { version_added: false } })).toBe(
      true
    );
    expect(
      hasShipped({
        chrome: [
          { version_added: '85', flags: [{ type: 'preference', name: 'x' }] },
          { version_added: '100' },
        ],
      })
    ).toBe(true);
  });

  test('flags only, previews, removals or no data: not shipped', () => {
    expect(
      hasShipped({
        chrome: [{ version_added: '85', flags: [{ type: 'preference', name: 'x' }] }],
        safari: { version_added: false },
      })
    ).toBe(false);
    expect(hasShipped({ firefox: { version_added: 'preview' } })).toBe(false);
    expect(hasShipped(undefined)).toBe(false);
  });
});
