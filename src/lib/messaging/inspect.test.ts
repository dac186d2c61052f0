import { describe, expect, test } from 'vitest';
import { MAX_DATA_TEXT, describeData, inspectMessageEvent, isInspectorRows } from './inspect';

describe('describeData', () => {
  test.each<[unknown, string]>([
    ['hi', '"hi"'],
    [42, '42'],
    [null, 'null'],
    [undefined, 'undefined'],
    [10n, '10n'],
    [{ type: 'greeting', 'a-b': [1, 'x'] }, '{type: "greeting", "a-b": [1, "x"]}'],
    [new Map([['k', 1]]), 'Map(1) {"k" => 1}'],
    [new Set([1]), 'Set(1) {1}'],
    [new Date('2026-11-25T00:00:00Z'), 'Date(2026-11-25T00:00:00.000Z)'],
    [/a+/g, '/a+/g'],
    [new ArrayBuffer(8), 'ArrayBuffer(8 bytes)'],
    [new Uint8Array(4), 'Uint8Array(4 bytes)'],
    [new TypeError('bad'), 'TypeError: bad'],
  ])('%s', (value, text) => expect(describeData(value)).toBe(text));

  test('markup stays text: it is quoted, never interpreted', () => {
    expect(describeData('<img src=x onerror=alert(1)>')).toBe('"<img src=x onerror=alert(1)>"');
  });

  test('cycles are marked instead of recursing forever', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a['self'] = a;
    expect(describeData(a)).toBe('{name: "a", self: [circular]}');
  });

  test('huge data is cut to the limit with its full size', () => {
    const text = describeData('x'.repeat(10_000));
    expect(text.length).toBeLessThanOrEqual(MAX_DATA_TEXT + 40);
    expect(text).toMatch(/… \(10002 characters in all\)$/);
  });

  test('deep nesting is summarised', () => {
    expect(describeData([[[[[[1]]]]]])).toBe('[[[[Array(1)]]]]');
  });

  test('a hostile getter-free object with odd prototypes does not throw', () => {
    expect(describeData(Object.create(null))).toBe('{}');
  });
});

describe('inspectMessageEvent', () => {
  test('rows in the order of the properties table, strings quoted', () => {
    const rows = inspectMessageEvent(
      {
        type: 'message',
        data: { text: 'hi' },
        origin: 'null',
        lastEventId: '',
        source: {},
        ports: [1, 2],
        isTrusted: true,
        timeStamp: 12.345,
      },
      () => 'the sandboxed frame'
    );
    expect(rows).toEqual([
      { name: 'type', value: '"message"' },
      { name: 'data', value: '{text: "hi"}' },
      { name: 'origin', value: '"null"' },
      { name: 'lastEventId', value: '""' },
      { name: 'source', value: 'the sandboxed frame' },
      { name: 'ports.length', value: '2' },
      { name: 'isTrusted', value: 'true' },
      { name: 'timeStamp', value: "12.3 ms after the receiver's time origin" },
    ]);
  });

  test('a null source is shown as null without asking the describer', () => {
    const rows = inspectMessageEvent(
      {
        type: 'message',
        data: 1,
        origin: '',
        lastEventId: '',
        source: null,
        ports: [],
        isTrusted: true,
        timeStamp: 0,
      },
      () => {
        throw new Error('not called');
      }
    );
    expect(rows.find((r) => r.name === 'source')?.value).toBe('null');
  });
});

describe('isInspectorRows', () => {
  test('accepts rows and rejects other shapes and oversized reports', () => {
    expect(isInspectorRows([{ name: 'type', value: '"message"' }])).toBe(true);
    expect(isInspectorRows([{ name: 'type', value: 1 }])).toBe(false);
    expect(isInspectorRows('rows')).toBe(false);
    expect(isInspectorRows(Array.from({ length: 17 }, () => ({ name: 'a', value: 'b' })))).toBe(
      false
    );
    expect(isInspectorRows([{ name: 'data', value: 'x'.repeat(MAX_DATA_TEXT + 101) }])).toBe(false);
  });
});
