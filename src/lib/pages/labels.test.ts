import { describe, expect, test } from 'vitest';
import { kindLabel, statusLabel, yesNo } from './labels';
import { PAGE_KINDS, STANDARDIZATION_STATUSES } from '~/schemas/reference-page';

describe('labels', () => {
  test('every schema status and kind has a label', () => {
    for (const status of STANDARDIZATION_STATUSES) expect(statusLabel(status)).not.toBe('');
    for (const kind of PAGE_KINDS) expect(kindLabel(kind)).not.toBe('');
  });

  test('unknown values throw rather than print nothing', () => {
    expect(() => statusLabel('draft-ish')).toThrow(
      'No label for standardization status "draft-ish"'
    );
    expect(() => kindLabel('widget')).toThrow('No label for page kind "widget"');
  });

  test('yesNo', () => {
    expect([yesNo(true), yesNo(false)]).toEqual(['Yes', 'No']);
  });
});
