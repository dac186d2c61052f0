import { describe, expect, test } from 'vitest';
import {
  MAX_BATCH_LINES,
  MAX_CODE,
  MAX_CONSOLE_LINE,
  MAX_TEXT,
  isConfigureReceiver,
  isGreeting,
  isReceiverReport,
  isReply,
  isRunCode,
  isRunnerMessage,
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
    expect(isWorkerResponse({ kind: 'echo', value: 1 })).toBe(true);
    expect(isWorkerResponse({ kind: 'measured', byteLength: 0 })).toBe(true);
    expect(isRunCode({ wp: 'run', runId: 'id', code: 'console.log(1)' })).toBe(true);
    expect(isRunnerMessage({ wp: 'runner-ready' })).toBe(true);
    expect(
      isRunnerMessage({
        wp: 'output',
        runId: 'id',
        lines: [{ level: 'warn', text: 'careful' }],
        more: 0,
      })
    ).toBe(true);
    expect(isRunnerMessage({ wp: 'progress', runId: 'id', timers: 1, animationFrames: 0 })).toBe(
      true
    );
    expect(isRunnerMessage({ wp: 'finished', runId: 'id', quietMs: 300 })).toBe(true);
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
      isRunnerMessage,
    ]) {
      expect(guard(data)).toBe(false);
    }
  });

  test('reject oversized or out-of-range fields', () => {
    expect(isSendAsSandboxed({ wp: 'send-as-sandboxed', frameIndex: -1, text: 'x' })).toBe(false);
    expect(isSendAsSandboxed({ wp: 'send-as-sandboxed', frameIndex: 1.5, text: 'x' })).toBe(false);
    expect(isRunCode({ wp: 'run', runId: 'id', code: 'x'.repeat(MAX_CODE + 1) })).toBe(false);
    expect(
      isRunnerMessage({ wp: 'output', runId: 'id', lines: [{ level: 'eval', text: '' }], more: 0 })
    ).toBe(false);
    expect(
      isRunnerMessage({
        wp: 'output',
        runId: 'id',
        lines: Array.from({ length: MAX_BATCH_LINES + 1 }, () => ({ level: 'log', text: '' })),
        more: 0,
      })
    ).toBe(false);
    expect(
      isRunnerMessage({
        wp: 'output',
        runId: 'id',
        lines: [{ level: 'log', text: 'x'.repeat(MAX_CONSOLE_LINE + 1) }],
        more: 0,
      })
    ).toBe(false);
    expect(isRunnerMessage({ wp: 'output', runId: 'id', lines: [], more: -1 })).toBe(false);
    expect(isRunnerMessage({ wp: 'finished', runId: 'id', quietMs: Infinity })).toBe(false);
    expect(isRunnerMessage({ wp: 'finished', quietMs: 300 })).toBe(false);
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
