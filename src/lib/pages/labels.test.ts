import { describe, expect, test } from 'vitest';
import { countOf, kindLabel, statusLabel, yesNo } from './labels';
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

  test('an imported overview says what its wiki page type says it is', () => {
    expect(kindLabel('overview', 'markup element')).toBe('Element');
    expect(kindLabel('overview', 'css property')).toBe('CSS property');
    expect(kindLabel('overview', 'basic page')).toBe('Overview');
    // A member's kind already says it.
    expect(kindLabel('method', 'api object method')).toBe('Method');
  });

  test('yesNo', () => {
    expect([yesNo(true), yesNo(false)]).toEqual(['Yes', 'No']);
  });
});

describe('countOf', () => {
  test('a count with its noun, singular for one, with thousands separated', () => {
    expect(countOf(1, 'page')).toBe('1 page');
    expect(countOf(0, 'group')).toBe('0 groups');
    expect(countOf(4430, 'page')).toBe('4,430 pages');
  });
});
