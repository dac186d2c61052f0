/**
 * The code runner of the playground: the document of a frame that the playground creates afresh
 * for every run, with `sandbox="allow-scripts"` and no `allow-same-origin`, so the code has an
 * opaque origin and cannot reach the site, its cookies or its storage.
 *
 * Security: this page is a public URL that any website can frame. It runs code only when
 * (1) its own origin is opaque: really sandboxed, not framed bare, where the code would run with
 *     the site's origin (and hosts that take headers sandbox it anyway: see _headers);
 * (2) the request comes from its parent at the site's origin, the origin of this document's URL;
 * and it runs one request only, then ignores every other message. What it reports goes to the
 * site's origin only.
 *
 * The reader's code runs as a classic script from a blob: URL, so that it has a global scope of
 * its own (this script declares no globals: see classic-frame-scripts.ts) and its errors are
 * reported in full: errors of code evaluated by this script would be muted ("Script error."),
 * since this script comes from another origin than the sandbox's.
 *
 * When is a run finished? When every timer it set (setTimeout, setInterval, requestAnimationFrame)
 * has fired or been cleared and it has been quiet (nothing logged, no timer fired, nothing posted)
 * for QUIET_MS. Microtasks (promise callbacks) always run before that check. Work the runner cannot
 * see, such as a promise that waits on nothing it tracks, ends with the quiet period. A run that
 * never gets there is stopped by the playground after its time limit.
 */
import { describeData } from '~/lib/messaging/inspect';
import { isFromOwnPage, sandboxedFrameRefusal } from '~/lib/messaging/frame-guards';
import { ConsoleBuffer } from '~/lib/playground/console-buffer';
import {
  CONSOLE_LEVELS,
  MAX_BATCH_LINES,
  MAX_CONSOLE_LINE,
  MAX_CONSOLE_LINES,
  MAX_ERROR_LINES,
  isRunCode,
  type ConsoleLine,
  type RunCode,
  type RunnerMessage,
} from '../protocol';
import { currentFramePlace, showRefusal } from './frame-place';

/** How long a run must be quiet, with no timer pending, to count as finished. */
const QUIET_MS = 300;
/** How often the runner checks whether the run is finished. */
const CHECK_MS = 50;
/** How often a running run tells the page it is alive, with what it still waits for. */
const PROGRESS_MS = 500;
/** How long console lines wait to be sent together. */
const BATCH_MS = 50;

// What the runner relies on, taken before the reader's code runs and can replace any of it.
const siteOrigin = location.origin;
const page = parent;
const now = performance.now.bind(performance);
type StartTimer = (handler: () => void, delay?: number) => number;
const timers = {
  setTimeout: self.setTimeout.bind(self) as StartTimer,
  setInterval: self.setInterval.bind(self) as StartTimer,
  clearTimeout: self.clearTimeout.bind(self) as (id: number | undefined) => void,
  requestAnimationFrame: self.requestAnimationFrame.bind(self),
  cancelAnimationFrame: self.cancelAnimationFrame.bind(self),
};

function post(message: RunnerMessage): void {
  page.postMessage(message, siteOrigin);
}

const refusal = sandboxedFrameRefusal(currentFramePlace());
if (refusal === undefined) {
  const onMessage = (event: MessageEvent) => {
    if (!isFromOwnPage(event, page, siteOrigin) || !isRunCode(event.data)) return;
    // One run per frame: the playground makes a new frame for the next one.
    removeEventListener('message', onMessage);
    run(event.data);
  };
  addEventListener('message', onMessage);
  post({ wp: 'runner-ready' });
} else {
  showRefusal(refusal);
}

/** Runs the reader's code, reporting its console, errors and end. */
function run({ runId, code }: RunCode): void {
  const output = new ConsoleBuffer<ConsoleLine['level']>({
    maxLines: MAX_CONSOLE_LINES,
    maxUrgent: MAX_ERROR_LINES,
    maxLength: MAX_CONSOLE_LINE,
    maxBatch: MAX_BATCH_LINES,
  });
  let lastActivity = now();
  const active = () => (lastActivity = now());
  const pendingTimers = new Set<number>();
  const pendingFrames = new Set<number>();

  let flushScheduled = false;
  const flush = () => {
    flushScheduled = false;
    for (let batch = output.take(); batch; batch = output.take())
      post({ wp: 'output', runId, ...batch });
  };
  const write = (level: ConsoleLine['level'], text: string) => {
    active();
    output.add(level, text, level === 'error');
    if (output.full) flush();
    else if (!flushScheduled) {
      flushScheduled = true;
      timers.setTimeout(flush, BATCH_MS);
    }
  };

  // Console: what the code logs comes to the page, as text.
  const format = (args: unknown[]) =>
    args.map((arg) => (typeof arg === 'string' ? arg : describeData(arg, 800))).join(' ');
  for (const level of CONSOLE_LEVELS)
    console[level] = (...args: unknown[]) => write(level, format(args));
  console.dir = (value: unknown) => write('log', format([value]));
  console.assert = (condition?: boolean, ...args: unknown[]) => {
    if (!condition) write('error', `Assertion failed${args.length ? `: ${format(args)}` : ''}`);
  };

  // Errors: thrown at the top level, in timers and listeners, and promises rejected unhandled.
  addEventListener('error', (event) => {
    event.preventDefault(); // reported here instead of the browser's console
    const where = event.filename === scriptUrl && event.lineno ? ` (line ${event.lineno})` : '';
    const error: unknown = event.error;
    write('error', `Uncaught ${error == null ? event.message : describeData(error, 800)}${where}`);
  });
  addEventListener('unhandledrejection', (event) => {
    event.preventDefault();
    write('error', `Uncaught (in promise) ${describeData(event.reason, 800)}`);
  });

  // Dialogs: this sandbox has no allow-modals, so the browser ignores them; say so.
  const blocked = (call: string, message: unknown, returned: string) =>
    write(
      'warn',
      `${call}(${message === undefined ? '' : JSON.stringify(String(message))}) is blocked: this sandbox has no allow-modals, so nothing was shown${returned}.`
    );
  self.alert = (message?: unknown) => blocked('alert', message, '');
  self.confirm = (message?: string) => {
    blocked('confirm', message, '; it returned false');
    return false;
  };
  self.prompt = (message?: string) => {
    blocked('prompt', message, '; it returned null');
    return null;
  };

  // Timers: tracked, so that the run is not called finished while one is pending.
  const callback = (handler: TimerHandler, args: unknown[]) =>
    typeof handler === 'function'
      ? () => (handler as (...a: unknown[]) => void)(...args)
      : () => (0, eval)(String(handler)); // a string handler is code, as in a page
  Object.assign(self, {
    setTimeout(handler: TimerHandler, delay?: number, ...args: unknown[]): number {
      const fire = callback(handler, args);
      const id = timers.setTimeout(() => {
        pendingTimers.delete(id);
        active();
        fire();
      }, delay);
      pendingTimers.add(id);
      return id;
    },
    setInterval(handler: TimerHandler, delay?: number, ...args: unknown[]): number {
      const fire = callback(handler, args);
      const id = timers.setInterval(() => {
        active();
        fire();
      }, delay);
      pendingTimers.add(id);
      return id;
    },
    // clearTimeout and clearInterval share one list of ids in browsers: either clears either.
    clearTimeout: clearTimer,
    clearInterval: clearTimer,
    requestAnimationFrame(frame: FrameRequestCallback): number {
      const id = timers.requestAnimationFrame((time) => {
        pendingFrames.delete(id);
        active();
        frame(time);
      });
      pendingFrames.add(id);
      return id;
    },
    cancelAnimationFrame(id: number): void {
      pendingFrames.delete(id);
      timers.cancelAnimationFrame(id);
    },
  });
  function clearTimer(id?: number): void {
    if (id !== undefined) pendingTimers.delete(id);
    timers.clearTimeout(id);
  }

  // Messages the code posts are activity too: a ping-pong that logs nothing is still running.
  const posters = [self, MessagePort.prototype, BroadcastChannel.prototype] as unknown as {
    postMessage: (...args: unknown[]) => void;
  }[];
  for (const target of posters) {
    const postMessage = target.postMessage;
    target.postMessage = function (this: unknown, ...args: unknown[]) {
      active();
      postMessage.apply(this, args);
    };
  }

  const scriptUrl = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  const script = document.createElement('script');
  script.src = scriptUrl;
  // The load event comes after the script ran (even if it threw): its synchronous part is done.
  script.addEventListener('load', () => watchForEnd());
  script.addEventListener('error', () => {
    write('error', 'The example could not be loaded as a script.');
    watchForEnd();
  });
  document.body.append(script);

  let lastProgress = now();
  function watchForEnd(): void {
    const time = now();
    if (pendingTimers.size === 0 && pendingFrames.size === 0 && time - lastActivity >= QUIET_MS) {
      flush();
      post({ wp: 'finished', runId, quietMs: QUIET_MS });
      return;
    }
    if (time - lastProgress >= PROGRESS_MS) {
      lastProgress = time;
      flush();
      post({
        wp: 'progress',
        runId,
        timers: pendingTimers.size,
        animationFrames: pendingFrames.size,
      });
    }
    timers.setTimeout(watchForEnd, CHECK_MS);
  }
}
