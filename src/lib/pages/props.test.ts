import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { parseProps } from './props';

const schema = z.object({
  name: z.string().min(1, { error: 'expected a name' }),
  size: z.number().default(1),
});

describe('parseProps', () => {
  test('returns parsed props with defaults', () => {
    expect(parseProps(schema, { name: 'x' }, '<X>')).toEqual({ name: 'x', size: 1 });
  });

  test('names the component and every bad prop', () => {
    expect(() => parseProps(schema, { name: '', size: 'big' }, '<X>')).toThrow(
      /^Invalid props for <X>:\n {2}name: expected a name\n {2}size: .+/
    );
  });
});
