import { describe, expect, test } from 'vitest';
import { contrastRatio, ensureContrast, parseHex, toHex } from './contrast';

describe('parseHex and toHex', () => {
  test('reads short, long and alpha forms', () => {
    expect(parseHex('#fff')).toEqual([255, 255, 255]);
    expect(toHex(parseHex('#0B57C2'))).toBe('#0b57c2');
    expect(parseHex('#00000080', '#ffffff')).toEqual([127, 127, 127]);
  });

  test('rejects what is not a hex colour', () => {
    expect(() => parseHex('red')).toThrow('Not a hex colour: "red"');
  });
});

describe('contrastRatio', () => {
  test('matches the WCAG extremes and is symmetric', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(
      contrastRatio('#767676', '#ffffff'),
      10
    );
  });
});

describe('ensureContrast', () => {
  test('leaves passing colours unchanged', () => {
    expect(ensureContrast('#1f2328', '#f6f8fa')).toBe('#1f2328');
  });

  test('darkens on light backgrounds and lightens on dark ones until AA passes', () => {
    const onLight = ensureContrast('#6e7781', '#f6f8fa');
    expect(contrastRatio(onLight, '#f6f8fa')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(onLight, '#f6f8fa')).toBeLessThan(5);
    const onDark = ensureContrast('#484f58', '#0d1117');
    expect(contrastRatio(onDark, '#0d1117')).toBeGreaterThanOrEqual(4.5);
  });

  test('can demand more than AA', () => {
    expect(
      contrastRatio(ensureContrast('#6e7781', '#ffffff', 7), '#ffffff')
    ).toBeGreaterThanOrEqual(7);
  });
});
