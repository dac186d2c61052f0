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

/** Worker → demo page. */
export type WorkerResponse =
  | { kind: 'echo'; value: unknown; rows: InspectorRow[] }
  | { kind: 'measured'; byteLength: number }
  | { kind: 'port-ready'; useStart: boolean };

/** Whether data is a response of the demo worker. */
export function isWorkerResponse(data: unknown): data is WorkerResponse {
  if (!isRecord(data)) return false;
  if (data['kind'] === 'echo') return 'value' in data && isInspectorRows(data['rows']);
  if (data['kind'] === 'measured') return typeof data['byteLength'] === 'number';
  if (data['kind'] === 'port-ready') return typeof data['useStart'] === 'boolean';
  return false;
}

/** Demo page → code runner frame: run this code. */
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

/** Code runner → demo page: console output, an error, or the end of the synchronous run. */
export interface RunnerOutput {
  wp: 'output';
  runId: string;
  level: 'log' | 'info' | 'warn' | 'error' | 'done';
  text: string;
}

/** Whether data is runner output. */
export function isRunnerOutput(data: unknown): data is RunnerOutput {
  return (
    isRecord(data) &&
    data['wp'] === 'output' &&
    typeof data['runId'] === 'string' &&
    ['log', 'info', 'warn', 'error', 'done'].includes(data['level'] as string) &&
    typeof data['text'] === 'string' &&
    data['text'].length <= 4 * MAX_TEXT
  );
}
