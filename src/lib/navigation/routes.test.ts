import { describe, expect, test } from 'vitest';
import { slugParam } from './routes';

describe('slugParam', () => {
  test('drops the leading slash', () => {
    expect(slugParam('/dom/Window/message')).toBe('dom/Window/message');
  });
});
