import { describe, expect, test } from 'vitest';
import {
  MAX_CODE,
  MAX_TEXT,
  isConfigureReceiver,
  isGreeting,
  isReceiverReport,
  isReply,
  isRunCode,
  isRunnerOutput,
  isSandboxedNotice,
  isSendAsSandboxed,
  isWorkerRequest,
  isWorkerResponse,
} from './protocol';

const hostile: unknown[] = [
  null,
  undefined,
  42,
  'greeting',
  [],
  [{ type: 'greeting', text: 'x' }],
  { type: 'greeting' },
  { type: 'greeting', text: 7 },
  { type: 'greeting', text: 'x'.repeat(MAX_TEXT + 1) },
  { wp: 'report', verdict: 'pwned', reason: 'x', rows: [] },
  { wp: 'run', runId: 'x'.repeat(65), code: '' },
];

describe('demo message guards', () => {
  test('accept the shapes the demos send', () => {
    expect(isGreeting({ type: 'greeting', text: 'Hello' })).toBe(true);
    expect(isReply({ type: 'reply', text: 'Hello back' })).toBe(true);
    expect(isConfigureReceiver({ wp: 'configure', checkOrigin: false })).toBe(true);
    expect(
      isReceiverReport({
        wp: 'report',
        verdict: 'rejected',
        reason: 'r',
        rows: [{ name: 'origin', value: '"null"' }],
      })
    ).toBe(true);
    expect(isSendAsSandboxed({ wp: 'send-as-sandboxed', frameIndex: 0, text: 'x' })).toBe(true);
    expect(isSandboxedNotice({ wp: 'sandboxed', event: 'messageerror', detail: 'd' })).toBe(true);
    expect(isWorkerRequest({ kind: 'echo', value: undefined })).toBe(true);
    expect(isWorkerRequest({ kind: 'measure', buffer: new ArrayBuffer(1) })).toBe(true);
    expect(
      isWorkerRequest({ kind: 'port', port: new MessageChannel().port1, useStart: true })
    ).toBe(true);
    expect(isWorkerResponse({ kind: 'echo', value: 1, rows: [] })).toBe(true);
    expect(isWorkerResponse({ kind: 'measured', byteLength: 0 })).toBe(true);
    expect(isRunCode({ wp: 'run', runId: 'id', code: 'console.log(1)' })).toBe(true);
    expect(isRunnerOutput({ wp: 'output', runId: 'id', level: 'log', text: '1' })).toBe(true);
  });

  test.each(hostile)('reject hostile or malformed data: %j', (data) => {
    for (const guard of [
      isGreeting,
      isReply,
      isConfigureReceiver,
      isReceiverReport,
      isSendAsSandboxed,
      isSandboxedNotice,
      isWorkerRequest,
      isWorkerResponse,
      isRunCode,
      isRunnerOutput,
    ]) {
      expect(guard(data)).toBe(false);
    }
  });

  test('reject oversized or out-of-range fields', () => {
    expect(isSendAsSandboxed({ wp: 'send-as-sandboxed', frameIndex: -1, text: 'x' })).toBe(false);
    expect(isSendAsSandboxed({ wp: 'send-as-sandboxed', frameIndex: 1.5, text: 'x' })).toBe(false);
    expect(isRunCode({ wp: 'run', runId: 'id', code: 'x'.repeat(MAX_CODE + 1) })).toBe(false);
    expect(isRunnerOutput({ wp: 'output', runId: 'id', level: 'eval', text: '' })).toBe(false);
    expect(isWorkerRequest({ kind: 'port', port: {}, useStart: true })).toBe(false);
    expect(isWorkerRequest({ kind: 'measure', buffer: new Uint8Array(1) })).toBe(false);
    expect(
      isReceiverReport({
        wp: 'report',
        verdict: 'accepted',
        reason: 'r',
        rows: [{ name: 'x', value: 'y'.repeat(5000) }],
      })
    ).toBe(false);
  });
});
