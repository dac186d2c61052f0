import { describe, expect, test } from 'vitest';
import { textLanguageOf } from './text-language';

const english = 'The element renders its text in a larger font than the text around it. '.repeat(5);
const japanese = 'この要素は、周りのテキストより大きなフォントでテキストを表示します。'.repeat(5);

describe('textLanguageOf', () => {
  test('a translation in a script of its own whose prose is English is English', () => {
    expect(textLanguageOf(`## 概要\n\n${english}`, 'ja')).toBe('en');
    expect(textLanguageOf(english, 'zh-hant')).toBe('en');
  });

  test('a page half translated stays in its language', () => {
    const korean = '이 요소는 주변 텍스트보다 큰 글꼴로 텍스트를 표시합니다. '.repeat(5);
    expect(textLanguageOf(`${korean}\n\n${english.repeat(3)}`, 'ko')).toBeUndefined();
  });

  test('a translated page is in its language, code and link targets aside', () => {
    const code = `\`\`\`html\n${english}\n\`\`\`\n\n\`${english}\` [リンク](https://example.org/${'a'.repeat(300)})`;
    expect(textLanguageOf(`${japanese}\n\n${code}`, 'ja')).toBeUndefined();
    expect(textLanguageOf(`${japanese} CSS HTML JavaScript`, 'ja')).toBeUndefined();
  });

  test('languages in Latin letters, and stubs too short to judge, are taken at their word', () => {
    expect(textLanguageOf(english, 'es')).toBeUndefined();
    expect(textLanguageOf('A short stub.', 'ja')).toBeUndefined();
  });
});
