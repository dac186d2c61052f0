/**
 * The messages the live demos exchange, with guards. Every receiver checks who sent a message
 * (`event.source`, and `event.origin` where the sender has a real origin) and then its shape
 * with these guards; anything else is ignored or reported, never trusted.
 */
import { isInspectorRows, type InspectorRow } from '~/lib/messaging/inspect';

/** The longest text a demo message may carry; longer data is rejected as malformed. */
export const MAX_TEXT = 1000;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_TEXT;

/** The message of the cross-document example: `{ type: 'greeting', text }`. */
export interface Greeting {
  type: 'greeting';
  text: string;
}

/** Whether data is a well-formed greeting. */
export function isGreeting(data: unknown): data is Greeting {
  return isRecord(data) && data['type'] === 'greeting' && isText(data['text']);
}

/** The receiver's answer to an accepted greeting. */
export interface Reply {
  type: 'reply';
  text: string;
}

/** Whether data is a well-formed reply. */
export function isReply(data: unknown): data is Reply {
  return isRecord(data) && data['type'] === 'reply' && isText(data['text']);
}

/** Demo page → receiver frame: whether to check `event.origin`. */
export interface ConfigureReceiver {
  wp: 'configure';
  checkOrigin: boolean;
}

/** Whether data is a receiver configuration. */
export function isConfigureReceiver(data: unknown): data is ConfigureReceiver {
  return isRecord(data) && data['wp'] === 'configure' && typeof data['checkOrigin'] === 'boolean';
}

/** What the receiver did with a message, reported to the demo page with the event it saw. */
export interface ReceiverReport {
  wp: 'report';
  verdict: 'accepted' | 'rejected' | 'invalid';
  reason: string;
  rows: InspectorRow[];
}

/** Whether data is a receiver report. */
export function isReceiverReport(data: unknown): data is ReceiverReport {
  return (
    isRecord(data) &&
    data['wp'] === 'report' &&
    (data['verdict'] === 'accepted' ||
      data['verdict'] === 'rejected' ||
      data['verdict'] === 'invalid') &&
    isText(data['reason']) &&
    isInspectorRows(data['rows'])
  );
}

/** Demo page → sandboxed frame: post a greeting to the frame at `frameIndex` of the page. */
export interface SendAsSandboxed {
  wp: 'send-as-sandboxed';
  frameIndex: number;
  text: string;
}

/** Whether data is a command for the sandboxed sender. */
export function isSendAsSandboxed(data: unknown): data is SendAsSandboxed {
  return (
    isRecord(data) &&
    data['wp'] === 'send-as-sandboxed' &&
    Number.isInteger(data['frameIndex']) &&
    (data['frameIndex'] as number) >= 0 &&
    (data['frameIndex'] as number) < 100 &&
    isText(data['text'])
  );
}

/** Sandboxed frame → demo page: what happened in the sandboxed frame. */
export interface SandboxedNotice {
  wp: 'sandboxed';
  event: 'ready' | 'reply' | 'messageerror' | 'message';
  detail: string;
}

/** Whether data is a notice from the sandboxed frame. */
export function isSandboxedNotice(data: unknown): data is SandboxedNotice {
  return (
    isRecord(data) &&
    data['wp'] === 'sandboxed' &&
    (data['event'] === 'ready' ||
      data['event'] === 'reply' ||
      data['event'] === 'messageerror' ||
      data['event'] === 'message') &&
    isText(data['detail'])
  );
}

/** Demo page → worker. */
export type WorkerRequest =
  | { kind: 'echo'; value: unknown }
  | { kind: 'measure'; buffer: ArrayBuffer }
  | { kind: 'port'; port: MessagePort; useStart: boolean };

/** Whether data is a request the demo worker understands. */
export function isWorkerRequest(data: unknown): data is WorkerRequest {
  if (!isRecord(data)) return false;
  if (data['kind'] === 'echo') return 'value' in data;
  if (data['kind'] === 'measure') return data['buffer'] instanceof ArrayBuffer;
  if (data['kind'] === 'port')
    return typeof data['useStart'] === 'boolean' && data['port'] instanceof MessagePort;
  return false;
}

/** Worker → demo page. An echo carries the value back as the worker received it, nothing else. */
export type WorkerResponse =
  | { kind: 'echo'; value: unknown }
  | { kind: 'measured'; byteLength: number }
  | { kind: 'port-ready'; useStart: boolean };

/** Whether data is a response of the demo worker. */
export function isWorkerResponse(data: unknown): data is WorkerResponse {
  if (!isRecord(data)) return false;
  if (data['kind'] === 'echo') return 'value' in data && Object.keys(data).length === 2;
  if (data['kind'] === 'measured') return typeof data['byteLength'] === 'number';
  if (data['kind'] === 'port-ready') return typeof data['useStart'] === 'boolean';
  return false;
}

/** Demo page → code runner frame: run this code. A runner frame runs one request, once. */
export interface RunCode {
  wp: 'run';
  runId: string;
  code: string;
}

/** The longest code the playground runs. */
export const MAX_CODE = 20_000;

/** Whether data is a run request. */
export function isRunCode(data: unknown): data is RunCode {
  return (
    isRecord(data) &&
    data['wp'] === 'run' &&
    typeof data['runId'] === 'string' &&
    data['runId'].length <= 64 &&
    typeof data['code'] === 'string' &&
    data['code'].length <= MAX_CODE
  );
}

/** The console levels the runner reports. */
export const CONSOLE_LEVELS = ['log', 'info', 'warn', 'error', 'debug'] as const;

/** One line of the example's console. */
export interface ConsoleLine {
  level: (typeof CONSOLE_LEVELS)[number];
  text: string;
}

/** The most console lines one run reports; further lines are only counted. */
export const MAX_CONSOLE_LINES = 500;

/** Error lines a run still reports past MAX_CONSOLE_LINES: a long log must not hide a failure. */
export const MAX_ERROR_LINES = 50;

/** The longest console line the runner reports; longer ones are cut. */
export const MAX_CONSOLE_LINE = 4 * MAX_TEXT;

/** The most lines one output message carries: output is batched, never a message per line. */
export const MAX_BATCH_LINES = 100;

/**
 * Code runner → demo page. `ready`: the frame is loaded and waits for its one run. `output`: a
 * batch of console lines, with `more`, how many lines this run has logged beyond the cap so far.
 * `progress`: the run is alive, with the timers it still has pending. `finished`: the run's
 * timers are done and it has been quiet for `quietMs` (see runner.ts).
 */
export type RunnerMessage =
  | { wp: 'runner-ready' }
  | { wp: 'output'; runId: string; lines: ConsoleLine[]; more: number }
  | { wp: 'progress'; runId: string; timers: number; animationFrames: number }
  | { wp: 'finished'; runId: string; quietMs: number };

const isCount = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0;

const isConsoleLine = (value: unknown): value is ConsoleLine =>
  isRecord(value) &&
  (CONSOLE_LEVELS as readonly unknown[]).includes(value['level']) &&
  typeof value['text'] === 'string' &&
  value['text'].length <= MAX_CONSOLE_LINE;

/** Whether data is a message of the code runner. */
export function isRunnerMessage(data: unknown): data is RunnerMessage {
  if (!isRecord(data)) return false;
  if (data['wp'] === 'runner-ready') return true;
  if (typeof data['runId'] !== 'string' || data['runId'].length > 64) return false;
  switch (data['wp']) {
    case 'output':
      return (
        Array.isArray(data['lines']) &&
        data['lines'].length <= MAX_BATCH_LINES &&
        data['lines'].every(isConsoleLine) &&
        isCount(data['more'])
      );
    case 'progress':
      return isCount(data['timers']) && isCount(data['animationFrames']);
    case 'finished':
      return isCount(data['quietMs']);
    default:
      return false;
  }
}
