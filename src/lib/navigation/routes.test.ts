import { describe, expect, test } from 'vitest';
import { jsonViewUrl, slugParam } from './routes';

describe('slugParam', () => {
  test('drops the leading slash', () => {
    expect(slugParam('/dom/Window/message')).toBe('dom/Window/message');
  });
});

describe('jsonViewUrl', () => {
  test('is the page URL with .json, which the JSON route serves for the same slug', () => {
    expect(jsonViewUrl('/dom/Window/message')).toBe('/dom/Window/message.json');
    expect(`/${slugParam('/dom/Window/message')}.json`).toBe(jsonViewUrl('/dom/Window/message'));
  });
});
