import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  INLINE_SCRIPTS,
  applySavedTheme,
  followMdnFragment,
  inlineCode,
  setUpThemeSelect,
} from './inline-scripts';

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

describe('the theme scripts where storage is blocked', () => {
  /** A document with the theme select, and storage that throws as a blocked one does. */
  function blockedStorage() {
    class FakeSelect extends EventTarget {
      value = '';
      closest = () => ({ hidden: true });
    }
    const select = new FakeSelect();
    const root = { dataset: {} as Record<string, string> };
    vi.stubGlobal('HTMLSelectElement', FakeSelect);
    vi.stubGlobal('document', { documentElement: root, getElementById: () => select });
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The document is sandboxed', 'SecurityError');
      },
    });
    return { select, root };
  }

  const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
  afterEach(() => {
    vi.unstubAllGlobals();
    if (original) Object.defineProperty(globalThis, 'localStorage', original);
    else Reflect.deleteProperty(globalThis, 'localStorage');
  });

  test('the saved theme is not applied, and nothing throws: the system theme holds', () => {
    const { root } = blockedStorage();
    expect(() => new Function(inlineCode([applySavedTheme]))()).not.toThrow();
    expect(root.dataset).toEqual({});
  });

  test('the select starts at "System" and a choice still applies to the page', () => {
    const { select, root } = blockedStorage();
    expect(() => new Function(inlineCode([setUpThemeSelect]))()).not.toThrow();
    expect(select.value).toBe('auto');
    select.value = 'dark';
    expect(() => select.dispatchEvent(new Event('change'))).not.toThrow();
    expect(root.dataset['theme']).toBe('dark');
    select.value = 'auto';
    select.dispatchEvent(new Event('change'));
    expect(root.dataset['theme']).toBeUndefined();
  });
});

describe('followMdnFragment', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** Runs the script at `hash` on a page with these ids; the fragment it moves to, if any. */
  function run(hash: string, ids: string[]): string | undefined {
    let moved: string | undefined;
    vi.stubGlobal('location', { hash, replace: (to: string) => (moved = to) });
    vi.stubGlobal('document', { getElementById: (id: string) => (ids.includes(id) ? {} : null) });
    new Function(inlineCode([followMdnFragment]))();
    return moved;
  }

  test('an MDN section id that names nothing here moves to this page’s id for the section', () => {
    expect(run('#browser_compatibility', ['browser-compatibility'])).toBe('#browser-compatibility');
    expect(run('#See_also', ['see-also'])).toBe('#see-also');
    expect(run('#Syntax', ['syntax'])).toBe('#syntax');
  });

  test('an id the page has, one in this site’s form, one matching nothing, a malformed one: no move', () => {
    expect(run('#compat_data', ['compat_data', 'compat-data'])).toBeUndefined();
    expect(run('#security', ['security'])).toBeUndefined();
    expect(run('#no_such_section', ['security'])).toBeUndefined();
    expect(run('#bad_%E0', ['bad-%e0'])).toBeUndefined();
    expect(run('', [])).toBeUndefined();
  });
});
