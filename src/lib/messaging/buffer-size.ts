/**
 * The buffer size the reader asks the clone/transfer demo for. Bad input is refused with a
 * message saying what is expected, never replaced by a size the reader did not ask for.
 */

/** The sizes the demo allows, in megabytes: large enough to time, small enough for any device. */
export const BUFFER_MEGABYTES = { min: 1, max: 256 } as const;

/** A size in megabytes, or why the input is not one. */
export type BufferSize = { megabytes: number } | { error: string };

/**
 * Reads a size in whole megabytes from a number field's value (`input.value`, which is empty
 * when the field holds something that is not a number).
 */
export function parseBufferSize(value: string): BufferSize {
  const { min, max } = BUFFER_MEGABYTES;
  const expected = `a whole number of megabytes from ${min} to ${max}`;
  const text = value.trim();
  if (text === '') return { error: `Enter a buffer size: ${expected}.` };
  // A number as HTML writes one (https://html.spec.whatwg.org/#valid-floating-point-number).
  const megabytes = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(megabytes) || megabytes < min || megabytes > max)
    return { error: `${JSON.stringify(text)} is not a size this demo allows: enter ${expected}.` };
  return { megabytes };
}
