import { describe, expect, test } from 'vitest';
import { ConsoleBuffer } from './console-buffer';

const limits = { maxLines: 5, maxUrgent: 2, maxLength: 10, maxBatch: 3 };

describe('ConsoleBuffer', () => {
  test('hands lines over in batches, in order, then nothing until a new line comes', () => {
    const buffer = new ConsoleBuffer<'log' | 'error'>(limits);
    expect(buffer.take()).toBeUndefined();
    buffer.add('log', 'a');
    buffer.add('error', 'b');
    expect(buffer.full).toBe(false);
    buffer.add('log', 'c');
    expect(buffer.full).toBe(true);
    buffer.add('log', 'd');
    expect(buffer.take()).toEqual({
      lines: [
        { level: 'log', text: 'a' },
        { level: 'error', text: 'b' },
        { level: 'log', text: 'c' },
      ],
      more: 0,
    });
    expect(buffer.take()).toEqual({ lines: [{ level: 'log', text: 'd' }], more: 0 });
    expect(buffer.take()).toBeUndefined();
  });

  test('keeps the first lines up to the cap and counts the rest, however many', () => {
    const buffer = new ConsoleBuffer<'log'>(limits);
    for (let i = 0; i < 100_000; i++) buffer.add('log', `line ${i}`);
    expect(buffer.take()?.lines.map((line) => line.text)).toEqual(['line 0', 'line 1', 'line 2']);
    expect(buffer.take()).toEqual({
      lines: [
        { level: 'log', text: 'line 3' },
        { level: 'log', text: 'line 4' },
      ],
      more: 99_995,
    });
    expect(buffer.take()).toBeUndefined();
    buffer.add('log', 'one more');
    // Only the count changed: the batch says so, with no lines.
    expect(buffer.take()).toEqual({ lines: [], more: 99_996 });
  });

  test('past the cap, urgent lines (errors) are still kept, up to their own cap', () => {
    const buffer = new ConsoleBuffer<'log' | 'error'>({ ...limits, maxBatch: 100 });
    for (let i = 0; i < 10; i++) buffer.add('log', `line ${i}`);
    buffer.add('error', 'first failure', true);
    buffer.add('log', 'line 10');
    buffer.add('error', 'second failure', true);
    buffer.add('error', 'third failure', true);
    const batch = buffer.take();
    expect(batch?.lines.map((line) => line.text)).toEqual([
      'line 0',
      'line 1',
      'line 2',
      'line 3',
      'line 4',
      'first fai…',
      'second fa…',
    ]);
    expect(batch?.more).toBe(7);
  });

  test('cuts long lines and marks the cut', () => {
    const buffer = new ConsoleBuffer<'log'>(limits);
    buffer.add('log', 'x'.repeat(50));
    expect(buffer.take()?.lines[0]?.text).toBe(`${'x'.repeat(9)}…`);
  });
});
