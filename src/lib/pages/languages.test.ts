import { describe, expect, test } from 'vitest';
import { languageName } from './languages';

describe('languageName', () => {
  test('names a language in that language, capitalised as a menu shows it', () => {
    expect(languageName('ja')).toBe('日本語');
    expect(languageName('es')).toBe('Español');
    expect(languageName('en')).toBe('English');
  });

  test('regional and script variants keep their qualifier', () => {
    expect(languageName('pt-br')).toMatch(/^Português/);
    expect(languageName('zh-hant')).not.toBe('zh-hant');
  });

  test('a tag with no known name is shown as it is', () => {
    expect(languageName('qqq')).toBe('qqq');
  });
});
