import { describe, expect, test } from 'vitest';
import { bundledThemes, normalizeTheme } from 'shiki';
import { loadCodeThemes, resolvedCodeThemes, withMinimumContrast } from './code-themes';
import { contrastRatio } from './contrast';

const foregrounds = (theme: Awaited<ReturnType<typeof load>>) =>
  (theme.tokenColors ?? []).flatMap((rule) =>
    rule.settings.foreground ? [rule.settings.foreground] : []
  );
const load = async (name: 'github-light-default' | 'github-dark-default') =>
  (await bundledThemes[name]()).default as Parameters<typeof withMinimumContrast>[0];

describe('withMinimumContrast', () => {
  test.each([
    ['github-light-default', '#f6f8fa'],
    ['github-dark-default', '#0d1117'],
  ] as const)('every token colour of %s reaches 4.5:1 on %s', async (name, background) => {
    const theme = withMinimumContrast(await load(name), background);
    const failing = foregrounds(theme).filter((c) => contrastRatio(c, background) < 4.5);
    expect(failing).toEqual([]);
    expect(theme.colors?.['editor.background']).toBe(background);
    expect(theme.name).toBe(`${name}-aa`);
  });

  test('the stock light theme does fail, so the fix is needed', async () => {
    const stock = await load('github-light-default');
    expect(foregrounds(stock).some((c) => contrastRatio(c, '#f6f8fa') < 4.5)).toBe(true);
  });

  test('keeps passing colours and rules as they were', async () => {
    const stock = await load('github-light-default');
    const fixed = withMinimumContrast(stock, '#f6f8fa');
    expect(fixed.tokenColors?.length).toBe(stock.tokenColors?.length);
    const keyword = (t: typeof stock) =>
      t.tokenColors?.find((r) => JSON.stringify(r.scope).includes('"keyword"'));
    expect(keyword(fixed)?.settings.foreground).toBe(keyword(stock)?.settings.foreground);
  });
});

describe('resolvedCodeThemes', () => {
  test('Shiki takes them as they are (no new copy per highlight), with the same colours', async () => {
    const themes = await loadCodeThemes();
    const resolved = resolvedCodeThemes(themes);
    for (const name of ['light', 'dark'] as const) {
      expect(normalizeTheme(resolved[name])).toBe(resolved[name]);
      const colours = new Set(resolved[name].settings.map((rule) => rule.settings.foreground));
      for (const colour of foregrounds(themes[name])) expect(colours).toContain(colour);
    }
  });
});
