import { describe, expect, test } from 'vitest';
import { parseBufferSize } from './buffer-size';

describe('parseBufferSize', () => {
  test('whole megabytes within the bounds are taken as they are', () => {
    expect(parseBufferSize('1')).toEqual({ megabytes: 1 });
    expect(parseBufferSize(' 32 ')).toEqual({ megabytes: 32 });
    expect(parseBufferSize('256')).toEqual({ megabytes: 256 });
    expect(parseBufferSize('1e2')).toEqual({ megabytes: 100 });
  });

  test.each(['0', '-5', '257', '1e9', '2.5', 'NaN', 'Infinity', '0x10'])(
    '%s is refused with a message naming it and the bounds',
    (value) => {
      const size = parseBufferSize(value);
      expect(size).toEqual({
        error: `"${value}" is not a size this demo allows: enter a whole number of megabytes from 1 to 256.`,
      });
    }
  );

  test('an empty field (a number field holding text reads as empty) asks for a size', () => {
    expect(parseBufferSize('')).toEqual({
      error: 'Enter a buffer size: a whole number of megabytes from 1 to 256.',
    });
  });
});
